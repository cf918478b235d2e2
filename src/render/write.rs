//! The engine's output tree as Markdown, HTML, LaTeX or plain text, each
//! with its own escaping: italics and bold become the format's emphasis,
//! links become links, and every piece of text is escaped for the format.

use std::fmt::Write as _;
use std::sync::LazyLock;

use hayagriva::citationberg::{FontStyle, FontWeight};
use hayagriva::{ElemChild, ElemChildren, Formatting};
use regex::Regex;

/// An output format of `refman render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Markdown,
    Html,
    Latex,
    Text,
}

/// One reference or note as a string of the format; HTML is a fragment,
/// safe to put inside an element.
pub fn write(children: &ElemChildren, format: OutputFormat) -> String {
    write_for(children, format, true)
}

/// [`write`] for a style that keeps punctuation outside closing quotes
/// when `punctuation_in_quote` is false.
pub fn write_for(
    children: &ElemChildren,
    format: OutputFormat,
    punctuation_in_quote: bool,
) -> String {
    let mut out = String::new();
    write_children(&mut out, children, format);
    super::fix_text(out.trim(), punctuation_in_quote)
}

/// The bare text of a tree, for sort keys: no escaping, no corrections.
pub fn raw_text(children: &ElemChildren) -> String {
    fn walk(out: &mut String, children: &ElemChildren) {
        for child in &children.0 {
            match child {
                ElemChild::Text(t) => out.push_str(&t.text),
                ElemChild::Markup(m) => out.push_str(m),
                ElemChild::Elem(e) => walk(out, &e.children),
                ElemChild::Link { text, .. } => out.push_str(&text.text),
                ElemChild::Transparent { .. } => {}
            }
        }
    }
    let mut out = String::new();
    walk(&mut out, children);
    out
}

/// Text that did not come from the engine (an unresolved note), escaped
/// for the format.
pub fn escaped(text: &str, format: OutputFormat) -> String {
    let mut out = String::new();
    escape(&mut out, text, format);
    out
}

fn write_children(out: &mut String, children: &ElemChildren, format: OutputFormat) {
    for child in &children.0 {
        match child {
            ElemChild::Text(t) => styled(out, &t.text, t.formatting, format),
            ElemChild::Markup(m) => prose(out, m, format),
            ElemChild::Elem(e) => write_children(out, &e.children, format),
            ElemChild::Link { text, url } => link(out, &text.text, url, text.formatting, format),
            ElemChild::Transparent { .. } => {}
        }
    }
}

fn styled(out: &mut String, text: &str, f: Formatting, format: OutputFormat) {
    let italic = f.font_style == FontStyle::Italic;
    let bold = f.font_weight == FontWeight::Bold;
    if text.trim().is_empty() || (!italic && !bold) || format == OutputFormat::Text {
        prose(out, text, format);
        return;
    }
    // Emphasis markers hug the words; surrounding spaces stay outside.
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    let inner = text.trim();
    prose(out, lead, format);
    let (open, close) = match (format, italic, bold) {
        (OutputFormat::Markdown, true, true) => ("***", "***"),
        (OutputFormat::Markdown, true, false) => ("*", "*"),
        (OutputFormat::Markdown, false, _) => ("**", "**"),
        (OutputFormat::Html, true, true) => ("<b><i>", "</i></b>"),
        (OutputFormat::Html, true, false) => ("<i>", "</i>"),
        (OutputFormat::Html, false, _) => ("<b>", "</b>"),
        (OutputFormat::Latex, true, true) => ("\\textbf{\\emph{", "}}"),
        (OutputFormat::Latex, true, false) => ("\\emph{", "}"),
        (OutputFormat::Latex, false, _) => ("\\textbf{", "}"),
        (OutputFormat::Text, _, _) => ("", ""),
    };
    out.push_str(open);
    prose(out, inner, format);
    out.push_str(close);
    prose(out, trail, format);
}

/// Whether an address may become a link: web, mail and FTP addresses only,
/// never `javascript:` or `data:`.
fn linkable(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    ["http://", "https://", "mailto:", "ftp://"]
        .iter()
        .any(|s| lower.starts_with(s))
}

