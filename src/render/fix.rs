//! Corrections of the engine's output where it departs from the CSL
//! specification and citeproc-js: title case (put where the engine wrote
//! its own, see `titlecase.rs`), punctuation around quotes, doubled stops,
//! a note's first letter. Made on the output tree where a defect sits in
//! one node, on the written string where it can straddle two.

use std::sync::LazyLock;

use hayagriva::citationberg::json::Item;
use hayagriva::{ElemChild, ElemChildren};
use regex::Regex;

use super::titlecase;

/// An item's title variables, whose case the style may transform.
pub(super) fn title_corrections(item: &Item) -> Vec<String> {
    const TITLES: &[&str] = &[
        "title",
        "container-title",
        "collection-title",
        "volume-title",
        "event-title",
        "title-short",
        "container-title-short",
        "edition",
    ];
    TITLES
        .iter()
        .filter_map(|v| match item.0.get(*v) {
            Some(hayagriva::citationberg::json::Value::String(s)) if !s.trim().is_empty() => {
                Some(s.clone())
            }
            _ => None,
        })
        .collect()
}

/// Puts citeproc-js's title case where the engine wrote its own, in every
/// text node (see `titlecase.rs`).
pub(super) fn correct_titles(children: &mut ElemChildren, titles: &[String]) {
    for child in &mut children.0 {
        let text = match child {
            ElemChild::Text(t) => &mut t.text,
            ElemChild::Link { text, .. } => &mut text.text,
            ElemChild::Elem(e) => {
                correct_titles(&mut e.children, titles);
                continue;
            }
            _ => continue,
        };
        for title in titles {
            if let Some(fixed) = titlecase::correct(text, title) {
                *text = fixed;
            }
        }
    }
}

/// Corrections to the engine's text that apply to every output format,
/// made once on the written string ([`write::write`]), since a defect can
/// straddle two nodes of the output tree.
pub fn fix_text(text: &str, punctuation_in_quote: bool) -> String {
    let mut t = if punctuation_in_quote {
        inside_single_quotes(&text.replace("”.", ".”"))
    } else {
        text.to_string()
    };

    while t.contains("  ") {
        t = t.replace("  ", " ");
    }
    // An empty month and day after a year: "(2024,)".
    let t = t
        .replace(" ,", ",")
        .replace(" .", ".")
        .replace(",)", ")")
        .replace(",.", ".");
    // Punctuation the engine doubles where citeproc-js does not: a title
    // that ends with a full stop, question or exclamation mark, followed by
    // the style's full stop ("AUV..", "Say?."), and an empty issue before
    // the pages ("216 : 84").
    let t = if t.contains("..") {
        DOUBLED_STOP.replace_all(&t, "$1.$2").into_owned()
    } else {
        t
    };
    let t = if t.contains("?.") || t.contains("!.") {
        STOP_AFTER_MARK.replace_all(&t, "$1$2").into_owned()
    } else {
        t
    };
    if t.contains(" : ") {
        EMPTY_ISSUE.replace_all(&t, "$1: $2").into_owned()
    } else {
        t
    }
}

/// A full stop or comma after a closing single quote goes inside it, as
/// after a double one ("‘Title’." → "‘Title.’"); an apostrophe
/// ("Rogers’,") is not a closing quote and keeps its comma.
fn inside_single_quotes(text: &str) -> String {
    if !text.contains('‘') {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut open = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '‘' => open += 1,
            '’' if open > 0 => {
                let next = chars.get(i + 1).copied();
                if let Some(p @ ('.' | ',')) = next {
                    open -= 1;
                    out.push(p);
                    out.push('’');
                    i += 2;
                    continue;
                }
                // Between letters it is an apostrophe, not the closing quote.
                let between_letters = i > 0
                    && chars[i - 1].is_alphanumeric()
                    && next.is_some_and(char::is_alphanumeric);
                if !between_letters {
                    open -= 1;
                }
            }
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    out
}

static DOUBLED_STOP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"([^.])\.\.([”"’\s)]|$)"#).expect("static regex"));
static STOP_AFTER_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"([?!])\.([”"’\s)]|$)"#).expect("static regex"));
static EMPTY_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d) : (\d)").expect("static regex"));

/// A note starts with a capital: "ibid." becomes "Ibid.".
pub(super) fn fix_note(mut content: ElemChildren) -> ElemChildren {
    if let Some(first) = first_text_mut(&mut content) {
        let mut chars = first.chars();
        if let Some(c) = chars.next()
            && c.is_lowercase()
        {
            *first = c.to_uppercase().collect::<String>() + chars.as_str();
        }
    }
    content
}

fn first_text_mut(children: &mut ElemChildren) -> Option<&mut String> {
    for child in &mut children.0 {
        let found = match child {
            ElemChild::Text(t) if !t.text.trim().is_empty() => Some(&mut t.text),
            ElemChild::Link { text, .. } => Some(&mut text.text),
            ElemChild::Elem(e) => first_text_mut(&mut e.children),
            ElemChild::Markup(m) if !m.trim().is_empty() => Some(m),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
