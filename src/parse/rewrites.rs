//! A note rewritten before it is read, where a mark the labeller does not
//! know stands for one it does: a German edition written as a superscript
//! before the year (`Frankfurt a. M. ³1979`), the Polish mark of a
//! chapter's book (`[w:]`) read as `In:`.

/// A chapter's note with the Polish mark of the book it is in in brackets
/// (`[w:]`) or after a stop (`W:`), the mark rewritten as `In:`; None for a
/// note without one. (`, w: Book, red. …` the labeller reads as it is.)
pub(super) fn in_mark(note: &str) -> Option<String> {
    // A colon after a `w` or `W`, found by its colons (one byte search).
    let bytes = note.as_bytes();
    if !memchr::memchr_iter(b':', bytes).any(|i| i > 0 && matches!(bytes[i - 1], b'w' | b'W')) {
        return None;
    }
    let marked = note
        .replace("[w:]", "In:")
        .replace("[W:]", "In:")
        .replace(". W: ", ". In: ");
    (marked != note).then_some(marked)
}

/// A German edition written as a superscript before the year ("Frankfurt
/// a. M. ³1979"): the text with the year alone, and the edition's number.
/// `None` when the text has no such mark.
pub(super) fn superscript_edition(s: &str) -> Option<(String, String)> {
    const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let at = s.find(|c: char| SUPERSCRIPTS.contains(&c))?;
    let digits: String = s[at..]
        .chars()
        .take_while(|c| SUPERSCRIPTS.contains(c))
        .filter_map(|c| SUPERSCRIPTS.iter().position(|d| *d == c))
        .map(|d| char::from(b'0' + d as u8))
        .collect();
    let marks: usize = s[at..]
        .chars()
        .take_while(|c| SUPERSCRIPTS.contains(c))
        .map(char::len_utf8)
        .sum();
    let after = &s[at + marks..];
    let year = after.len() >= 4 && after.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    let before_space = s[..at].ends_with(' ');
    // "Milano, Giuffrè, 1958², p. 88": Italian notes write it after the year.
    let before = &s.as_bytes()[..at];
    let after_year = before.len() >= 5
        && before[before.len() - 4..].iter().all(u8::is_ascii_digit)
        && !before[before.len() - 5].is_ascii_alphanumeric()
        && !after.starts_with(|c: char| c.is_alphanumeric());
    ((year && before_space || after_year) && digits.len() <= 2)
        .then(|| (format!("{}{after}", &s[..at]), digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_superscript_edition_before_a_year() {
        assert_eq!(
            superscript_edition("Kassel ³1979, S. 4."),
            Some(("Kassel 1979, S. 4.".to_string(), "3".to_string()))
        );
        assert_eq!(superscript_edition("x² + 1"), None);
        assert_eq!(superscript_edition("Kassel 1979."), None);
    }

    #[test]
    fn the_polish_mark_of_a_book_as_in() {
        assert_eq!(
            in_mark("A. B, Tytuł, [w:] Księga, Toruń 2007.").as_deref(),
            Some("A. B, Tytuł, In: Księga, Toruń 2007.")
        );
        assert_eq!(in_mark("A. B, Tytuł, w: Księga, red. C. D."), None);
    }
}
