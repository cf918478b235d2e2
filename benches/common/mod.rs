//! Generated data shared by the benchmarks.

/// A pronounceable family name for a number, so that names stay names.
pub fn family(n: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ren", "sov", "tar", "vel", "zin", "bor", "dan", "gro", "len", "mar",
        "nik", "pol", "rus",
    ];
    let s: String = (0..3).map(|k| SYLLABLES[(n >> (4 * k)) % 16]).collect();
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
