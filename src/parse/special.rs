//! Kinds of sources that their notes name by exact patterns rather than by
//! layout: legislation (`Regulation (EU) 2016/679`, `Федеральный закон от
//! 14.07.2022 № 266-ФЗ`), court decisions (`Case C-131/12`, `ECLI:…`,
//! `[2014] UKSC 12`), standards (`ISO 8601-1:2019`, `ГОСТ Р 7.0.5–2008`,
//! `IEEE 802.11-2020`), datasets, software repositories, posts on social
//! media and video sites (Telegram, X, YouTube: common sources here),
//! podcasts' episodes and patents (`U.S. Patent 3 624 125`, `Патент РФ №`).

use std::sync::LazyLock;

use regex::RegexSet;

use super::designations::{central, french, national_acts};

/// An entry type (and BibLaTeX `entrysubtype`) named by the note itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Special {
    pub entry_type: &'static str,
    pub subtype: Option<&'static str>,
}

const LEGISLATION: &str = concat!(
    r"(?i)(?:(?-u:\b)(?:regulation|directive|decision)\s*\((?:eu|ec|eec|euratom|cfsp)\)\s*(?:no\s*)?\d+/\d+",
    r"|(?-u:\b)directive\s+\d+/\d+/(?:ec|eec|eu)(?-u:\b)",
    r"|(?-u:\b)OJ\s+[LC]\s*\d+|(?-u:\b)\d+\s+U\.?S\.?C\.?\s+§?\s*\d+|(?-u:\b)Pub\.\s*L\.\s*(?:No\.\s*)?\d+",
    // American bills, executive orders and regulations: "H.R. 8152, 117th
    // Cong.", "Exec. Order No. 14,110", "88 Fed. Reg. 75,191", "16 C.F.R. §".
    r"|(?-u:\b)(?:H\.R\.|S\.)\s\d+,\s\d+(?:st|nd|rd|th)\sCong\.|(?-u:\b)Exec\.\sOrder\sNo\.|(?-u:\b)\d+\sFed\.\sReg\.\s\d|(?-u:\b)\d+\sC\.F\.R\.\s",
    // The Bluebook's Official Journal: "2022 O.J. (L 277) 1".
    r"|(?-u:\b)\d{4}\sO\.J\.\s\([LC]\s\d+\)",
    r"|(?:^|[^\p{L}])(?:федеральный|федеральны|федер\.|конституционный)\s+закон|(?:^|[^\p{L}])закон\s+(?:республики|рэспублікі|респ\.|рэсп\.|российской|україни|кыргызской|республики\s+казахстан)",
    r"|(?:^|[^\p{L}])указ\s+президента|№\s*\d+-ФЗ|(?:^|[^\p{L}])постановление\s+(?:правительства|совета\s+министров)",
    r"|(?:^|[^\p{L}])пастанова\s+савета\s+міністраў|(?:^|[^\p{L}])закон\s+україни",
    // Unbounded rather than `{2,60}`: a bounded run multiplies the
    // states of the lazy DFA and made this the slowest test of a note.
    r"|(?-u:\b)[A-Z][A-Za-z ]{2,}\s+Act\s+(?:of\s+)?\d{4}(?-u:\b))",
);

