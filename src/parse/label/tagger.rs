//! Tagging with the labeller's model, its weights read once into flat
//! tables.
//!
//! The `crfs` crate trains the model and writes it in CRFsuite's format.
//! Its own tagger reads each weight from the file through two offsets and
//! finds each attribute name in the file's hashed string store, for every
//! token of every note, and wants the names as owned strings first: that
//! was most of the parser's time. Here the file is read once: attribute
//! names into a hash map, each attribute's state weights into one
//! contiguous row, the transitions into a matrix. A note's features are
//! scored as they are made (a [`Sink`]), no name kept; the features of a
//! token's text are scored once per text and kept (a `Lexicon`), since
//! most texts recur. The best label sequence is found by Viterbi decoding,
//! ties broken as the crate breaks them. The sums are the crate's up to
//! rounding (they are added in another order); a test holds the labels
//! equal to the crate's tagger.

use std::collections::HashMap;

use crfs::Model;
use rustc_hash::FxBuildHasher;

use super::Label;
use super::features::{Facts, Feature, Kind, Lexical, OFFSETS, Sink};
use super::fixed::Fixed;

/// No attribute: a name the model does not know.
const NONE: u32 = u32::MAX;

/// The most labels a model may have: refman's fields ([`Label::ALL`]) with
/// room to spare; the decoder is compiled for each count up to it.
const MAX_LABELS: usize = 20;
const _: () = assert!(Label::ALL.len() <= MAX_LABELS);

/// The model's weights, laid out for tagging.
pub struct Weights {
    /// The label of each of the model's label ids.
    labels: Vec<Label>,
    /// Attribute name → attribute id.
    attrs: HashMap<Box<str>, u32, FxBuildHasher>,
    /// For each [`Kind`], a value → the ids of its attributes seen from
    /// each of [`OFFSETS`] (`w-2=x`, …, `w=x`, …, `w+2=x`), so a token's
    /// word is looked up once, not five times.
    values: [HashMap<Box<str>, [u32; 5], FxBuildHasher>; 3],
    /// The id of each fixed feature ([`Fixed`]), by its number, or
    /// [`NONE`].
    fixed: Vec<u32>,
    /// Each fixed feature's weights as a whole row of label scores (0.0
    /// where it has none), by its number: the features of where a token
    /// stands are all fixed, and a whole row adds without an index per
    /// label.
    fixed_rows: Vec<f64>,
    /// Attribute id → its state features: `rows[id]..rows[id + 1]` index
    /// `targets` and `weights`.
    rows: Vec<u32>,
    targets: Vec<u16>,
    weights: Vec<f64>,
    /// The attributes with a weight for most labels (the bias, the script,
    /// the position: on every token) as whole rows, which add without an
    /// index per label: attribute id → row in `dense`, or [`NONE`].
    dense_rows: Vec<u32>,
    dense: Vec<f64>,
    /// `trans[to * labels + from]`: the score of one label following
    /// another, a row per following label (the decoder reads rows).
    trans: Vec<f64>,
    /// Told apart from every other `Weights` of the program's life (a
    /// [`Lexicon`] holds scores of one model only); never 0.
    serial: u64,
}

/// The serial of the next `Weights` read.
static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Byte offsets in a CRFsuite model file: the features chunk's offset in
/// the file header, and the chunk's own header (`FEAT`, size, count) before
/// its 20-byte features (type, source, target: u32; weight: f64; all
/// little-endian).
const OFF_FEATURES: usize = 28;
const CHUNK_HEADER: usize = 12;
const FEATURE_SIZE: usize = 20;
/// Feature types: an attribute's weight for a label, a label's for the next.
const STATE: u32 = 0;
const TRANSITION: u32 = 1;

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(b.try_into().ok()?))
}

fn f64_at(bytes: &[u8], at: usize) -> Option<f64> {
    let b = bytes.get(at..at.checked_add(8)?)?;
    Some(f64::from_le_bytes(b.try_into().ok()?))
}

