//! Month names in the languages of the notes, and their numbers.

use std::sync::LazyLock;

/// Month names and abbreviations in English, Russian, Belarusian and
/// Ukrainian (nominative and genitive), with their numbers.
pub(super) const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("января", 1),
    ("январь", 1),
    ("янв", 1),
    ("февраля", 2),
    ("февраль", 2),
    ("февр", 2),
    ("марта", 3),
    ("март", 3),
    ("апреля", 4),
    ("апрель", 4),
    ("апр", 4),
    ("мая", 5),
    ("май", 5),
    ("июня", 6),
    ("июнь", 6),
    ("июля", 7),
    ("июль", 7),
    ("августа", 8),
    ("август", 8),
    ("авг", 8),
    ("сентября", 9),
    ("сентябрь", 9),
    ("сент", 9),
    ("октября", 10),
    ("октябрь", 10),
    ("окт", 10),
    ("ноября", 11),
    ("ноябрь", 11),
    ("нояб", 11),
    ("декабря", 12),
    ("декабрь", 12),
    ("дек", 12),
    ("студзеня", 1),
    ("студзень", 1),
    ("лютага", 2),
    ("люты", 2),
    ("сакавіка", 3),
    ("сакавік", 3),
    ("красавіка", 4),
    ("красавік", 4),
    ("траўня", 5),
    ("травень", 5),
    ("чэрвеня", 6),
    ("чэрвень", 6),
    ("ліпеня", 7),
    ("ліпень", 7),
    ("жніўня", 8),
    ("жнівень", 8),
    ("верасня", 9),
    ("верасень", 9),
    ("кастрычніка", 10),
    ("кастрычнік", 10),
    ("лістапада", 11),
    ("лістапад", 11),
    ("снежня", 12),
    ("снежань", 12),
    ("січня", 1),
    ("січень", 1),
    ("лютого", 2),
    ("лютий", 2),
    ("березня", 3),
    ("березень", 3),
    ("квітня", 4),
    ("квітень", 4),
    ("травня", 5),
    ("червня", 6),
    ("червень", 6),
    ("липня", 7),
    ("липень", 7),
    ("серпня", 8),
    ("серпень", 8),
    ("вересня", 9),
    ("вересень", 9),
    ("жовтня", 10),
    ("жовтень", 10),
    ("листопада", 11),
    ("листопад", 11),
    ("грудня", 12),
    ("грудень", 12),
];

