//! A sentence that quotes someone before the work the quotation comes
//! from ("Как справедливо замечает Д. Тренин, «…». – Тренин Д. …"): where
//! the reference starts after it.

use std::sync::LazyLock;

use regex::Regex;

use super::is_citation;

/// "Как справедливо замечает Д. Тренин, «…». – Тренин Д. …", "Як зазначає
/// Ярослав Грицак, «…» (Грицак Я. …).", "Comme le souligne Françoise Thom,
/// « … » : Françoise Thom, …", "Wie Offe bereits 1991 bemerkte, ist das
/// „…“ kaum aufzulösen; vgl. Offe, …", "«…», – подчеркнул министр (Макей
/// В. В. …).": a sentence that quotes someone, then the work the quotation
/// comes from. Its name and quotation have the shape of an author and a
/// quoted title, so the sentence is told by how it opens: with "As", "Как",
/// "Wie", "Comme", … and a clause that ends in a comma, or with the
/// quotation and a dash before words in small letters. The reference is
/// what follows the quotation and the words in small letters after it
/// ("kaum aufzulösen; vgl."), or the bracket that closes the note.
pub(in crate::parse) fn after_remark(note: &str) -> Option<&str> {
    static OPENER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[^«»“”„\x22;()]{0,130},[^«»“”„\x22;()]{0,40}$")
            .expect("remark opener pattern")
    });
    // Told first by the note's first word; [`OPENER`] then asks for the
    // clause's comma before the quotation.
    let word = note.split_whitespace().next()?;
    // "По словам …", "Nach Offe …", "Selon …": whose words the quotation
    // is, in place of "as … said".
    let whose_words = || {
        [
            "According to ",
            "In the words of ",
            "По словам ",
            "По мнению ",
            "По выражению ",
            "За словами ",
            "На думку ",
            "Па словах ",
            "Паводле ",
            "Nach ",
            "Laut ",
            "Selon ",
            "D'après ",
            "Według ",
            "Zdaniem ",
            "Secondo ",
            "Según ",
        ]
        .iter()
        .any(|lead| note.starts_with(lead))
    };
    let as_said = matches!(
        word,
        "As" | "Like" | "Как" | "Як" | "Jak" | "Wie" | "Comme" | "Come" | "Como"
    );
    // "As quoted in Andrew Higgins, “…”", "As discussed in …": a lead-in
    // to the work itself, whose title is the quotation ("As argued by
    // Wilson, “…”" quotes him).
    let mut words = note.split_whitespace().skip(1);
    if as_said
        && let (Some(verb), Some(to)) = (words.next(), words.next())
        && (to == "in" && verb.ends_with("ed")
            || to == "by" && matches!(verb, "quoted" | "cited" | "reported"))
    {
        return None;
    }
    let whose = !as_said && whose_words();
    if !as_said && !whose && !word.starts_with(['«', '“', '„', '"']) {
        return None;
    }
    let open = note.find(['«', '“', '„', '"'])?;
    let first = note[open..].chars().next()?;
    let head = &note[..open];
    let quote_first = head.trim().is_empty();
    // "Nach Habermas ist die „…“": whose words they are needs no comma.
    let clause = if whose {
        head.chars().count() <= 130 && !head.contains(['«', '»', '“', '”', ';', '(', ')'])
    } else {
        OPENER.is_match(head)
    };
    if !quote_first && !clause {
        return None;
    }
    let closers: &[char] = match first {
        '«' => &['»'],
        '„' => &['“', '”', '"'],
        '“' => &['”'],
        _ => &['"'],
    };
    let inner = open + first.len_utf8();
    let close = inner + note[inner..].find(closers)?;
    let tail = &note[close..];
    let tail = &tail[tail.chars().next()?.len_utf8()..];
    let mut rest = tail.trim_start_matches(['.', ',', ' ']);
    let dash = rest.starts_with(['–', '—', '-']);
    if quote_first && !dash {
        return None;
    }
    // Words in small letters after the quotation: the sentence's end, an
    // attribution ("– подчеркнул министр") or a lead-in ("гл.:", "vgl.").
    let mut skipped = 0;
    loop {
        rest = rest.trim_start_matches(['.', ',', ';', ':', ' ', '–', '—', '-']);
        let word = rest.split_whitespace().next().unwrap_or_default();
        if skipped >= 8 || !word.starts_with(char::is_lowercase) {
            break;
        }
        rest = &rest[word.len()..];
        skipped += 1;
    }
    // "(Макей В. В. …)." closing the note: the reference in its bracket.
    let bracketed = rest.strip_prefix('(').and_then(|inside| {
        let inside = inside.trim_end().trim_end_matches('.').strip_suffix(')')?;
        (!inside.contains(['(', ')']) || inside.matches('(').count() == inside.matches(')').count())
            .then_some(inside)
    });
    if quote_first && (skipped == 0 || bracketed.is_none()) {
        return None;
    }
    let reference = bracketed.unwrap_or(rest).trim();
    (reference.starts_with(char::is_uppercase) && is_citation(reference)).then_some(reference)
}
