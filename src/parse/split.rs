//! A note's citations: a note may cite several works ("A, Title (2019);
//! cf. B, Title (2020)."), wrap its reference in commentary ("For the older
//! debate see also A. Rossi, …"), or cite nothing at all. This module cuts a
//! note into the pieces that each cite one work, without the commentary and
//! the lead-in words ("See", "Cf.", "См.:", "Vgl.", "参见") around them.
//!
//! A cut is made only where both sides read as citations (a year, a URL or
//! DOI, a quoted or italic title, or a back-reference), so that the
//! semicolons inside an author list or a title never split a reference.

use std::sync::LazyLock;

use regex::Regex;

/// Words that introduce a citation.
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:and\s+|but\s+|also\s+)?(?:",
        r"see,?\s+(?:also|further|generally|e\.g\.|for example|among others)[,:]?|see[,:]?|",
        r"cf\.(?:\s+also)?[,:]?|compare|e\.g\.,?|",
        r"подробнее\s+см\.?:?|см\.?,?\s+(?:также|например):?|см\.:?|ср\.:?|",
        r"гл\.:?|падрабязней\s+гл\.?:?|див\.:?|детальніше\s+див\.?:?|",
        r"vgl\.(?:\s+(?:dazu|auch|etwa))?:?|siehe(?:\s+auch)?:?|",
        r"cfr\.:?|si\s+veda(?:no)?(?:\s+anche)?:?|vedi(?:\s+anche)?:?|",
        r"voir(?:\s+(?:aussi|notamment))?:?|",
        r"参见[：:]?|详见[：:]?|参看[：:]?",
        r")\s*",
    ))
    .expect("lead-in pattern")
});

/// A lead-in inside commentary: "… debate on the salt tax see also A. Rossi".
static LEAD_IN_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[\s,;:(])(?:see(?:\s+also)?|cf\.|подробнее\s+см\.|см\.(?:\s+также)?|",
        r"vgl\.(?:\s+auch)?|si\s+veda(?:\s+anche)?|voir(?:\s+aussi)?)[:,]?\s+",
    ))
    .expect("inner lead-in pattern")
});

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\D)(?:1[5-9]|20)\d\d(?:\D|$)").expect("year pattern"));

/// The citation pieces of a note, in order; empty when the note is
/// commentary only.
pub fn pieces(note: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in split_top_level(note) {
        for sentence in split_before_lead_ins(&part) {
            let piece = strip_commentary(&sentence);
            let piece = piece.trim().trim_end_matches([';', ',']).trim();
            if is_citation(piece) {
                out.push(piece.to_string());
            }
        }
    }
    out
}

/// Whether a piece of text reads as a citation of a work.
pub fn is_citation(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() {
        return false;
    }
    let words = text.split_whitespace().count();
    let long_enough = words >= 2 || text.chars().any(super::label::tokens::is_cjk);
    // A year counts when the text is cut into parts as references are
    // ("Author, Title, 2019", "Author. Title. 2019"), not in a plain
    // sentence ("The figures for 2020 were never published.").
    let inner = text.trim_end_matches(['.', ' ']);
    let parts = inner.contains([',', ':', '(', '，', '：']) || inner.contains(". ");
    let evidence = (parts && YEAR.is_match(text))
        || text.contains("://")
        || text.contains("www.")
        || text.contains("doi")
        || text.contains("10.")
        || text.contains(['“', '«', '"', '„', '《', '*', '_'])
        || text.contains("n.d.")
        || text.contains("N.d.")
        // A short form with a page: "Wilson, 41.", "Balmaceda, Living the
        // High Life, 118."
        || (words <= 10 && inner.contains(',') && ends_with_page(inner));
    // The cheap tests first; the pattern sets only when they say nothing.
    (evidence && long_enough)
        || super::short::detect(text).is_some()
        // An act, a court decision or a standard named by its designation.
        || (long_enough && super::special::detect(text, None).is_some())
}

/// Whether the text ends with a page number or range.
fn ends_with_page(text: &str) -> bool {
    text.rsplit([' ', ',']).next().is_some_and(|last| {
        !last.is_empty()
            && last.chars().any(|c| c.is_ascii_digit())
            && last
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
    })
}

