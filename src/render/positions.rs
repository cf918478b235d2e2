//! What the engine cannot know when a bibliography is rendered in
//! clusters: each reference's number in the whole list, and the
//! repeated-author substitute ("———") across cluster boundaries.

use hayagriva::{ElemChild, ElemChildren};

use super::{Reference, write};

/// Numeric styles rendered entry by entry number each entry 1; put the
/// position back.
pub(super) fn renumber(references: &mut [Reference]) {
    for (i, r) in references.iter_mut().enumerate() {
        match r.content.0.first_mut() {
            Some(ElemChild::Elem(e)) if e.meta == Some(hayagriva::ElemMeta::CitationNumber) => {
                replace_number(&mut e.children, i + 1);
            }
            Some(ElemChild::Text(t)) => {
                set_number(&mut t.text, i + 1);
            }
            _ => {}
        }
    }
}

/// Sets the first number in `children` to `n`; false when there is none.
fn replace_number(children: &mut ElemChildren, n: usize) -> bool {
    children.0.iter_mut().any(|child| match child {
        ElemChild::Text(t) => set_number(&mut t.text, n),
        ElemChild::Elem(e) => replace_number(&mut e.children, n),
        _ => false,
    })
}

/// Replaces the digits of a citation number ("[1]", "1.") with `n`;
/// false when `text` has none.
fn set_number(text: &mut String, n: usize) -> bool {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return false;
    }
    *text = text.replacen(&digits, &n.to_string(), 1);
    true
}

/// CSL's subsequent-author-substitute ("———") across cluster boundaries:
/// a reference whose names equal the previous reference's names shows the
/// substitute instead.
pub(super) fn substitute_repeated_authors(references: &mut [Reference], substitute: &str) {
    let mut previous: Option<String> = None;
    for r in references.iter_mut() {
        let Some(names) = first_names_elem(&mut r.content) else {
            previous = None;
            continue;
        };
        let text = write::write(&names.children, write::OutputFormat::Text);
        if text == substitute {
            continue;
        }
        if previous.as_deref() == Some(text.as_str()) {
            names.children = ElemChildren(vec![ElemChild::Text(plain(substitute))]);
        } else {
            previous = Some(text);
        }
    }
}

fn first_names_elem(children: &mut ElemChildren) -> Option<&mut hayagriva::Elem> {
    for child in &mut children.0 {
        if let ElemChild::Elem(e) = child {
            if matches!(e.meta, Some(hayagriva::ElemMeta::Names(_))) {
                return Some(e);
            }
            if let Some(found) = first_names_elem(&mut e.children) {
                return Some(found);
            }
        }
    }
    None
}

/// Unformatted text for an element.
pub(super) fn plain(text: &str) -> hayagriva::Formatted {
    hayagriva::Formatted {
        text: text.to_string(),
        formatting: hayagriva::Formatting::default(),
    }
}
