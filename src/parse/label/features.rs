//! The observations the field labeller sees for each token: the word
//! itself, its shape and punctuation, what word lists it is in, where it
//! stands (inside quotes, italics, brackets; how many sentence breaks and
//! commas precede it) and the same for its neighbours. Rules that are exact
//! elsewhere in the parser (dates, names, vocabulary) are features here.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use crfs::Attribute;

use super::tokens::is_cjk;
use crate::parse::dates::is_month;
use crate::parse::text::{ITALIC_CLOSE, ITALIC_OPEN};

/// Word lists: (feature name, words). Words are compared lowercased,
/// without surrounding punctuation.
const LISTS: &[(&str, &[&str])] = &[
    (
        "in",
        &[
            "in", "in:", "в", "у", "dans", "en", "nel", "nella", "im", "w",
        ],
    ),
    (
        "ed",
        &[
            "ed", "eds", "editor", "editors", "edited", "hrsg", "hg", "ред", "под", "отв", "сост",
            "dir", "cura", "coord", "编", "主编",
        ],
    ),
    (
        "vol",
        &[
            "vol", "vols", "volume", "т", "том", "bd", "band", "tome", "t", "jg", "卷",
        ],
    ),
    (
        "no",
        &[
            "no", "nos", "nr", "№", "issue", "iss", "вып", "n°", "n", "heft", "期", "num",
        ],
    ),
    (
        "pp",
        &[
            "p", "pp", "s", "с", "стр", "page", "pages", "ss", "pág", "页", "c",
        ],
    ),
    (
        "and",
        &[
            "and", "&", "и", "і", "та", "und", "et", "y", "e", "ja", "i", "与", "和",
        ],
    ),
    ("etal", &["al", "др", "等", "others", "u.a"]),
    (
        "pub",
        &[
            "press",
            "verlag",
            "publishing",
            "publishers",
            "publisher",
            "books",
            "издательство",
            "изд-во",
            "выдавецтва",
            "видавництво",
            "出版社",
            "edizioni",
            "éditions",
            "editions",
            "routledge",
            "springer",
            "elsevier",
            "wiley",
            "palgrave",
            "macmillan",
            "sage",
        ],
    ),
    (
        "cont",
        &[
            "journal",
            "review",
            "quarterly",
            "studies",
            "bulletin",
            "annals",
            "proceedings",
            "letters",
            "magazine",
            "times",
            "post",
            "news",
            "herald",
            "gazette",
            "вестник",
            "журнал",
            "известия",
            "вопросы",
            "веснік",
            "вісник",
            "学报",
            "研究",
            "zeitschrift",
            "rivista",
            "revue",
            "proc",
            "conference",
            "symposium",
            "transactions",
        ],
    ),
    (
        "rep",
        &[
            "report",
            "paper",
            "brief",
            "briefing",
            "series",
            "working",
            "доклад",
            "записка",
            "даклад",
            "commentary",
            "analysis",
        ],
    ),
    (
        "see",
        &[
            "see", "cf", "vgl", "см", "ср", "cfr", "voir", "also", "参见", "siehe", "вж",
        ],
    ),
    (
        "ibid",
        &[
            "ibid",
            "ibidem",
            "id",
            "ebd",
            "ebenda",
            "там",
            "тамсама",
            "ivi",
            "同上",
        ],
    ),
    (
        "acc",
        &[
            "accessed",
            "retrieved",
            "available",
            "viewed",
            "обращения",
            "доступа",
            "доступу",
            "звароту",
            "online",
            "url",
            "archived",
        ],
    ),
    (
        "part",
        &[
            "von", "van", "de", "der", "den", "da", "di", "du", "des", "del", "della", "la", "le",
        ],
    ),
    (
        "thes",
        &[
            "thesis",
            "dissertation",
            "diss",
            "дис",
            "диссертация",
            "автореф",
            "phd",
            "master's",
        ],
    ),
    ("edn", &["edn", "edition", "изд", "aufl", "éd", "版"]),
    (
        "place",
        &[
            "london",
            "new",
            "york",
            "oxford",
            "cambridge",
            "paris",
            "berlin",
            "moscow",
            "москва",
            "м",
            "минск",
            "мн",
            "киев",
            "київ",
            "спб",
            "washington",
            "chicago",
            "boston",
            "princeton",
            "amsterdam",
            "leiden",
            "beijing",
            "北京",
            "上海",
            "munich",
            "münchen",
            "frankfurt",
            "wien",
            "roma",
            "milano",
            "madrid",
            "stuttgart",
            "hamburg",
        ],
    ),
];

