//! A note's text as the parser wants it: Markdown links replaced by their
//! targets (the visible text of a link is often shortened, and an archive
//! link may be wrapped around the original address), link decorations
//! (`[Archived](…)`) kept as words the parser knows, Wikipedia back-links
//! (`^ a b`) dropped. Every article format ends its notes here.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// `[text](target)` and `![alt](src)`, a target with one level of
/// parentheses (`…/Foo_(bar)`) or in angle brackets.
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*(<[^>\s]+>|(?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\s*\)"#)
        .expect("link pattern")
});

/// Wikipedia's back-links at the start of a reference: `^`, `^ a b c`, `↑`,
/// "Jump up to: a b".
static BACK_LINKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\^|↑|Jump up(?: to)?:?)(?:\s*\^)?(?:\s+[a-z]{1,2}(?-u:\b))*\s*")
        .expect("pattern")
});

/// The text of a note made ready for the parser.
pub fn note_text(text: &str) -> String {
    let text = BACK_LINKS.replace(text.trim(), "");
    let text: Cow<str> = if text.contains("](") {
        Cow::Owned(
            MD_LINK
                .replace_all(&text, |c: &regex::Captures| {
                    link(&c[1] == "!", &c[2], c[3].trim_matches(['<', '>']))
                })
                .into_owned(),
        )
    } else {
        text
    };
    if text.contains("  ") || text.starts_with(' ') || text.ends_with(' ') {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text.into_owned()
    }
}

/// One link in the note's text form: `<url>` when the visible text is the
/// address (or a shortened one), `text <url>` otherwise.
pub fn link(image: bool, visible: &str, target: &str) -> String {
    if image {
        return String::new();
    }
    let visible = visible.trim();
    let web = target.starts_with("http://") || target.starts_with("https://");
    if !web {
        // A link to another place in the document (`#cite_ref-3`) or a
        // mail address: only its words count.
        return visible.to_string();
    }
    if visible.is_empty() || shows_address(visible, target) {
        return format!("<{target}>");
    }
    if crate::archives::is_archive(target) && looks_like_address(visible) {
        // An archive link wrapped around the original address: both count,
        // the original as the archive address spells it when it can (the
        // visible one may be shortened).
        let original = match crate::archives::wayback_parts(target) {
            Some((_, original)) => original,
            None if visible.contains("://") => visible.to_string(),
            None => format!("https://{visible}"),
        };
        return format!("<{original}> <{target}>");
    }
    // Decorations such as `[Archived](…)` keep their word: the parser
    // reads "Archived … from the original on DATE" as the archive's date.
    format!("{visible} <{target}>")
}

/// Whether `visible` is the target written out, perhaps shortened.
fn shows_address(visible: &str, target: &str) -> bool {
    let bare = |s: &str| {
        s.trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .trim_end_matches('/')
            .to_lowercase()
    };
    let v = bare(visible.trim_end_matches(['…', '.']));
    let t = bare(target);
    !v.is_empty() && (t.starts_with(&v) || v == t) && looks_like_address(visible)
}

fn looks_like_address(s: &str) -> bool {
    !s.contains(' ')
        && (s.contains("://") || s.starts_with("www.") || s.contains('.') && s.contains('/'))
}

#[cfg(test)]
mod tests {
    use super::note_text;

    #[test]
    fn markdown_links_become_their_targets() {
        assert_eq!(
            note_text("Smith, [Title](https://ex.org/a_(b)), 2020."),
            "Smith, Title <https://ex.org/a_(b)>, 2020."
        );
        assert_eq!(
            note_text("See [ex.org/long…](https://ex.org/long/path)."),
            "See <https://ex.org/long/path>."
        );
        assert_eq!(
            note_text("[https://ex.org/p](https://web.archive.org/web/2020/https://ex.org/p)"),
            "<https://ex.org/p> <https://web.archive.org/web/2020/https://ex.org/p>"
        );
        assert_eq!(
            note_text("T. 2020. [Archived](https://web.archive.org/web/1/x) from the original"),
            "T. 2020. Archived <https://web.archive.org/web/1/x> from the original"
        );
        assert_eq!(note_text("![logo](x.png) Text [see](#n3)"), "Text see");
    }

    #[test]
    fn wikipedia_back_links_go() {
        assert_eq!(note_text("^ a b c Smith, J. (2020)."), "Smith, J. (2020).");
        assert_eq!(note_text("^ Smith 2020"), "Smith 2020");
        assert_eq!(note_text("↑ Иванов"), "Иванов");
        assert_eq!(note_text("a b Smith"), "a b Smith");
    }
}
