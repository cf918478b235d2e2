//! Bodies the labeller read as a title, or with one: a body within the
//! organisation read as the title ("Sénat, Commission des finances,
//! Rapport …"), a body alone before its yearbook read as the title and
//! the yearbook as a journal, and a body and its work's title read as one
//! title or as an untitled work's container ("Lietuvos statistikos
//! departamentas, Lietuvos statistikos metraštis 2021 (Vilnius, 2022)").

use super::organizations::organization_name;
use crate::parse::Work;

/// "Sénat, Commission des finances, Rapport sur …": a body within the
/// organisation, read as the title and the title as the container. The
/// body joins the organisation's name, and the title is the work's.
pub(super) fn body_read_as_title(plain: &str, work: &mut Work) {
    let ([crate::entry::Name::Organization(org)], Some(body), Some(title)) = (
        work.authors.as_slice(),
        work.title.as_deref(),
        work.container.as_deref(),
    ) else {
        return;
    };
    if !organization_name(body) || !plain.contains(&format!("{org}, {body}, {title}")) {
        return;
    }
    let author = format!("{org}, {body}");
    work.title = work.container.take();
    work.authors = vec![crate::entry::Name::Organization(author)];
}

/// "Migracijos departamentas prie …, Migracijos metraštis 2022 (Vilnius,
/// 2023)": a body alone before a yearbook, read as the title and the
/// yearbook as a journal. The body is the author and the yearbook the
/// title (its year goes back to it after).
pub(super) fn body_alone_read_as_title(plain: &str, work: &mut Work) {
    let (Some(body), Some(book), Some(date)) =
        (work.title.as_deref(), work.container.as_deref(), work.date)
    else {
        return;
    };
    // (The cheap tests first: most notes have an author or no such run.)
    if !work.authors.is_empty()
        || work.volume.is_some()
        || !plain.contains(&format!("{body}, {book} {} (", date.year))
    {
        return;
    }
    if !names_body(body) {
        return;
    }
    let author = body.to_string();
    work.title = work.container.take();
    work.authors = vec![crate::entry::Name::Organization(author)];
}

/// Whether words name a body, in English's capitals or, as Lithuanian and
/// Polish names are written, with the first word capitalised only.
fn names_body(words: &str) -> bool {
    organization_name(words)
        || words.starts_with(char::is_uppercase)
            && !words.contains(|c: char| c.is_ascii_digit())
            && crate::parse::names::has_organization_word(&crate::letters::lowercase(words))
}

/// "Lietuvos statistikos departamentas, Lietuvos statistikos metraštis
/// 2021 (Vilnius, 2022)": a body and its work's title read as one title,
/// with no author. The note's first segment, where it names a body (or
/// the publisher: "Freedom House, Freedom on the Net 2023 (…: Freedom
/// House, 2023)"; a body's acronym: "OECD, PISA 2022 Results …"), is the
/// author. So where the labeller read the two as
/// the container of an untitled work ("State Committee on Forestry, Annual
/// Forest Fire Review … (Bishkek, 2022)").
pub(super) fn body_and_title_read_as_title(plain: &str, work: &mut Work) {
    if !work.authors.is_empty() || !work.editors.is_empty() {
        return;
    }
    let as_container = work.title.is_none()
        && work.volume.is_none()
        && work
            .container
            .as_deref()
            .is_some_and(|c| plain.starts_with(c));
    let Some(title) = (if as_container {
        work.container.as_deref()
    } else {
        work.title.as_deref()
    }) else {
        return;
    };
    let Some((body, rest)) = title.split_once(", ") else {
        return;
    };
    // "OECD, PISA 2022 Results … (Paris: OECD Publishing, 2023)": one
    // word, where it is a body's acronym refman knows or the publisher's
    // first word.
    let acronym = !body.contains(' ')
        && (crate::parse::names::is_body_acronym(body)
            || work
                .publisher
                .as_deref()
                .is_some_and(|p| p.split(' ').next() == Some(body)));
    if !plain.starts_with(body)
        || !rest.starts_with(char::is_uppercase)
        || !((2..=8).contains(&body.split_whitespace().count()) || acronym)
        || !(acronym || names_body(body) || work.publisher.as_deref() == Some(body))
    {
        return;
    }
    let (author, rest) = (body.to_string(), rest.to_string());
    work.title = Some(rest);
    work.authors = vec![crate::entry::Name::Organization(author)];
    if as_container {
        work.container = None;
    }
}
