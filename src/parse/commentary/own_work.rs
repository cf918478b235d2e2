//! An author named in a sentence, then the work "in his essay" or "nel
//! suo volume": "Eine gute Zusammenfassung bietet Jürgen Kocka in seinem
//! Aufsatz „…“, in: …", "So schon Max Weber in „Wirtschaft und
//! Gesellschaft“ (1922), S. 28.", "Come ha osservato R. Romeo nel suo
//! Risorgimento e capitalismo (Bari 1959), la tesi … non regge." The words
//! between the name and the work stand where a reference has its comma;
//! the sentence before the name is commentary, and so is a clause after a
//! bracketed imprint that ends the note.

use std::sync::LazyLock;

use regex::Regex;

/// The name (a given and a family name, or initials and a family name),
/// then "in seinem Aufsatz", "nel suo", "in his book", "dans son
/// ouvrage", or a bare "in" before a quotation mark.
static NAME_THEN_OWN_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|\s)(?P<name>(?:\p{Lu}\.\s?){0,3}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}[\p{Ll}'’ʼ-]+){0,2})",
        r"\s+(?:(?P<own>in\s+(?:seinem|ihrem|seiner|ihrer|his|her|their)|nel\s+suo|nella\s+sua|dans\s+(?:son|sa))",
        r"(?:\s+(?:neuen|jüngsten|bekannten|classico|recent|latest|well-known|grand|dernier))?",
        r"(?:\s+(?:Aufsatz|Buch|Beitrag|Artikel|Werk|Studie|Monographie|Essay|volume|saggio|libro|studio|articolo|lavoro|book|article|essay|study|ouvrage|livre))?",
        r"|in)\s+(?P<work>[„“\x22«\p{Lu}])",
    ))
    .expect("name then own work pattern")
});

/// "… (Bari 1959), la tesi gramsciana non regge.": a clause of prose after
/// the bracket that closes a reference's imprint.
static CLAUSE_AFTER_IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\D*\d{4}\),\s+\p{Ll}[^\d()]*$").expect("clause after imprint pattern")
});

/// The reference the clause holds, as "Name, Work …" ([`self`]); `None`
/// when it has no such shape, or the words before the name are no prose
/// (digits, quotes, brackets, more than fourteen words).
pub(in crate::parse) fn reference_in_sentence(clause: &str) -> Option<String> {
    if !joins_name_to_work(clause) {
        return None;
    }
    let c = NAME_THEN_OWN_WORK.captures(clause)?;
    let (name, work) = (c.name("name")?, c.name("work")?);
    // A bare "in" joins a name to a work only before a quotation, after a
    // name of two words or more ("Max Weber in „…“"); "… in Journal" is a
    // container's.
    let quoted = !work.as_str().starts_with(char::is_uppercase);
    let words = name.as_str().split_whitespace().count();
    if c.name("own").is_none() && !(quoted && words >= 2) {
        return None;
    }
    let before = &clause[..name.start()];
    let prose = before.split_whitespace().count() <= 14
        && !before.contains(|ch: char| {
            ch.is_ascii_digit() || matches!(ch, '"' | '“' | '„' | '«' | '(' | '[' | ',' | ';')
        });
    if !prose {
        return None;
    }
    let rest = &clause[work.start()..];
    let rest = match CLAUSE_AFTER_IMPRINT.find(rest) {
        Some(m) => &rest[..m.start() + rest[m.start()..].find("),")? + 1],
        None => rest,
    };
    Some(format!("{}, {rest}", name.as_str()))
}

/// Whether the clause has the words that join a name to its work (" in
/// seinem ", " in his ", " in „", " nel suo", " dans son "): asked before
/// the pattern, as most clauses have none. " in " is common; what follows
/// it is looked at only where it stands.
fn joins_name_to_work(clause: &str) -> bool {
    use memchr::memmem::Finder;
    static IN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" in "));
    static NEL: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" nel"));
    static DANS: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" dans s"));
    const OWN: &[&str] = &[
        "seinem ", "ihrem ", "seiner ", "ihrer ", "his ", "her ", "their ",
    ];
    let bytes = clause.as_bytes();
    IN.find_iter(bytes).any(|at| {
        let after = &clause[at + 4..];
        after.starts_with(['„', '“', '"', '«']) || OWN.iter().any(|w| after.starts_with(w))
    }) || NEL.find(bytes).is_some()
        || DANS.find(bytes).is_some()
}

#[cfg(test)]
mod tests {
    use super::reference_in_sentence;

    #[test]
    fn an_author_then_the_work_in_a_sentence() {
        assert_eq!(
            reference_in_sentence(
                "Einen guten Überblick gibt Ute Frevert in ihrem Buch „Die kasernierte Nation“, München 2001, S. 12."
            )
            .as_deref(),
            Some("Ute Frevert, „Die kasernierte Nation“, München 2001, S. 12.")
        );
        assert_eq!(
            reference_in_sentence(
                "Lo ha mostrato G. Procacci nel suo Storia degli italiani (Bari 1968), contro la vulgata."
            )
            .as_deref(),
            Some("G. Procacci, Storia degli italiani (Bari 1968)")
        );
        // A chapter's book after "in" and an editor's name, and a name in
        // a reference's own sentence, stay as they are.
        assert_eq!(
            reference_in_sentence(
                "Anna Rossi, Il porto, in G. Bianchi (a cura di), Genova, Genova 1990."
            ),
            None
        );
        assert_eq!(
            reference_in_sentence("Published by Oxford University Press in London."),
            None
        );
    }
}
