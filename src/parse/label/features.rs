//! The observations the field labeller sees for each token: the word
//! itself, its shape and punctuation, what word lists it is in, where it
//! stands (inside quotes, italics, brackets; how many sentence breaks and
//! commas precede it) and the same for its neighbours. Rules that are exact
//! elsewhere in the parser (dates, names, vocabulary) are features here.

use std::borrow::Cow;
use std::ops::Range;

use crfs::Attribute;
use rustc_hash::FxHashMap;

use super::fixed::{self, Count, Fixed, Lit};
use super::tokens::is_cjk;
use crate::parse::dates::is_month_lowercase;
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

/// Every word of the lists, with the lists it is in (by number in
/// [`list_names`]).
static WORD_LISTS: std::sync::LazyLock<FxHashMap<&'static str, Vec<u8>>> =
    std::sync::LazyLock::new(|| {
        let mut map: FxHashMap<&'static str, Vec<u8>> = FxHashMap::default();
        for (k, (_, words)) in LISTS.iter().enumerate() {
            for word in *words {
                map.entry(word).or_default().push(k as u8 + 1);
            }
        }
        map
    });

/// The word lists' names by number: `month` (0), then [`LISTS`] in order.
pub(super) fn list_names() -> Vec<&'static str> {
    std::iter::once("month")
        .chain(LISTS.iter().map(|(name, _)| *name))
        .collect()
}

/// Where a note's features go, token by token: collected as named
/// attributes for training, or scored against the model as they are made
/// when tagging (no name is kept). Every feature is present (CRFsuite's
/// value 1); the methods say what is known about its name, so a tagger can
/// find it cheaply.
pub trait Sink {
    /// A token's word, shape or end character, found once for the places
    /// it is used (the token's own features and its neighbours').
    type Value;
    /// The features of the next token follow.
    fn token(&mut self);
    /// A feature whose name is fixed for the program's life, by number.
    fn fixed(&mut self, id: Fixed);
    /// A feature with any other name: `parts` joined without a separator.
    fn feature(&mut self, parts: &[&str]);
    /// Finds `value` as a value of `kind`.
    fn value(&mut self, kind: Kind, value: &str) -> Self::Value;
    /// The feature of a value seen from `offset` tokens away (−2…2):
    /// `w=…`, `w-1=…`, `sh+1=…`, `end-1=…`.
    fn value_at(&mut self, value: &Self::Value, offset: isize);
}

/// The features that carry a token's own text, each seen from its
/// neighbours too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Word,
    Shape,
    End,
}

impl Kind {
    /// The feature's name before `=`: `w`, `sh` or `end`.
    pub fn prefix(self) -> &'static str {
        match self {
            Kind::Word => "w",
            Kind::Shape => "sh",
            Kind::End => "end",
        }
    }
}

/// The offsets a value is seen from, as written in feature names.
pub const OFFSETS: [(isize, &str); 5] = [(-2, "-2"), (-1, "-1"), (0, ""), (1, "+1"), (2, "+2")];

/// Features as CRFsuite attributes, one list per token (training).
#[derive(Default)]
struct Named(Vec<Vec<Attribute>>);

impl Sink for Named {
    type Value = (Kind, String);

    fn token(&mut self) {
        self.0.push(Vec::with_capacity(48));
    }

    fn fixed(&mut self, id: Fixed) {
        self.feature(&[fixed::NAMES[id.index()].as_str()]);
    }

    fn feature(&mut self, parts: &[&str]) {
        if let Some(item) = self.0.last_mut() {
            item.push(Attribute::new(parts.concat(), 1.0));
        }
    }

    fn value(&mut self, kind: Kind, value: &str) -> (Kind, String) {
        (kind, value.to_string())
    }

    fn value_at(&mut self, (kind, value): &(Kind, String), offset: isize) {
        if let Some((_, tag)) = OFFSETS.iter().find(|(o, _)| *o == offset) {
            self.feature(&[kind.prefix(), tag, "=", value]);
        }
    }
}

/// The features of every token in `text` (the note with italics marked).
pub fn features(text: &str, tokens: &[Range<usize>]) -> Vec<Vec<Attribute>> {
    let mut named = Named::default();
    emit(text, tokens, &mut named);
    named.0
}

