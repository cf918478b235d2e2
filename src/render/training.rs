//! Labelled notes for training the field labeller, written by the CSL
//! engine: made-up works ([`synth::entries`]) rendered through bundled
//! styles in several locales, each token labelled with the field it came
//! from.
//!
//! The engine does not say which output came from which field, so the
//! labels are found by difference: the work is rendered once as it is and
//! once for each field with that field's value changed (another letter at
//! the start of every word, numbers moved by one, every date part moved).
//! The tokens that change belong to that field, whatever the style did to
//! them (initials, case, date forms, page ranges). Tokens no field changes
//! ("In", "pp.", "(eds.)", "//") join the field they introduce or close, as
//! in AnyStyle's data.
//!
//! This module sits in `render` because it uses the engine; the labeller in
//! `parse` never depends on it. The styles are disjoint from those of the
//! held-out evaluation (`tests/it/heldout.rs` checks it). Chinese works are
//! left out: Chinese notes are written in GB/T 7714 or the Chinese note
//! form, which the hand-written synthetic notes cover.

use crate::entry::{Entry, Name};
use crate::parse::label::Label;
use crate::parse::label::synth;
use crate::parse::label::tokens::tokenize;

use super::Styler;
use super::write::{OutputFormat, write};

/// Bundled styles used for training, with none of the held-out styles or
/// their close relatives (the Chicago, Turabian, MHRA, ISO 690, GOST,
/// GB/T 7714, Springer, Elsevier and Taylor & Francis families, APSA,
/// ASA, AAA, ACM, Nature, Deutsche Sprache).
pub const STYLES: &[&str] = &[
    "apa",
    "modern-language-association",
    "modern-language-association-8",
    "ieee",
    "vancouver",
    "harvard-cite-them-right",
    "american-chemical-society",
    "american-geophysical-union",
    "american-institute-of-aeronautics-and-astronautics",
    "american-institute-of-physics",
    "american-medical-association",
    "american-meteorological-society",
    "american-physics-society",
    "american-physiological-society",
    "american-society-for-microbiology",
    "american-society-of-civil-engineers",
    "american-society-of-mechanical-engineers",
    "angewandte-chemie",
    "annual-reviews",
    "annual-reviews-author-date",
    "associacao-brasileira-de-normas-tecnicas",
    "biomed-central",
    "bristol-university-press",
    "british-medical-journal",
    "cell",
    "copernicus",
    "council-of-science-editors",
    "council-of-science-editors-author-date",
    "current-opinion",
    "frontiers",
    "future-medicine",
    "future-science",
    "institute-of-physics-numeric",
    "karger",
    "mary-ann-liebert-vancouver",
    "multidisciplinary-digital-publishing-institute",
    "pensoft",
    "public-library-of-science",
    "royal-society-of-chemistry",
    "sage-vancouver",
    "sist02",
    "spie",
    "the-institution-of-engineering-and-technology",
    "the-lancet",
    "thieme",
    "trends",
];

/// The groups of fields whose tokens get one label.
const GROUPS: &[(Label, &[&str])] = &[
    (Label::Author, &["author"]),
    (Label::Editor, &["editor"]),
    (Label::Title, &["title"]),
    (
        Label::Container,
        &["journaltitle", "booktitle", "organization", "type"],
    ),
    (Label::Date, &["date"]),
    (Label::Volume, &["volume"]),
    (Label::Pages, &["pages"]),
    (Label::Publisher, &["publisher", "institution"]),
    (Label::Location, &["location"]),
];

