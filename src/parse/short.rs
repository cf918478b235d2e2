//! Notes that point back at an earlier note instead of describing a work:
//! "Ibid.", "Ibidem", "Там же", "Тамсама", "Op. cit.", "Указ. соч.", with the
//! page they cite. Shortened repeats ("Author, Short Title, 45") are matched
//! against earlier notes when the notes are resolved, not here.

use std::sync::LazyLock;

use regex::Regex;

/// A back-reference and its pinpoint page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackReference {
    /// The work of the note just before.
    Ibid { pinpoint: Option<String> },
    /// The latest earlier work by this author.
    OpCit {
        author: String,
        pinpoint: Option<String>,
    },
}

static IBID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[*_]*(?:ibid(?:em)?|там же|тамсама|там само|там сама|id\.|同上)[*_]*\.?[,;:]?\s*(.*)$")
        .expect("ibid pattern")
});
static OP_CIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.{2,80}?)[,.]?\s*[*_]*(?:op\.\s*cit\.?|loc\.\s*cit\.?|ук(?:аз)?\.\s*соч\.?|цит\.\s*соч\.?|пар\.\s*тв\.?)[*_]*[,;:]?\s*(.*)$")
        .expect("op. cit. pattern")
});
static PINPOINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:pp?\.|с\.|s\.|стр\.|第)?\s*([0-9ivxlc]+(?:\s*[-–—]\s*[0-9ivxlc]+)?)\s*页?\s*[.。]?$")
        .expect("pinpoint pattern")
});

/// The back-reference a note makes, if it is one.
pub fn detect(note: &str) -> Option<BackReference> {
    let text = super::text::cjk_punctuation(note);
    let text = text.trim();
    if let Some(c) = IBID.captures(text) {
        let rest = c.get(1).map_or("", |m| m.as_str());
        // "Ibid." followed by a whole new citation is not a back-reference.
        let pinpoint = pinpoint(rest);
        if rest.trim().is_empty() || pinpoint.is_some() {
            return Some(BackReference::Ibid { pinpoint });
        }
    }
    if let Some(c) = OP_CIT.captures(text) {
        let author = c
            .get(1)?
            .as_str()
            .trim()
            .trim_end_matches([',', '.'])
            .to_string();
        let rest = c.get(2).map_or("", |m| m.as_str());
        return Some(BackReference::OpCit {
            author,
            pinpoint: pinpoint(rest),
        });
    }
    None
}

/// A cited page or range from what follows a short form.
pub fn pinpoint(rest: &str) -> Option<String> {
    let rest = rest.trim().trim_end_matches('.');
    PINPOINT
        .captures(rest)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().replace(' ', ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibid_forms() {
        assert_eq!(
            detect("Ibid."),
            Some(BackReference::Ibid { pinpoint: None })
        );
        assert_eq!(
            detect("Ibid., p. 45."),
            Some(BackReference::Ibid {
                pinpoint: Some("45".into())
            })
        );
        assert_eq!(
            detect("Там же. С. 12–14."),
            Some(BackReference::Ibid {
                pinpoint: Some("12–14".into())
            })
        );
        assert_eq!(
            detect("*Ibid*, 7"),
            Some(BackReference::Ibid {
                pinpoint: Some("7".into())
            })
        );
        assert_eq!(
            detect("Ibidem."),
            Some(BackReference::Ibid { pinpoint: None })
        );
    }

    #[test]
    fn op_cit_forms() {
        assert_eq!(
            detect("Turarbekova, op. cit., p. 5."),
            Some(BackReference::OpCit {
                author: "Turarbekova".into(),
                pinpoint: Some("5".into())
            })
        );
        assert_eq!(
            detect("Турарбекова Р. Указ. соч. С. 74."),
            Some(BackReference::OpCit {
                author: "Турарбекова Р".into(),
                pinpoint: Some("74".into())
            })
        );
    }

    #[test]
    fn ordinary_notes_are_not_short_forms() {
        assert_eq!(detect("Idris, A. \"Title.\" 2020."), None);
        assert_eq!(detect("Ibid. See also Smith, \"Other,\" 2020."), None);
    }
}
