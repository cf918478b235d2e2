//! The order of a bibliography: what each reference sorts by (its names,
//! then its text), and where works in different scripts go (GOST lists put
//! Cyrillic first, GB/T 7714 lists Chinese by pinyin), with the tradition
//! of a style that chooses the default.

use hayagriva::citationberg::IndependentStyle;
use hayagriva::{ElemChild, ElemChildren};

use super::write;

/// How a sorted list orders works written in different scripts; the script
/// of a reference is that of its first letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptOrder {
    /// Letters in Unicode order (Latin before Cyrillic before Chinese), as
    /// CSL engines sort.
    Unicode,
    /// Cyrillic works first, then Latin, then the rest: GOST lists.
    CyrillicFirst,
    /// Latin works first, then Cyrillic, then the rest.
    LatinFirst,
    /// Chinese works first, by pinyin, then Japanese, Latin, Cyrillic and
    /// the rest: GB/T 7714 lists ("中文、日文、西文、俄文、其他文种").
    ChineseFirst,
}

/// What a reference sorts by: its script's rank, its names, then its whole
/// text.
pub(super) type SortKey = (u8, String, String);

/// What a reference sorts by: the rank of its script in `order`, its
/// names, then its whole text, lowercased and without the punctuation that
/// a sort key would not have (Chinese by pinyin where Chinese comes
/// first). Names come first on their own so that a single author sorts
/// before the same author with co-authors.
pub(super) fn sort_text(content: &ElemChildren, order: ScriptOrder) -> SortKey {
    let pinyin = order == ScriptOrder::ChineseFirst;
    // Letters, digits and single spaces, lowercased: what the text says,
    // whatever its punctuation and spacing.
    let key = |text: String| -> String {
        let mut out = String::with_capacity(text.len());
        for c in text
            .trim()
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        {
            if c.is_whitespace() {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            } else if pinyin && is_han(c) {
                // One syllable per character, toneless: the order of a
                // pinyin index.
                let mut buffer = [0u8; 4];
                out.push_str(&any_ascii::any_ascii(c.encode_utf8(&mut buffer)).to_lowercase());
                out.push(' ');
            } else {
                out.extend(c.to_lowercase());
            }
        }
        out
    };
    let text = write::raw_text(content);
    let names = first_names(content)
        .map(|e| key(write::raw_text(&e.children)))
        .unwrap_or_default();
    (script_rank(&text, order), names, key(text))
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

/// The rank of a reference's script in `order`, by its first letter (a
/// Japanese reference is one with kana anywhere in its text).
pub(super) fn script_rank(text: &str, order: ScriptOrder) -> u8 {
    #[derive(PartialEq)]
    enum Script {
        Latin,
        Cyrillic,
        Chinese,
        Japanese,
        Other,
    }
    let Some(first) = text.chars().find(|c| c.is_alphabetic()) else {
        return u8::MAX;
    };
    let kana = |c: char| matches!(c, '\u{3040}'..='\u{30FF}');
    let script = if first.is_ascii_alphabetic() || matches!(first, '\u{00C0}'..='\u{024F}') {
        Script::Latin
    } else if matches!(first, '\u{0400}'..='\u{052F}') {
        Script::Cyrillic
    } else if is_han(first) || kana(first) {
        if text.chars().any(kana) {
            Script::Japanese
        } else {
            Script::Chinese
        }
    } else {
        Script::Other
    };
    let ranks: [Script; 5] = match order {
        ScriptOrder::Unicode => return 0,
        ScriptOrder::CyrillicFirst => [
            Script::Cyrillic,
            Script::Latin,
            Script::Chinese,
            Script::Japanese,
            Script::Other,
        ],
        ScriptOrder::LatinFirst => [
            Script::Latin,
            Script::Cyrillic,
            Script::Chinese,
            Script::Japanese,
            Script::Other,
        ],
        ScriptOrder::ChineseFirst => [
            Script::Chinese,
            Script::Japanese,
            Script::Latin,
            Script::Cyrillic,
            Script::Other,
        ],
    };
    ranks
        .iter()
        .position(|s| *s == script)
        .map_or(u8::MAX, |p| p as u8)
}

/// The bibliographic tradition a style follows, for its defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tradition {
    Gost,
    Gbt,
    None,
}

impl Tradition {
    /// From the style's id and title: GOST (`gost-r-…`) or GB/T 7714.
    pub(super) fn of(style: &IndependentStyle) -> Self {
        let id = style.info.id.to_lowercase();
        let title = style.info.title.value.to_lowercase();
        if id.contains("gost") || title.contains("gost") || title.contains("гост") {
            Tradition::Gost
        } else if id.contains("7714") || title.contains("7714") {
            Tradition::Gbt
        } else {
            Tradition::None
        }
    }
}

fn first_names(children: &ElemChildren) -> Option<&hayagriva::Elem> {
    children.0.iter().find_map(|child| match child {
        ElemChild::Elem(e) if matches!(e.meta, Some(hayagriva::ElemMeta::Names(_))) => Some(e),
        ElemChild::Elem(e) => first_names(&e.children),
        _ => None,
    })
}
