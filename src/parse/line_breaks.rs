//! Addresses and DOIs that a PDF's line end broke with a space
//! ("https://carnegieeurope.eu/strategiceurope/ 86201",
//! "doi:10.4324/ 9781315644264"), joined again before [`super::links`]
//! cuts them out of a note: cut at the space, the address points at
//! another page and its rest reads as pages.

use std::sync::LazyLock;

use regex::Regex;

use super::links::{BARE_URL, trim_url};

/// A DOI up to a space, its suffix possibly empty ("10.1080/ 0966…").
static DOI_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)10\.\d{4,9}/[^\s,;]*").expect("doi start pattern"));

/// What a line of a PDF may break an address after: the address cannot
/// end there ("…/strategiceurope/ 86201", "https://www. rferl.org/…").
const BREAKS: [char; 9] = ['/', '-', '_', '=', '&', '?', '#', '.', '%'];

/// The note with the spaces a line break left inside its addresses and
/// DOIs taken out ("https://mfa.gov.by/press/ news_mfa/c8.html",
/// "doi:10.1080/ 09668136.2021.1"); `None` when no address was broken. A
/// piece after the space joins only when it reads as the rest of an address
/// (a path, a file, a query, a number of five digits, a slug after a
/// hyphen), never as a word, a year or a new address.
pub(super) fn rejoin_broken_urls(text: &str) -> Option<String> {
    // Cheap gate: a break character right before a space, at the end of
    // a word that holds an address or a DOI (". " ends most sentences).
    let bytes = text.as_bytes();
    // Every address and DOI holds a slash.
    memchr::memchr(b'/', bytes)?;
    let broken = memchr::memchr_iter(b' ', bytes).any(|i| {
        i > 0 && BREAKS.contains(&(bytes[i - 1] as char)) && {
            let start = memchr::memrchr(b' ', &bytes[..i]).map_or(0, |s| s + 1);
            let word = &bytes[start..i];
            // So does the word broken, where most words have none.
            memchr::memchr(b'/', word).is_some()
                && (memchr::memmem::find(word, b"://").is_some()
                    || word.starts_with(b"www.")
                    || memchr::memmem::find(word, b"10.").is_some())
        }
    });
    if !broken {
        return None;
    }
    let mut out: Option<String> = None;
    let mut from = 0;
    // Bounded: each pass takes one space out or stops.
    for _ in 0..8 {
        let current = out.as_deref().unwrap_or(text);
        let Some(space) = BARE_URL
            .find_iter(&current[from..])
            .chain(DOI_START.find_iter(&current[from..]))
            .map(|m| from + m.end())
            .find(|&end| continues_after(current, end))
        else {
            break;
        };
        let mut joined = current.to_string();
        joined.remove(space);
        // The next pass looks from the joined address's start again, so
        // an address broken twice is joined twice.
        from = current[..space]
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |i| i + 1);
        out = Some(joined);
    }
    out
}

/// Whether the address ending at `end` was broken by the single space there.
fn continues_after(text: &str, end: usize) -> bool {
    let url = &text[..end];
    let Some(last) = url.chars().next_back() else {
        return false;
    };
    if !BREAKS.contains(&last) || !text[end..].starts_with(' ') {
        return false;
    }
    let next = &text[end + 1..];
    // One space only: a line's end leaves one.
    if next.starts_with(char::is_whitespace) {
        return false;
    }
    let token = next.split_whitespace().next().unwrap_or("");
    let piece = trim_url(token);
    let Some(first) = piece.chars().next() else {
        return false;
    };
    if !piece.is_ascii()
        || !(first.is_ascii_alphanumeric() || matches!(first, '/' | '_' | '%' | '?' | '#' | '='))
        || piece.contains("://")
        || piece.to_ascii_lowercase().starts_with("www.")
    {
        return false;
    }
    let letters = piece.chars().filter(char::is_ascii_alphabetic).count();
    let digits = piece.chars().filter(char::is_ascii_digit).count();
    let inner = piece.trim_end_matches(BREAKS);
    let marks = inner.contains(['/', '_', '=', '&', '?', '#', '%'])
        || inner.rsplit_once('.').is_some_and(|(_, ext)| {
            (2..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric())
                && ext.chars().any(|c| c.is_ascii_alphabetic())
        });
    // After a stop the address goes on in lower case ("www. rferl.org");
    // a capital opens the next sentence.
    if last == '.' && !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
        return false;
    }
    if marks {
        return true;
    }
    let slug = piece.chars().all(|c| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '/' | '.')
    });
    match last {
        // A slug cut at its hyphen goes on in lower case.
        '-' | '_' => slug,
        // A number alone is an address's only when it is long: a year or
        // a page after an address is not.
        '/' | '=' => {
            (letters == 0 && digits >= 5)
                || (letters > 0
                    && digits > 0
                    && piece.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                || (slug && (inner.contains('-') || piece.ends_with('/')))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_broken_by_a_line_are_joined() {
        for (note, url) in [
            (
                "Glod, “Opposition,” 12 January 2022, https://carnegieeurope.eu/strategiceurope/ 86201.",
                "https://carnegieeurope.eu/strategiceurope/86201",
            ),
            (
                "MFA, https://mfa.gov.by/press/ news_mfa/c8d1f2a.html (accessed 5 June 2021).",
                "https://mfa.gov.by/press/news_mfa/c8d1f2a.html",
            ),
            (
                "RFE/RL, https://www. rferl.org/a/belarus-lukashenka- protests/ 31012345.html.",
                "https://www.rferl.org/a/belarus-lukashenka-protests/31012345.html",
            ),
            (
                "Belstat, https://www.belstat.gov.by/ofitsialnaya-statistika/ realny-sector/.",
                "https://www.belstat.gov.by/ofitsialnaya-statistika/realny-sector/",
            ),
        ] {
            let (rest, ids) = super::super::links::extract(note);
            assert_eq!(ids.url.as_deref(), Some(url), "{note}");
            assert!(!rest.contains(".html") && !rest.contains("86201"), "{rest}");
        }
        let (_, ids) = super::super::links::extract(
            "Europe-Asia Studies 73, no. 2 (2021): 1–20, doi:10.1080/ 09668136.2021.1876012.",
        );
        assert_eq!(ids.doi.as_deref(), Some("10.1080/09668136.2021.1876012"));
        // What follows a whole address stays outside it.
        for (note, url) in [
            ("Site, https://x.org/ 2021.", "https://x.org/"),
            (
                "Report, https://x.org/a/. Accessed 3 May 2023.",
                "https://x.org/a/",
            ),
            ("Two: https://a.org/x. https://b.org/y.", "https://a.org/x"),
            ("Two: https://a.org/x/ www.b.org/y.", "https://a.org/x/"),
            (
                "News, https://a.org/x/ (accessed 5 May 2021).",
                "https://a.org/x/",
            ),
            ("Page, https://a.org/x/ Belarus Today.", "https://a.org/x/"),
            ("Page, https://a.org/x. Vol.12, p. 5.", "https://a.org/x"),
            ("Doc, https://a.org/r.pdf. p.12.", "https://a.org/r.pdf"),
        ] {
            let (_, ids) = super::super::links::extract(note);
            assert_eq!(ids.url.as_deref(), Some(url), "{note}");
        }
    }
}
