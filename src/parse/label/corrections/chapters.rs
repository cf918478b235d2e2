//! A chapter's book the labeller left in the chapter's title after `, In:`
//! (the Polish `[w:]` is read as that mark), or read with the book's
//! editors after `red.` as a container or place: `R. Radzik, Białorusini
//! wobec …, [w:] Białoruś w XX stuleciu, red. D. Michaluk, Toruń 2007`.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::names::parse_author_segment;

/// The book after the mark, its editors after `red.`, and its place before
/// the year.
static BOOK_THEN_EDITORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r", In: (?P<book>[^,]+(?:, [^,]+)*?), red\. (?P<editors>[^,]+(?:, \p{Lu}\.[^,]+)*), (?P<place>\p{Lu}[\p{L}–-]+)(?: \d{4}|, )")
        .expect("book then editors pattern")
});

/// The editors with their mark in brackets, then the book.
static EDITORS_THEN_BOOK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<editors>[^()]{3,120}?)\s*\((?:red|ed|eds|Hrsg|Hg|dir|a cura di)\.?\),\s+(?P<book>\p{Lu}.+)$")
        .expect("editors then book pattern")
});

pub(super) fn book_in_title(plain: &str, work: &mut Work) {
    // ", In: " or ", in: ", found by a searcher built once.
    static MARK: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"n: "));
    let marked = MARK
        .find_iter(plain.as_bytes())
        .any(|at| at >= 3 && matches!(&plain.as_bytes()[at - 3..at], b", I" | b", i"));
    if !marked {
        return;
    }
    // "[w:] J. Kurczewski (red.), Pamięć …": the editors before the book,
    // read with it.
    if let Some((editors, book)) = work
        .container
        .as_deref()
        .and_then(|c| EDITORS_THEN_BOOK.captures(c))
        .map(|c| (c["editors"].to_string(), c["book"].to_string()))
    {
        let (editors, _) = parse_author_segment(&editors);
        if !editors.is_empty() {
            work.editors = editors;
            work.container = Some(book);
        }
    }
    if let Some(c) = BOOK_THEN_EDITORS.captures(plain) {
        let (editors, _) = parse_author_segment(&c["editors"]);
        if !editors.is_empty() {
            work.editors = editors;
            work.container = Some(c["book"].to_string());
            work.location = Some(c["place"].to_string());
        }
    }
    let Some(title) = work.title.clone() else {
        return;
    };
    // "D. Michaluk, A. Radzik, Białoruś, [w:] …": a one-word title read
    // with the authors is the part of the note before the mark.
    // "…, in: Max Webers Diagnose der Moderne, Göttingen 1989": the German
    // mark in lower case, a book with no editors named.
    let (head, book) = match title
        .split_once(", In: ")
        .or_else(|| title.split_once(", in: "))
    {
        Some((head, book)) => (head.to_string(), book),
        None => match title.strip_prefix("In: ") {
            Some(book) => {
                let before = plain.split_once(", In: ").map_or("", |(b, _)| b);
                let head = before.rsplit(", ").next().unwrap_or_default().trim();
                if head.chars().filter(|c| c.is_alphabetic()).count() < 3
                    || head.contains('.')
                    || head.split_whitespace().count() > 1
                {
                    return;
                }
                work.authors.retain(|n| n.family() != head);
                (head.to_string(), book)
            }
            None => return,
        },
    };
    if work.container.is_none() {
        work.container = Some(book.to_string());
    }
    work.title = Some(head);
}

/// "in AA.VV., Problemi dell'Unità d'Italia, Roma 1962": Italian notes mark
/// a book by many authors with `AA.VV.` ("autori vari"), which names no
/// one and is no part of the book's title.
pub(super) fn various_authors_before_book(work: &mut Work) {
    let Some(book) = work.container.as_deref() else {
        return;
    };
    let rest = ["AA.VV., ", "AA. VV., ", "AA.VV. ", "Aa.Vv., ", "AAVV, "]
        .iter()
        .find_map(|mark| book.strip_prefix(mark));
    if let Some(rest) = rest.filter(|r| !r.trim().is_empty()) {
        work.container = Some(rest.trim().to_string());
    }
}
