//! The feature names that are fixed for the program's life, numbered, so
//! that a tagger finds a feature's weights by its number instead of
//! hashing its name: the token's states and classes ("it", "caps",
//! "sc=cyr"), small counts ("brk_n=2", "pos=7"), the first character
//! ("beg=("), the word lists seen from the token and its neighbours
//! ("l:vol", "l:vol-1", "l:vol+1") and the note's edges ("w-1=<edge>").
//! Training sees the same names, written out.

use std::sync::LazyLock;

/// A fixed feature: its number in [`names`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fixed(pub(crate) u16);

/// The fixed features with a name of their own, in the order of [`LITERALS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lit {
    Bias,
    ItOpen,
    It,
    ItClose,
    Q,
    QOpen,
    QClose,
    Par,
    Brk,
    Caps,
    Cap1,
    Upper,
    Init,
    Year,
    Range,
    Num,
    Alnum,
    Roman,
    ScCjk,
    ScCyr,
    ScLat,
    GbType,
    GostSep,
    First,
    Last,
    AfterStop,
    EdgeBefore2,
    EdgeBefore1,
    EdgeAfter1,
    EdgeAfter2,
}

const LITERALS: [&str; 30] = [
    "bias",
    "it_open",
    "it",
    "it_close",
    "q",
    "q_open",
    "q_close",
    "par",
    "brk",
    "caps",
    "cap1",
    "upper",
    "init",
    "year",
    "range",
    "num",
    "alnum",
    "roman",
    "sc=cjk",
    "sc=cyr",
    "sc=lat",
    "gbtype",
    "gost_sep",
    "first",
    "last",
    "after_stop",
    "w-2=<edge>",
    "w-1=<edge>",
    "w+1=<edge>",
    "w+2=<edge>",
];

/// Counted features: the name's prefix and the largest count.
const COUNTS: [(&str, usize); 5] = [
    ("brk_n=", 4),
    ("com_n=", 5),
    ("nd=", 5),
    ("cjklen=", 8),
    ("pos=", 9),
];

/// A count's feature family, in the order of [`COUNTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Breaks,
    Commas,
    Digits,
    CjkLength,
    Position,
}

/// The first characters with a `beg=` feature besides ASCII punctuation.
const OPENERS: [char; 4] = ['“', '«', '„', '《'];

const fn count_base(family: usize) -> usize {
    let mut base = LITERALS.len();
    let mut k = 0;
    while k < family {
        base += COUNTS[k].1 + 1;
        k += 1;
    }
    base
}

const BEG_BASE: usize = count_base(COUNTS.len());
/// ASCII punctuation is 32 characters.
const LIST_BASE: usize = BEG_BASE + 32 + OPENERS.len();

impl From<Lit> for Fixed {
    fn from(lit: Lit) -> Fixed {
        Fixed(lit as u16)
    }
}

impl Fixed {
    /// `brk_n=2`, `pos=7`…: counts past the family's largest are its
    /// largest.
    pub fn count(family: Count, n: usize) -> Fixed {
        let (_, max) = COUNTS[family as usize];
        Fixed((count_base(family as usize) + n.min(max)) as u16)
    }

    /// `beg=` and the token's first character, for ASCII punctuation and
    /// the opening quotes that have the feature.
    pub fn beginning(c: char) -> Option<Fixed> {
        let k = if c.is_ascii_punctuation() {
            // ASCII punctuation is four runs: ! to /, : to @, [ to `, { to ~.
            let b = c as usize;
            match b {
                0x21..=0x2F => b - 0x21,
                0x3A..=0x40 => b - 0x3A + 15,
                0x5B..=0x60 => b - 0x5B + 22,
                _ => b - 0x7B + 28,
            }
        } else {
            32 + OPENERS.iter().position(|&o| o == c)?
        };
        Some(Fixed((BEG_BASE + k) as u16))
    }

    /// List `list` seen from the token (side 0), the token after (1: the
    /// name ends `-1`) or the token before (2: `+1`).
    pub fn list(list: usize, side: usize) -> Fixed {
        Fixed((LIST_BASE + list * 3 + side) as u16)
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

fn ascii_punctuation() -> impl Iterator<Item = char> {
    (0u8..128)
        .map(char::from)
        .filter(char::is_ascii_punctuation)
}

/// Every fixed feature's name, by number. `list_names` are the word lists'
/// names in list order.
pub fn names(list_names: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = LITERALS.iter().map(|s| s.to_string()).collect();
    for (prefix, max) in COUNTS {
        out.extend((0..=max).map(|n| format!("{prefix}{n}")));
    }
    out.extend(
        ascii_punctuation()
            .chain(OPENERS)
            .map(|c| format!("beg={c}")),
    );
    for name in list_names {
        out.extend([
            format!("l:{name}"),
            format!("l:{name}-1"),
            format!("l:{name}+1"),
        ]);
    }
    out
}

/// The names of [`names`], made once with the labeller's word lists.
pub static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| names(&super::features::list_names()));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_name_the_features_they_stand_for() {
        let names = &*NAMES;
        let lists = super::super::features::list_names().len();
        assert_eq!(names.len(), LIST_BASE + 3 * lists);
        assert_eq!(names[Fixed::from(Lit::Bias).index()], "bias");
        assert_eq!(names[Fixed::from(Lit::EdgeAfter2).index()], "w+2=<edge>");
        assert_eq!(names[Fixed::count(Count::Breaks, 9).index()], "brk_n=4");
        assert_eq!(names[Fixed::count(Count::Position, 7).index()], "pos=7");
        assert_eq!(names[Fixed::count(Count::CjkLength, 0).index()], "cjklen=0");
        let beg = |c| Fixed::beginning(c).map(|f| names[f.index()].clone());
        assert_eq!(beg('(').as_deref(), Some("beg=("));
        assert_eq!(beg('«').as_deref(), Some("beg=«"));
        assert_eq!(beg('A'), None);
        for c in ascii_punctuation() {
            assert_eq!(beg(c), Some(format!("beg={c}")), "{c}");
        }
        assert_eq!(names[Fixed::list(0, 0).index()], "l:month");
        assert_eq!(names[Fixed::list(1, 2).index()], "l:in+1");
    }
}
