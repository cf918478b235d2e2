//! Loads a library folder and reports its size; a profiling harness.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "bibliography".into());
    let start = std::time::Instant::now();
    let lib = refman::library::Library::open(&dir).map(|l| l.len());
    println!("{lib:?} in {:?}", start.elapsed());
}