/// `count` labelled notes from `seed`: the works of
/// [`synth::entries`]`(seed, count)`, each in one of [`STYLES`] (in turn),
/// in English or (Cyrillic works) Russian, as Markdown or plain text, one in
/// seven after a lead-in ("See"). Works a style renders empty, or whose
/// labels cannot be found, are left out; so are Chinese works.
pub fn notes(seed: u64, count: usize) -> Vec<(String, Vec<Label>)> {
    // Works take the styles in turn: a short run loads only the first few.
    let stylers: Vec<Option<(Styler, Option<Styler>)>> = STYLES
        .iter()
        .take(count)
        .map(|name| {
            let base = Styler::named(name).ok()?;
            let ru = Styler::named(name)
                .and_then(|s| s.with_locale("ru-RU"))
                .ok();
            Some((base, ru))
        })
        .collect();
    let mut out = Vec::with_capacity(count);
    for (i, (mut entry, lang)) in synth::entries(seed, count).into_iter().enumerate() {
        // Chinese notes are written in GB/T 7714 or the Chinese note form
        // (both in the hand-written synthetic notes), not in these styles:
        // rendered in them they only blur those forms.
        if lang == "zh" {
            continue;
        }
        vary_title(&mut entry, lang, i);
        let Some((en, ru)) = &stylers[i % stylers.len()] else {
            continue;
        };
        // Every other work in its own locale, where the style has it.
        let own = match lang {
            "ru" | "be" | "uk" => ru.as_ref(),
            _ => None,
        };
        let styler = if i % 2 == 1 { own.unwrap_or(en) } else { en };
        let format = if i % 3 == 0 {
            OutputFormat::Markdown
        } else {
            OutputFormat::Text
        };
        let Some((text, labels)) = labelled(styler, &entry, format) else {
            continue;
        };
        if i % 7 == 3 {
            let mut with = vec![Label::Note];
            with.extend(labels);
            out.push((format!("See {text}"), with));
        } else {
            out.push((text, labels));
        }
    }
    out
}

/// Titles as real ones are: with the prepositions that also introduce a
/// container ("в", "у", "in") inside them, and with years, so that the
/// labeller does not learn them as field boundaries.
fn vary_title(entry: &mut Entry, lang: &str, i: usize) {
    let Some(title) = entry.text("title") else {
        return;
    };
    let year = 1990 + (i * 7) % 34;
    let varied = match (lang, i % 6) {
        ("ru" | "be" | "uk", 1 | 4) => match title.rsplit_once(' ') {
            Some((head, last)) => {
                let prep = if lang == "ru" { "в" } else { "у" };
                format!("{head} {prep} {last}")
            }
            None => return,
        },
        ("ru" | "be" | "uk", 2) => format!("{title} в {year} г."),
        ("en", 2) => format!("{title} in {year}"),
        ("en", 5) => format!("{year}: {title}"),
        ("de", 2) => format!("{title} im Jahr {year}"),
        _ => return,
    };
    entry.set_text("title", &varied);
}

/// One work as a reference of `styler` in `format`, without the list
/// number ("[3] ", "3. ") as the article reader strips note markers; `None`
/// when the style gives it no reference.
pub fn reference_text(styler: &Styler, entry: &Entry, format: OutputFormat) -> Option<String> {
    let reference = styler.bibliography(&[entry]).into_iter().next()?;
    let text = write(&reference.content, format);
    Some(unnumbered(&text).to_string())
}

/// One work rendered and labelled token by token.
fn labelled(styler: &Styler, entry: &Entry, format: OutputFormat) -> Option<(String, Vec<Label>)> {
    let render = |e: &Entry| reference_text(styler, e, format).filter(|t| !t.is_empty());
    let base = render(entry)?;
    let words: Vec<&str> = tokenize(&base).into_iter().map(|r| &base[r]).collect();
    let mut labels: Vec<Option<Label>> = vec![None; words.len()];
    for (label, fields) in GROUPS {
        let mut changed = entry.clone();
        let mut any = false;
        for field in *fields {
            any |= change(&mut changed, field);
        }
        if !any {
            continue;
        }
        let Some(other) = render(&changed) else {
            continue;
        };
        let other_words: Vec<&str> = tokenize(&other).into_iter().map(|r| &other[r]).collect();
        for (i, same) in common(&words, &other_words).into_iter().enumerate() {
            if !same && labels[i].is_none() {
                labels[i] = Some(*label);
            }
        }
    }
    let labels = attach(&words, &labels)?;
    Some((base, labels))
}