/// Splits at semicolons outside quotes and brackets where both sides are
/// citations.
fn split_top_level(note: &str) -> Vec<String> {
    let mut cuts = Vec::new();
    let mut depth = 0i32;
    let mut quote = false;
    for (i, c) in note.char_indices() {
        match c {
            '(' | '[' | '{' | '«' | '“' | '《' => depth += 1,
            ')' | ']' | '}' | '»' | '”' | '》' => depth = (depth - 1).max(0),
            '"' => quote = !quote,
            ';' | '；' if depth == 0 && !quote => {
                let next = note[i + c.len_utf8()..].chars().next();
                if next.is_none_or(char::is_whitespace) {
                    cuts.push(i);
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut start = 0;
    for cut in cuts {
        let left = &note[start..cut];
        let rest = &note[cut..];
        let right = rest.trim_start_matches([';', '；']).trim();
        let right = LEAD_IN.find(right).map_or(right, |m| &right[m.end()..]);
        // "ibid; Other Author, Title": a back-reference and a new work.
        if is_citation(&strip_commentary(left)) && is_citation(first_clause(right)) {
            out.push(left.to_string());
            start = cut + rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push(note[start..].to_string());
    out
}

/// The text up to the next top-level semicolon.
fn first_clause(text: &str) -> &str {
    text.split(['；', ';']).next().unwrap_or(text)
}

/// Splits before a sentence that opens with a lead-in ("… 2019. See also
/// B, Title (2020).") when both sides are citations.
fn split_before_lead_ins(part: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some(end) = super::text::sentence_end(part, from) {
        if end >= part.len() {
            break;
        }
        let next = part[end..].trim_start();
        if let Some(m) = LEAD_IN.find(next).filter(|m| m.end() > 0)
            && is_citation(&part[start..end])
            && is_citation(&next[m.end()..])
        {
            out.push(part[start..end].to_string());
            start = end;
        }
        from = end;
    }
    out.push(part[start..].to_string());
    out
}

/// The citation without the lead-in and the commentary before it.
fn strip_commentary(piece: &str) -> String {
    let t = piece.trim();
    if let Some(m) = LEAD_IN.find(t).filter(|m| m.end() > 0) {
        return t[m.end()..].to_string();
    }
    // Commentary, then an inner lead-in, then the reference: keep what
    // follows the last lead-in when it is a citation and what precedes it
    // is not.
    if let Some(m) = LEAD_IN_INSIDE.find_iter(t).last() {
        let before = &t[..m.start()];
        let after = &t[m.end()..];
        if m.start() > 0 && is_citation(after) && !is_citation(before) {
            return after.to_string();
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_citation_stays_whole() {
        let n = "Andrew Wilson, “Belarus: From a Social Contract to a Security Pact,” Journal of Democracy 32, no. 2 (2021): 36–50.";
        assert_eq!(pieces(n), [n.trim_end_matches('.').to_string() + "."]);
        // A semicolon inside an author list does not split.
        let n = "Smith, J.; Jones, K. (2019). A title. Journal, 3, 5-9.";
        assert_eq!(pieces(n).len(), 1);
    }

    #[test]
    fn several_works_and_lead_ins() {
        let p = pieces(
            "See A. Smith, *Title One* (London: Routledge, 2019); cf. B. Jones, “Title Two,” Survival 62 (2020).",
        );
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].starts_with("A. Smith"), "{p:?}");
        assert!(p[1].starts_with("B. Jones"), "{p:?}");
        let p = pieces("Ibid; Google, “Transparency Report” (2021) https://example.org/t");
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!(p[0], "Ibid");
        let p = pieces("Smith, Title (2019). See also Jones, Other Title (2020).");
        assert_eq!(p.len(), 2, "{p:?}");
        let p = pieces("См.: Иванов И. И. Заглавие // Журнал. 2020. № 1. С. 5–9.");
        assert!(p[0].starts_with("Иванов"), "{p:?}");
    }

    #[test]
    fn commentary_is_dropped() {
        let p = pieces(
            "For the older debate on the salt tax see also A. Rossi, La tassa sul sale, Padova 1962, pp. 5-9.",
        );
        assert_eq!(p, ["A. Rossi, La tassa sul sale, Padova 1962, pp. 5-9."]);
        assert!(pieces("The official figures are disputed by independent economists.").is_empty());
        assert!(pieces("Author's interview with a ministry official.").is_empty());
        assert_eq!(pieces("Wilson, 41.").len(), 1, "a short form with a page");
    }
}
