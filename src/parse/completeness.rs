//! How sure a parse is: the fields a work of its kind should have, those
//! the note did not give, and a confidence from them, the words left over
//! and whether the title was quoted.

use super::Work;

/// Fields a work of this type should have, as BibLaTeX names them.
pub fn expected_fields(entry_type: &str) -> &'static [&'static str] {
    match entry_type {
        "article" => &["author", "title", "journaltitle", "date"],
        "online" => &["author", "title", "date", "url"],
        "report" => &["author", "title", "institution", "date"],
        "book" => &["author", "title", "publisher", "date"],
        "collection" => &["editor", "title", "publisher", "date"],
        "incollection" => &["author", "title", "booktitle", "publisher", "date"],
        "inproceedings" => &["author", "title", "booktitle", "date"],
        "thesis" => &["author", "title", "institution", "date"],
        // An act, a court decision or a standard is named, not written by
        // an author.
        "legislation" | "jurisdiction" | "standard" => &["title", "date"],
        _ => &["author", "title", "date"],
    }
}

/// Expected fields the work lacks. An explicit "n.d." is not a missing date.
pub fn missing_fields(work: &Work, entry_type: &str) -> Vec<&'static str> {
    expected_fields(entry_type)
        .iter()
        .copied()
        .filter(|field| match *field {
            "author" => work.authors.is_empty() && !edited_book(work, entry_type),
            "editor" => work.editors.is_empty(),
            "title" => work.title.is_none(),
            "date" => work.date.is_none() && !work.undated,
            "url" => work.url.is_none() && work.doi.is_none(),
            "journaltitle" | "booktitle" => work.container.is_none(),
            "publisher" => work.publisher.is_none(),
            "institution" => work.publisher.is_none() && work.institution.is_none(),
            _ => false,
        })
        .collect()
}

/// A book its editors stand for ("M. Isnenghi (a cura di), Title"): it has
/// no author to miss.
fn edited_book(work: &Work, entry_type: &str) -> bool {
    matches!(entry_type, "book" | "collection") && !work.editors.is_empty()
}

/// A 0–1 score: what the note gave weighed against the words nothing claimed.
pub fn confidence(work: &Work, entry_type: &str, leftover_words: usize, quoted_title: bool) -> f32 {
    let mut score: f32 = 0.0;
    if work
        .title
        .as_deref()
        .is_some_and(|t| t.chars().count() >= 3)
    {
        score += if quoted_title { 0.4 } else { 0.3 };
    }
    if !work.authors.is_empty() || edited_book(work, entry_type) {
        score += 0.2;
    }
    if work.date.is_some() || work.undated {
        score += 0.15;
    }
    if work.url.is_some()
        || work.doi.is_some()
        || work.container.is_some()
        || work.publisher.is_some()
    {
        score += 0.15;
    }
    if entry_type != "misc" {
        score += 0.1;
    }
    let missing = missing_fields(work, entry_type).len() as f32;
    score -= 0.05 * missing;
    score -= (0.05 * leftover_words as f32).min(0.3);
    score.clamp(0.0, 1.0)
}