const JURISDICTION: &str = concat!(
    r"(?:(?-u:\b)ECLI:[A-Z]{2}:|(?-u:\b)Case\s+[CT]-\d+/\d+|(?-u:\b)Joined\s+Cases\s+[CT]-\d+",
    r"|\[\d{4}\]\s+(?:UKSC|UKHL|UKPC|EWCA|EWHC|ECR|ECHR|AC|QB|WLR|All\s?ER|HCA|FCAFC|NZSC|NZCA|IESC)(?-u:\b)",
    r"|(?-u:\b)\d+\s+U\.S\.\s+\d+(?-u:\b)|(?-u:\b)\d+\s+F\.\s?(?:2d|3d|4th)\s+\d+",
    // American reporters ("881 N.W.2d 749", "512 F. Supp. 3d 1", "140 S.
    // Ct. 1731"), Canada's neutral citations ("2014 SCC 43"), the ICJ's
    // reports ("1996 I.C.J. 226") and German courts' decisions
    // ("BVerfG, Urteil vom 15.12.1983").
    r"|(?-u:\b)\d+\s+(?:N\.[EW]\.|S\.[EW]\.|So\.|A\.|P\.)\s?(?:2d|3d)\s+\d+|(?-u:\b)\d+\s+(?:N\.[EW]\.|S\.[EW]\.|So\.)\s+\d+",
    r"|(?-u:\b)\d+\s+F\.\s?Supp\.\s?(?:2d\s|3d\s)?\s*\d+|(?-u:\b)\d+\s+S\.\s?Ct\.\s+\d+",
    r"|(?-u:\b)(?:19|20)\d\d\s+(?:SCC|ONCA|BCCA|ABCA|QCCA|FCA|NSCA|ONSC|BCSC)\s+\d+|(?-u:\b)\d{4}\s+I\.C\.J\.\s+\d+",
    r"|(?-u:\b)(?:BVerfG|BGH|BVerwG|BAG|BSG|BFH),\s+(?:Urt(?:eil|\.)|Beschl(?:uss|\.))\s+v(?:om|\.)\s+\d",
    r"|(?-u:\b)App(?:lication)?s?\.?\s+nos?\.?\s*\d+/\d+|(?-u:\b)EU:C:\d{4}:\d+",
    // The Strasbourg court's own form: "Alpha v. Russia, no. 12345/09".
    // "… v. the United Kingdom, no. 6538/74".
    r"|\sv\.?\s+(?:the\s+)?[A-Z][^,]+,\s+nos?\.\s*\d+/\d\d(?-u:\b)",
    r"|\(\d{4}\)\s+\d+\s+EHRR\s+\d+|^Case\s+of\s+[^,]+\sv\.\s",
    r"|^(?:Judgment|Order)\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4},",
    r"|(?:Conseil\s+d['’ʼ]État|Conseil\s+constitutionnel|Cour\s+de\s+cassation),\s+\d",
    // "Constitutional Court of Ukraine, Decision No. 13-r/2020 of …".
    r"|(?:Constitutional|Supreme|Administrative)\s+Court\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s+(?:Decision|Judgment|Judgement|Ruling)\s+(?:No\.|of\s+\d)",
    r"|(?i:(?:^|[^\p{L}])(?:решение|постановление|определение|рішення|ухвала|постанова|рашэнне|пастанова)\s+(?:конституционного|верховного|конституційного|верховного|канстытуцыйнага|вярхоўнага)\s+суд))",
);

/// "Кодекс … от 13.01.2011 № 243-З", "Декрет Президента … от …",
/// "Постанова Кабінету Міністрів України від …", a ministry's order
/// ("Приказ Минобрнауки России от 19.09.2022 № 898"), "Закон Беларускай ССР,
/// 26 студз. 1990 г., № 3094-XI": an act by its date and
/// number, whatever it is called. Tried apart from [`KINDS`], and only on
/// notes with a "№": it would slow the set for every note.
static ACT_BY_DATE_AND_NUMBER: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?:^|[^\p{L}])(?:кодекс|кодэкс|декрет|постанова|пастанова|постановление|указ|закон|приказ|наказ|загад|распоряжение|розпорядження|распараджэнне)[^«“\x22№]*?(?:\s(?:от|ад|від)\s+|(?:Беларусь|ССР|України|Украины|Федерации|РФ),\s)(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s\p{L}+\.?\s\d{4})\s*(?:г\.|р\.)?,?\s*№",
    )
    .expect("act by date and number pattern")
});

/// The national acts of [`LEGISLATION`] romanized: "Federal’nyi zakon ot
/// 14.07.2022 No. 255-FZ", "Zakon Ukrainy …", "Ukaz Prezidenta …". Tried
/// apart, on notes with one of its words: in the set of kinds it made every
/// note slower.
static ROMANIZED_ACT: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?-u:\b)(?:[Ff]ederal['’ʹ]?nyi\s+zakon|No\.\s*\d+-FZ(?-u:\b)|[Zz]akon\s+(?:[Rr]espubliki|[Uu]krainy|[Uu]kraïny)|[Uu]kaz\s+[Pp]rezidenta)",
    )
    .expect("romanized act pattern")
});

