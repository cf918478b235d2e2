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
//! scored as they are made (a [`Sink`]), no name kept, and the best label
//! sequence is found by Viterbi decoding, ties broken as the crate breaks
//! them. A test holds the labels equal to the crate's tagger.

use std::collections::HashMap;

use crfs::Model;
use rustc_hash::FxBuildHasher;

use super::Label;
use super::features::{Kind, OFFSETS, Sink};
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
}

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
        let fixed = super::fixed::NAMES
            .iter()
            .map(|name| attrs.get(name.as_str()).copied().unwrap_or(NONE))
            .collect();
        Some(Weights {
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
        })
    }

    fn num_labels(&self) -> usize {
        self.labels.len()
    }

    /// The labels of a note's tokens, its features given by `emit` to the
    /// sink it is handed.
    pub fn tag(&self, scratch: &mut Scratch, emit: impl FnOnce(&mut Scores<'_>)) -> Vec<Label> {
        scratch.state.clear();
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
    name: String,
}

/// A note's state scores, summed as its features arrive.
pub struct Scores<'a> {
    weights: &'a Weights,
    scratch: &'a mut Scratch,
}

impl Scores<'_> {
    /// Adds the state weights of attribute `id` to the current token.
    #[inline]
    fn add(&mut self, id: u32) {
        let w = self.weights;
        let (Some(&start), Some(&end)) = (w.rows.get(id as usize), w.rows.get(id as usize + 1))
        else {
            return;
        };
        let l = w.num_labels();
        let Some(at) = self.scratch.state.len().checked_sub(l) else {
            return;
        };
        // A weight missing from a whole row is 0.0, and x + 0.0 is x: the
        // sums are the sparse rows' to the bit.
        if let Some(&row) = w.dense_rows.get(id as usize)
            && row != NONE
        {
            let row = row as usize * l;
            let whole = &w.dense[row..row + l];
            for (score, weight) in self.scratch.state[at..].iter_mut().zip(whole) {
                *score += weight;
            }
            return;
        }
        let row = start as usize..end as usize;
        let state = &mut self.scratch.state[at..];
        for (target, weight) in w.targets[row.clone()].iter().zip(&w.weights[row]) {
            state[usize::from(*target)] += weight;
        }
    }
}

impl Sink for Scores<'_> {
    type Value = [u32; 5];

    fn token(&mut self) {
        let l = self.weights.num_labels();
        let len = self.scratch.state.len();
        self.scratch.state.resize(len + l, 0.0);
    }

    fn fixed(&mut self, id: Fixed) {
        let id = self.weights.fixed.get(id.index()).copied().unwrap_or(NONE);
        if id != NONE {
            self.add(id);
        }
    }

    fn feature(&mut self, parts: &[&str]) {
        let name = &mut self.scratch.name;
        name.clear();
        for part in parts {
            name.push_str(part);
        }
        if let Some(&id) = self.weights.attrs.get(name.as_str()) {
            self.add(id);
        }
    }

    fn value(&mut self, kind: Kind, value: &str) -> [u32; 5] {
        self.weights.values[kind as usize]
            .get(value)
            .copied()
            .unwrap_or([NONE; 5])
    }

    fn value_at(&mut self, ids: &[u32; 5], offset: isize) {
        if let Some(slot) = OFFSETS.iter().position(|(o, _)| *o == offset)
            && ids[slot] != NONE
        {
            self.add(ids[slot]);
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

    #[test]
    fn a_file_that_is_not_a_model_is_refused() {
        assert!(Weights::read(b"").is_none());
        let mut broken = MODEL_BYTES.to_vec();
        broken[OFF_FEATURES..OFF_FEATURES + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(Weights::read(&broken).is_none());
    }
}
