//! What a note's italics say about its fields: an italic title run into
//! the periodical after it, a plain publisher after an italic title, and
//! APA's bracketed report series.

use super::Assembled;
use super::fields::trim_field;
use crate::parse::text::{ITALIC_CLOSE, ITALIC_OPEN, clean_title};

/// A plain title whose span ends in italics after a full stop (`Rossiya i
/// Belarus' prishli k balansu [Russia and …]. *Kommersant*.`): the
/// labeller ran the title into the periodical. The title before the stop
/// and the italic name.
pub(super) fn italic_after_title(raw: &str) -> Option<(&str, String)> {
    let open = raw.find(ITALIC_OPEN)?;
    let before = raw[..open].trim_end();
    if !before.ends_with('.') || before.len() < 2 || raw[..open].contains(ITALIC_CLOSE) {
        return None;
    }
    let inner = &raw[open + ITALIC_OPEN.len_utf8()..];
    let (italic, after) = inner.split_once(ITALIC_CLOSE)?;
    if !after
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';'))
    {
        return None;
    }
    Some((before, italic.to_string()))
}

/// `*Title*. Publisher.` (APA, MLA): the italics set the work's own
/// title, so a plain name after it with nothing numbering an issue, and no
/// link, is its publisher, not a journal. Where the labeller took the
/// italic title and the name after it for one container (`Editors, eds.
/// *Title*. Publisher, 2019.`), the italics are the title.
pub(super) fn italic_title_then_publisher(
    container_raw: Option<&str>,
    linked: bool,
    out: &mut Assembled,
) {
    let Some(raw) = container_raw else { return };
    let work = &mut out.work;
    let numbered = work.volume.is_some() || work.number.is_some() || work.pages.is_some();
    if out.cues.in_collection || numbered {
        return;
    }
    let mut rest = raw.trim();
    let moved = work.title.is_none();
    if moved {
        let Some(inner) = rest.strip_prefix(ITALIC_OPEN) else {
            return;
        };
        let Some((title, after)) = inner.split_once(ITALIC_CLOSE) else {
            return;
        };
        if after.contains(ITALIC_OPEN) {
            return;
        }
        work.title = Some(clean_title(title)).filter(|t| !t.is_empty());
        work.container = None;
        out.cues.title_italic = true;
        out.cues.container_italic = false;
        rest = after;
    } else if !out.cues.title_italic || out.cues.container_italic {
        return;
    }
    let name = trim_field(rest.trim_start_matches(['.', ',', ' ']));
    let publisher = work.publisher.is_none()
        && !name.is_empty()
        && !linked
        && name.split_whitespace().count() <= 8
        && !name.contains(['(', ':', ';'])
        && (!crate::parse::kind::names_periodical(&name)
            || crate::parse::names::is_organization(&name));
    if publisher {
        work.publisher = Some(name);
        work.container = None;
    } else if moved && !name.is_empty() {
        // The italic title came off the front; what follows stays the
        // container.
        work.container = Some(clean_title(&name));
    }
}

/// APA's kind or series of a report in brackets after its title:
/// "(Research Paper)", "(OSW Commentary No. 345)" (whose number and closing
/// bracket the labeller may have read apart). The text without brackets,
/// and whether it names a series rather than a volume or edition.
pub(super) fn bracketed_series(text: &str) -> Option<(String, bool)> {
    let inner = text.trim_end_matches('.').strip_prefix('(')?;
    let inner = inner
        .strip_suffix(')')
        .or(Some(inner).filter(|i| !i.contains(')')))?;
    if inner.contains(['(', ')']) {
        return None;
    }
    let lower = inner.to_lowercase();
    let series = !(lower.starts_with("vol") || lower.contains("ed."));
    Some((inner.to_string(), series))
}