/// Changes one field so that every part of its rendering differs; false
/// when the entry has no such field.
fn change(entry: &mut Entry, field: &str) -> bool {
    match field {
        "author" | "editor" => {
            let names = entry.names(field);
            if names.is_empty() {
                return false;
            }
            let changed: Vec<Name> = names.iter().map(|n| n.map_text(shift_words)).collect();
            entry.set_names(field, &changed);
            true
        }
        "date" => {
            let Some(value) = entry.text(field) else {
                return false;
            };
            let mut parts = value.split('-').map(|p| p.parse::<u32>().ok());
            let (Some(Some(year)), month, day) = (parts.next(), parts.next(), parts.next()) else {
                return false;
            };
            let mut out = format!("{}", if year >= 2020 { year - 7 } else { year + 1 });
            if let Some(Some(m)) = month {
                out.push_str(&format!("-{:02}", m % 12 + 1));
            }
            if let Some(Some(d)) = day {
                out.push_str(&format!("-{:02}", d % 27 + 1));
            }
            entry.set_text(field, &out);
            true
        }
        "volume" | "pages" | "number" => {
            let Some(value) = entry.text(field) else {
                return false;
            };
            let moved = bump_numbers(&value);
            entry.set_text(field, &moved);
            // An article's issue number is read with its volume.
            if field == "volume"
                && entry.entry_type == "article"
                && let Some(n) = entry.text("number")
            {
                entry.set_text("number", &bump_numbers(&n));
            }
            true
        }
        "type" => {
            let Some(value) = entry.text(field) else {
                return false;
            };
            entry.set_text(field, &shift_words(&value));
            // A report's number is written with its series.
            if let Some(n) = entry.text("number") {
                entry.set_text("number", &bump_numbers(&n));
            }
            true
        }
        _ => {
            let Some(value) = entry.text(field) else {
                return false;
            };
            entry.set_text(field, &shift_words(&value));
            true
        }
    }
}

/// Every number in `s` plus one ("110--122" → "111--123").
fn bump_numbers(s: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if !digits.is_empty() {
            let n: u64 = digits.parse().unwrap_or(0);
            out.push_str(&(n + 1).to_string());
            digits.clear();
        }
    };
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// Another first letter for every word, in the same script and case;
/// every ideograph replaced.
fn shift_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if crate::parse::label::tokens::is_cjk(c) && c.is_alphabetic() {
            out.push(char::from_u32(c as u32 + 1).unwrap_or(c));
            at_start = false;
        } else if at_start && c.is_alphabetic() {
            out.push(next_letter(c));
            at_start = false;
        } else {
            if !c.is_alphanumeric() && c != '\'' && c != '’' {
                at_start = true;
            }
            out.push(c);
        }
    }
    out
}

fn next_letter(c: char) -> char {
    match c {
        'a'..='y' | 'A'..='Y' | 'а'..='ю' | 'А'..='Ю' => {
            char::from_u32(c as u32 + 1).unwrap_or(c)
        }
        'z' => 'a',
        'Z' => 'A',
        'я' => 'а',
        'Я' => 'А',
        c if c.is_uppercase() => 'X',
        _ => 'x',
    }
}

/// For each of `a`'s tokens, whether it is in a longest common
/// subsequence with `b`.
fn common(a: &[&str], b: &[&str]) -> Vec<bool> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let mut out = vec![false; n];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            out[i] = true;
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// Tokens that introduce the field after them.
fn introduces(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| matches!(c, '*' | '_' | '(' | '[' | ':' | ','))
        .to_lowercase();
    matches!(
        w.as_str(),
        // Bare "в" and "у" are also prepositions inside titles.
        "in" | "in:"
            | "в:"
            | "у:"
            | "//"
            | "/"
            | "edited"
            | "by"
            | "pp."
            | "p."
            | "pp"
            | "p"
            | "vol."
            | "vol"
            | "no."
            | "с."
            | "сс."
            | "s."
            | "№"
            | "т."
            | "под"
            | "收入"
            | "页"
            | "available"
            | "at"
            | "from"
            | "retrieved"
            | "accessed"
    )
}

