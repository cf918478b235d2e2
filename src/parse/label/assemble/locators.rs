//! A page span's two parts: the pages of an article or chapter, and the
//! page or paragraph a note cites in it. Notes give the cited place after
//! the range with a word ("S. 53–71, hier S. 60", "pp. 5-48, alle pp.
//! 20-22", "С. 5–30, здесь с. 12"), or, in Chicago's notes, after a comma
//! alone ("17–27, 20"); a paragraph ("para. 24", "§ 412") is a place cited,
//! never a work's pages.

use std::sync::LazyLock;

use regex::Regex;

use super::fields::page_text;

/// The page cited inside an article's range: "S. 53–71, hier S. 60",
/// "pp. 5–38, at 12", "pp. 5-38, qui p. 20", "pp. 5-48, alle pp. 20-22",
/// "pp. 321-340, in part. pp. 325-327", "S. 486–511, bes. S. 490", "С.
/// 5–30, здесь с. 12"; a German
/// "f."/"ff." after it is the cited page's.
static HERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s*\b(?:hier|here|esp\.|especially|at|qui|ici|alle|alla|in part\.|in particolare|bes\.|insbes\.|здесь|тут)\s+(?:S\.|pp?\.|с\.)?\s*(\d[\d\s–—-]*)(ff?\.)?")
        .expect("cited page pattern")
});

/// Whether a page span has a word [`HERE`] needs (letter case aside): the
/// pattern's Unicode word boundary reads a span with a Cyrillic "С." or a
/// dash slowly, and almost no span has one.
fn may_say_here(raw: &str) -> bool {
    let lower = crate::letters::lowercase(raw);
    [
        "hier",
        "here",
        "esp.",
        "especially",
        "at",
        "qui",
        "ici",
        "alle",
        "alla",
        "in part",
        "bes.",
        "здесь",
        "тут",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A page span read as the work's pages and the place cited in them.
pub(super) struct Locators {
    pub pages: Option<String>,
    pub pinpoint: Option<String>,
}

/// Reads a page span that may hold the place cited besides the pages;
/// `None` when it holds the pages alone.
pub(super) fn pages_and_place_cited(raw: &str) -> Option<Locators> {
    if let Some(place) = paragraph(raw) {
        return Some(Locators {
            pages: None,
            pinpoint: Some(place),
        });
    }
    if may_say_here(raw)
        && let Some(c) = HERE.captures(raw)
    {
        let at = c.get(0).map_or(raw.len(), |m| m.start());
        return Some(Locators {
            pages: page_text(&raw[..at]),
            pinpoint: cited_page(&c),
        });
    }
    range_then_page_within(raw)
}

/// The place cited in what follows a page span, when that is all it holds
/// (", in part. pp. 325-327.").
pub(super) fn cited_after_pages(rest: &str) -> Option<String> {
    // Most notes end with their pages, or hold no number after them.
    if !rest.bytes().any(|b| b.is_ascii_digit()) || !may_say_here(rest) {
        return None;
    }
    let c = HERE.captures(rest)?;
    let m = c.get(0)?;
    let around = |s: &str| s.chars().all(|c| c.is_whitespace() || ".,;()".contains(c));
    if !around(&rest[..m.start()]) || !around(&rest[m.end()..]) {
        return None;
    }
    cited_page(&c)
}

/// The page cited that [`HERE`] found, with a German "f."/"ff." after it.
fn cited_page(c: &regex::Captures) -> Option<String> {
    page_text(&c[1]).map(|p| match c.get(2) {
        Some(f) => format!("{p} {}", f.as_str()),
        None => p,
    })
}

/// "para. 24", "paras 12–14", "§ 412", "§§ 5–7", "¶ 3": a paragraph cited,
/// its mark kept ("para 12" is how a pinpoint names one).
fn paragraph(raw: &str) -> Option<String> {
    let raw = raw.trim();
    // Most page spans open with a digit or a page's mark.
    if !raw.starts_with(['§', '¶', 'p', 'P']) {
        return None;
    }
    let raw = raw.trim_end_matches([',', ';', ' ']);
    let raw = raw.strip_suffix('.').unwrap_or(raw).trim_end();
    let head = raw
        .get(..10.min(raw.len()))
        .unwrap_or(raw)
        .to_ascii_lowercase();
    let marked = raw.starts_with(['§', '¶'])
        || ["para ", "para. ", "paras ", "paras. ", "paragraph "]
            .iter()
            .any(|m| head.starts_with(m));
    let number = raw.rsplit([' ', '§', '¶']).next()?;
    let numeric = number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '—' | '-'));
    (marked && numeric && raw.len() <= 24).then(|| crate::parse::details::page_range(raw))
}

