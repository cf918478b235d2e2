//! Trains the field labeller and writes `models/labeller.crfsuite`.
//!
//! ```sh
//! cargo run --release --example train_labeller
//! ```
//!
//! Training data: AnyStyle's `core.xml` (six of every seven sequences; the
//! seventh is the development set reported at the end), refman's
//! synthetic notes (`parse::label::synth`) and works rendered by the CSL
//! engine in styles the held-out evaluation does not use
//! (`render::training`; `RENDERED_NOTES=N` to try another amount).
//! AnyStyle's `gold.xml` and the note fixtures are never read here: they
//! are evaluation and development sets.
//! Training is deterministic (L-BFGS from zero weights, no shuffling), so
//! the same data gives the same model.

use std::path::Path;
use std::time::Instant;

use crfs::Trainer;
use refman::parse::label::dataset::{read_anystyle, training_example};
use refman::parse::label::tagger::Weights;
use refman::parse::label::{features, label_with, synth, tokens};

/// How many works rendered by the CSL engine join the training data.
const RENDERED_NOTES: usize = 1100;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let core = std::fs::read_to_string(root.join("tests/data/anystyle/core.xml"))?;
    let sequences = read_anystyle(&core)?;
    let mut train = Vec::new();
    let mut dev = Vec::new();
    for (i, seq) in sequences.iter().enumerate() {
        if let Some(example) = training_example(seq) {
            if i % 7 == 3 {
                dev.push(example);
            } else {
                train.push(example);
            }
        }
    }
    let mut synthetic = synth::notes(7);
    // Works rendered by the CSL engine in styles the held-out evaluation
    // does not use, labelled by difference (`render::training`).
    let rendered = std::env::var("RENDERED_NOTES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(RENDERED_NOTES);
    synthetic.extend(refman::render::training::notes(11, rendered));
    let (synth_train, synth_dev): (Vec<_>, Vec<_>) = synthetic
        .into_iter()
        .enumerate()
        .partition(|(i, _)| i % 7 != 3);
    let core_train = train.len();
    train.extend(synth_train.into_iter().map(|(_, e)| e));
    let dev_synth: Vec<_> = synth_dev.into_iter().map(|(_, e)| e).collect();
    eprintln!(
        "training on {} sequences ({core_train} AnyStyle core, {} synthetic); development: {} core, {} synthetic",
        train.len(),
        train.len() - core_train,
        dev.len(),
        dev_synth.len()
    );

    // `LABELLER_EVAL=model.crfsuite`: score a model on the development
    // sets without training (to compare a candidate with the current one).
    if let Ok(path) = std::env::var("LABELLER_EVAL") {
        let bytes = std::fs::read(&path)?;
        score(&weights(&bytes)?, &dev, &dev_synth);
        return Ok(());
    }
    let started = Instant::now();
    let mut trainer = Trainer::lbfgs();
    trainer.params_mut().set_c1(0.05)?;
    trainer.params_mut().set_c2(0.01)?;
    trainer.params_mut().set_max_iterations(250)?;
    for (text, labels) in &train {
        let toks = tokens::tokenize(text);
        let xseq = features::features(text, &toks);
        let yseq: Vec<&str> = labels.iter().map(|l| l.name()).collect();
        trainer.append(&xseq, &yseq)?;
    }
    let out = root.join("models/labeller.crfsuite");
    trainer.train(&out)?;
    eprintln!(
        "trained in {:.1} s: {} ({} bytes)",
        started.elapsed().as_secs_f64(),
        out.display(),
        std::fs::metadata(&out)?.len()
    );

    let bytes = std::fs::read(&out)?;
    score(&weights(&bytes)?, &dev, &dev_synth);
    Ok(())
}

type Examples = Vec<(String, Vec<refman::parse::label::Label>)>;

/// A model file's weights, as refman tags with them.
fn weights(bytes: &[u8]) -> Result<Weights, Box<dyn std::error::Error>> {
    Weights::read(bytes).ok_or_else(|| "not a CRFsuite model refman can read".into())
}

/// Token accuracy on the development sets.
fn score(model: &Weights, dev: &Examples, dev_synth: &Examples) {
    for (name, set) in [("core dev", dev), ("synthetic dev", dev_synth)] {
        let (mut right, mut total) = (0usize, 0usize);
        for (text, labels) in set.iter() {
            let got = label_with(model, text);
            for (g, want) in got.iter().zip(labels) {
                total += 1;
                right += usize::from(g.label == *want);
            }
        }
        eprintln!(
            "{name}: token accuracy {:.2} % of {total}",
            100.0 * right as f64 / total.max(1) as f64
        );
    }
}
