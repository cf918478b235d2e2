//! Text from notes, pages and servers made safe for where it is printed:
//! a terminal (no control characters or direction overrides, which could
//! recolour the screen, set its title or hide text), Markdown (only web and
//! mail links are links) and CSV (no cell a spreadsheet would evaluate).

use std::borrow::Cow;

/// Without control characters and bidirectional overrides; line breaks
/// become spaces, so one value stays on one table row.
pub fn terminal(text: &str) -> Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if unsafe_char(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// A URL for a Markdown table: an autolink for web and mail addresses, code
/// for anything else (`javascript:`, `data:`), so that no other scheme
/// becomes a link.
pub fn markdown_url(url: &str) -> String {
    let url = terminal(url);
    let lower = url.to_ascii_lowercase();
    let linkable = ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s))
        && !url.contains(['<', '>', ' ', '`']);
    if linkable {
        format!("<{url}>")
    } else {
        format!("`{}`", url.replace('`', "'"))
    }
}

/// Text for a Markdown table cell: control characters removed and the
/// characters that make links, autolinks, code or a new cell escaped, so a
/// title such as `[x](javascript:…)` stays text.
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in terminal(text).chars() {
        if matches!(c, '\\' | '[' | ']' | '<' | '>' | '`' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A CSV cell that a spreadsheet will not read as a formula: a leading `=`,
/// `+`, `-`, `@`, tab or carriage return gets a `'` before it.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_values_are_neutralised() {
        assert_eq!(
            terminal("a\u{1b}[31mred\u{1b}]0;title\u{7}b"),
            "a[31mred]0;titleb"
        );
        assert_eq!(terminal("x\u{202E}y\nz"), "xy z");
        assert_eq!(terminal("plain"), "plain");
        assert_eq!(
            markdown_url("https://example.org/a"),
            "<https://example.org/a>"
        );
        assert_eq!(markdown_url("javascript:alert(1)"), "`javascript:alert(1)`");
        assert_eq!(markdown_url("https://x.org/a>b"), "`https://x.org/a>b`");
        assert_eq!(csv_cell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(csv_cell("-2+3"), "'-2+3");
        assert_eq!(csv_cell("Ministry"), "Ministry");
        assert_eq!(
            markdown_text("[x](javascript:alert(1)) a|b"),
            "\\[x\\](javascript:alert(1)) a\\|b"
        );
    }
}
