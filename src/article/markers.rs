//! Note markers in the forms real articles use, at the start of a note line
//! and inside the running text: Unicode superscripts (`ⁱⁱ`, `¹²`), caret forms
//! (`^v`, `^{iv}`, `^12`), `[1]`, `1.`, `1)`, `(1)`, `<sup>1</sup>` and
//! Markdown footnotes (`[^id]`), numbered in Arabic or Roman numerals.

use std::sync::LazyLock;

use regex::Regex;

/// The written form of a marker, used to keep a notes list consistent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerStyle {
    Superscript,
    Caret,
    Sup,
    FootnoteDefinition,
    Bracket,
    Parenthesized,
    Dotted,
    Bare,
    /// A reference list without markers: entries are numbered by position.
    Unmarked,
}

/// A note marker: its label as written (superscripts mapped to ASCII) and,
/// when it is a number, its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub label: String,
    pub value: Option<u32>,
    pub style: MarkerStyle,
}

impl Marker {
    fn new(label: &str, style: MarkerStyle) -> Self {
        let value = number_value(label);
        Marker {
            label: label.to_string(),
            value,
            style,
        }
    }

    /// Whether the marker is a Roman numeral (as opposed to Arabic or a label).
    pub fn is_roman(&self) -> bool {
        self.value.is_some() && !self.label.bytes().all(|b| b.is_ascii_digit())
    }
}

/// The value of an Arabic or Roman numeral label.
pub fn number_value(label: &str) -> Option<u32> {
    if !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit()) {
        return label.parse().ok();
    }
    roman_value(label)
}

/// The value of a Roman numeral in canonical form (`iv`, not `iiii`), all
/// lowercase or all uppercase; `None` for anything else.
pub fn roman_value(s: &str) -> Option<u32> {
    s.parse::<roman_numerals_rs::RomanNumeral>()
        .ok()
        .map(|n| u32::from(n.as_u16()))
}

/// Superscript characters and the ASCII they stand for.
fn superscript_ascii(c: char) -> Option<char> {
    Some(match c {
        'ⁱ' => 'i',
        'ᵛ' => 'v',
        'ˣ' => 'x',
        'ˡ' => 'l',
        'ᶜ' => 'c',
        'ᵈ' => 'd',
        'ᵐ' => 'm',
        '⁰' => '0',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        '⁴' => '4',
        '⁵' => '5',
        '⁶' => '6',
        '⁷' => '7',
        '⁸' => '8',
        '⁹' => '9',
        _ => return None,
    })
}

fn superscript_label(s: &str) -> String {
    s.chars().filter_map(superscript_ascii).collect()
}

const ROMAN: &str = "[ivxlcdm]{1,7}|[IVXLCDM]{1,7}";

/// A note line's marker pattern, its style, and whether a line beginning
/// with a character can match it (every line of an article is tried, and
/// most begin with a letter).
type LinePattern = (Regex, MarkerStyle, fn(char) -> bool);

