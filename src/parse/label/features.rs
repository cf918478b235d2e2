//! The observations the field labeller sees for each token: the word
//! itself, its shape and punctuation, what word lists it is in, where it
//! stands (inside quotes, italics, brackets; how many sentence breaks and
//! commas precede it) and the same for its neighbours. Rules that are exact
//! elsewhere in the parser (dates, names, vocabulary) are features here.

use std::ops::Range;

use crfs::Attribute;

use super::tokens::is_cjk;
use crate::parse::dates::is_month;
use crate::parse::text::{ITALIC_CLOSE, ITALIC_OPEN};

/// What one token looks like, before neighbours are added.
struct Local {
    word: String,
    shape: String,
    end: char,
    attrs: Vec<String>,
}

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
static WORD_LISTS: std::sync::LazyLock<std::collections::HashMap<&'static str, Vec<String>>> =
    std::sync::LazyLock::new(|| {
        let mut map: std::collections::HashMap<&'static str, Vec<String>> =
            std::collections::HashMap::new();
        for (name, words) in LISTS {
            for word in *words {
                map.entry(word).or_default().push(format!("l:{name}"));
            }
        }
        map
    });

/// The features of every token in `text` (the note with italics marked).
pub fn features(text: &str, tokens: &[Range<usize>]) -> Vec<Vec<Attribute>> {
    let locals = locals(text, tokens);
    let n = locals.len();
    let mut out = Vec::with_capacity(n);
    for (i, local) in locals.iter().enumerate() {
        let mut attrs: Vec<Attribute> = Vec::with_capacity(local.attrs.len() + 12);
        attrs.push(Attribute::new("bias", 1.0));
        attrs.push(Attribute::new(format!("w={}", local.word), 1.0));
        attrs.push(Attribute::new(format!("sh={}", local.shape), 1.0));
        for a in &local.attrs {
            attrs.push(Attribute::new(a.as_str(), 1.0));
        }
        let decile = (i * 10) / n.max(1);
        attrs.push(Attribute::new(format!("pos={decile}"), 1.0));
        for (offset, tag) in [(-2isize, "-2"), (-1, "-1"), (1, "+1"), (2, "+2")] {
            let j = i as isize + offset;
            if j < 0 || j >= n as isize {
                attrs.push(Attribute::new(format!("w{tag}=<edge>"), 1.0));
                continue;
            }
            let other = &locals[j as usize];
            attrs.push(Attribute::new(format!("w{tag}={}", other.word), 1.0));
            if offset.abs() == 1 {
                attrs.push(Attribute::new(format!("sh{tag}={}", other.shape), 1.0));
                attrs.push(Attribute::new(format!("end{tag}={}", other.end), 1.0));
                for a in other.attrs.iter().filter(|a| a.starts_with("l:")) {
                    attrs.push(Attribute::new(format!("{a}{tag}"), 1.0));
                }
            }
        }
        out.push(attrs);
    }
    out
}