/// An address with the characters that would end or break a Markdown link
/// percent-encoded; other characters, Cyrillic ones included, stay
/// readable (the percent-encoding crate's encoders always encode non-ASCII).
fn markdown_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '"' => out.push_str("%22"),
            ' ' => out.push_str("%20"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn link(out: &mut String, text: &str, url: &str, f: Formatting, format: OutputFormat) {
    if !linkable(url) {
        // Not a web address: its words only, never an active link.
        styled(out, text, f, format);
        return;
    }
    match format {
        OutputFormat::Markdown if text == url => {
            let _ = write!(out, "<{}>", markdown_url(url));
        }
        OutputFormat::Markdown => {
            out.push('[');
            styled(out, text, f, format);
            let _ = write!(out, "]({})", markdown_url(url));
        }
        OutputFormat::Html => {
            out.push_str("<a href=\"");
            escape(out, url, format);
            out.push_str("\">");
            styled(out, text, f, format);
            out.push_str("</a>");
        }
        OutputFormat::Latex => {
            let escaped = latex_url(url);
            if text == url {
                let _ = write!(out, "\\url{{{escaped}}}");
            } else {
                let _ = write!(out, "\\href{{{escaped}}}{{");
                styled(out, text, f, format);
                out.push('}');
            }
        }
        OutputFormat::Text => out.push_str(text),
    }
}

/// An address as the argument of hyperref's `\url` and `\href`: these
/// read it verbatim but for braces (a `}` would close the command and
/// break the document), the backslash, `^^` (TeX's character-code
/// notation) and the two characters hyperref wants escaped, `%` and `#`.
/// The first four are percent-encoded, which names the same resource;
/// control characters are dropped.
fn latex_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '\\' => out.push_str("%5C"),
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '^' => out.push_str("%5E"),
            ' ' => out.push_str("%20"),
            '%' => out.push_str("\\%"),
            '#' => out.push_str("\\#"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text of a reference: an apostrophe printed as ’ (after a letter or a
/// mark: "Lukashenko's", "Rogers'", "word,''"; before a year: "’93"), as
/// citeproc-js does
/// (the engine leaves the typewriter one), then escaped. Not for URLs.
fn prose(out: &mut String, text: &str, format: OutputFormat) {
    static AFTER_LETTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"([\p{L}\p{N},.;:!?’])'").expect("static regex"));
    static BEFORE_YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(^|\s)'(\d\d)").expect("static regex"));
    if !text.contains('\'') {
        escape(out, text, format);
        return;
    }
    // Twice: a run of apostrophes (`,''`) overlaps its own matches.
    let text = AFTER_LETTER.replace_all(text, "${1}’");
    let text = AFTER_LETTER.replace_all(&text, "${1}’");
    escape(out, &BEFORE_YEAR.replace_all(&text, "${1}’${2}"), format);
}

fn escape(out: &mut String, text: &str, format: OutputFormat) {
    // Control characters (a terminal escape in a field) never reach the
    // output.
    let cleaned: String;
    let text = if text.chars().any(char::is_control) {
        cleaned = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        cleaned.as_str()
    } else {
        text
    };
    match format {
        OutputFormat::Text => out.push_str(text),
        OutputFormat::Html => {
            let _ = write!(
                out,
                "{}",
                askama::filters::escape(text, askama::filters::Html).unwrap_or_else(|e| match e {})
            );
        }
        OutputFormat::Latex => v_latexescape::escape_string(text, out),
        OutputFormat::Markdown => {
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                // What would start emphasis, code or an HTML tag, and the
                // `](` that would make a link of the text; brackets and
                // hashes inside a line are otherwise left readable.
                if matches!(c, '\\' | '*' | '_' | '`' | '<')
                    || (c == ']' && chars.peek() == Some(&'('))
                {
                    out.push('\\');
                }
                out.push(c);
            }
        }
    }
}

/// A reference with its archived copy: "Archived at ARCHIVE on DATE."
/// after it, and in HTML the Robust Links attributes (`data-versionurl`,
/// `data-versiondate` on the link to the original; `data-originalurl` on
/// the link to the copy), so a reader reaches the cited version after the
/// page is gone.
pub fn with_archive(
    reference: &str,
    original: Option<&str>,
    archive: &str,
    date: Option<&str>,
    format: OutputFormat,
) -> String {
    let mut out = reference.trim_end().to_string();
    if format == OutputFormat::Html
        && let Some(original) = original
    {
        let mut href = String::from("<a href=\"");
        escape(&mut href, original, format);
        href.push('"');
        let mut attrs = String::from(" data-versionurl=\"");
        escape(&mut attrs, archive, format);
        attrs.push('"');
        if let Some(d) = date {
            attrs.push_str(" data-versiondate=\"");
            escape(&mut attrs, d, format);
            attrs.push('"');
        }
        out = out.replacen(&href, &format!("{href}{attrs}"), 1);
    }
    out.push(' ');
    escape(&mut out, "Archived at ", format);
    if !linkable(archive) {
        escape(&mut out, archive, format);
    } else if format == OutputFormat::Html {
        out.push_str("<a href=\"");
        escape(&mut out, archive, format);
        out.push('"');
        if let Some(original) = original {
            out.push_str(" data-originalurl=\"");
            escape(&mut out, original, format);
            out.push('"');
        }
        if let Some(d) = date {
            out.push_str(" data-versiondate=\"");
            escape(&mut out, d, format);
            out.push('"');
        }
        out.push('>');
        escape(&mut out, archive, format);
        out.push_str("</a>");
    } else {
        link(&mut out, archive, archive, Formatting::default(), format);
    }
    if let Some(d) = date {
        escape(&mut out, &format!(" on {d}"), format);
    }
    out.push('.');
    out
}