/// A Spanish or Portuguese act by its kind, number and date: "Ley 1448 de
/// 2011", "Lei nº 13.709, de 14 de agosto de 2018", "Real Decreto
/// 463/2020, de 14 de marzo", "Decreto-Lei n.º 10/2015". Tried apart, as
/// [`ROMANIZED_ACT`] is.
pub(crate) static IBERO_ACT: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(concat!(
        r"(?:^|[\s.])(?P<title>(?:Ley(?:\s+Orgánica)?|Lei(?:\s+Complementar)?|(?:Real\s+)?Decreto(?:-[Ll]ei|\s+Supremo|\s+Legislativo)?|Medida\s+Provisória)",
        r"\s+(?:n\.?\s?[º°o]\.?\s*|N[º°]\.?\s*)?(?P<number>\d[\d./-]*\d|\d)",
        r",?\s+de\s+(?P<date>\d{1,2}\s+de\s+\p{L}+(?:\s+de\s+\d{4})?|\d{4}))",
    ))
    .expect("Spanish and Portuguese act pattern")
});

/// Whether a note has a word [`IBERO_ACT`] needs (one pass).
pub(crate) fn may_be_ibero_act(text: &str) -> bool {
    static WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(["Ley ", "Lei ", "Decreto", "Medida Provisória"])
            .expect("Spanish and Portuguese act words")
    });
    WORDS.is_match(text)
}

/// Whether a note has a word [`ROMANIZED_ACT`] needs (one pass).
fn may_be_romanized_act(text: &str) -> bool {
    static WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(["akon ", "-FZ", "kaz Prez", "kaz prez"])
            .expect("romanized act words")
    });
    WORDS.is_match(text)
}

/// A treaty: "(adopted 17 July 1998, …)", "(opened for signature 10
/// December 1982)", "2187 UNTS 3", the Bluebook's "E.T.S. No. 185" and
/// "1155 U.N.T.S. 331".
const TREATY: &str = r"\((?:adopted|opened\s+for\s+signature|signed|done\s+at\s+[^,]+,)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|(?-u:\b)\d+\s+UNTS\s+\d+|(?-u:\b)(?:\d+\s)?(?:C\.E\.T\.S\.|E\.T\.S\.|U\.N\.T\.S\.|T\.I\.A\.S\.|U\.S\.T\.)\s(?:No\.\s)?\d+";

/// A standard's designation: its body ("ISO/IEC", "ГОСТ Р", "СТБ ISO",
/// "BS EN ISO"), number and year.
pub(super) const STANDARD_DESIGNATION: &str = concat!(
    r"(?:(?:ISO(?:/IEC)?|IEC|EN|DIN|IEEE(?:\s+Std)?|ANSI|BS|ГОСТ(?:\s+Р)?|СТБ|ДСТУ|GB/T|GB)(?:\s+(?:EN|ISO(?:/IEC)?))*\s+\d[\d.]*(?:[-–—:.]\d+)*(?:[-–—:]\d{4})?",
    // "IEC 62304:2006+AMD1:2015": an amended edition.
    r"(?:\+(?:AMD|Amd|A|COR|Cor)\d+(?::\d{4})?)*",
    // "ASTM D638-14", "ASTM E2500-13".
    r"|ASTM\s+[A-G]\d{1,4}(?:/[A-G]\d{1,4}M?)?(?:[-–]\d{2}(?:[a-z]|e\d)?)?)",
);

/// A press release: "press release IP/24/926", "[Press release]", "news
/// release".
const PRESS_RELEASE: &str =
    r"(?i)(?:^|[\s,(\[])(?:press|news)\s+release(?:[\s,.\]]|$)|(?:^|[^\p{L}])пресс-релиз";

/// A press release's name in the languages [`foreign_press_release`]
/// reads, in small letters.
pub(super) const FOREIGN_RELEASE_WORDS: [&str; 6] = [
    "communiqué de presse",
    "comunicato stampa",
    "pressemitteilung",
    "komunikat prasowy",
    "прес-реліз",
    "прэс-рэліз",
];

