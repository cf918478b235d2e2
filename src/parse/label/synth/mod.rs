//! Synthetic labelled notes for training the field labeller: made-up works
//! (people and titles from word pools, real outlets, publishers and places
//! from `synth.toml`) written out in the citation styles this field meets
//! (Chicago notes and bibliography, APA, MLA, Harvard, Vancouver, OSCOLA,
//! GOST, GB/T 7714, German, Italian and French humanities styles), and
//! wrapped as notes are wrapped ("See", "Cf.", "См.:", commentary before the
//! reference, a pinpoint page after it). Every segment is written with the
//! label of the field it came from, so the labels are exact.
//!
//! Deterministic: the same seed gives the same notes.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

mod styles;

use super::Label;
use super::dataset::join_segments;
use crate::parse::cjk::latin_punctuation;
use styles::{commentary, lead_in, write};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Pool {
    given: Vec<String>,
    patronymic: Vec<String>,
    family: Vec<String>,
    words: Vec<String>,
    places: Vec<String>,
    starts: Vec<String>,
    journals: Vec<String>,
    papers: Vec<String>,
    orgs: Vec<String>,
    publishers: Vec<String>,
    locations: Vec<String>,
    series: Vec<String>,
    months: Vec<String>,
    genres: Vec<String>,
}

static POOLS: LazyLock<HashMap<String, Pool>> =
    LazyLock::new(|| toml::from_str(include_str!("synth.toml")).expect("synth.toml is valid"));

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        if items.is_empty() {
            return "";
        }
        &items[self.below(items.len())]
    }
}

/// A made-up person.
struct Person {
    given: String,
    patronymic: String,
    family: String,
}

impl Person {
    fn initials(&self, with_patronymic: bool) -> String {
        let mut out = initial(&self.given);
        if with_patronymic && !self.patronymic.is_empty() {
            out.push(' ');
            out.push_str(&initial(&self.patronymic));
        }
        out
    }
}

fn initial(name: &str) -> String {
    name.split('-')
        .filter_map(|p| p.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join("-")
}

/// The notes under construction: labelled segments joined by spaces.
#[derive(Default)]
struct Draft {
    segments: Vec<(Label, String)>,
}

impl Draft {
    fn push(&mut self, label: Label, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.segments.push((label, text));
        }
    }

    /// Appends punctuation to the last segment.
    fn punct(&mut self, p: &str) {
        if let Some((_, t)) = self.segments.last_mut() {
            t.push_str(p);
        }
    }

    fn finish(self) -> (String, Vec<Label>) {
        let segments: Vec<(Label, String)> = self
            .segments
            .into_iter()
            .map(|(label, segment)| (label, latin_punctuation(&segment).into_owned()))
            .collect();
        join_segments(segments.iter().map(|(l, s)| (*l, s.as_str())))
    }
}

/// A made-up work in one language.
struct Work {
    lang: &'static str,
    authors: Vec<Person>,
    org: Option<String>,
    title: String,
    translation: Option<String>,
    journal: String,
    paper: String,
    publisher: String,
    location: String,
    editors: Vec<Person>,
    book: String,
    year: u32,
    month: usize,
    day: u32,
    volume: u32,
    issue: u32,
    first: u32,
    last: u32,
    pinpoint: Option<u32>,
    series: String,
    series_no: u32,
    italics: bool,
}

fn pool(lang: &str) -> &'static Pool {
    POOLS
        .get(lang)
        .or_else(|| POOLS.get("en"))
        .expect("the en pool exists")
}

fn person(rng: &mut Rng, lang: &str) -> Person {
    let p = pool(lang);
    Person {
        given: rng.pick(&p.given).to_string(),
        patronymic: rng.pick(&p.patronymic).to_string(),
        family: rng.pick(&p.family).to_string(),
    }
}