impl Weights {
    /// Reads a model file; `None` when it is not a model this tagger can
    /// use (the `crfs` crate checks the header, the features are checked
    /// here).
    pub fn read(bytes: &[u8]) -> Option<Weights> {
        let model = Model::new(bytes).ok()?;
        let l = model.num_labels() as usize;
        if l == 0 || l > MAX_LABELS {
            return None;
        }
        let labels = (0..l as u32)
            .map(|id| {
                model
                    .to_label(id)
                    .and_then(Label::from_name)
                    .unwrap_or(Label::Note)
            })
            .collect();
        let n = model.num_attrs() as usize;
        let mut attrs = HashMap::with_capacity_and_hasher(n, FxBuildHasher);
        let mut values: [HashMap<Box<str>, [u32; 5], FxBuildHasher>; 3] = Default::default();
        for id in 0..n as u32 {
            let name = model.to_attr(id)?;
            attrs.insert(Box::from(name), id);
            for kind in [Kind::Word, Kind::Shape, Kind::End] {
                for (slot, (_, tag)) in OFFSETS.iter().enumerate() {
                    let value = name
                        .strip_prefix(kind.prefix())
                        .and_then(|rest| rest.strip_prefix(tag))
                        .and_then(|rest| rest.strip_prefix('='));
                    if let Some(value) = value {
                        values[kind as usize]
                            .entry(Box::from(value))
                            .or_insert([NONE; 5])[slot] = id;
                    }
                }
            }
        }

        let chunk = u32_at(bytes, OFF_FEATURES)? as usize;
        if bytes.get(chunk..chunk.checked_add(4)?)? != b"FEAT" {
            return None;
        }
        let count = u32_at(bytes, chunk + 8)? as usize;
        let mut state: Vec<(u32, u16, f64)> = Vec::with_capacity(count);
        let mut trans = vec![0.0; l * l];
        for k in 0..count {
            let at = chunk + CHUNK_HEADER + FEATURE_SIZE * k;
            let (kind, source, target) = (
                u32_at(bytes, at)?,
                u32_at(bytes, at + 4)? as usize,
                u32_at(bytes, at + 8)? as usize,
            );
            let weight = f64_at(bytes, at + 12)?;
            if target >= l {
                return None;
            }
            match kind {
                STATE if source < n => state.push((source as u32, target as u16, weight)),
                TRANSITION if source < l => trans[target * l + source] = weight,
                _ => return None,
            }
        }
        // One row per attribute; within it the file's order, which is the
        // order the crate's tagger adds them in (sums come out bit for bit).
        state.sort_by_key(|&(attr, _, _)| attr);
        let mut rows = Vec::with_capacity(n + 1);
        let mut k = 0;
        for attr in 0..=n as u32 {
            while k < state.len() && state[k].0 < attr {
                k += 1;
            }
            rows.push(k as u32);
        }
        let targets: Vec<u16> = state.iter().map(|f| f.1).collect();
        let weights: Vec<f64> = state.iter().map(|f| f.2).collect();
        let mut dense_rows = vec![NONE; n];
        let mut dense = Vec::new();
        for (attr, row) in rows.windows(2).enumerate() {
            let (start, end) = (row[0] as usize, row[1] as usize);
            if (end - start) * 2 >= l {
                dense_rows[attr] = (dense.len() / l) as u32;
                let mut whole = vec![0.0; l];
                for k in start..end {
                    whole[usize::from(targets[k])] = weights[k];
                }
                dense.extend(whole);
            }
        }
        let fixed: Vec<u32> = super::fixed::NAMES
            .iter()
            .map(|name| attrs.get(name.as_str()).copied().unwrap_or(NONE))
            .collect();
        let mut fixed_rows = vec![0.0; fixed.len() * l];
        for (&id, row) in fixed.iter().zip(fixed_rows.chunks_mut(l)) {
            if id != NONE {
                let (start, end) = (rows[id as usize] as usize, rows[id as usize + 1] as usize);
                for k in start..end {
                    row[usize::from(targets[k])] = weights[k];
                }
            }
        }
        Some(Weights {
            fixed_rows,
            labels,
            attrs,
            values,
            dense_rows,
            dense,
            fixed,
            rows,
            targets,
            weights,
            trans,
            serial: SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        })
    }

    fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// The labels of a note's tokens, its features given by `emit` to the
    /// sink it is handed.
    pub fn tag(&self, scratch: &mut Scratch, emit: impl FnOnce(&mut Scores<'_>)) -> Vec<Label> {
        scratch.state.clear();
        scratch.lexicon.keep_for(self);
        let mut scores = Scores {
            weights: self,
            scratch,
        };
        emit(&mut scores);
        let best = viterbi(
            self.num_labels(),
            &self.trans,
            &scores.scratch.state,
            &mut scores.scratch.alpha,
            &mut scores.scratch.back,
        );
        best.into_iter().map(|id| self.labels[id]).collect()
    }
}

/// Buffers a tagger reuses from note to note.
#[derive(Default)]
pub struct Scratch {
    /// `state[t * labels + label]`: the sum of token t's feature weights.
    state: Vec<f64>,
    alpha: Vec<f64>,
    back: Vec<u16>,
    lexicon: Lexicon,
}

/// The scores of token texts met before. A text's features (its word,
/// shape, word lists, seen from the token and from each neighbour) are the
/// same wherever it recurs, and most tokens of a note recur (punctuation,
/// "pp.", "Journal", years): their weights are summed once per text, not
/// once per token.
#[derive(Default)]
struct Lexicon {
    /// The [`Weights::serial`] of the weights the scores are of.
    weights: u64,
    index: HashMap<Box<str>, u32, FxBuildHasher>,
    facts: Vec<Facts>,
    /// Per text, one row of label scores for each of [`OFFSETS`]: its
    /// features seen from two tokens before it, …, from itself, …, from
    /// two after.
    scores: Vec<f64>,
}

impl Lexicon {
    /// Readies the lexicon for a note tagged with `weights`: it starts
    /// again when it is full (never within a note: the note's tokens hold
    /// its numbers) or was made with other weights.
    fn keep_for(&mut self, weights: &Weights) {
        if self.facts.len() >= LEXICON_SIZE || self.weights != weights.serial {
            self.index.clear();
            self.facts.clear();
            self.scores.clear();
            self.weights = weights.serial;
        }
    }
}

/// The most texts a lexicon keeps before it starts again (a few megabytes
/// per thread): an article's recurring words are found again at once.
const LEXICON_SIZE: usize = 1 << 13;

/// A note's state scores, summed as its features arrive.
pub struct Scores<'a> {
    weights: &'a Weights,
    scratch: &'a mut Scratch,
}

impl Weights {
    /// The attribute id of a feature, or [`NONE`].
    fn id(&self, feature: &Feature<'_>) -> u32 {
        match feature {
            Feature::Fixed(id) => self.fixed.get(id.index()).copied().unwrap_or(NONE),
            Feature::Value(kind, value, offset) => {
                let slot = OFFSETS.iter().position(|(o, _)| o == offset);
                match (self.values[*kind as usize].get(*value), slot) {
                    (Some(ids), Some(slot)) => ids[slot],
                    _ => NONE,
                }
            }
            Feature::Named(parts) => {
                let name = parts.concat();
                self.attrs.get(name.as_str()).copied().unwrap_or(NONE)
            }
        }
    }

    /// Adds the state weights of attribute `id` to `scores` (one per
    /// label).
    #[inline]
    fn add(&self, id: u32, scores: &mut [f64]) {
        if id == NONE {
            return;
        }
        let (Some(&start), Some(&end)) =
            (self.rows.get(id as usize), self.rows.get(id as usize + 1))
        else {
            return;
        };
        let l = self.num_labels();
        // A weight missing from a whole row is 0.0, and x + 0.0 is x: the
        // sums are the sparse rows' to the bit.
        if let Some(&row) = self.dense_rows.get(id as usize)
            && row != NONE
        {
            let row = row as usize * l;
            for (score, weight) in scores.iter_mut().zip(&self.dense[row..row + l]) {
                *score += weight;
            }
            return;
        }
        let row = start as usize..end as usize;
        for (target, weight) in self.targets[row.clone()].iter().zip(&self.weights[row]) {
            if let Some(score) = scores.get_mut(usize::from(*target)) {
                *score += weight;
            }
        }
    }
}