/// Whether `text` opens with `word` (in small letters) in any letter case,
/// as a whole word; compared character by character, with no copy.
fn opens_with_word(text: &str, word: &str) -> bool {
    let mut chars = text.chars();
    word.chars().all(|w| {
        chars
            .next()
            .is_some_and(|c| c.to_lowercase().eq(std::iter::once(w)))
    }) && chars.next().is_none_or(|c| !c.is_alphanumeric())
}

/// A press release named in French, Italian, German, Polish, Ukrainian or
/// Belarusian, as the part of a note that says what the work is (after a
/// comma), not as words of a title or a sentence. Asked apart from
/// [`KINDS`] (the set's automaton grows slower with it), by what follows
/// each comma of the note.
pub fn foreign_press_release(text: &str) -> Option<Special> {
    let bytes = text.as_bytes();
    let named = memchr::memchr_iter(b',', bytes).any(|at| {
        let after = text[at + 1..].trim_start();
        // Every word opens with a letter whose small form is one of these.
        let first = after.chars().next().map(|c| c.to_lowercase().next());
        if !matches!(first, Some(Some('c' | 'p' | 'k' | 'п'))) {
            return false;
        }
        FOREIGN_RELEASE_WORDS
            .iter()
            .any(|w| opens_with_word(after, w))
    });
    named.then_some(Special {
        entry_type: KIND_NAMES[PRESS_RELEASE_KIND].0,
        subtype: KIND_NAMES[PRESS_RELEASE_KIND].1,
    })
}

/// A paper given at a conference, as APA describes it: "[Paper
/// presentation]", "[Conference session]", "[Poster session]".
const CONFERENCE: &str = r"(?i)\[(?:paper|poster)\s+(?:presentation|session)\]|\[conference\s+(?:session|presentation|paper)\]|\((?:paper|poster)\s+presented\s+at\s";

/// A dataset by its own word, its host, or a statistical office's table
/// code in brackets ("(migr_asyappctzm)", Eurostat's, whose DOIs start
/// with 10.2908).
const DATASET: &str = r"(?i)[\[(](?:data\s?set|database|набор данных|датасет)[\])]|(?-i:\((?:[a-z]{2,}_){1,3}[a-z0-9]{2,}\))|10\.2908/|zenodo\.org/record|10\.5281/zenodo|figshare\.com|dataverse|kaggle\.com/datasets|data\.europa\.eu|data\.worldbank\.org|(?-u:\b)(?:dataset|data\s+set)(?-u:\b)[^\x22”.]*?(?-u:\b)(?:version|v)\s?\d";

const SOFTWARE: &str = r"(?i)\[(?:computer\s+)?software\]|\[(?:mobile\s+)?app\]|(?-u:\b)play\.google\.com/store/apps/|(?-u:\b)apps\.apple\.com/|(?-u:\b)github\.com/[^/\s]+/[^/\s]+|(?-u:\b)gitlab\.com/[^/\s]+/[^/\s]+|(?-u:\b)crates\.io/crates/|(?-u:\b)pypi\.org/project/";

const POST: &str = r"(?i)(?://|(?-u:\b))(?:t\.me/|telegram\.me/|x\.com/[^/\s]+/status|twitter\.com/[^/\s]+/status|facebook\.com/[^/\s]+/posts|vk\.com/wall|instagram\.com/p/)|\[(?:telegram|tweet|post)\]|telegram[- ]channel|телеграм[- ]?канал";

/// "In Moscow's Shadows (podcast), episode 112": an episode of a podcast.
const PODCAST: &str = r"(?i)\(podcast\)|(?-u:\b)podcast,?\s+(?:episode|ep\.)\s*\d|\(подкаст\)";

const VIDEO: &str = r"(?i)(?://|(?-u:\b))(?:www\.)?(?:youtube\.com/(?:watch|shorts|live)|youtu\.be/|vimeo\.com/\d|rutube\.ru/video)|\[video\]";