/// Every word of the lists, with the features it gives.
static WORD_LISTS: std::sync::LazyLock<HashMap<&'static str, Vec<&'static str>>> =
    std::sync::LazyLock::new(|| {
        let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for (name, words) in LISTS {
            for word in *words {
                map.entry(word).or_default().push(name);
            }
        }
        map
    });

/// Feature names with a small number in them, made once: `{prefix}{n}`.
fn numbered(prefix: &str, to: usize) -> Vec<String> {
    (0..=to).map(|n| format!("{prefix}{n}")).collect()
}

/// The names of the features that take one of a few values.
struct Names {
    pos: Vec<String>,
    brk_n: Vec<String>,
    com_n: Vec<String>,
    nd: Vec<String>,
    cjklen: Vec<String>,
    /// `l:NAME` for every list, and the same for the neighbours.
    lists: HashMap<&'static str, [String; 3]>,
}

static NAMES: std::sync::LazyLock<Names> = std::sync::LazyLock::new(|| {
    let mut lists = HashMap::new();
    for name in LISTS.iter().map(|(name, _)| *name).chain(["month"]) {
        lists.insert(
            name,
            [
                format!("l:{name}"),
                format!("l:{name}-1"),
                format!("l:{name}+1"),
            ],
        );
    }
    Names {
        pos: numbered("pos=", 9),
        brk_n: numbered("brk_n=", 4),
        com_n: numbered("com_n=", 5),
        nd: numbered("nd=", 5),
        cjklen: numbered("cjklen=", 8),
        lists,
    }
});

/// One feature: a name that is present (CRFsuite's value 1).
fn attr(name: String) -> Attribute {
    Attribute::new(name, 1.0)
}

/// Where feature names are written: a fresh string each, or strings
/// recycled from an earlier note (their capacity kept), which spares the
/// tagger most of its allocations.
pub struct NamePool {
    spare: Vec<String>,
}

impl NamePool {
    pub const fn new() -> Self {
        NamePool { spare: Vec::new() }
    }

    /// `parts` joined without a separator.
    fn joined(&mut self, parts: &[&str]) -> String {
        let mut out = self.spare.pop().unwrap_or_default();
        out.clear();
        for part in parts {
            out.push_str(part);
        }
        out
    }

    /// Takes back the names of a tagged note, for the next one.
    pub fn recycle(&mut self, xseq: Vec<Vec<Attribute>>) {
        // A bound, so one enormous note does not keep its memory.
        const KEEP: usize = 1 << 16;
        for item in xseq {
            for a in item {
                if self.spare.len() < KEEP {
                    self.spare.push(a.name);
                }
            }
        }
    }
}

impl Default for NamePool {
    fn default() -> Self {
        NamePool::new()
    }
}

/// The features of every token in `text` (the note with italics marked).
pub fn features(text: &str, tokens: &[Range<usize>]) -> Vec<Vec<Attribute>> {
    features_in(text, tokens, &mut NamePool::new())
}

/// [`features`], their names written in strings from `pool`.
pub fn features_in(
    text: &str,
    tokens: &[Range<usize>],
    pool: &mut NamePool,
) -> Vec<Vec<Attribute>> {
    let names = &*NAMES;
    let locals = locals(text, tokens);
    let n = locals.len();
    let mut out = Vec::with_capacity(n);
    for (i, local) in locals.iter().enumerate() {
        let mut attrs: Vec<Attribute> = Vec::with_capacity(local.attrs.len() + 24);
        let mut add = |pool: &mut NamePool, parts: &[&str]| attrs.push(attr(pool.joined(parts)));
        add(pool, &["bias"]);
        add(pool, &["w=", &local.word]);
        add(pool, &["sh=", &local.shape]);
        for a in &local.attrs {
            add(pool, &[a.as_ref()]);
        }
        for list in &local.lists {
            add(pool, &[&names.lists[list][0]]);
        }
        add(pool, &[&names.pos[(i * 10) / n.max(1)]]);
        for (offset, tag) in [(-2isize, "-2"), (-1, "-1"), (1, "+1"), (2, "+2")] {
            let j = i as isize + offset;
            if j < 0 || j >= n as isize {
                add(pool, &["w", tag, "=<edge>"]);
                continue;
            }
            let other = &locals[j as usize];
            add(pool, &["w", tag, "=", &other.word]);
            if offset.abs() == 1 {
                let mut end = [0u8; 4];
                add(pool, &["sh", tag, "=", &other.shape]);
                add(pool, &["end", tag, "=", other.end.encode_utf8(&mut end)]);
                let side = if offset < 0 { 1 } else { 2 };
                for list in &other.lists {
                    add(pool, &[&names.lists[list][side]]);
                }
            }
        }
        out.push(attrs);
    }
    out
}