fn title(rng: &mut Rng, lang: &str) -> String {
    let p = pool(lang);
    if lang == "zh" {
        let n = rng.range(3, 6) as usize;
        return (0..n).map(|_| rng.pick(&p.words)).collect::<String>();
    }
    let mut words: Vec<String> = Vec::new();
    if !p.starts.is_empty() && rng.chance(0.4) {
        words.push(rng.pick(&p.starts).to_string());
    }
    let n = rng.range(2, 6);
    for _ in 0..n {
        words.push(rng.pick(&p.words).to_string());
    }
    if !p.places.is_empty() && rng.chance(0.5) {
        let link = match lang {
            "ru" | "be" | "uk" => "",
            "de" => "in",
            "it" => "in",
            "fr" => "en",
            _ => "in",
        };
        if !link.is_empty() {
            words.push(link.to_string());
        }
        words.push(rng.pick(&p.places).to_string());
    }
    let mut t = words.join(" ");
    if rng.chance(0.3) {
        let n = rng.range(2, 4);
        let sub: Vec<&str> = (0..n).map(|_| rng.pick(&p.words)).collect();
        t = format!("{t}: {}", sub.join(" "));
    }
    let title_case = lang == "en" && rng.chance(0.6);
    capitalise(&t, title_case)
}

fn capitalise(t: &str, title_case: bool) -> String {
    let small = ["in", "and", "of", "the", "a", "en", "to"];
    t.split(' ')
        .enumerate()
        .map(|(i, w)| {
            let cap = i == 0 || (title_case && !small.contains(&w));
            if cap {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                    None => String::new(),
                }
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn work(rng: &mut Rng, lang: &'static str) -> Work {
    let p = pool(lang);
    let n_authors = match rng.below(10) {
        0..=5 => 1,
        6..=7 => 2,
        8 => 3,
        _ => 4,
    };
    let first = rng.range(3, 400);
    let translation =
        (matches!(lang, "ru" | "be" | "uk" | "zh") && rng.chance(0.3)).then(|| title(rng, "en"));
    Work {
        lang,
        authors: (0..n_authors).map(|_| person(rng, lang)).collect(),
        org: (!p.orgs.is_empty()).then(|| rng.pick(&p.orgs).to_string()),
        title: title(rng, lang),
        translation,
        journal: rng.pick(&p.journals).to_string(),
        paper: rng
            .pick(if p.papers.is_empty() {
                &p.journals
            } else {
                &p.papers
            })
            .to_string(),
        publisher: rng.pick(&p.publishers).to_string(),
        location: rng.pick(&p.locations).to_string(),
        editors: (0..rng.range(1, 2)).map(|_| person(rng, lang)).collect(),
        book: title(rng, lang),
        year: rng.range(1962, 2025),
        month: rng.below(12),
        day: rng.range(1, 28),
        volume: rng.range(1, 120),
        issue: rng.range(1, 12),
        first,
        last: first + rng.range(2, 40),
        pinpoint: rng.chance(0.35).then(|| rng.range(1, 300)),
        series: rng.pick(&pool("en").series).to_string(),
        series_no: rng.range(1, 40),
        italics: rng.chance(0.5),
    }
}

const LANGS: &[(&str, u32)] = &[
    ("en", 40),
    ("ru", 20),
    ("be", 5),
    ("uk", 5),
    ("zh", 10),
    ("de", 7),
    ("it", 7),
    ("fr", 6),
];

/// A language, drawn with the weights of [`LANGS`] (`total` is their sum).
fn pick_lang(rng: &mut Rng, total: u32) -> &'static str {
    let mut r = rng.range(0, total - 1);
    LANGS
        .iter()
        .find(|(_, w)| {
            if r < *w {
                true
            } else {
                r -= w;
                false
            }
        })
        .map_or("en", |(l, _)| *l)
}

/// `count` synthetic labelled notes from `seed`.
pub fn notes_n(seed: u64, count: usize) -> Vec<(String, Vec<Label>)> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let total: u32 = LANGS.iter().map(|(_, w)| w).sum();
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let lang = pick_lang(&mut rng, total);
        let w = work(&mut rng, lang);
        let style = rng.below(18);
        let mut body = write(&w, style, &mut rng);
        // Quotes as people type them: curly, straight, or the language's own.
        let quotes = match (lang, rng.below(3)) {
            (_, 0) => None,
            ("ru" | "be" | "uk", 1) => Some(('«', '»')),
            ("de", 1) => Some(('„', '“')),
            _ => Some(('"', '"')),
        };
        if let Some((open, close)) = quotes {
            for (_, text) in &mut body.segments {
                *text = text
                    .replace('“', &open.to_string())
                    .replace('”', &close.to_string());
            }
        }
        let mut note = Draft::default();
        if rng.chance(0.06) {
            note.push(Label::Note, commentary(&mut rng, lang));
        }
        if rng.chance(0.18) {
            note.push(Label::Note, lead_in(&mut rng, lang));
        }
        note.segments.extend(body.segments);
        out.push(note.finish());
    }
    out
}