/// A patent by its number: "U.S. Patent 3 624 125", "US Patent No.
/// 7,654,321", "European Patent EP 1 234 567", "Патент РФ № 2345678".
pub(super) const PATENT: &str = concat!(
    r"(?-u:\b)(?:U\.\s?S\.\s?|US\s|European\s|EP\s|WO\s|UK\s|German\s|Japanese\s|Chinese\s|Canadian\s)?[Pp]atent\s+(?:[Nn]o\.?\s*)?(?P<number>(?:[A-Z]{2}\s?)?\d[\d ,.]{3,}\d(?:\s[ABCU][1-9](?-u:\b))?)",
    r"|(?i:патент\s+(?:РФ\s+|России\s+|RU\s+|на\s+изобретение\s+)?№\s*(?P<ru>\d[\d ]{3,}\d(?:\s[A-ZА-Я][1-9](?-u:\b))?))",
    // "Пат. 2712345 Российская Федерация", "WO 2021/123456 A1", "CN112345678A[P]".
    r"|(?:^|\s)Пат\.\s*(?:№\s*)?(?P<short>\d{5,}(?:\s[A-ZА-Я][1-9](?-u:\b))?)",
    r"|(?-u:\b)(?P<code>WO\s?\d{4}/\d{5,6}(?:\s?A[1-9])?|CN\s?\d{9}(?:\.\d)?\s?[ABUY][1-9]?)(?:\[P\]|[.,;\s]|$)",
);

/// "Judgment of the Supreme Court of the Republic of Belarus of 6 September
/// 2021 in the case of …": a court's decision by its day. Tried apart, on
/// notes that open with its word: in the set it slowed every note.
/// "Вирок Шевченківського районного суду … від 12.04.2023 у справі №
/// 761/1234/23", "Приговор … по делу № …": a court's decision in a
/// numbered case. Tried apart from [`KINDS`], where its long span would
/// cost every note; only a note with `№` is asked.
fn is_decision_in_numbered_case(text: &str) -> bool {
    static DECISION: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?:^|[^\p{L}])(?:вирок|приговор|прысуд|рішення|решение|ухвала|постанова|постановление|определение)\s[^;№]*(?:у\s+справі|по\s+делу|в\s+деле|па\s+справе)\s+№")
            .expect("decision in a numbered case pattern")
    });
    text.contains('№') && DECISION.is_match(text)
}

fn is_judgment_of_court(text: &str) -> bool {
    static JUDGMENT: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^(?:Judgment|Judgement|Decision|Ruling)\s+of\s+the\s+(?:[A-Z][a-z]+\s+){0,3}Court\s[^,;]{0,80}?\sof\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?-u:\b)")
            .expect("judgment of a court pattern")
    });
    ["Judgment ", "Judgement ", "Decision ", "Ruling "]
        .iter()
        .any(|w| text.starts_with(w))
        && JUDGMENT.is_match(text)
}

/// The kind of source a note names by an exact pattern, if any. The URL is
/// passed separately because it was cut out of the text.
pub fn detect(text: &str, url: Option<&str>) -> Option<Special> {
    // One pass over the note for every kind (a set is several times faster
    // than the patterns one after another); the first kind in `KINDS`
    // order that matches wins.
    let in_text = KINDS.matches(text);
    let in_url = url.map(|u| KINDS.matches(u));
    let found = (0..KIND_NAMES.len()).find(|&i| {
        in_text.matched(i)
            || (i >= URL_KINDS && in_url.as_ref().is_some_and(|m| m.matched(i)))
            || (i == LEGISLATION_KIND
                && text.contains('№')
                && ACT_BY_DATE_AND_NUMBER.is_match(text))
            || (i == LEGISLATION_KIND && may_be_romanized_act(text) && ROMANIZED_ACT.is_match(text))
            || (i == LEGISLATION_KIND && may_be_ibero_act(text) && IBERO_ACT.is_match(text))
            || (i == LEGISLATION_KIND && french::is_act(text))
            || (i == LEGISLATION_KIND && national_acts::is_english_act(text.trim_start()))
            || (i == LEGISLATION_KIND && national_acts::is_kazakh_act(text))
            || (i == JURISDICTION_KIND && is_judgment_of_court(text.trim_start()))
            || (i == JURISDICTION_KIND && is_decision_in_numbered_case(text))
            || (i == POST_KIND && (post_described_by_platform(text) || vk_wall_link(url)))
            || (i == JURISDICTION_KIND && french::may_be_case(text) && french::CASE.is_match(text))
            || (i == LEGISLATION_KIND && central::is_act(text))
            || (i == JURISDICTION_KIND && central::is_case(text))
    });
    // "Detecting Coordinated Behaviour in Telegram Channels," in …: words
    // of a quoted title name its subject, not its kind.
    let by_words_alone = found.is_some_and(|i| {
        KIND_NAMES[i].0 == "online" && !in_url.as_ref().is_some_and(|m| m.matched(i))
    });
    let found = match found {
        Some(i) if by_words_alone => {
            let unquoted = super::text::without_quoted(text);
            let again = KINDS.matches(&unquoted);
            (0..KIND_NAMES.len())
                .find(|&j| {
                    again.matched(j)
                        || (j >= URL_KINDS && in_url.as_ref().is_some_and(|m| m.matched(j)))
                })
                .or((unquoted.len() == text.len()).then_some(i))
        }
        found => found,
    };
    // A record on Zenodo or figshare with a version and no word of data is
    // a release of software ("spaCy … Version 3.7. Zenodo, 2023").
    let found = found.map(|i| match KIND_NAMES[i] {
        ("dataset", None) if is_versioned_software(text) => SOFTWARE_KIND,
        _ => i,
    });
    found.map(|i| {
        let (entry_type, subtype) = KIND_NAMES[i];
        Special {
            entry_type,
            subtype,
        }
    })
}