/// "ed.", "(eds.)", "ред.", "Hrsg.": words that belong to an editor list.
fn editorial(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_lowercase();
    matches!(
        w.as_str(),
        "ed" | "eds"
            | "editor"
            | "editors"
            | "ред"
            | "hrsg"
            | "éd"
            | "éds"
            | "编"
            | "编辑"
            | "主编"
    )
}

/// Labels for the tokens no field changed: a token that introduces a
/// field ("In", "pp.", "edited by") and the tokens after it take the next
/// field's label; others take the previous one's ("(eds.)", "[M]//").
/// None when no token was labelled at all.
fn attach(words: &[&str], labels: &[Option<Label>]) -> Option<Vec<Label>> {
    let first = labels.iter().flatten().next().copied()?;
    let mut out = Vec::with_capacity(words.len());
    let mut previous = first;
    let mut i = 0;
    while i < words.len() {
        if let Some(l) = labels[i] {
            out.push(l);
            previous = l;
            i += 1;
            continue;
        }
        // A run of unlabelled tokens up to the next labelled one.
        let end = (i..words.len())
            .find(|&k| labels[k].is_some())
            .unwrap_or(words.len());
        let next = labels.get(end).copied().flatten();
        let split = (i..end).find(|&k| introduces(words[k])).unwrap_or(end);
        for (k, word) in words.iter().enumerate().take(end).skip(i) {
            let label = match next {
                // "(eds.)" after the editors, "eds." before them.
                _ if editorial(word) && previous == Label::Editor => Label::Editor,
                Some(Label::Editor) if editorial(word) => Label::Editor,
                Some(n) if k >= split || out.is_empty() => n,
                _ => previous,
            };
            out.push(label);
        }
        i = end;
    }
    Some(out)
}

/// The reference without a list number ("[3] ", "3. ").
fn unnumbered(text: &str) -> &str {
    let t = text.trim();
    let digits = t.trim_start_matches(['[', '(']);
    let rest = digits.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() < digits.len() {
        let rest = rest.trim_start_matches([']', ')', '.']);
        return rest.trim_start();
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_reach_every_part_of_a_field() {
        assert_eq!(bump_numbers("110--122"), "111--123");
        assert_eq!(
            shift_words("Yale University Press"),
            "Zale Vniversity Qress"
        );
        assert_eq!(shift_words("Беларуская навука"), "Веларуская оавука");
        assert_eq!(shift_words("O’Brien-Smith"), "P’Brien-Tmith");
        assert_ne!(shift_words("一带一路"), "一带一路");
    }

    #[test]
    fn rendered_notes_are_labelled_by_field() {
        let notes = notes(5, 30);
        assert!(notes.len() >= 20, "{} notes", notes.len());
        for (text, labels) in &notes {
            assert_eq!(tokenize(text).len(), labels.len(), "{text}");
        }
        // An APA journal article: authors, year, title, journal, volume, pages.
        let mut e = Entry::new("k", "article");
        e.set_names("author", &[Name::person("Marples", "David R.")]);
        e.set_text("title", "Belarus between East and West");
        e.set_text("journaltitle", "Post-Soviet Affairs");
        e.set_text("volume", "24");
        e.set_text("number", "3");
        e.set_text("pages", "45--67");
        e.set_text("date", "2008");
        let apa = Styler::named("apa").expect("apa is bundled");
        let (text, labels) = labelled(&apa, &e, OutputFormat::Text).expect("labelled");
        let words: Vec<&str> = tokenize(&text).into_iter().map(|r| &text[r]).collect();
        let of = |w: &str| labels[words.iter().position(|x| *x == w).expect(w)];
        assert_eq!(of("Marples,"), Label::Author);
        assert_eq!(of("(2008)."), Label::Date);
        assert_eq!(of("Belarus"), Label::Title);
        assert_eq!(of("Post-Soviet"), Label::Container);
        assert_eq!(of("45–67."), Label::Pages);
    }
}
