//! An independent check of the note parser: the 1,669 labelled references of
//! AnyStyle's `gold.xml` (BSD-2-Clause, see `tests/data/anystyle/`). Each
//! reference string is rebuilt from its segments and parsed; refman's fields
//! are compared with the labels after normalisation (case, punctuation,
//! spacing; years for dates; the set of name words for authors).
//!
//! The test fails when a field's accuracy falls below the floor recorded
//! here, so a change that makes the parser worse cannot land silently. Run
//! `cargo test --test it anystyle -- --nocapture` for the table.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use quick_xml::Reader;
use quick_xml::events::Event;
use refman::entry::{Entry, Name};
use refman::library::dedupe::normalize_title;
use refman::parse::parse_note;

/// Accuracy floors (percent of gold-labelled references), a little under the
/// measured values so that noise-free regressions fail.
const FLOORS: &[(&str, f64)] = &[
    ("author", 93.5),
    ("title", 81.0),
    ("date", 94.5),
    ("container", 76.0),
    ("volume", 82.5),
    ("pages", 84.5),
    ("url", 88.0),
    ("doi", 95.0),
];

/// One reference: its labelled segments in order.
type Sequence = Vec<(String, String)>;

fn sequences() -> Vec<Sequence> {
    let xml = fs::read_to_string(crate::data("anystyle/gold.xml")).expect("gold.xml");
    let mut reader = Reader::from_str(&xml);
    let mut out = Vec::new();
    let mut current: Option<Sequence> = None;
    let mut label: Option<String> = None;
    loop {
        match reader.read_event().expect("well-formed xml") {
            Event::Start(e) => {
                let name = e.name().as_ref().to_string();
                match name.as_str() {
                    "sequence" => current = Some(Vec::new()),
                    "dataset" => {}
                    _ => label = Some(name),
                }
            }
            Event::Text(t) => {
                if let (Some(seq), Some(l)) = (current.as_mut(), label.as_ref()) {
                    let text = t.into_inner().into_owned();
                    seq.push((l.clone(), text));
                }
            }
            Event::GeneralRef(r) => {
                if let (Some(seq), Some(l)) = (current.as_mut(), label.as_ref()) {
                    let name = r.into_inner().into_owned();
                    let ch = match name.as_str() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    };
                    match seq.last_mut() {
                        Some((last, text)) if last == l => text.push_str(ch),
                        _ => seq.push((l.clone(), ch.to_string())),
                    }
                }
            }
            Event::End(e) => {
                if e.name().as_ref() == "sequence" {
                    if let Some(seq) = current.take() {
                        out.push(seq);
                    }
                } else {
                    label = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn words(s: &str) -> BTreeSet<String> {
    normalize_title(s)
        .split(' ')
        .filter(|w| w.chars().count() >= 2)
        .filter(|w| !matches!(*w, "and" | "et" | "al" | "others" | "eds" | "ed" | "jr"))
        .map(str::to_string)
        .collect()
}

fn name_words(names: &[Name]) -> BTreeSet<String> {
    let text: Vec<String> = names
        .iter()
        .map(|n| match n {
            Name::Person {
                family,
                given,
                prefix,
                suffix,
            } => format!("{prefix} {family} {suffix} {given}"),
            Name::Organization(o) => o.clone(),
            Name::Others => String::new(),
        })
        .collect();
    words(&text.join(" "))
}

fn first_number(s: &str) -> Option<String> {
    let digits: String = s
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    (!digits.is_empty()).then_some(digits)
}

fn page_digits(s: &str) -> String {
    let mut out = String::new();
    for part in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        if part.chars().any(|c| c.is_ascii_digit()) {
            if !out.is_empty() {
                out.push('-');
            }
            out.push_str(part);
        }
    }
    out
}

fn strip_in(s: &str) -> &str {
    let t = s.trim();
    for p in ["In: ", "In ", "in: ", "in "] {
        if let Some(r) = t.strip_prefix(p) {
            return r;
        }
    }
    t
}

fn doi(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    let lower = lower.trim_end_matches(['.', ',', ';']);
    lower
        .split("10.")
        .nth(1)
        .map(|rest| format!("10.{rest}"))
        .unwrap_or_default()
}

fn url_key(url: &str) -> String {
    let u = url.trim();
    let u = u.split_once("://").map_or(u, |(_, rest)| rest);
    let u = u.strip_prefix("dx.").unwrap_or(u);
    u.to_lowercase()
}

/// The value a field has in the gold labels and in refman's entry, both
/// normalised for comparison; `None` where the field is absent.
fn compare(
    field: &str,
    gold: &BTreeMap<String, String>,
    entry: &Entry,
) -> (Option<String>, Option<String>) {
    let g = |label: &str| gold.get(label).map(String::as_str);
    match field {
        "author" => (
            g("author")
                .map(|a| format!("{:?}", words(a)))
                .filter(|s| s != "{}"),
            Some(format!("{:?}", name_words(&entry.authors()))).filter(|s| s != "{}"),
        ),
        "title" => (
            g("title").map(normalize_title).filter(|s| !s.is_empty()),
            entry.text("title").map(|t| normalize_title(&t)),
        ),
        "date" => (
            g("date").and_then(first_number).filter(|y| y.len() == 4),
            entry.year().map(|y| y.to_string()),
        ),
        "container" => (
            g("journal")
                .or(g("container-title"))
                .map(|c| normalize_title(strip_in(c)))
                .filter(|s| !s.is_empty()),
            entry.container().map(|c| normalize_title(&c)),
        ),
        "volume" => (
            g("volume").and_then(first_number),
            entry.text("volume").and_then(|v| first_number(&v)),
        ),
        "pages" => (
            g("pages").map(page_digits).filter(|s| !s.is_empty()),
            entry.text("pages").map(|p| page_digits(&p)),
        ),
        // refman files a doi.org link as `doi` and gives a scheme to a bare
        // "www." address; both count as the URL the label names.
        "url" => (
            g("url").map(|u| url_key(u.trim().trim_end_matches(['.', ',']))),
            entry
                .text("url")
                .or_else(|| {
                    g("url")
                        .and(entry.text("doi"))
                        .map(|d| format!("doi.org/{d}"))
                })
                .map(|u| url_key(&u)),
        ),
        "doi" => (
            g("doi").map(doi).filter(|d| !d.is_empty()),
            entry.text("doi").map(|d| doi(&d)),
        ),
        _ => (None, None),
    }
}

#[test]
fn anystyle_gold_field_accuracy() {
    let seqs = sequences();
    assert_eq!(seqs.len(), 1669, "the check set has 1,669 references");
    let fields = [
        "author",
        "title",
        "date",
        "container",
        "volume",
        "pages",
        "url",
        "doi",
    ];
    // field -> (right, gold-labelled, refman-only)
    let mut tally: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    // ANYSTYLE_SHOW=title prints every miss of that field, for development.
    let show = std::env::var("ANYSTYLE_SHOW").unwrap_or_default();
    for seq in &seqs {
        let reference: Vec<&str> = seq
            .iter()
            .filter(|(l, _)| l != "citation-number")
            .map(|(_, t)| t.trim())
            .collect();
        let parsed = parse_note(&reference.join(" "));
        let entry = parsed.work.to_entry("k");
        let mut gold: BTreeMap<String, String> = BTreeMap::new();
        for (label, text) in seq {
            gold.entry(label.clone())
                .and_modify(|t| {
                    t.push(' ');
                    t.push_str(text);
                })
                .or_insert_with(|| text.clone());
        }
        for field in fields {
            let (want, got) = compare(field, &gold, &entry);
            if field == show && want.is_some() && want != got {
                println!(
                    "{}\n    gold {want:?}\n    got  {got:?}",
                    reference.join(" ")
                );
            }
            let t = tally.entry(field).or_default();
            match (&want, &got) {
                (Some(w), Some(g)) => {
                    t.1 += 1;
                    if w == g {
                        t.0 += 1;
                    }
                }
                (Some(_), None) => t.1 += 1,
                (None, Some(_)) => t.2 += 1,
                (None, None) => {}
            }
        }
    }
    println!(
        "\nAnyStyle gold.xml, {} references: field accuracy",
        seqs.len()
    );
    println!(
        "  {:<10} {:>11} {:>8} {:>13}",
        "field", "right/gold", "acc.", "refman-only"
    );
    let mut below = Vec::new();
    for field in fields {
        let (right, total, extra) = tally.get(field).copied().unwrap_or_default();
        let acc = 100.0 * right as f64 / total.max(1) as f64;
        println!("  {field:<10} {right:>5}/{total:<5} {acc:>7.1}% {extra:>13}");
        let floor = FLOORS
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(0.0, |(_, v)| *v);
        if acc < floor {
            below.push(format!("{field}: {acc:.1}% < floor {floor:.1}%"));
        }
    }
    assert!(below.is_empty(), "accuracy fell below the floor: {below:?}");
}
