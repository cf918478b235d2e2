//! A body's document on the web cited with the page, as policy endnotes
//! give reports, strategies and annual reports: `IEA, World Energy Outlook
//! 2023, 45, https://…`, `Lukoil, Annual Report 2021, 12, https://….pdf`.
//! The labeller, which has seen a number after a title as a journal's
//! volume, reads the body and title as a journal or runs the page into the
//! title; the form is exact: one name, one title, one page, and the
//! address (taken out before this reads the note).

use std::sync::LazyLock;

use regex::Regex;

use super::{Work, names, text};
use crate::entry::Name;

/// Body, title, page: three parts between commas, the page alone or after
/// its mark.
static FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<body>\p{Lu}[^,:;()\d]{1,60}),\s(?P<title>\p{Lu}[^,;()\[\]]{2,150}),\s",
        r"(?:p\.\s?|pp\.\s?|S\.\s?|с\.\s?)?(?P<page>\d{1,4}(?:[–-]\d{1,4})?)[,.\s]*$",
    ))
    .expect("body's document pattern")
});

/// The work and the page cited, or `None` for a note of another form.
pub(super) fn read(md: &str) -> Option<(Work, String)> {
    // The form ends with the page's digits and has no brackets or quotes:
    // asked before the pattern runs.
    let end = md.trim_end_matches([',', '.', ' ']);
    if !end.ends_with(|c: char| c.is_ascii_digit())
        || end.contains(['(', '"', '“', '”', '«', '»', '„', '['])
    {
        return None;
    }
    let plain = text::plain(md);
    let c = FORM.captures(plain.trim())?;
    let (body, title) = (c["body"].trim(), c["title"].trim());
    let words: Vec<&str> = body.split_whitespace().collect();
    // A person's name ("John Smith", "J. Smith") is the labeller's to read;
    // quotation marks make the title a part's.
    let person = words
        .first()
        .is_some_and(|w| names::is_given_name(w) || names::is_initials(w));
    if words.len() > 6
        || person && !names::is_organization(body)
        || title.contains(['"', '“', '”', '«', '»', '„'])
        || title.split_whitespace().count() > 20
    {
        return None;
    }
    let work = Work {
        authors: vec![Name::Organization(body.to_string())],
        title: Some(title.to_string()),
        ..Work::default()
    };
    Some((work, c["page"].replace('–', "-")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bodys_document_with_its_page_is_read() {
        let (w, page) = read("Lukoil, Annual Report 2021, 12.").expect("read");
        assert_eq!(w.authors, vec![Name::Organization("Lukoil".into())]);
        assert_eq!(w.title.as_deref(), Some("Annual Report 2021"));
        assert_eq!(page, "12");
        let (w, page) = read("Gazprom Neft, Sustainability Report, p. 45").expect("read");
        assert_eq!(w.authors, vec![Name::Organization("Gazprom Neft".into())]);
        assert_eq!(page, "45");
        for note in [
            // A person's, a part's, a journal's.
            "John Smith, Energy Security, 12.",
            "IEA, \"Gas Market Report,\" 12.",
            "Energy Policy, 45, 12.",
            "Smith, Energy Security (London, 2020), 12.",
        ] {
            assert_eq!(read(note), None, "{note}");
        }
    }
}
