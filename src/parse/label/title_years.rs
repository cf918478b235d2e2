//! A year that opens a title, read by the labeller as the work's date:
//! "Freiheit im Blick. 1989 und der Aufbruch in Europa, Berlin 2009",
//! "Sarotte, 1989: The Struggle to Create Post-Cold War Europe (…, 2009)".
//! The tokens go back to the title when the layout says so: the year lies
//! between the author or the title and more of the title, it is followed
//! by a colon or straight by a lowercase word (not by the stop of an
//! author-date style's "2019. Title"), and a later date gives another year.

use std::ops::Range;

use super::{Label, Labelled};

/// A run of tokens with one label ([`super::runs`]): the label, its
/// tokens, its text's bytes.
type Run = (Label, Range<usize>, Range<usize>);

pub(super) fn year_opening_title(text: &str, labelled: &mut [Labelled]) {
    let runs = super::runs(labelled);
    let mut relabel = Vec::new();
    for k in 1..runs.len().saturating_sub(1) {
        let (before, (label, tokens, bytes), (next, _, next_bytes)) =
            (runs[k - 1].0, &runs[k], &runs[k + 1]);
        let written = &text[bytes.clone()];
        let year = written.trim_end_matches([':', ',', '.']);
        if *label != Label::Date
            || !is_bare_year(year)
            || *next != Label::Title
            || !matches!(before, Label::Title | Label::Author)
        {
            continue;
        }
        let between = &text[bytes.end..next_bytes.start];
        let colon = written.ends_with(':') || between.trim() == ":";
        let lowercase_next = written == year
            && between.chars().all(|c| c == ' ')
            && text[next_bytes.clone()]
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if (colon || lowercase_next) && another_year_after(text, &runs[k + 2..], year) {
            relabel.push(tokens.clone());
        }
    }
    // "Orlov, 1991: The Year …": the year read as the end of the author.
    for k in 0..runs.len().saturating_sub(1) {
        let (Label::Author, tokens, _) = &runs[k] else {
            continue;
        };
        let last = tokens.end - 1;
        let Some(year) = text[labelled[last].range.clone()].strip_suffix(':') else {
            continue;
        };
        if tokens.len() > 1
            && is_bare_year(year)
            && runs[k + 1].0 == Label::Title
            && another_year_after(text, &runs[k + 1..], year)
        {
            relabel.push(last..last + 1);
        }
    }
    for tokens in relabel {
        for l in &mut labelled[tokens] {
            l.label = Label::Title;
        }
    }
}

fn is_bare_year(year: &str) -> bool {
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && matches!(&year[..2], "15" | "16" | "17" | "18" | "19" | "20")
}

/// Whether a date among `runs` gives a year other than `year`.
fn another_year_after(text: &str, runs: &[Run], year: &str) -> bool {
    runs.iter().any(|(label, _, bytes)| {
        *label == Label::Date
            && text[bytes.clone()]
                .split(|c: char| !c.is_ascii_digit())
                .any(|d| d.len() == 4 && d != year)
    })
}
