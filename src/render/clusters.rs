//! What a clustered bibliography is cut and ordered by: the works that
//! disambiguation ties together (one first author in one year), their order
//! inside a cluster, and the style a bibliography alone is rendered with.

use hayagriva::citationberg::{IndependentStyle, StyleClass};

use crate::entry::{Entry, Name};

/// A note style's cites cannot change its bibliography: without year
/// suffixes the engine's cite disambiguation (added names, given names,
/// `disambiguate="true"`) concerns the notes alone, as in citeproc-js. The
/// engine still renders a cite of every work before the bibliography (in
/// Chicago notes the full note, twice, more than half of the time), so a
/// bibliography alone is rendered with an empty cite layout.
pub(super) fn without_cites(style: &mut IndependentStyle) {
    let citation = &mut style.citation;
    if style.settings.class != StyleClass::Note || citation.disambiguate_add_year_suffix {
        return;
    }
    citation.layout.elements.clear();
    citation.disambiguate_add_names = false;
    citation.disambiguate_add_givenname = false;
}

/// First author's family name (or organisation, or editor) and year: the
/// works that disambiguation can make depend on each other.
pub(super) fn cluster_key(entry: &Entry) -> String {
    let mut names = entry.authors();
    if names.is_empty() {
        names = entry.names("editor");
    }
    let name = names
        .first()
        .and_then(|n| match n {
            Name::Person { family, .. } => Some(family.to_lowercase()),
            Name::Organization(o) => Some(o.to_lowercase()),
            Name::Others => None,
        })
        .or_else(|| crate::csl::title_with_translation(entry).map(|t| t.to_lowercase()))
        .unwrap_or_default();
    let year = entry.year().map(|y| y.to_string()).unwrap_or_default();
    format!("{name}\u{1f}{year}")
}

/// An entry's full date and title, for ordering works that tie on the
/// style's sort keys.
pub(super) fn date_title_key(entry: &Entry) -> (Vec<i64>, String) {
    let date = entry
        .date()
        .map(|d| {
            vec![
                i64::from(d.year),
                d.month.map_or(0, i64::from),
                d.day.map_or(0, i64::from),
            ]
        })
        .unwrap_or_default();
    let title = crate::csl::title_with_translation(entry)
        .unwrap_or_default()
        .to_lowercase();
    (date, title)
}