/// [`features`], given to `sink` as they are made.
pub fn emit<S: Sink>(text: &str, tokens: &[Range<usize>], sink: &mut S) {
    let Locals {
        tokens: locals,
        attrs,
        lists,
    } = locals(text, tokens);
    let n = locals.len();
    let values: Vec<[S::Value; 3]> = locals
        .iter()
        .map(|local| {
            let mut end = [0u8; 4];
            [
                sink.value(Kind::Word, &local.word[..local.cut]),
                sink.value(Kind::Shape, &local.shape),
                sink.value(Kind::End, local.end.encode_utf8(&mut end)),
            ]
        })
        .collect();
    for (i, local) in locals.iter().enumerate() {
        let [word, shape, _] = &values[i];
        sink.token();
        sink.fixed(Lit::Bias.into());
        sink.value_at(word, 0);
        sink.value_at(shape, 0);
        for a in &attrs[local.attrs.clone()] {
            match a {
                Attr::Fixed(id) => sink.fixed(*id),
                Attr::Prefix(end) => sink.feature(&["p3=", &local.word[..*end]]),
                Attr::Suffix(start) => sink.feature(&["s3=", &local.word[*start..]]),
            }
        }
        for &list in &lists[local.lists.clone()] {
            sink.fixed(Fixed::list(usize::from(list), 0));
        }
        sink.fixed(Fixed::count(Count::Position, (i * 10) / n.max(1)));
        for (offset, edge) in [
            (-2isize, Lit::EdgeBefore2),
            (-1, Lit::EdgeBefore1),
            (1, Lit::EdgeAfter1),
            (2, Lit::EdgeAfter2),
        ] {
            let j = i as isize + offset;
            if j < 0 || j >= n as isize {
                sink.fixed(edge.into());
                continue;
            }
            let [word, shape, end] = &values[j as usize];
            sink.value_at(word, offset);
            if offset.abs() == 1 {
                sink.value_at(shape, offset);
                sink.value_at(end, offset);
                let side = if offset < 0 { 1 } else { 2 };
                for &list in &lists[locals[j as usize].lists.clone()] {
                    sink.fixed(Fixed::list(usize::from(list), side));
                }
            }
        }
    }
}

/// One of a token's own features.
enum Attr {
    Fixed(Fixed),
    /// `p3=` and the word's first three characters: `word[..end]`.
    Prefix(usize),
    /// `s3=` and its last three: `word[start..]`.
    Suffix(usize),
}

/// What one token looks like, before neighbours are added.
struct Local {
    /// The word, lowercased; its feature is `word[..cut]` (at most 24
    /// characters).
    word: String,
    cut: usize,
    shape: String,
    end: char,
    /// Whether it looks like an initial (one or two letters and a period).
    init: bool,
    /// The token's own features, word lists aside (in [`Locals::attrs`]).
    attrs: Range<usize>,
    /// The word lists it is in (`month` first, then as [`LISTS`] orders
    /// them): features of the token and of its neighbours.
    lists: Range<usize>,
}

/// Every token's [`Local`], their features and lists in two buffers (not
/// two small vectors per token).
struct Locals {
    tokens: Vec<Local>,
    attrs: Vec<Attr>,
    lists: Vec<u8>,
}

