//! Citations in a paper: pandoc Markdown (`[@key, p. 5; @other]`, `@key`
//! in text, `[-@key]`) and LaTeX (`\cite`, `\parencite`, `\textcite`,
//! `\autocite`, `\footcite`, their starred and capitalised forms, natbib's
//! `\citep`/`\citet`, optional arguments, several keys, `\nocite{*}`).
//! Pure: text in, citations with their line out.

use std::sync::LazyLock;

use regex::Regex;

/// The citation syntax of a paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Markdown,
    Latex,
}

impl Syntax {
    /// LaTeX for `.tex`, `.ltx` and `.latex` files, Markdown otherwise.
    pub fn from_extension(ext: Option<&str>) -> Self {
        match ext.map(str::to_ascii_lowercase).as_deref() {
            Some("tex" | "ltx" | "latex") => Syntax::Latex,
            _ => Syntax::Markdown,
        }
    }
}

/// One cited key where it occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The key, or `*` for LaTeX's `\nocite{*}` (every entry).
    pub key: String,
    /// 1-based line of the key.
    pub line: usize,
    /// Page or other locator as written (`p. 5`, `12-14`), if any.
    pub locator: Option<String>,
    /// Author suppressed (`[-@key]`).
    pub suppress_author: bool,
}

/// Every citation in the text, in order.
pub fn citations(text: &str, syntax: Syntax) -> Vec<Citation> {
    match syntax {
        Syntax::Markdown => markdown(text),
        Syntax::Latex => latex(text),
    }
}

/// The distinct keys in order of first citation.
pub fn cited_keys(citations: &[Citation]) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    citations
        .iter()
        .map(|c| c.key.as_str())
        .filter(|k| seen.insert(*k))
        .collect()
}

/// Pandoc's citation key: starts with a letter, digit or `_`; inner
/// punctuation `:.#$%&-+?<>~/` allowed when followed by a key character.
/// `@{…}` takes anything but braces.
const KEY: &str = r"(?:\{(?P<braced>[^{}]+)\}|(?P<key>[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/][\p{L}\p{N}_])*))";

static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\[\]]*@[^\[\]]*)\]").expect("static regex"));
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[\s;(\[])(?P<minus>-?)@{KEY}(?P<rest>[^;]*)"
    ))
    .expect("static regex")
});
static IN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<before>^|[^\p{{L}}\p{{N}}_\\@])@{KEY}(?P<locator>\s\[[^\[\]@]*\])?"
    ))
    .expect("static regex")
});

fn markdown(text: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for (i, raw) in text.lines().enumerate() {
        let trimmed = raw.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let line = blank_code_spans(raw);
        let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
        for group in BRACKETED.captures_iter(&line) {
            let (whole, inner) = (group.get(0).expect("match"), &group[1]);
            // A link's text `[see @x](url)` is not a citation group.
            if line[whole.end()..].starts_with('(') {
                continue;
            }
            let mut found = false;
            for part in inner.split(';') {
                if let Some(item) = ITEM.captures(part) {
                    let locator = item["rest"]
                        .trim()
                        .trim_start_matches(',')
                        .trim()
                        .to_string();
                    out.push(Citation {
                        key: key_of(&item),
                        line: i + 1,
                        locator: (!locator.is_empty()).then_some(locator),
                        suppress_author: !item["minus"].is_empty(),
                    });
                    found = true;
                }
            }
            if found {
                taken.push(whole.range());
            }
        }
        for c in IN_TEXT.captures_iter(&line) {
            let at = c.get(0).expect("match").start() + c["before"].len();
            if taken.iter().any(|r| r.contains(&at)) {
                continue;
            }
            let locator = c.name("locator").map(|l| {
                l.as_str()
                    .trim()
                    .trim_matches(|ch| ch == '[' || ch == ']')
                    .to_string()
            });
            out.push(Citation {
                key: key_of(&c),
                line: i + 1,
                locator,
                suppress_author: false,
            });
        }
    }
    out
}

fn key_of(c: &regex::Captures<'_>) -> String {
    c.name("braced")
        .or_else(|| c.name("key"))
        .map_or(String::new(), |m| m.as_str().trim().to_string())
}

/// The line with inline code spans blanked out, byte offsets kept.
fn blank_code_spans(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
        }
        if in_code || c == '`' {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

static LATEX_CITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\\(?:[Cc]ite|[Pp]arencite|[Tt]extcite|[Aa]utocite|[Ff]ootcite|footcitetext|[Ss]martcite|supercite|fullcite|citep|citet|citealp|citealt|citeauthor|citeyear|nocite)\*?\s*(?P<opts>(?:\[[^\]]*\]\s*){0,2})\{(?P<keys>[^}]*)\}",
    )
    .expect("static regex")
});

static OPTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[([^\]]*)\]").expect("static regex"));

fn latex(text: &str) -> Vec<Citation> {
    // Comments removed (an unescaped % to the end of the line), offsets kept.
    let mut clean = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut prev = '\0';
        let mut cut = line.len();
        for (i, c) in line.char_indices() {
            if c == '%' && prev != '\\' {
                cut = i;
                break;
            }
            prev = c;
        }
        clean.push_str(&line[..cut]);
        clean.extend(std::iter::repeat_n(
            ' ',
            line[cut..].trim_end_matches('\n').len(),
        ));
        if line.ends_with('\n') && cut < line.len() {
            clean.push('\n');
        }
    }
    let mut out = Vec::new();
    for c in LATEX_CITE.captures_iter(&clean) {
        let opts: Vec<&str> = OPTION
            .captures_iter(&c["opts"])
            .map(|o| o.get(1).map_or("", |m| m.as_str()).trim())
            .collect();
        // One optional argument is the postnote; with two, the second is.
        let locator = match opts.as_slice() {
            [post] | [_, post] => Some(post.to_string()).filter(|p| !p.is_empty()),
            _ => None,
        };
        let keys = c.name("keys").expect("keys group");
        let mut offset = keys.start();
        for key in keys.as_str().split(',') {
            let trimmed = key.trim();
            if !trimmed.is_empty() {
                let at = offset + key.find(trimmed).unwrap_or(0);
                out.push(Citation {
                    key: trimmed.to_string(),
                    line: clean[..at].matches('\n').count() + 1,
                    locator: locator.clone(),
                    suppress_author: false,
                });
            }
            offset += key.len() + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, syntax: Syntax) -> Vec<(String, usize, Option<String>)> {
        citations(text, syntax)
            .into_iter()
            .map(|c| (c.key, c.line, c.locator))
            .collect()
    }

    fn k(key: &str, line: usize, locator: Option<&str>) -> (String, usize, Option<String>) {
        (key.to_string(), line, locator.map(str::to_string))
    }

    #[test]
    fn pandoc_groups_in_text_and_suppressed_authors() {
        let text = "As shown [see @druk2023, p. 5; @belta2022].\n\
                    @turarbekova2020 [p. 33] argues that…\n\
                    Later [-@prezident2023a] and [@{odd key}, 12–14].\n\
                    Mail me at someone@example.org; `@notakey` in code.\n\
                    ```\n@fenced\n```\n\
                    A [link with @x](http://e.org) is not a citation group.";
        let found = citations(text, Syntax::Markdown);
        let simple: Vec<_> = found
            .iter()
            .map(|c| (c.key.clone(), c.line, c.locator.clone()))
            .collect();
        assert_eq!(
            simple,
            [
                k("druk2023", 1, Some("p. 5")),
                k("belta2022", 1, None),
                k("turarbekova2020", 2, Some("p. 33")),
                k("prezident2023a", 3, None),
                k("odd key", 3, Some("12–14")),
                k("x", 8, None),
            ]
        );
        assert!(found[3].suppress_author);
        assert!(!found[0].suppress_author);
    }

    #[test]
    fn key_ends_before_trailing_punctuation() {
        assert_eq!(
            keys("See @smith2020. And @doe:2019-a, too.", Syntax::Markdown),
            [k("smith2020", 1, None), k("doe:2019-a", 1, None)]
        );
    }

    #[test]
    fn latex_commands_options_and_comments() {
        let text = "\\parencite[see][12]{druk2023}\n\
                    \\textcite{belta2022, prezident2023}\n\
                    % \\cite{commented}\n\
                    50\\% as \\autocite[p.~5]{turarbekova2020} \\footcite*{kryuchkova2023}\n\
                    \\citep{a}\\nocite{*} \\cite[][7]{b}";
        assert_eq!(
            keys(text, Syntax::Latex),
            [
                k("druk2023", 1, Some("12")),
                k("belta2022", 2, None),
                k("prezident2023", 2, None),
                k("turarbekova2020", 4, Some("p.~5")),
                k("kryuchkova2023", 4, None),
                k("a", 5, None),
                k("*", 5, None),
                k("b", 5, Some("7")),
            ]
        );
    }

    #[test]
    fn syntax_from_extension() {
        assert_eq!(Syntax::from_extension(Some("TEX")), Syntax::Latex);
        assert_eq!(Syntax::from_extension(Some("md")), Syntax::Markdown);
        assert_eq!(Syntax::from_extension(None), Syntax::Markdown);
    }
}