/// Whether a note that a data host names reads as a software release: a
/// version, no word of data.
fn is_versioned_software(text: &str) -> bool {
    static VERSIONED: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(?i)(?-u:\b)version\s+\d").expect("version pattern"));
    VERSIONED.is_match(text) && !text.to_lowercase().contains("data")
}

/// The index of software in [`KIND_NAMES`].
const SOFTWARE_KIND: usize = 7;

/// The index of court decisions in [`KIND_NAMES`].
const JURISDICTION_KIND: usize = 0;

/// The index of press releases in [`KIND_NAMES`].
const PRESS_RELEASE_KIND: usize = 4;

/// The index of legislation (other than treaties) in [`KIND_NAMES`].
const LEGISLATION_KIND: usize = 2;

/// The kinds an exact pattern names, in the order they outrank each
/// other, with their patterns in [`KINDS`].
const KIND_NAMES: [(&str, Option<&str>); 12] = [
    ("jurisdiction", None),
    ("legislation", Some("treaty")),
    ("legislation", None),
    ("standard", None),
    ("report", Some("pressrelease")),
    ("inproceedings", None),
    ("dataset", None),
    ("software", None),
    ("online", Some("video")),
    ("online", Some("post")),
    ("online", Some("podcast")),
    ("patent", None),
];

/// The kinds from this index on are also recognised by the note's URL.
const URL_KINDS: usize = 6;

/// The index of posts in [`KIND_NAMES`].
const POST_KIND: usize = 9;

/// "https://vk.com/mvd_by?w=wall-12345_6789": a VK post opened over its
/// community's page.
fn vk_wall_link(url: Option<&str>) -> bool {
    url.is_some_and(|u| u.contains("vk.com/") && u.contains("?w=wall"))
}

/// "VK post by the Ministry of …", "Telegram post by …": a post described
/// by its platform before who posted it, at the note's head. Asked apart
/// from [`KINDS`], by the note's first word.
fn post_described_by_platform(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let platform = words.next().is_some_and(|w| {
        ["VK", "Telegram", "Facebook", "Instagram"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    });
    platform
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("post"))
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"))
}

