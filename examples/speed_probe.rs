use refman::parse::{Parser, label, parse_note_with};
use std::time::Instant;
fn main() {
    let notes: Vec<String> = label::synth::notes_n(99, 20000)
        .into_iter()
        .map(|(t, _)| t.replace(['\u{1}', '\u{2}'], "*"))
        .collect();
    for p in [Parser::Rules, Parser::Labeller, Parser::Hybrid] {
        let t = Instant::now();
        let mut n = 0.0f32;
        for x in &notes {
            n += parse_note_with(x, p).confidence;
        }
        let e = t.elapsed();
        println!(
            "{p:?}: {:.0} notes/s ({n})",
            notes.len() as f64 / e.as_secs_f64()
        );
    }
    let t = Instant::now();
    let mut k = 0;
    for x in &notes {
        let toks = label::tokens::tokenize(x);
        k += label::features::features(x, &toks).len();
    }
    println!(
        "features only: {:.0} notes/s {k}",
        notes.len() as f64 / t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    for x in &notes {
        k += label::label(x).len();
    }
    println!(
        "label (features+tag): {:.0} notes/s {k}",
        notes.len() as f64 / t.elapsed().as_secs_f64()
    );
}
