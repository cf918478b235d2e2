//! The observations the field labeller sees for each token: the word
//! itself, its shape and punctuation, what word lists it is in, where it
//! stands (inside quotes, italics, brackets; how many sentence breaks and
//! commas precede it) and the same for its neighbours. Rules that are exact
//! elsewhere in the parser (dates, names, vocabulary) are features here.
//! What a token's text alone gives ([`Lexical`]) is made apart from what
//! its place gives, so that a tagger can keep the first for texts that
//! recur.

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
            "dir", "cura", "coord", "oprac", "编", "主编",
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
            "chubanshe",
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
    ("edn", &["edn", "edition", "изд", "выд", "aufl", "éd", "版"]),
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
/// value 1).
///
/// A token's features are of two kinds: those of its text alone (the word,
/// its shape, its word lists: a [`Lexical`]) and those of where it stands
/// (inside quotes, after a sentence break, its neighbours). The first kind
/// is the same wherever the text recurs, so a sink may keep what it made of
/// a text and use it again ([`Sink::lexeme`]).
pub trait Sink {
    /// What the sink keeps of a token's text.
    type Lexeme;
    /// The lexeme of a token's text (`raw`: as in the note, italic marks
    /// included) and the facts about it that its surroundings need.
    fn lexeme(&mut self, raw: &str) -> (Self::Lexeme, Facts);
    /// The features of the next token follow.
    fn token(&mut self);
    /// A feature whose name is fixed for the program's life, by number.
    fn fixed(&mut self, id: Fixed);
    /// The token's own features of its text.
    fn own(&mut self, lexeme: &Self::Lexeme);
    /// The features of a neighbour's text, seen from `offset` tokens away
    /// (−2, −1, 1, 2).
    fn neighbour(&mut self, lexeme: &Self::Lexeme, offset: isize);
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

/// One feature of a token's text, as [`Lexical::own`] and
/// [`Lexical::seen_from`] give them.
pub enum Feature<'a> {
    Fixed(Fixed),
    /// `w=…`, `sh-1=…`, `end+1=…`: a value of `kind` seen from an offset in
    /// [`OFFSETS`].
    Value(Kind, &'a str, isize),
    /// Any other name: the parts joined without a separator.
    Named([&'a str; 2]),
}

impl Feature<'_> {
    /// The feature's name, written out.
    pub fn name(&self) -> String {
        match self {
            Feature::Fixed(id) => fixed::NAMES[id.index()].clone(),
            Feature::Value(kind, value, offset) => {
                let tag = OFFSETS
                    .iter()
                    .find(|(o, _)| o == offset)
                    .map_or("", |(_, tag)| *tag);
                [kind.prefix(), tag, "=", value].concat()
            }
            Feature::Named(parts) => parts.concat(),
        }
    }
}

/// Features as CRFsuite attributes, one list per token (training).
#[derive(Default)]
struct Named(Vec<Vec<Attribute>>);

impl Named {
    fn push(&mut self, feature: Feature<'_>) {
        if let Some(item) = self.0.last_mut() {
            item.push(Attribute::new(feature.name(), 1.0));
        }
    }
}

impl Sink for Named {
    type Lexeme = Lexical;

    fn lexeme(&mut self, raw: &str) -> (Lexical, Facts) {
        let lexical = Lexical::of(raw);
        let facts = lexical.facts;
        (lexical, facts)
    }

    fn token(&mut self) {
        self.0.push(Vec::with_capacity(48));
    }

    fn fixed(&mut self, id: Fixed) {
        self.push(Feature::Fixed(id));
    }

    fn own(&mut self, lexical: &Lexical) {
        lexical.own(|f| self.push(f));
    }

    fn neighbour(&mut self, lexical: &Lexical, offset: isize) {
        lexical.seen_from(offset, |f| self.push(f));
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
    let lexemes: Vec<(S::Lexeme, Facts)> = tokens
        .iter()
        .map(|range| sink.lexeme(&text[range.clone()]))
        .collect();
    let n = lexemes.len();
    let mut state = Surroundings::default();
    for (i, (lexeme, facts)) in lexemes.iter().enumerate() {
        sink.token();
        sink.own(lexeme);
        state.next(
            &text[tokens[i].clone()],
            facts,
            i.checked_sub(1).map(|p| &lexemes[p].1),
            |id| sink.fixed(id),
        );
        if i == 0 {
            sink.fixed(Lit::First.into());
        }
        if i + 1 == n {
            sink.fixed(Lit::Last.into());
        }
        sink.fixed(Fixed::count(Count::Position, (i * 10) / n.max(1)));
        for (offset, edge) in [
            (-2isize, Lit::EdgeBefore2),
            (-1, Lit::EdgeBefore1),
            (1, Lit::EdgeAfter1),
            (2, Lit::EdgeAfter2),
        ] {
            match i.checked_add_signed(offset).filter(|&j| j < n) {
                Some(j) => sink.neighbour(&lexemes[j].0, offset),
                None => sink.fixed(edge.into()),
            }
        }
    }
}

/// What a token's surroundings need to know of its text.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    /// It holds an italic mark that opens or closes a span.
    opens_italic: bool,
    closes_italic: bool,
    /// Its first character (italic marks aside), and whether it has more
    /// than one byte.
    first: char,
    long: bool,
    /// It looks like an initial (one or two letters and a period).
    init: bool,
    /// Its last character, or `w` for a letter or digit.
    end: char,
    /// It ends a sentence: a period after something that is not an
    /// initial or a known abbreviation, a colon, GOST's `//`.
    breaks: bool,
    /// It ends with a comma.
    comma: bool,
}

/// The state of a note read token by token: italics, quotes, brackets,
/// sentence breaks and commas so far.
#[derive(Default)]
struct Surroundings {
    italic: bool,
    quote_depth: i32,
    paren: i32,
    bracket: i32,
    breaks: usize,
    commas: usize,
}

impl Surroundings {
    /// Gives the features of where the token `raw` stands to `out`, and
    /// moves past it. `prev`: the token before it.
    fn next(&mut self, raw: &str, facts: &Facts, prev: Option<&Facts>, mut out: impl FnMut(Fixed)) {
        if facts.opens_italic {
            self.italic = true;
            out(Lit::ItOpen.into());
            out(Lit::It.into());
        } else if self.italic {
            out(Lit::It.into());
        }
        if facts.closes_italic {
            self.italic = false;
            out(Lit::ItClose.into());
        }
        // Quotes and brackets: the state before this token, and its changes.
        let first = facts.first;
        let opens_quote = matches!(first, '“' | '«' | '„' | '《' | '「')
            || (first == '"' && self.quote_depth == 0)
            || (first == '\'' && facts.long);
        if self.quote_depth > 0 || opens_quote {
            out(Lit::Q.into());
        }
        if opens_quote {
            out(Lit::QOpen.into());
        }
        // The italic marks are none of these characters: the raw text
        // counts as the clean one.
        for c in raw.chars() {
            match c {
                '“' | '«' | '„' | '《' | '「' => self.quote_depth += 1,
                '”' | '»' | '》' | '」' => self.quote_depth = (self.quote_depth - 1).max(0),
                '"' => {
                    if self.quote_depth > 0 {
                        self.quote_depth -= 1;
                    } else {
                        self.quote_depth += 1;
                    }
                }
                '(' | '（' => self.paren += 1,
                ')' | '）' => self.paren = (self.paren - 1).max(0),
                '[' | '【' => self.bracket += 1,
                ']' | '】' => self.bracket = (self.bracket - 1).max(0),
                _ => {}
            }
        }
        if self.paren > 0 || first == '(' {
            out(Lit::Par.into());
        }
        if self.bracket > 0 || first == '[' {
            out(Lit::Brk.into());
        }
        out(Fixed::count(Count::Breaks, self.breaks));
        out(Fixed::count(Count::Commas, self.commas));
        if let Some(prev) = prev
            && prev.end == '.'
            && !prev.init
        {
            out(Lit::AfterStop.into());
        }
        self.breaks += usize::from(facts.breaks);
        self.commas += usize::from(facts.comma);
    }
}

/// One of a token's own features of its text.
enum Attr {
    Fixed(Fixed),
    /// `p3=` and the word's first three characters: `word[..end]`.
    Prefix(usize),
    /// `s3=` and its last three: `word[start..]`.
    Suffix(usize),
}

/// What one token's text looks like, wherever it stands.
pub struct Lexical {
    /// The word, lowercased; its feature is `word[..cut]` (at most 24
    /// characters).
    word: String,
    cut: usize,
    shape: String,
    /// Its features besides the word, the shape and the word lists.
    attrs: Vec<Attr>,
    /// The word lists it is in (`month` first, then as [`LISTS`] orders
    /// them): features of the token and of its neighbours.
    lists: Vec<u8>,
    facts: Facts,
}

impl Lexical {
    pub fn of(raw: &str) -> Lexical {
        let mut attrs: Vec<Attr> = Vec::with_capacity(16);
        let opens_italic = raw.contains(ITALIC_OPEN);
        let closes_italic = raw.contains(ITALIC_CLOSE);
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
        if clean.contains(['”', '»', '》', '」'])
            || (clean.ends_with(['"', '\'']) && clean.len() > 1)
        {
            attrs.push(Attr::Fixed(Lit::QClose.into()));
        }

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
        let mut lists = Vec::new();
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
        let facts = Facts {
            opens_italic,
            closes_italic,
            first,
            long: clean.len() > 1,
            init,
            end,
            breaks: last == '.' && !(letters <= 2 && digits == 0) || last == ':' || gost_sep,
            comma: last == ',' || last == '，',
        };
        let word = if word.is_empty() {
            format!("<{}>", clean.chars().take(3).collect::<String>())
        } else {
            word
        };
        let cut = word
            .char_indices()
            .nth(24)
            .map_or(word.len(), |(cut, _)| cut);
        Lexical {
            word,
            cut,
            shape: shape(clean),
            attrs,
            lists,
            facts,
        }
    }

    /// What the token's surroundings need to know of it.
    pub fn facts(&self) -> Facts {
        self.facts
    }

    /// The token's own features of its text, the bias among them.
    pub fn own(&self, mut out: impl FnMut(Feature<'_>)) {
        out(Feature::Fixed(Lit::Bias.into()));
        out(Feature::Value(Kind::Word, &self.word[..self.cut], 0));
        out(Feature::Value(Kind::Shape, &self.shape, 0));
        for a in &self.attrs {
            out(match a {
                Attr::Fixed(id) => Feature::Fixed(*id),
                Attr::Prefix(end) => Feature::Named(["p3=", &self.word[..*end]]),
                Attr::Suffix(start) => Feature::Named(["s3=", &self.word[*start..]]),
            });
        }
        for &list in &self.lists {
            out(Feature::Fixed(Fixed::list(usize::from(list), 0)));
        }
    }

    /// The features of this token's text that its neighbour `offset`
    /// tokens away sees (the word from two away; the word, shape, end and
    /// word lists from next door).
    pub fn seen_from(&self, offset: isize, mut out: impl FnMut(Feature<'_>)) {
        out(Feature::Value(Kind::Word, &self.word[..self.cut], offset));
        if offset.abs() == 1 {
            let mut end = [0u8; 4];
            out(Feature::Value(Kind::Shape, &self.shape, offset));
            out(Feature::Value(
                Kind::End,
                self.facts.end.encode_utf8(&mut end),
                offset,
            ));
            let side = if offset < 0 { 1 } else { 2 };
            for &list in &self.lists {
                out(Feature::Fixed(Fixed::list(usize::from(list), side)));
            }
        }
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