impl Scores<'_> {
    /// The current token's label scores.
    fn current(&mut self) -> &mut [f64] {
        let l = self.weights.num_labels();
        let state = &mut self.scratch.state;
        let at = state.len().saturating_sub(l);
        &mut state[at..]
    }

    /// Adds the lexicon's row `slot` of text `id` to the current token.
    fn add_row(&mut self, id: u32, slot: usize) {
        let l = self.weights.num_labels();
        let at = (id as usize * OFFSETS.len() + slot) * l;
        let Scratch { state, lexicon, .. } = &mut *self.scratch;
        let (Some(row), Some(here)) = (
            lexicon.scores.get(at..at + l),
            state.len().checked_sub(l).map(|s| &mut state[s..]),
        ) else {
            return;
        };
        for (score, weight) in here.iter_mut().zip(row) {
            *score += weight;
        }
    }
}

impl Sink for Scores<'_> {
    type Lexeme = u32;

    fn lexeme(&mut self, raw: &str) -> (u32, Facts) {
        let lexicon = &mut self.scratch.lexicon;
        if let Some(&id) = lexicon.index.get(raw) {
            return (id, lexicon.facts[id as usize]);
        }
        let w = self.weights;
        let l = w.num_labels();
        let lexical = Lexical::of(raw);
        let id = lexicon.facts.len() as u32;
        let base = lexicon.scores.len();
        lexicon.scores.resize(base + OFFSETS.len() * l, 0.0);
        for (slot, (offset, _)) in OFFSETS.iter().enumerate() {
            let row = &mut lexicon.scores[base + slot * l..base + (slot + 1) * l];
            let mut add = |f: Feature<'_>| w.add(w.id(&f), row);
            if *offset == 0 {
                lexical.own(&mut add);
            } else {
                lexical.seen_from(*offset, &mut add);
            }
        }
        lexicon.index.insert(Box::from(raw), id);
        lexicon.facts.push(lexical.facts());
        (id, lexical.facts())
    }

    fn token(&mut self) {
        let l = self.weights.num_labels();
        let len = self.scratch.state.len();
        self.scratch.state.resize(len + l, 0.0);
    }

    fn fixed(&mut self, id: Fixed) {
        // A weight missing from the row is 0.0, and x + 0.0 is x: the sums
        // are the sparse row's to the bit.
        let l = self.weights.num_labels();
        let at = id.index() * l;
        let weights = self.weights;
        if let Some(row) = weights.fixed_rows.get(at..at + l) {
            for (score, weight) in self.current().iter_mut().zip(row) {
                *score += weight;
            }
        }
    }

    fn own(&mut self, id: &u32) {
        self.add_row(*id, 2);
    }

    fn neighbour(&mut self, id: &u32, offset: isize) {
        if let Some(slot) = OFFSETS.iter().position(|(o, _)| *o == offset) {
            self.add_row(*id, slot);
        }
    }
}

/// The label sequence of highest score: `state` holds each token's label
/// scores, `trans` the scores of one label after another (a row per
/// following label). Of equal scores the lowest label wins.
fn viterbi(
    l: usize,
    trans: &[f64],
    state: &[f64],
    alpha: &mut Vec<f64>,
    back: &mut Vec<u16>,
) -> Vec<usize> {
    let n = state.len() / l;
    if n == 0 {
        return Vec::new();
    }
    alpha.clear();
    alpha.resize(n * l, 0.0);
    back.clear();
    back.resize(n * l, 0);
    // The label count is the model's (at most MAX_LABELS, checked when it
    // is read); fixed in the code, the compiler unrolls the inner loops,
    // which are most of the decoder's time.
    macro_rules! forward_for {
        ($($n:literal)*) => {
            match l {
                $($n => forward::<$n>(trans, state, alpha, back),)*
                _ => {}
            }
        };
    }
    forward_for!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20);
    let last = &alpha[l * (n - 1)..];
    let (mut best, mut label) = (f64::MIN, 0);
    for (i, score) in last.iter().enumerate() {
        if best < *score {
            best = *score;
            label = i;
        }
    }
    let mut labels = vec![0; n];
    labels[n - 1] = label;
    for t in (0..n - 1).rev() {
        labels[t] = usize::from(back[l * (t + 1) + labels[t + 1]]);
    }
    labels
}