/// What one token looks like, before neighbours are added.
struct Local {
    word: String,
    shape: String,
    end: char,
    /// The token's own features, word lists aside.
    attrs: Vec<Cow<'static, str>>,
    /// The word lists it is in (`month` first, then as [`LISTS`] orders
    /// them): features of the token and of its neighbours.
    lists: Vec<&'static str>,
}

fn locals(text: &str, tokens: &[Range<usize>]) -> Vec<Local> {
    let names: &'static Names = &NAMES;
    let mut out: Vec<Local> = Vec::with_capacity(tokens.len());
    let mut italic = false;
    let mut quote_depth = 0i32;
    let mut paren = 0i32;
    let mut bracket = 0i32;
    let mut breaks = 0usize;
    let mut commas = 0usize;
    for range in tokens {
        let raw = &text[range.clone()];
        let mut attrs: Vec<Cow<'static, str>> = Vec::with_capacity(16);
        let opens_italic = raw.contains(ITALIC_OPEN);
        let closes_italic = raw.contains(ITALIC_CLOSE);
        let italic_here = italic || opens_italic;
        if opens_italic {
            italic = true;
            attrs.push("it_open".into());
        }
        if italic_here {
            attrs.push("it".into());
        }
        if closes_italic {
            italic = false;
            attrs.push("it_close".into());
        }
        let clean: Cow<str> = if opens_italic || closes_italic {
            raw.chars()
                .filter(|c| *c != ITALIC_OPEN && *c != ITALIC_CLOSE)
                .collect::<String>()
                .into()
        } else {
            raw.into()
        };
        let clean: &str = &clean;
        let first = clean.chars().next().unwrap_or(' ');
        let last = clean.chars().next_back().unwrap_or(' ');

        // Quotes and brackets: the state before this token, and its changes.
        let opens_quote = matches!(first, '“' | '«' | '„' | '《' | '「')
            || (first == '"' && quote_depth == 0)
            || (first == '\'' && clean.len() > 1);
        if quote_depth > 0 || opens_quote {
            attrs.push("q".into());
        }
        if opens_quote {
            attrs.push("q_open".into());
        }
        for c in clean.chars() {
            match c {
                '“' | '«' | '„' | '《' | '「' => quote_depth += 1,
                '”' | '»' | '》' | '」' => quote_depth = (quote_depth - 1).max(0),
                '"' => {
                    if quote_depth > 0 {
                        quote_depth -= 1;
                    } else {
                        quote_depth += 1;
                    }
                }
                '(' | '（' => paren += 1,
                ')' | '）' => paren = (paren - 1).max(0),
                '[' | '【' => bracket += 1,
                ']' | '】' => bracket = (bracket - 1).max(0),
                _ => {}
            }
        }
        if clean.contains(['”', '»', '》', '」'])
            || (clean.ends_with(['"', '\'']) && clean.len() > 1)
        {
            attrs.push("q_close".into());
        }
        if paren > 0 || first == '(' {
            attrs.push("par".into());
        }
        if bracket > 0 || first == '[' {
            attrs.push("brk".into());
        }
        attrs.push(names.brk_n[breaks.min(4)].as_str().into());
        attrs.push(names.com_n[commas.min(5)].as_str().into());

        let word: String = clean
            .trim_matches(|c: char| !crate::letters::is_alphanumeric(c))
            .to_lowercase();
        let mut letters = 0usize;
        let mut digits = 0usize;
        for c in word.chars() {
            if c.is_ascii_digit() {
                digits += 1;
            } else if crate::letters::is_alphabetic(c) {
                letters += 1;
            }
        }

        if letters > 0
            && clean
                .chars()
                .filter(|c| crate::letters::is_alphabetic(*c))
                .all(crate::letters::is_uppercase)
        {
            attrs.push(if letters == 1 { "cap1" } else { "caps" }.into());
        }
        if crate::letters::is_uppercase(first) {
            attrs.push("upper".into());
        }
        if letters <= 2 && letters > 0 && digits == 0 && clean.ends_with('.') {
            attrs.push("init".into());
        }
        if digits == 4
            && letters == 0
            && word.len() == 4
            && (word.starts_with("1") || word.starts_with("20"))
        {
            attrs.push("year".into());
        } else if digits > 0 && letters == 0 {
            attrs.push(
                if word.contains(['-', '–']) || clean.contains(['-', '–']) {
                    "range"
                } else {
                    "num"
                }
                .into(),
            );
            attrs.push(names.nd[digits.min(5)].as_str().into());
        } else if digits > 0 {
            attrs.push("alnum".into());
        }
        if is_roman(&word) {
            attrs.push("roman".into());
        }
        let cyr = clean.chars().any(crate::letters::is_cyrillic);
        let cjk = clean.chars().any(is_cjk);
        attrs.push(
            if cjk {
                "sc=cjk"
            } else if cyr {
                "sc=cyr"
            } else {
                "sc=lat"
            }
            .into(),
        );
        if cjk {
            attrs.push(names.cjklen[clean.chars().count().min(8)].as_str().into());
            for tag in [
                "[J]", "[M]", "[C]", "[D]", "[R]", "[N]", "[S]", "[EB/OL]", "[Z]",
            ] {
                if clean.contains(tag) {
                    attrs.push("gbtype".into());
                }
            }
        }
        let mut lists: Vec<&'static str> = Vec::new();
        if is_month(&word) {
            lists.push("month");
        }
        if let Some(found) = WORD_LISTS.get(word.as_str()) {
            lists.extend(found.iter().copied());
        }
        if clean.contains("//") {
            attrs.push("gost_sep".into());
        }
        if first.is_ascii_punctuation() || matches!(first, '“' | '«' | '„' | '《' | '(' | '[')
        {
            attrs.push(format!("beg={first}").into());
        }
        let end = if crate::letters::is_alphanumeric(last) {
            'w'
        } else {
            last
        };
        if let (Some((p3, _)), Some((s3, _))) =
            (word.char_indices().nth(3), word.char_indices().nth_back(2))
        {
            attrs.push(["p3=", &word[..p3]].concat().into());
            attrs.push(["s3=", &word[s3..]].concat().into());
        } else if word.chars().count() == 3 {
            attrs.push(["p3=", &word].concat().into());
            attrs.push(["s3=", &word].concat().into());
        }
        if out.is_empty() {
            attrs.push("first".into());
        }
        if out.len() + 1 == tokens.len() {
            attrs.push("last".into());
        }
        if let Some(prev) = out.last()
            && prev.end == '.'
            && !prev.attrs.iter().any(|a| a == "init")
        {
            attrs.push("after_stop".into());
        }

        // A sentence break: a period after something that is not an initial
        // or a known abbreviation.
        if last == '.' && !(letters <= 2 && digits == 0) || last == ':' || clean.contains("//") {
            breaks += 1;
        }
        if last == ',' || last == '，' {
            commas += 1;
        }

        let word = if word.is_empty() {
            format!("<{}>", clean.chars().take(3).collect::<String>())
        } else {
            match word.char_indices().nth(24) {
                Some((cut, _)) => word[..cut].to_string(),
                None => word,
            }
        };
        out.push(Local {
            word,
            shape: shape(clean),
            end,
            attrs,
            lists,
        });
    }
    out
}

