//! Parses every note of an article N times; a profiling harness.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let times: usize = std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(100);
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let notes = refman::article::read_notes(&text).map(|a| a.notes).unwrap_or_default();
    let mut total = 0.0;
    for _ in 0..times {
        for n in &notes {
            total += refman::parse::parse_note(&n.text).confidence;
        }
    }
    println!("{total}");
}