/// `count` made-up works as library entries (articles, books, chapters,
/// reports and web pages in the eight languages), for evaluation: rendered
/// through CSL styles the labeller was never trained on, they are notes in
/// shapes it has not seen, with every field known.
pub fn entries(seed: u64, count: usize) -> Vec<(crate::entry::Entry, &'static str)> {
    use crate::entry::{Entry, Name};
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let total: u32 = LANGS.iter().map(|(_, w)| w).sum();
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let lang = pick_lang(&mut rng, total);
        let w = work(&mut rng, lang);
        let kind = ["article", "book", "incollection", "report", "online"][rng.below(5)];
        let mut e = Entry::new(format!("w{i}"), kind);
        let names: Vec<Name> = w
            .authors
            .iter()
            .map(|p| {
                if lang == "zh" {
                    Name::Organization(format!("{}{}", p.family, p.given))
                } else {
                    Name::person(&p.family, &p.given)
                }
            })
            .collect();
        e.set_names("author", &names);
        e.set_text("title", &w.title);
        let month = format!("{:02}", w.month + 1);
        match kind {
            "article" => {
                e.set_text("journaltitle", &w.journal);
                e.set_text("volume", &w.volume.to_string());
                e.set_text("number", &w.issue.to_string());
                e.set_text("pages", &format!("{}--{}", w.first, w.last));
                e.set_text("date", &w.year.to_string());
            }
            "book" => {
                e.set_text("publisher", &w.publisher);
                e.set_text("location", &w.location);
                e.set_text("date", &w.year.to_string());
            }
            "incollection" => {
                e.set_text("booktitle", &w.book);
                let eds: Vec<Name> = w
                    .editors
                    .iter()
                    .map(|p| Name::person(&p.family, &p.given))
                    .collect();
                e.set_names("editor", &eds);
                e.set_text("publisher", &w.publisher);
                e.set_text("location", &w.location);
                e.set_text("pages", &format!("{}--{}", w.first, w.last));
                e.set_text("date", &w.year.to_string());
            }
            "report" => {
                e.set_text("institution", w.org.as_deref().unwrap_or(&w.publisher));
                e.set_text("type", &w.series);
                e.set_text("number", &w.series_no.to_string());
                e.set_text("date", &format!("{}-{month}", w.year));
            }
            _ => {
                e.set_text("organization", &w.paper);
                e.set_text("date", &format!("{}-{month}-{:02}", w.year, w.day));
            }
        }
        let langid = match lang {
            "ru" => "russian",
            "be" => "belarusian",
            "uk" => "ukrainian",
            "zh" => "chinese",
            "de" => "german",
            "it" => "italian",
            "fr" => "french",
            _ => "english",
        };
        e.set_text("langid", langid);
        out.push((e, lang));
    }
    out
}

/// The default set of synthetic training notes.
pub fn notes(seed: u64) -> Vec<(String, Vec<Label>)> {
    notes_n(seed, 4000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_labelled_token_by_token_and_deterministic() {
        let a = notes_n(1, 200);
        assert_eq!(a.len(), 200);
        for (text, labels) in &a {
            assert_eq!(
                super::super::tokens::tokenize(text).len(),
                labels.len(),
                "{text}"
            );
        }
        assert_eq!(a, notes_n(1, 200));
        assert!(a.iter().any(|(t, _)| t.contains("//")), "GOST forms");
        assert!(a.iter().any(|(t, _)| t.contains("[J]")), "GB/T forms");
    }
}