static KINDS: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new([
        JURISDICTION,
        TREATY,
        LEGISLATION,
        &format!(r"(?:^|[\s(«“\x22]){STANDARD_DESIGNATION}(?-u:\b)"),
        PRESS_RELEASE,
        CONFERENCE,
        DATASET,
        SOFTWARE,
        VIDEO,
        POST,
        PODCAST,
        PATENT,
    ])
    .expect("kind patterns")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str, url: Option<&str>) -> Option<(&'static str, Option<&'static str>)> {
        detect(text, url).map(|s| (s.entry_type, s.subtype))
    }

    #[test]
    fn kinds_named_by_their_notes() {
        assert_eq!(
            ty(
                "Regulation (EU) 2024/1689 of the European Parliament [2024] OJ L 1689.",
                None
            ),
            Some(("legislation", None))
        );
        assert_eq!(
            ty(
                "Федеральный закон от 14.07.2022 № 266-ФЗ «О персональных данных».",
                None
            ),
            Some(("legislation", None))
        );
        assert_eq!(
            ty(
                "Case C-131/12 Google Spain v AEPD [2014] ECLI:EU:C:2014:317.",
                None
            ),
            Some(("jurisdiction", None))
        );
        assert_eq!(
            ty("ISO 8601-1:2019. Date and time.", None),
            Some(("standard", None))
        );
        assert_eq!(
            ty("ГОСТ Р 7.0.5–2008. Библиографическая ссылка.", None),
            Some(("standard", None))
        );
        assert_eq!(
            ty("IEEE 802.11-2020, Wireless LAN.", None),
            Some(("standard", None))
        );
        assert_eq!(
            ty(
                "Lukashenko's channel, post of 3 May 2023.",
                Some("https://t.me/pul_1/9000")
            ),
            Some(("online", Some("post")))
        );
        assert_eq!(
            ty(
                "Interview on Belarus 1.",
                Some("https://www.youtube.com/watch?v=abc")
            ),
            Some(("online", Some("video")))
        );
        assert_eq!(
            ty(
                "refman (version 0.1).",
                Some("https://github.com/org/refman")
            ),
            Some(("software", None))
        );
        assert_eq!(
            ty("Trade flows [Data set]. Zenodo, 2021.", None),
            Some(("dataset", None))
        );
        assert_eq!(
            ty(
                "Example Monitor, \"Protest Events\" (database), 2022.",
                None
            ),
            Some(("dataset", None))
        );
        assert_eq!(
            ty("Andrew Wilson, “Belarus,” Journal 32 (2021): 36–50.", None),
            None
        );
        assert_eq!(ty("Smith, ISO standards in trade, 2019.", None), None);
        assert_eq!(KIND_NAMES[SOFTWARE_KIND], ("software", None));
        assert_eq!(KIND_NAMES[LEGISLATION_KIND], ("legislation", None));
        assert_eq!(
            KIND_NAMES[PRESS_RELEASE_KIND],
            ("report", Some("pressrelease"))
        );
        assert_eq!(
            ty(
                "Ivanov A. tagger: Fast Tagging. Version 1.2. Zenodo, 2023. DOI: 10.5281/zenodo.1.",
                None
            ),
            Some(("software", None))
        );
        for (note, kind) in [
            (
                "Convention on Examples (adopted 3 May 2001, entered into force 1 June 2003) 2100 UNTS 5.",
                ("legislation", Some("treaty")),
            ),
            (
                "Alpha v. Beta, Applications nos. 100/19 and 200/20, ECtHR, 4 May 2021.",
                ("jurisdiction", None),
            ),
            (
                "Gamma and Others v. Ruritania, nos. 1234/15 and 5 others, § 80, 2 June 2020.",
                ("jurisdiction", None),
            ),
            (
                "Judgment of 3 March 2016, Alpha and Beta, C-12/15, EU:C:2016:100.",
                ("jurisdiction", None),
            ),
            (
                "Conseil d'État, 1er mars 2021, Association Exemple, n° 400100.",
                ("jurisdiction", None),
            ),
            (
                "GB/T 1234—2019 示例标准[S]. 北京, 2019.",
                ("standard", None),
            ),
            (
                "Agency, \"Agency Opens an Inquiry,\" press release IP/21/100, 4 May 2021.",
                ("report", Some("pressrelease")),
            ),
            (
                "Ivanova, M. (2021, May 3). Title [Paper presentation]. Convention, Paris.",
                ("inproceedings", None),
            ),
            (
                "Example Program, \"Example Event Dataset Global version 2.1,\" 2023.",
                ("dataset", None),
            ),
        ] {
            assert_eq!(ty(note, None), Some(kind), "{note}");
        }
        // A platform's name in a quoted title is the work's subject.
        assert_eq!(
            ty(
                "A. Smith, \"Coordinated Behaviour in Telegram Channels,\" in Proceedings of the Conference (2023), 4.",
                None
            ),
            None
        );
        assert_eq!(
            ty("Telegram channel \"Example\", post of 3 May 2023.", None),
            Some(("online", Some("post")))
        );
    }
}
