//! Parses one note given on the command line and prints the result.
fn main() {
    let note = std::env::args().nth(1).unwrap_or_default();
    let p = refman::parse::parse_note(&note);
    println!("{:#?}", p);
}