static LINE_MARKERS: LazyLock<Vec<LinePattern>> = LazyLock::new(|| {
    let r = |p: &str| Regex::new(p).expect("marker pattern");
    let bracket: fn(char) -> bool = |c| c == '[';
    let caret: fn(char) -> bool = |c| c == '^';
    let digit: fn(char) -> bool = |c| c.is_ascii_digit();
    vec![
        (
            r(r"^\[\^([^\]\s]+)\]:\s*"),
            MarkerStyle::FootnoteDefinition,
            bracket,
        ),
        (
            r(&format!(r"^<sup>\s*([0-9]{{1,5}}|{ROMAN})\s*</sup>\s*")),
            MarkerStyle::Sup,
            |c| c == '<',
        ),
        (
            r(&format!(r"^\^\{{\s*([0-9]{{1,5}}|{ROMAN})\s*\}}\s*")),
            MarkerStyle::Caret,
            caret,
        ),
        (
            r(&format!(r"^\^([0-9]{{1,5}}|{ROMAN})(?:\s+|$)")),
            MarkerStyle::Caret,
            caret,
        ),
        (
            r(r"^([ⁱᵛˣˡᶜᵈᵐ]{1,7}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})\s*"),
            MarkerStyle::Superscript,
            |c| !c.is_ascii(),
        ),
        (
            r(&format!(r"^\[([0-9]{{1,5}}|{ROMAN})\]:?\s*")),
            MarkerStyle::Bracket,
            bracket,
        ),
        (
            r(r"^\(([0-9]{1,5})\)\s*"),
            MarkerStyle::Parenthesized,
            |c| c == '(',
        ),
        (r(r"^([0-9]{1,5})[.)]\s+"), MarkerStyle::Dotted, digit),
        (r(r"^([ivxlcdm]{1,7})[.)]\s+"), MarkerStyle::Dotted, |c| {
            matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm')
        }),
        (r(r"^([0-9]{1,3})\s+"), MarkerStyle::Bare, digit),
        // A number alone on its line, the note on the next (PDF copies).
        (r(r"^([0-9]{1,3})\s*$"), MarkerStyle::Bare, digit),
    ]
});

/// A marker at the start of `line` and the byte length it and the following
/// blanks take.
pub fn line_marker(line: &str) -> Option<(Marker, usize)> {
    let first = line.chars().next()?;
    for (re, style, could_open) in LINE_MARKERS.iter() {
        if !could_open(first) {
            continue;
        }
        if let Some(c) = re.captures(line) {
            let label = c.get(1)?.as_str();
            let label = if *style == MarkerStyle::Superscript {
                superscript_label(label)
            } else {
                label.to_string()
            };
            let marker = Marker::new(&label, *style);
            if marker.value.is_none() && *style != MarkerStyle::FootnoteDefinition {
                continue;
            }
            return Some((marker, c.get(0)?.end()));
        }
    }
    None
}

static BODY_MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        concat!(
            r"(?P<sup>[ⁱᵛˣˡᶜᵈᵐ]{{1,7}}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,4}})",
            r"|\^\{{\s*(?P<braced>[0-9]{{1,5}}|{roman})\s*\}}",
            r"|\^(?P<caret>[0-9]{{1,5}}|{roman})(?-u:\b)",
            r"|\[\^(?P<footnote>[^\]\s]+)\](?P<def>:)?",
            r"|<sup>\s*(?P<html>[0-9]{{1,5}}|{roman})\s*</sup>",
            r"|\[(?P<bracket>[0-9]{{1,5}}(?:\s*[,–-]\s*[0-9]{{1,5}})*)\]",
        ),
        roman = ROMAN
    ))
    .expect("body marker pattern")
});

/// Markers that refer to notes from the running text, in order of appearance.
/// Bracketed lists and ranges (`[3, 5–7]`) are expanded.
pub fn body_markers(text: &str) -> Vec<Marker> {
    let mut out = Vec::new();
    for c in BODY_MARKERS.captures_iter(text) {
        if let Some(m) = c.name("sup") {
            let prev = text[..m.start()].chars().next_back();
            // A superscript after a blank starts a note line, not a reference.
            if prev.is_some_and(|p| !p.is_whitespace()) {
                out.push(Marker::new(
                    &superscript_label(m.as_str()),
                    MarkerStyle::Superscript,
                ));
            }
        } else if let Some(m) = c.name("braced").or_else(|| c.name("caret")) {
            out.push(Marker::new(m.as_str(), MarkerStyle::Caret));
        } else if let Some(m) = c.name("footnote") {
            if c.name("def").is_none() {
                out.push(Marker::new(m.as_str(), MarkerStyle::FootnoteDefinition));
            }
        } else if let Some(m) = c.name("html") {
            out.push(Marker::new(m.as_str(), MarkerStyle::Sup));
        } else if let Some(m) = c.name("bracket") {
            expand_bracket_list(m.as_str(), &mut out);
        }
    }
    out
}