/// The token's shape: letters as `A`/`a` (any script), digits as `9`, Han
/// as `C`, punctuation as itself, runs of one class collapsed.
fn shape(token: &str) -> String {
    let mut out = String::with_capacity(8);
    let mut last = '\0';
    for c in token.chars() {
        let k = if is_cjk(c) && crate::letters::is_alphabetic(c) {
            'C'
        } else if crate::letters::is_uppercase(c) {
            'A'
        } else if crate::letters::is_alphabetic(c) {
            'a'
        } else if c.is_ascii_digit() {
            '9'
        } else {
            c
        };
        if k != last {
            out.push(k);
            last = k;
        }
        if out.len() >= 8 {
            break;
        }
    }
    out
}

fn is_roman(word: &str) -> bool {
    !word.is_empty()
        && word.len() <= 6
        && word
            .chars()
            .all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c'))
        && word != "c"
        && word != "l"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::label::tokens::tokenize;

    fn names(text: &str, i: usize) -> Vec<String> {
        let tokens = tokenize(text);
        features(text, &tokens)[i]
            .iter()
            .map(|a| a.name.clone())
            .collect()
    }

    #[test]
    fn shapes_lists_and_states() {
        assert_eq!(shape("Smith,"), "Aa,");
        assert_eq!(shape("2019."), "9.");
        assert_eq!(shape("白俄罗斯"), "C");
        let f = names("Smith, J. \u{1}Foreign Journal\u{2}, vol. 3, 2019.", 3);
        assert!(f.contains(&"it".to_string()), "{f:?}");
        assert!(f.contains(&"l:cont".to_string()), "{f:?}");
        let f = names("Smith, J. \u{1}Foreign Journal\u{2}, vol. 3, 2019.", 6);
        assert!(f.contains(&"year".to_string()), "{f:?}");
        assert!(!f.contains(&"it".to_string()), "{f:?}");
        let f = names("A. “Title of it,” Journal", 2);
        assert!(f.contains(&"q".to_string()), "{f:?}");
    }
}