/// "17–27, 20", "242–62, 250–52": Chicago's note gives an article's range,
/// then after a comma alone the page cited, which lies inside the range
/// (pages outside it are more of the work's pages: "5–9, 12–15").
fn range_then_page_within(raw: &str) -> Option<Locators> {
    let (range, cited) = raw.split_once(',')?;
    // A span's closing comma leaves nothing cited.
    if !cited.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let pages = page_text(range)?;
    let (first, last) = pages.split_once("--")?;
    let first: u32 = first.parse().ok()?;
    let last = full_end(first, last)?;
    let mut cited = page_text(cited)?;
    let digits = cited.bytes().take_while(u8::is_ascii_digit).count();
    let from: u32 = cited[..digits].parse().ok()?;
    // "S. 12 ff.": the following pages' mark keeps its stop.
    if cited.ends_with(" f") || cited.ends_with(" ff") {
        cited.push('.');
    }
    (first < last && (first..=last).contains(&from)).then_some(Locators {
        pages: Some(pages),
        pinpoint: Some(cited),
    })
}

/// A range's last page, its leading digits elided as styles do ("242–62"
/// ends at 262).
fn full_end(first: u32, last: &str) -> Option<u32> {
    let short: u32 = last.parse().ok()?;
    let head = first.to_string();
    if last.len() >= head.len() {
        return Some(short);
    }
    format!("{}{last}", &head[..head.len() - last.len()])
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(raw: &str) -> (Option<String>, Option<String>) {
        pages_and_place_cited(raw).map_or((None, None), |l| (l.pages, l.pinpoint))
    }

    fn some(pages: &str, cited: &str) -> (Option<String>, Option<String>) {
        (
            Some(pages.to_string()).filter(|p| !p.is_empty()),
            Some(cited.to_string()),
        )
    }

    #[test]
    fn the_place_cited_after_a_word() {
        assert_eq!(read("S. 53–71, hier S. 60."), some("53--71", "60"));
        assert_eq!(read("pp. 5-48, alle pp. 20-22."), some("5--48", "20--22"));
        assert_eq!(
            read("pp. 321-340, in part. pp. 325-327."),
            some("321--340", "325--327")
        );
        assert_eq!(read("S. 5–22, hier S. 9 f."), some("5--22", "9 f."));
        assert_eq!(read("С. 5–9, здесь с. 7."), some("5--9", "7"));
    }

    #[test]
    fn the_page_cited_inside_the_range_after_a_comma() {
        assert_eq!(read("88–104, 93."), some("88--104", "93"));
        assert_eq!(read("315–41, 330–31."), some("315--41", "330--31"));
        assert_eq!(read("S. 5–20, S. 12 ff."), some("5--20", "12 ff."));
        // Pages outside the range are more of the work's.
        assert_eq!(read("pp. 5–9, 12–15."), (None, None));
        assert_eq!(read("pp. 101–115."), (None, None));
    }

    #[test]
    fn the_place_cited_left_after_the_pages() {
        assert_eq!(cited_after_pages(", spec. p. 12."), None);
        assert_eq!(cited_after_pages(", in part. p. 12."), Some("12".into()));
        assert_eq!(cited_after_pages(" (hier S. 7 ff.)"), Some("7 ff.".into()));
        assert_eq!(cited_after_pages(", at 12, and passim; see also X"), None);
    }

    #[test]
    fn a_paragraph_is_a_place_cited() {
        assert_eq!(read("para. 31."), some("", "para. 31"));
        assert_eq!(read("§§ 40–44,"), some("", "§§ 40--44"));
        assert_eq!(read("paragraph 7"), some("", "paragraph 7"));
        assert_eq!(read("Paras 3–5"), some("", "Paras 3--5"));
        assert_eq!(read("Paris 1998"), (None, None));
    }

    /// The quick test before [`HERE`] passes every page span it matches.
    #[test]
    fn the_here_test_passes_what_the_pattern_matches() {
        let texts = [
            "pp. 53–71, here 60",
            "S. 53–71, HIER S. 60",
            "С. 5–9, здесь с. 7",
            "pp. 10-20, esp. 15",
            "pp. 10-20, at 15",
            "pp. 10-20, alle pp. 15-16",
            "S. 10-20, insbes. S. 15",
            "С. 72–78.",
            "pp. 101–115.",
        ];
        crate::parse::text::quick_test_turns_away(&texts, may_say_here, &HERE);
        for text in texts.iter().filter(|t| may_say_here(t)) {
            assert!(HERE.is_match(text), "{text}");
        }
        assert!(!may_say_here("С. 72–78."));
    }
}