/// The forward pass for `L` labels: each token's best score per label
/// (`alpha`) and the label before it on that best path (`back`).
fn forward<const L: usize>(trans: &[f64], state: &[f64], alpha: &mut [f64], back: &mut [u16]) {
    let (trans, _) = trans.as_chunks::<L>();
    let (state, _) = state.as_chunks::<L>();
    let (alpha, _) = alpha.as_chunks_mut::<L>();
    let (back, _) = back.as_chunks_mut::<L>();
    let (Some(first), Some(start)) = (state.first(), alpha.first_mut()) else {
        return;
    };
    *start = *first;
    for t in 1..state.len().min(alpha.len()).min(back.len()) {
        let (done, rest) = alpha.split_at_mut(t);
        let (prev, here) = (&done[t - 1], &mut rest[0]);
        for (j, row) in trans.iter().enumerate().take(L) {
            let (mut best, mut from) = (f64::MIN, 0);
            for i in 0..L {
                let score = prev[i] + row[i];
                if best < score {
                    best = score;
                    from = i;
                }
            }
            back[t][j] = from as u16;
            here[j] = best + state[t][j];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::label::{MODEL_BYTES, features, synth, tokens};

    /// The flat tables and this decoder give the labels the crate's own
    /// tagger gives, note for note (synthetic notes in every style and the
    /// unusual shapes: empty, one token, punctuation only).
    #[test]
    fn labels_equal_the_crates_tagger() {
        let Some(weights) = Weights::read(MODEL_BYTES) else {
            panic!("the compiled-in model does not read");
        };
        let model = Model::new(MODEL_BYTES).expect("model");
        let tagger = model.tagger().expect("tagger");
        let mut notes: Vec<String> = synth::notes_n(7, 1000)
            .into_iter()
            .map(|(text, _)| text)
            .collect();
        notes.extend(
            [
                "",
                "x",
                ".",
                ";;",
                "Ibid.",
                "\u{1}Title\u{2}",
                "白俄罗斯与中国",
            ]
            .map(String::from),
        );
        let mut scratch = Scratch::default();
        let mut compared = 0;
        for text in &notes {
            let toks = tokens::tokenize(text);
            let want: Vec<Label> = tagger
                .tag(&features::features(text, &toks))
                .expect("tag")
                .into_iter()
                .map(|name| Label::from_name(name).unwrap_or(Label::Note))
                .collect();
            let got = weights.tag(&mut scratch, |sink| features::emit(text, &toks, sink));
            assert_eq!(got, want, "{text}");
            compared += got.len();
        }
        assert!(compared > 10_000, "only {compared} tokens compared");
    }

    /// The lexicon starts again once full, never within a note, and
    /// another model's weights never use its scores: the labels stay the
    /// same.
    #[test]
    fn a_full_lexicon_starts_again_between_notes() {
        let (Some(weights), Some(other)) = (Weights::read(MODEL_BYTES), Weights::read(MODEL_BYTES))
        else {
            panic!("the compiled-in model does not read");
        };
        assert_ne!(weights.serial, other.serial);
        let tag = |weights: &Weights, scratch: &mut Scratch, text: &str| {
            let toks = tokens::tokenize(text);
            weights.tag(scratch, |sink| features::emit(text, &toks, sink))
        };
        let note = "Smith, J. \u{1}Title of It\u{2}, London: Press, 2019, pp. 5–9.";
        let mut scratch = Scratch::default();
        let first = tag(&weights, &mut scratch, note);
        assert_eq!(first.len(), 10);
        let flood: String = (0..LEXICON_SIZE + 100).map(|n| format!("w{n} ")).collect();
        assert_eq!(
            tag(&weights, &mut scratch, &flood).len(),
            LEXICON_SIZE + 100
        );
        assert!(scratch.lexicon.facts.len() > LEXICON_SIZE);
        assert_eq!(tag(&weights, &mut scratch, note), first);
        assert!(scratch.lexicon.facts.len() <= 10);
        assert_eq!(tag(&other, &mut scratch, note), first);
        assert_eq!(scratch.lexicon.weights, other.serial);
    }

    #[test]
    fn a_file_that_is_not_a_model_is_refused() {
        assert!(Weights::read(b"").is_none());
        let mut broken = MODEL_BYTES.to_vec();
        broken[OFF_FEATURES..OFF_FEATURES + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(Weights::read(&broken).is_none());
    }
}