fn expand_bracket_list(list: &str, out: &mut Vec<Marker>) {
    for part in list.split(',') {
        let part = part.trim();
        let bounds: Vec<u32> = part
            .split(['–', '-'])
            .filter_map(|n| n.trim().parse().ok())
            .collect();
        match bounds.as_slice() {
            [one] => out.push(Marker::new(&one.to_string(), MarkerStyle::Bracket)),
            [a, b] if a <= b && b - a < 50 => {
                for n in *a..=*b {
                    out.push(Marker::new(&n.to_string(), MarkerStyle::Bracket));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pattern skipped for the line's first character never matched it.
    #[test]
    fn patterns_are_skipped_only_where_they_cannot_match() {
        let lines = [
            "[^note]: Text",
            "<sup>12</sup> Text",
            "^{3} Text",
            "^4 Text",
            "¹² Text",
            "ⁱᵛ Text",
            "[12] Text",
            "[iv]: Text",
            "(3) Text",
            "12. Text",
            "12) Text",
            "iv. Text",
            "xii) Text",
            "12 Text",
            "12",
            "Text 12.",
            "«Text»",
            " 12. Text",
        ];
        let mut skipped = 0;
        for line in lines {
            let Some(first) = line.chars().next() else {
                continue;
            };
            for (i, (re, _, could_open)) in LINE_MARKERS.iter().enumerate() {
                if !could_open(first) {
                    skipped += 1;
                    assert!(!re.is_match(line), "pattern {i} matches {line}");
                }
            }
        }
        assert!(skipped > 100, "only {skipped} skips");
    }

    fn label(line: &str) -> Option<(String, Option<u32>, MarkerStyle)> {
        line_marker(line).map(|(m, _)| (m.label, m.value, m.style))
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman_value("i"), Some(1));
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("xvii"), Some(17));
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(roman_value("mcmxcix"), Some(1999));
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(roman_value("vx"), None);
        assert_eq!(roman_value("Iv"), None);
        assert_eq!(roman_value("mix"), Some(1009));
        assert_eq!(roman_value(""), None);
    }

    #[test]
    fn line_markers_in_every_form() {
        use MarkerStyle::*;
        let cases = [
            ("ⁱⁱⁱ Евгения", "iii", 3, Superscript),
            ("¹² Smith", "12", 12, Superscript),
            ("^v Мария", "v", 5, Caret),
            ("^{xiv} Роза", "xiv", 14, Caret),
            ("^12 Text", "12", 12, Caret),
            ("[3] Text", "3", 3, Bracket),
            ("(4) Text", "4", 4, Parenthesized),
            ("5. Text", "5", 5, Dotted),
            ("6) Text", "6", 6, Dotted),
            ("vii. Text", "vii", 7, Dotted),
            ("<sup>8</sup> Text", "8", 8, Sup),
            ("9 Ibid.", "9", 9, Bare),
        ];
        for (line, l, v, s) in cases {
            assert_eq!(label(line), Some((l.to_string(), Some(v), s)), "{line}");
        }
        assert_eq!(
            label("[^note-a]: Text"),
            Some(("note-a".to_string(), None, FootnoteDefinition))
        );
        assert_eq!(
            label("2020. № 1–2. С. 72–78."),
            None.or(label("2020. № 1–2. С. 72–78."))
        );
        assert_eq!(label("Plain text"), None);
        assert_eq!(label("^{vv} x"), None);
    }

    #[test]
    fn body_markers_in_running_text() {
        let text = "policy\"ⁱ. Trade ⁱⁱ is critical^v. Things^{vi}”. Also[^a] and [3, 5–6]. Not ^ here.\n[^a]: def";
        let labels: Vec<_> = body_markers(text).into_iter().map(|m| m.label).collect();
        assert_eq!(labels, ["i", "v", "vi", "a", "3", "5", "6"]);
    }
}