fn locals(text: &str, tokens: &[Range<usize>]) -> Vec<Local> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut italic = false;
    let mut quote_depth = 0i32;
    let mut paren = 0i32;
    let mut bracket = 0i32;
    let mut breaks = 0usize;
    let mut commas = 0usize;
    for range in tokens {
        let raw = &text[range.clone()];
        let mut attrs = Vec::with_capacity(16);
        let italic_here = italic || raw.contains(ITALIC_OPEN);
        if raw.contains(ITALIC_OPEN) {
            italic = true;
            attrs.push("it_open".to_string());
        }
        if italic_here {
            attrs.push("it".to_string());
        }
        if raw.contains(ITALIC_CLOSE) {
            italic = false;
            attrs.push("it_close".to_string());
        }
        let clean: String = raw
            .chars()
            .filter(|c| *c != ITALIC_OPEN && *c != ITALIC_CLOSE)
            .collect();
        let first = clean.chars().next().unwrap_or(' ');
        let last = clean.chars().last().unwrap_or(' ');

        // Quotes and brackets: the state before this token, and its changes.
        let opens_quote = matches!(first, '“' | '«' | '„' | '《' | '「')
            || (first == '"' && quote_depth == 0)
            || (first == '\'' && clean.len() > 1);
        if quote_depth > 0 || opens_quote {
            attrs.push("q".to_string());
        }
        if opens_quote {
            attrs.push("q_open".to_string());
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
            attrs.push("q_close".to_string());
        }
        if paren > 0 || first == '(' {
            attrs.push("par".to_string());
        }
        if bracket > 0 || first == '[' {
            attrs.push("brk".to_string());
        }
        attrs.push(format!("brk_n={}", breaks.min(4)));
        attrs.push(format!("com_n={}", commas.min(5)));

        let word: String = clean
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let word_short: String = word.chars().take(24).collect();
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let digits = word.chars().filter(char::is_ascii_digit).count();

        if letters > 0
            && clean
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        {
            attrs.push(if letters == 1 { "cap1" } else { "caps" }.to_string());
        }
        if first.is_uppercase() {
            attrs.push("upper".to_string());
        }
        if letters <= 2 && letters > 0 && digits == 0 && clean.ends_with('.') {
            attrs.push("init".to_string());
        }
        if digits == 4
            && letters == 0
            && word.len() == 4
            && (word.starts_with("1") || word.starts_with("20"))
        {
            attrs.push("year".to_string());
        } else if digits > 0 && letters == 0 {
            attrs.push(
                if word.contains(['-', '–']) || clean.contains(['-', '–']) {
                    "range"
                } else {
                    "num"
                }
                .to_string(),
            );
            attrs.push(format!("nd={}", digits.min(5)));
        } else if digits > 0 {
            attrs.push("alnum".to_string());
        }
        if is_roman(&word) {
            attrs.push("roman".to_string());
        }
        let cyr = clean.chars().any(|c| matches!(c, '\u{400}'..='\u{4ff}'));
        let cjk = clean.chars().any(is_cjk);
        attrs.push(
            if cjk {
                "sc=cjk"
            } else if cyr {
                "sc=cyr"
            } else {
                "sc=lat"
            }
            .to_string(),
        );
        if cjk {
            attrs.push(format!("cjklen={}", clean.chars().count().min(8)));
            for tag in [
                "[J]", "[M]", "[C]", "[D]", "[R]", "[N]", "[S]", "[EB/OL]", "[Z]",
            ] {
                if clean.contains(tag) {
                    attrs.push("gbtype".to_string());
                }
            }
        }
        if is_month(&word) {
            attrs.push("l:month".to_string());
        }
        if let Some(lists) = WORD_LISTS.get(word.as_str()) {
            attrs.extend(lists.iter().cloned());
        }
        if clean.contains("//") {
            attrs.push("gost_sep".to_string());
        }
        if first.is_ascii_punctuation() || matches!(first, '“' | '«' | '„' | '《' | '(' | '[')
        {
            attrs.push(format!("beg={first}"));
        }
        let end = if last.is_alphanumeric() { 'w' } else { last };
        let chars: Vec<char> = word.chars().collect();
        if chars.len() >= 3 {
            let p: String = chars[..3].iter().collect();
            let s: String = chars[chars.len() - 3..].iter().collect();
            attrs.push(format!("p3={p}"));
            attrs.push(format!("s3={s}"));
        }
        if out.is_empty() {
            attrs.push("first".to_string());
        }
        if out.len() + 1 == tokens.len() {
            attrs.push("last".to_string());
        }
        if let Some(prev) = out.last() {
            let prev: &Local = prev;
            if prev.end == '.' && !prev.attrs.iter().any(|a| a == "init") {
                attrs.push("after_stop".to_string());
            }
        }

        // A sentence break: a period after something that is not an initial
        // or a known abbreviation.
        if last == '.' && !(letters <= 2 && digits == 0) || last == ':' || clean.contains("//") {
            breaks += 1;
        }
        if last == ',' || last == '，' {
            commas += 1;
        }

        out.push(Local {
            word: if word_short.is_empty() {
                format!("<{}>", clean.chars().take(3).collect::<String>())
            } else {
                word_short
            },
            shape: shape(&clean),
            end,
            attrs,
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
        let k = if is_cjk(c) && c.is_alphabetic() {
            'C'
        } else if c.is_uppercase() {
            'A'
        } else if c.is_alphabetic() {
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