/// Months in German, French, Italian, Spanish and Portuguese (and
/// Lithuanian and Czech; Belarusian and Ukrainian abbreviations), for
/// dates in humanities notes, ABNT references, GOST and DSTU newspapers
/// and news pages of those languages. The labeller's month feature does
/// not know them: its model was trained without them, and a model
/// retrained with them read more of the project's own note sets worse
/// than it read French dates better (the dates themselves are read here,
/// from the spans, either way).
pub(super) const MORE_MONTHS: &[(&str, u8)] = &[
    // Belarusian and Ukrainian abbreviations, as GOST and DSTU date a
    // newspaper's issue ("2019. 3 ліп.", "Мінск, 23–24 крас. 2015 г.").
    // Not "ліст."/"лист." (a letter; DSTU writes "листоп.") nor "груд."
    // (a word too): those stay unread.
    ("студз", 1),
    ("сак", 3),
    ("крас", 4),
    ("трав", 5),
    ("чэрв", 6),
    ("ліп", 7),
    ("жн", 8),
    ("вер", 9),
    ("кастр", 10),
    ("снеж", 12),
    // Belarusian in its classical orthography (Taraškievica), as the
    // independent press writes it: only September and December differ.
    ("верасьня", 9),
    ("сьнежня", 12),
    ("сьнежань", 12),
    ("сьнеж", 12),
    ("січ", 1),
    ("лют", 2),
    ("бер", 3),
    ("берез", 3),
    ("квіт", 4),
    ("черв", 6),
    ("лип", 7),
    ("серп", 8),
    ("жовт", 10),
    ("листоп", 11),
    // Lithuanian, as dates write them ("2023 m. rugpjūčio 4 d.").
    ("sausio", 1),
    ("vasario", 2),
    ("kovo", 3),
    ("balandžio", 4),
    ("gegužės", 5),
    ("birželio", 6),
    ("liepos", 7),
    ("rugpjūčio", 8),
    ("rugsėjo", 9),
    ("spalio", 10),
    ("lapkričio", 11),
    ("gruodžio", 12),
    // Czech, in the genitive dates write ("12. března 2019").
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Hungarian, year first ("2010. március 5."); "november" and
    // "december" are the English words.
    ("január", 1),
    ("február", 2),
    ("március", 3),
    ("márc", 3),
    ("április", 4),
    ("ápr", 4),
    ("május", 5),
    ("máj", 5),
    ("június", 6),
    ("jún", 6),
    ("július", 7),
    ("júl", 7),
    ("augusztus", 8),
    ("szeptember", 9),
    ("szept", 9),
    ("október", 10),
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("febr", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("okt", 10),
    ("dezember", 12),
    ("dez", 12),
    ("janvier", 1),
    ("janv", 1),
    ("février", 2),
    ("févr", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("déc", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("marzo", 3),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("agosto", 8),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    // Portuguese, with ABNT's abbreviations ("set./dez. 2019"; "set",
    // "out" and "ago" are English words: see [`PERIOD_MONTHS`]), and
    // Spanish abbreviations.
    ("janeiro", 1),
    ("fevereiro", 2),
    ("fev", 2),
    ("março", 3),
    ("abr", 4),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("ene", 1),
    ("dic", 12),
    ("enero", 1),
    ("febrero", 2),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("septiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
];

/// Months in Romanian, as Moldovan and Romanian dates write them ("27
/// octombrie 2024"), read only in a whole date by a pattern of their own
/// ([`super::find_dates`]): in the names every date pattern shares, they
/// made each of those patterns slower to build for dates few notes have.
pub(super) const ROMANIAN_MONTHS: &[(&str, u8)] = &[
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("mai", 5),
    ("iunie", 6),
    ("iulie", 7),
    ("august", 8),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
];

/// Months in Polish, as dates write them (genitive: "12 października 1956
/// r.") and as they stand alone. Apart from [`MORE_MONTHS`] because their
/// first three letters are in too many English words ("lut" in
/// "revolution", "lis" in "publishing") to serve the quick test.
pub(super) const POLISH_MONTHS: &[(&str, u8)] = &[
    ("stycznia", 1),
    ("styczeń", 1),
    ("lutego", 2),
    ("luty", 2),
    ("marca", 3),
    ("marzec", 3),
    ("kwietnia", 4),
    ("kwiecień", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("czerwiec", 6),
    ("lipca", 7),
    ("lipiec", 7),
    ("sierpnia", 8),
    ("sierpień", 8),
    ("września", 9),
    ("wrzesień", 9),
    ("października", 10),
    ("październik", 10),
    ("listopada", 11),
    ("listopad", 11),
    ("grudnia", 12),
    ("grudzień", 12),
];

/// Months in Belarusian Łacinka, as romanized notes date the independent
/// press ("12 śniežnia 2021"), genitive and nominative. Apart from
/// [`MORE_MONTHS`] for the same reason as [`POLISH_MONTHS`]: their first
/// letters ("tra", "vie", "lis") are in many English words, so the quick
/// test holds five of them.
pub(super) const LACINKA_MONTHS: &[(&str, u8)] = &[
    ("studzienia", 1),
    ("studzień", 1),
    ("lutaha", 2),
    ("sakavika", 3),
    ("sakavik", 3),
    ("krasavika", 4),
    ("krasavik", 4),
    ("traŭnia", 5),
    ("travień", 5),
    ("červienia", 6),
    ("červień", 6),
    ("lipienia", 7),
    ("lipień", 7),
    ("žniŭnia", 8),
    ("žnivień", 8),
    ("vieraśnia", 9),
    ("vierasnia", 9),
    ("vierasień", 9),
    ("kastryčnika", 10),
    ("kastryčnik", 10),
    ("listapada", 11),
    ("listapad", 11),
    ("śniežnia", 12),
    ("sniežnia", 12),
    ("śniežań", 12),
];

/// Every month name the date patterns read: [`MONTHS`], [`MORE_MONTHS`],
/// [`POLISH_MONTHS`] and [`LACINKA_MONTHS`], in that order.
pub(super) fn all_months() -> impl Iterator<Item = &'static (&'static str, u8)> {
    MONTHS
        .iter()
        .chain(MORE_MONTHS)
        .chain(POLISH_MONTHS)
        .chain(LACINKA_MONTHS)
}

/// Abbreviations of months that are also English words ("set", "out",
/// "ago"): a month only with the period ABNT writes after them ("set.
/// 2019", "12 out. 2021"), so they are read by a pattern of their own.
pub(super) const PERIOD_MONTHS: &[(&str, u8)] = &[("set", 9), ("out", 10), ("ago", 8)];

/// Whether a word names a month (any language, any case, abbreviated).
pub fn is_month(word: &str) -> bool {
    month_number(word).is_some()
}

/// Whether a word already lowercased, without a trailing period, is one of
/// [`MONTHS`] (the labeller's feature; not [`MORE_MONTHS`]).
pub fn is_month_lowercase(word: &str) -> bool {
    static NAMES: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| MONTHS.iter().map(|(name, _)| *name).collect());
    NAMES.contains(word)
}

/// The number of a month's name or abbreviation, in any language and case.
pub fn month_number(name: &str) -> Option<u8> {
    // Every token of every note is asked (the labeller's features).
    crate::letters::with_lowercase(name.trim_end_matches('.'), |lower| {
        MONTH_NUMBERS.get(lower).copied()
    })
}

/// [`MONTHS`] by name (the first number of a name listed twice).
static MONTH_NUMBERS: LazyLock<rustc_hash::FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut map = rustc_hash::FxHashMap::default();
    for (name, number) in all_months() {
        map.entry(*name).or_insert(*number);
    }
    map
});