fn locals(text: &str, tokens: &[Range<usize>]) -> Locals {
    let mut out: Vec<Local> = Vec::with_capacity(tokens.len());
    let mut attrs: Vec<Attr> = Vec::with_capacity(tokens.len() * 16);
    let mut lists: Vec<u8> = Vec::new();
    let mut italic = false;
    let mut quote_depth = 0i32;
    let mut paren = 0i32;
    let mut bracket = 0i32;
    let mut breaks = 0usize;
    let mut commas = 0usize;
    for range in tokens {
        let raw = &text[range.clone()];
        let attrs_start = attrs.len();
        let opens_italic = raw.contains(ITALIC_OPEN);
        let closes_italic = raw.contains(ITALIC_CLOSE);
        let italic_here = italic || opens_italic;
        if opens_italic {
            italic = true;
            attrs.push(Attr::Fixed(Lit::ItOpen.into()));
        }
        if italic_here {
            attrs.push(Attr::Fixed(Lit::It.into()));
        }
        if closes_italic {
            italic = false;
            attrs.push(Attr::Fixed(Lit::ItClose.into()));
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
            attrs.push(Attr::Fixed(Lit::Q.into()));
        }
        if opens_quote {
            attrs.push(Attr::Fixed(Lit::QOpen.into()));
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
            attrs.push(Attr::Fixed(Lit::QClose.into()));
        }
        if paren > 0 || first == '(' {
            attrs.push(Attr::Fixed(Lit::Par.into()));
        }
        if bracket > 0 || first == '[' {
            attrs.push(Attr::Fixed(Lit::Brk.into()));
        }
        attrs.push(Attr::Fixed(Fixed::count(Count::Breaks, breaks)));
        attrs.push(Attr::Fixed(Fixed::count(Count::Commas, commas)));

        let word: String = crate::letters::lowercase(
            clean.trim_matches(|c: char| !crate::letters::is_alphanumeric(c)),
        );
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
            attrs.push(Attr::Fixed(
                if letters == 1 { Lit::Cap1 } else { Lit::Caps }.into(),
            ));
        }
        if crate::letters::is_uppercase(first) {
            attrs.push(Attr::Fixed(Lit::Upper.into()));
        }
        let init = letters <= 2 && letters > 0 && digits == 0 && clean.ends_with('.');
        if init {
            attrs.push(Attr::Fixed(Lit::Init.into()));
        }
        if digits == 4
            && letters == 0
            && word.len() == 4
            && (word.starts_with("1") || word.starts_with("20"))
        {
            attrs.push(Attr::Fixed(Lit::Year.into()));
        } else if digits > 0 && letters == 0 {
            attrs.push(Attr::Fixed(
                if word.contains(['-', '–']) || clean.contains(['-', '–']) {
                    Lit::Range
                } else {
                    Lit::Num
                }
                .into(),
            ));
            attrs.push(Attr::Fixed(Fixed::count(Count::Digits, digits)));
        } else if digits > 0 {
            attrs.push(Attr::Fixed(Lit::Alnum.into()));
        }
        if is_roman(&word) {
            attrs.push(Attr::Fixed(Lit::Roman.into()));
        }
        let cyr = clean.chars().any(crate::letters::is_cyrillic);
        let cjk = clean.chars().any(is_cjk);
        attrs.push(Attr::Fixed(
            if cjk {
                Lit::ScCjk
            } else if cyr {
                Lit::ScCyr
            } else {
                Lit::ScLat
            }
            .into(),
        ));
        if cjk {
            attrs.push(Attr::Fixed(Fixed::count(
                Count::CjkLength,
                clean.chars().count(),
            )));
            for tag in [
                "[J]", "[M]", "[C]", "[D]", "[R]", "[N]", "[S]", "[EB/OL]", "[Z]",
            ] {
                if clean.contains(tag) {
                    attrs.push(Attr::Fixed(Lit::GbType.into()));
                }
            }
        }
        let lists_start = lists.len();
        if is_month_lowercase(&word) {
            lists.push(0);
        }
        if let Some(found) = WORD_LISTS.get(word.as_str()) {
            lists.extend(found.iter().copied());
        }
        // GOST's `//` before a container (a byte search: a substring
        // searcher costs more to set up than these tokens are long).
        let gost_sep = clean.as_bytes().windows(2).any(|pair| pair == b"//");
        if gost_sep {
            attrs.push(Attr::Fixed(Lit::GostSep.into()));
        }
        // ASCII punctuation and opening quotes ("beg=(", "beg=«").
        if let Some(beginning) = Fixed::beginning(first) {
            attrs.push(Attr::Fixed(beginning));
        }
        let end = if crate::letters::is_alphanumeric(last) {
            'w'
        } else {
            last
        };
        if let (Some((p3, _)), Some((s3, _))) =
            (word.char_indices().nth(3), word.char_indices().nth_back(2))
        {
            attrs.push(Attr::Prefix(p3));
            attrs.push(Attr::Suffix(s3));
        } else if word.chars().count() == 3 {
            attrs.push(Attr::Prefix(word.len()));
            attrs.push(Attr::Suffix(0));
        }
        if out.is_empty() {
            attrs.push(Attr::Fixed(Lit::First.into()));
        }
        if out.len() + 1 == tokens.len() {
            attrs.push(Attr::Fixed(Lit::Last.into()));
        }
        if let Some(prev) = out.last()
            && prev.end == '.'
            && !prev.init
        {
            attrs.push(Attr::Fixed(Lit::AfterStop.into()));
        }

        // A sentence break: a period after something that is not an initial
        // or a known abbreviation.
        if last == '.' && !(letters <= 2 && digits == 0) || last == ':' || gost_sep {
            breaks += 1;
        }
        if last == ',' || last == '，' {
            commas += 1;
        }

        let word = if word.is_empty() {
            format!("<{}>", clean.chars().take(3).collect::<String>())
        } else {
            word
        };
        let cut = word
            .char_indices()
            .nth(24)
            .map_or(word.len(), |(cut, _)| cut);
        out.push(Local {
            word,
            cut,
            shape: shape(clean),
            end,
            init,
            attrs: attrs_start..attrs.len(),
            lists: lists_start..lists.len(),
        });
    }
    Locals {
        tokens: out,
        attrs,
        lists,
    }
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
