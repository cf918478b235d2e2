//! Parts of a note the labeller left as commentary though they name the
//! work: a head that nothing else names, a title after the authors.

use std::sync::LazyLock;

use regex::Regex;

use super::super::{Label, Labelled, spans};
use super::Assembled;
use crate::parse::text::{clean_title, plain};

/// A note whose head the labeller left as commentary though nothing else
/// names the work (`NATO Press Office, Annual report 2020, Brussels 2021.`):
/// the head is the title, after an organisation that issued it when the
/// first comma-separated part names one.
pub(super) fn head(text: &str, labelled: &[Labelled], out: &mut Assembled) {
    let Some((Label::Note, range)) = spans(labelled).into_iter().next() else {
        return;
    };
    if range.start > 0 && !text[..range.start].trim().is_empty() {
        return;
    }
    let head = plain(&text[range]);
    let head = head.trim().trim_end_matches([',', '.', ';', ':']).trim();
    if head.is_empty() || head.split_whitespace().count() > 25 {
        return;
    }
    let (issuer, title) = match head.split_once(", ") {
        Some((issuer, title))
            if crate::parse::names::is_organization(issuer)
                && issuer.split_whitespace().count() <= 8 =>
        {
            (Some(issuer.trim()), title.trim())
        }
        _ => (None, head),
    };
    if let Some(issuer) = issuer {
        out.work.authors = vec![crate::entry::Name::Organization(issuer.to_string())];
    }
    out.work.title = Some(clean_title(title)).filter(|t| !t.is_empty());
    out.note_words = out
        .note_words
        .saturating_sub(head.split_whitespace().count());
}

/// "Бюро национальной статистики Агентства по стратегическому
/// планированию | и реформам Республики Казахстан, «…»": a body's long
/// name whose head the labeller left as commentary and whose tail, from a
/// conjunction, it read as the author. Where the two meet with nothing
/// but a space between them and together name a body, they are the
/// author, where the head names a body by its word.
pub(super) fn body_head(text: &str, labelled: &[Labelled], out: &mut Assembled) {
    let [crate::entry::Name::Organization(_)] = out.work.authors.as_slice() else {
        return;
    };
    let spans = spans(labelled);
    let [(Label::Note, note), (Label::Author, author), ..] = spans.as_slice() else {
        return;
    };
    if !text[..note.start].trim().is_empty()
        || !text
            .get(note.end..author.start)
            .is_some_and(|between| between.trim().is_empty())
    {
        return;
    }
    let whole = plain(&text[note.start..author.end]);
    let whole = whole.trim().trim_end_matches([',', '.', ';', ':']).trim();
    let head = plain(&text[note.clone()]);
    let head_words = head.split_whitespace().count();
    // The head names a body by its word ("Бюро", "Агентства"); "See" before
    // a name is commentary.
    if head_words < 2
        || !crate::parse::names::has_organization_word(&crate::letters::lowercase(&head))
        || whole.contains(", ")
        || whole.split_whitespace().count() > 16
        || !crate::parse::names::is_organization(whole)
    {
        return;
    }
    out.work.authors = vec![crate::entry::Name::Organization(whole.to_string())];
    out.note_words = out.note_words.saturating_sub(head_words);
}

/// A site's name written as its domain (`wyborcza.pl`, `lrt.lt`).
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}$").expect("domain pattern")
});

/// A note whose title the labeller left as commentary right after the
/// authors (`B. Wróblewski, Łukaszenka grozi Polsce, wyborcza.pl,
/// 10.08.2020, https://…`, in a language its model knows little of): the
/// first part is the title; a site written as its domain and a day among
/// the parts after it are the container and the date.
pub(super) fn title_after_names(text: &str, labelled: &[Labelled], out: &mut Assembled) {
    if out.work.authors.is_empty() {
        return;
    }
    let spans = spans(labelled);
    let Some(at) = spans.iter().position(|(label, _)| *label == Label::Note) else {
        return;
    };
    if at == 0 || spans[..at].iter().any(|(label, _)| *label != Label::Author) {
        return;
    }
    let range = spans[at].1.clone();
    let between = text.get(spans[at - 1].1.end..range.start).unwrap_or("?");
    if !between
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '.' | ':'))
    {
        return;
    }
    let note = plain(&text[range]);
    let mut parts = note
        .trim()
        .trim_end_matches([',', '.', ';'])
        .split(", ")
        .map(str::trim);
    // "P. J. | Withers, to be presented at …": a name's last word is no
    // title.
    let Some(title) = parts.next().filter(|t| {
        t.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '„' | '“' | '«'))
            && (2..=25).contains(&t.split_whitespace().count())
    }) else {
        return;
    };
    let mut used = title.split_whitespace().count();
    out.work.title = Some(clean_title(title)).filter(|t| !t.is_empty());
    for part in parts {
        if out.work.container.is_none() && DOMAIN.is_match(part) {
            out.work.container = Some(part.to_string());
        } else if out.work.date.is_none()
            && let Some(day) = crate::parse::dates::alone(part)
        {
            out.work.date = Some(day.date);
        } else {
            continue;
        }
        used += part.split_whitespace().count();
    }
    out.note_words = out.note_words.saturating_sub(used);
}
