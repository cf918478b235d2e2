//! The lines of a note joined back into its text: single spaces, a word
//! hyphenated at a line end made whole as the document spells it
//! elsewhere, page ranges and addresses broken over lines rejoined.

use std::collections::HashSet;

/// Marks where a word was joined over a line end at a hyphen.
pub(super) const SOFT_HYPHEN: char = '\u{ad}';

/// Words that form compounds with a hyphen far more often than they are
/// cut by hyphenation: `all-weather`, `self-reliance`, `non-state`.
const COMPOUND_HEADS: &[&str] = &[
    "all", "self", "well", "non", "ex", "cross", "anti", "long", "short", "high", "low", "full",
    "half", "quasi", "cold",
];

/// Lowercase words of the text, hyphenated ones included.
pub(super) fn words(text: &str) -> HashSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .collect()
}

/// Settles each soft hyphen: the word as the text spells it elsewhere
/// (`international`, or `all-weather`), else a hyphen after a compound
/// head (`all`, `self`, `non`, …), else no hyphen (`interna-tional`).
pub(super) fn resolve_hyphens(text: &str, vocabulary: &HashSet<String>) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c != SOFT_HYPHEN {
            out.push(c);
            continue;
        }
        let left: String = chars[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<String>()
            .to_lowercase();
        let right: String = chars[i + 1..]
            .iter()
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        let keep = if vocabulary.contains(&format!("{left}{right}")) {
            false
        } else {
            vocabulary.contains(&format!("{left}-{right}"))
                || COMPOUND_HEADS.contains(&left.as_str())
        };
        if keep {
            out.push('-');
        }
    }
    out
}

/// Lines joined with single spaces. A word hyphenated at a line end is
/// joined to its other half on the next line (`interna-` + `tional`) when
/// both sides are lowercase letters, through a soft hyphen that
/// [`resolve_hyphens`] settles; in a URL the hyphen stays and only the
/// break goes.
pub(super) fn join_lines(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    let mut hyphenated = false;
    for part in parts {
        for (k, word) in part.split_whitespace().enumerate() {
            let joins = k == 0 && hyphenated && word.chars().next().is_some_and(char::is_lowercase);
            let range = k == 0
                && (out.ends_with('–') || out.ends_with('-'))
                && out[..out.len() - out.chars().next_back().map_or(0, char::len_utf8)]
                    .ends_with(|c: char| c.is_ascii_digit())
                && word.starts_with(|c: char| c.is_ascii_digit());
            let url_goes_on = k == 0 && continues_url(&out, word);
            if range || url_goes_on {
                // `101–` + `19`: a page range broken at its dash; an
                // address broken over lines.
            } else if joins {
                let last_word = out.rsplit(' ').next().unwrap_or_default();
                if !(last_word.contains('/') || last_word.contains("www.")) {
                    // Hyphenation or a compound broken at its hyphen:
                    // decided with the whole text (`resolve_hyphens`).
                    out.pop();
                    out.push(SOFT_HYPHEN);
                }
            } else if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        let mut tail = out.chars().rev();
        hyphenated = tail.next() == Some('-') && tail.next().is_some_and(char::is_lowercase);
    }
    out
}

/// Whether `word`, first on its line, continues an address that ended the
/// line before (`…/c4c/n6k9` + `4t5t.pdf`, `…%D0%BE` + `%D1%81…`).
fn continues_url(before: &str, word: &str) -> bool {
    let Some(last) = before.rsplit(' ').next() else {
        return false;
    };
    let url = last.contains("://") || last.starts_with("www.") || last.starts_with("<http");
    if !url || last.ends_with(['>', ')', ',', ';']) || last.ends_with(". ") {
        return false;
    }
    word.starts_with(|c: char| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || "%/-_.#?=&~+".contains(c)
    }) && !word.contains("://")
}
