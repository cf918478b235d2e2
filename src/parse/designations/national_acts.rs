//! National acts by the shapes their citations have: a post-Soviet act's
//! title, number and date (`Федеральный закон от 14.07.2022 № 266-ФЗ «…»`,
//! `Закон України «…» від …`, GOST's `Title : Закон … от …`, the Belarusian
//! register's `Закон Респ. Беларусь, 17 июля 2008 г., № 427-З`), a court's
//! decision in the same form, and such an act named in English (`Decree
//! of the President … No. 278 of 25 August 2022`, `"Pro sanktsii" …, Law
//! of Ukraine No. 1644-VII`). [`super::legal`] reads the other acts,
//! treaties and cases.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;
use crate::parse::dates::{find_dates, parse_date};

/// "Федеральный закон от 14.07.2022 № 266-ФЗ «О …»", "Закон Рэспублікі
/// Беларусь ад 10.01.2000 г. № 361-З", "Указ Президента … від …",
/// "Закон Республики Беларусь от 17 июля 2018 г. № 130-З", and the
/// Belarusian register's "Закон Респ. Беларусь, 17 июля 2008 г., № 427-З".
static NATIONAL_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Not across GOST's " : " ("Уголовный кодекс : Закон … от …").
        // Romanized too: "Federal’nyi zakon ot 14.07.2022 No. 255-FZ".
        r"(?i)(?:закон|указ|постановление|постанова|пастанова|декрет|кодекс|кодэкс|решение|рішення|рашэнне|определение|ухвала|вирок|приговор|прысуд|приказ|наказ|загад|распоряжение|розпорядження|распараджэнне|zakon|ukaz|postanovlenie|kodeks)[^«“\x22№:]{0,120}?(?:\s(?:от|ад|від|ot|vid)\s+|(?:Беларусь|ССР|України|Украины|Федерации|РФ),\s)",
        // A court's decision names its case ("у справі № 761/1234/23").
        // "13 янв. 2011 г.": GOST abbreviates the month.
        r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})\s*(?:г\.|года|року|р\.)?,?\s*(?:(?:у|в)\s+справі\s+|по\s+делу\s+|в\s+деле\s+|па\s+справе\s+)?(?:№|No\.)\s*(?P<number>[\p{L}\d][\p{L}\d\-/]*)",
        r"(?:\s*[«“\x22](?P<title>[^»”\x22]+(?:\x22[^»”\x22]*\x22[^»”\x22]*)*)[»”\x22])?",
    ))
    .expect("national act pattern")
});

/// "Закон України «Про …» від 25.04.2019 № 2704-VIII": the title before
/// the date and number.
static NATIONAL_ACT_TITLE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:закон|указ|постанова|постановление|кодекс|приказ|наказ|загад|распоряжение|розпорядження)[^«“\x22№]{0,80}?[«“\x22](?P<title>[^»”\x22]+)[»”\x22]\s*",
        r"(?:от|ад|від)\s+(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})\s*(?:г\.|года|року|р\.)?\s*",
        r"(?:№\s*(?P<number>[\p{L}\d][\p{L}\d\-/]*))?",
    ))
    .expect("national act, title first, pattern")
});

/// "Указ Президента України № 64/2022 «Про …» від 24 лютого 2022 року":
/// the number, then the title, then the date.
static NATIONAL_ACT_NUMBER_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:закон|указ|постанова|постановление|пастанова|кодекс|приказ|наказ|загад|распоряжение|розпорядження)[^«“\x22№]{0,80}?№\s*(?P<number>[\p{L}\d][\p{L}\d\-/]*)\s*",
        r"[«“\x22](?P<title>[^»”\x22]+)[»”\x22]\s*,?\s*(?:от|ад|від)\s+",
        r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})",
    ))
    .expect("national act, number first, pattern")
});

/// "Decree of the President of the Republic of Belarus No. 278 of 25 August
/// 2022 “On …”", "Federal Law No. 272-FZ of 28 December 2012 “On …”",
/// "Law of Ukraine No. 2145-VIII of 5 September 2017", "Executive Order
/// 14038 of August 9, 2021, “Blocking …”": a national act
/// named in English by its kind, number and date, its title quoted after.
static ENGLISH_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:Federal|Federal Constitutional|Presidential|Constitutional|Executive)\s+)?(?:Law|Decree|Edict|Ordinance|Resolution|Order)",
        r"(?:\s+of\s+(?:the\s+)?\p{Lu}[^“”«»\x22№,;]{2,90}?)?\s+(?:(?:No\.?|№|Nr\.?)\s*)?(?P<number>\d[\p{L}\d\-/]*)",
        r"\s+(?:of|dated)\s+(?P<date>\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|\p{Lu}\p{Ll}+\s+\d{1,2},\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})",
        r"(?:,?\s+[“«\x22](?P<title>[^”»\x22]+?)[,.]?[”»\x22])?",
    ))
    .expect("English national act pattern")
});

/// "\"Pro sanktsii\" [On Sanctions], Law of Ukraine No. 1644-VII, August
/// 14, 2014": a national act by its quoted (romanized) title, then its kind
/// in English and its number.
static KIND_AFTER_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[“\x22«][^”\x22»]+[”\x22»](?:\s*\[[^\]]+\])?,\s(?:Law|Decree|Edict|Resolution)\sof\s",
        r"(?:Ukraine|the\sRepublic\sof\sBelarus|the\sRussian\sFederation)\sNo\.\s?(?P<number>\d[\p{L}\d\-/]*)",
    ))
    .expect("act's kind after its title pattern")
});

/// "Қазақстан Республикасының Экология кодексі, 2021 жылғы 2
/// қаңтардағы № 400-VI ҚРЗ": a Kazakh code by its name, then its date
/// (the year first) and number.
static KAZAKH_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<title>[^«»“”,;]{3,100}?\s(?:кодексі|Кодексі)),?\s+",
        r"(?P<date>(?:1[89]|20)\d\d\sжылғы\s\d{1,2}\s\p{L}+)\s*(?:№\s*(?P<number>[\p{L}\d][\p{L}\d\-/]*(?:\sҚРЗ)?))?",
    ))
    .expect("Kazakh code pattern")
});

/// "«Қоршаған ортаны қорғау туралы» Қазақстан Республикасының 2007 жылғы
/// 9 қаңтардағы № 212 Заңы": a Kazakh act by its title in guillemets, the
/// state, its date and number, then its kind.
static KAZAKH_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"[«“](?P<title>[^»”]+)[»”]\s*(?:Қазақстан\sРеспубликасы(?:ның)?\s+)?(?:Президентінің\s+|Үкіметінің\s+)?",
        r"(?P<date>(?:1[89]|20)\d\d\sжылғы\s\d{1,2}\s\p{L}+)\s*(?:№\s*(?P<number>[\p{L}\d][\p{L}\d\-/]*))?\s*",
        r"(?:Заңы|Жарлығы|[Ққ]аулысы|[Кк]одексі)",
    ))
    .expect("Kazakh act pattern")
});

/// Whether the reference is a national act named in English
/// ([`ENGLISH_ACT`], or [`KIND_AFTER_TITLE`] after a quoted title); its
/// first word, or its opening quote and a number's mark, are asked first.
pub(in crate::parse) fn is_english_act(text: &str) -> bool {
    if text.starts_with(['“', '\x22', '«']) {
        return text.contains(" No.") && KIND_AFTER_TITLE.is_match(text);
    }
    let first = text.split_whitespace().next().unwrap_or_default();
    matches!(
        first,
        "Federal"
            | "Executive"
            | "Presidential"
            | "Constitutional"
            | "Law"
            | "Decree"
            | "Edict"
            | "Ordinance"
            | "Resolution"
            | "Order"
    ) && ENGLISH_ACT.is_match(text)
}

/// Reads a national act by [`NATIONAL_ACT`], its title-first and
/// number-first forms, its English form or its kind after a romanized
/// title; false when none matches.
pub(super) fn read(text: &str, work: &mut Work) -> bool {
    if let Some(c) = NATIONAL_ACT
        .captures(text)
        .or_else(|| NATIONAL_ACT_TITLE_FIRST.captures(text))
        .or_else(|| NATIONAL_ACT_NUMBER_FIRST.captures(text))
        .or_else(|| ENGLISH_ACT.captures(text.trim_start()))
        .or_else(|| kazakh_act(text))
    {
        national_act(text, &c, work);
    } else if let Some(c) = KIND_AFTER_TITLE.captures(text.trim_start()) {
        // "\"Pro sanktsii\" [On Sanctions], Law of Ukraine No. 1644-VII, …":
        // the title the labeller read; the number after the kind.
        work.authors.clear();
        let number = c["number"].trim_end_matches(['.', ',']).to_string();
        if work.container.as_deref() == Some(number.as_str()) {
            work.container = None;
        }
        work.number = Some(number);
    } else {
        return false;
    }
    true
}

/// Whether the reference is a Kazakh act or code ([`kazakh_act`]).
pub(in crate::parse) fn is_kazakh_act(text: &str) -> bool {
    kazakh_act(text).is_some()
}

/// A Kazakh act or code ([`KAZAKH_ACT`], [`KAZAKH_CODE`]), asked only of
/// a text with a Kazakh year ("жылғы", "of the year").
fn kazakh_act(text: &str) -> Option<regex::Captures<'_>> {
    if !text.contains("жылғы") {
        return None;
    }
    KAZAKH_CODE
        .captures(text)
        .or_else(|| KAZAKH_ACT.captures(text))
}

/// Reads a court's decision in a national act's form ("Постановление
/// Конституционного Суда РФ от 14.07.2015 № 21-П «…»"); false when it has
/// none.
pub(super) fn read_decision(text: &str, work: &mut Work) -> bool {
    let Some(c) = NATIONAL_ACT.captures(text) else {
        return false;
    };
    national_act(text, &c, work);
    true
}

/// The title, number and date of a national act or decision read by
/// [`NATIONAL_ACT`] or [`NATIONAL_ACT_TITLE_FIRST`].
fn national_act(text: &str, c: &regex::Captures, work: &mut Work) {
    work.authors.clear();
    if let Some(n) = c.name("number") {
        work.number = Some(n.as_str().to_string());
        // "No. 278", "No. 272-FZ": the labeller's volume was the number.
        if work
            .volume
            .as_deref()
            .is_some_and(|v| n.as_str().starts_with(v))
        {
            work.volume = None;
        }
        // "№ 243-З.": the number read as pages too.
        if work
            .pages
            .as_deref()
            .is_some_and(|p| n.as_str().starts_with(p))
        {
            work.pages = None;
        }
        // "(в ред. от 24 мая 2021 г. № 110-З)": the number of the act that
        // amended this one is no page or volume.
        if let Some(amended) = amendment(text) {
            for field in [&mut work.pages, &mut work.volume] {
                if field
                    .as_deref()
                    .is_some_and(|p| amended.contains(&format!("№ {p}")))
                {
                    *field = None;
                }
            }
        }
        // "… у справі № 761/1234/23.": the number read as a container too,
        // or as its head ("427-З // Нац. реестр …": the register after it).
        if let Some(k) = work.container.as_deref() {
            if k.trim_end_matches('.') == n.as_str() {
                work.container = None;
            } else if let Some(rest) = k
                .strip_prefix(n.as_str())
                .and_then(|r| r.trim_start().strip_prefix("//"))
            {
                work.container = Some(rest.trim().to_string()).filter(|r| !r.is_empty());
            }
        }
    }
    work.date = c
        .name("date")
        .and_then(|m| {
            parse_date(m.as_str()).or_else(|| find_dates(m.as_str()).first().map(|d| d.date))
        })
        .or(work.date);
    // "О персональных данных : федер. закон от 27.07.2006 № 152-ФЗ": GOST
    // names the act first, then its kind after the colon.
    let before = &text[..c.get(0).map_or(0, |m| m.start())];
    let gost_title = before.rsplit_once(" : ").and_then(|(title, kind)| {
        let title = title.trim();
        (kind.chars().count() <= 25
            && !kind.chars().any(|ch| ch.is_ascii_digit())
            && title.chars().count() >= 3
            && !title.contains("//"))
        .then_some(title)
    });
    work.title = Some(match (c.name("title"), gost_title) {
        (Some(t), _) => in_guillemets(text, t).trim().to_string(),
        (None, Some(t)) => without_issuer(t).to_string(),
        (None, None) => code_name(text, c).unwrap_or_else(|| {
            // "Федеральный закон от …": with the adjective before the kind.
            let whole = c.get(0).map_or(0..0, |m| m.range());
            let start = name_start(text, whole.start).unwrap_or(whole.start);
            text[start..whole.end]
                .trim()
                .trim_end_matches(['.', ','])
                .to_string()
        }),
    });
    if gost_title.is_some() {
        // The kind after the colon is no publisher.
        work.publisher = None;
    }
    // The act's number, its date or its designation is not an outlet.
    if work.container.as_deref().is_some_and(|container| {
        work.number.as_deref() == Some(container.trim())
            || ["від", "от", "ад"].contains(&container.trim())
            // "Беларусь от": words of the act's own designation.
            || c[0].contains(container.trim())
    }) {
        work.container = None;
    }
    work.language = work.title.as_deref().and_then(crate::lang::detect);
}

/// "«О внесении изменений в Федеральный закон “О связи” и …»": a title in
/// guillemets quotes other acts' titles in “…”, where the pattern's title
/// stopped; it runs to its closing guillemet.
fn in_guillemets<'t>(text: &'t str, title: regex::Match<'t>) -> &'t str {
    if !text[..title.start()].ends_with('«') {
        return title.as_str();
    }
    match text[title.start()..].find('»') {
        Some(end) => &text[title.start()..title.start() + end],
        None => title.as_str(),
    }
}

/// "Налоговый кодекс Российской Федерации от 31.07.1998 № 146-ФЗ",
/// "Виборчий кодекс України від 19.12.2019 № 396-IX": a code is known by
/// its name, the words before its date, with the adjective that opens the
/// note ("Налоговый", "Электоральны"); None for other acts, whose
/// designation is all they are called by, and for a code in a sentence.
fn code_name(text: &str, c: &regex::Captures) -> Option<String> {
    let whole = c.get(0)?;
    let designation = whole.as_str();
    let lower = crate::letters::lowercase(designation);
    let keyword = ["кодекс", "кодэкс"]
        .iter()
        .filter_map(|k| lower.find(k))
        .min()?;
    // The keyword opens the match, after at most the one character the
    // pattern takes before it.
    if designation[..keyword].chars().count() > 1 {
        return None;
    }
    let start = name_start(text, whole.start())?;
    let name = &text[start..whole.end()];
    let cut = [" от ", " ад ", " від ", ", "]
        .iter()
        .filter_map(|s| name.find(s))
        .min()?;
    let name = name[..cut].trim();
    (name.split_whitespace().count() >= 2).then(|| name.to_string())
}

/// Where an act's name starts, the pattern having matched from its kind
/// (`at`): there, or at the one or two adjectives just before it
/// ("Федеральный закон", "Гражданский процессуальный кодекс", "Электоральны
/// кодэкс"), after any other words ("Также Федеральный закон …"); None
/// where other text stands right before the kind.
fn name_start(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].trim_end();
    if before.is_empty() {
        return Some(at);
    }
    let adjective = |word: &str| {
        word.chars().all(|ch| ch.is_alphabetic() || ch == '-')
            && ["ый", "ий", "ой", "ы", "і"]
                .iter()
                .any(|ending| word.ends_with(ending))
    };
    let mut start = None;
    let mut rest = before;
    for _ in 0..2 {
        let (head, word) = rest.rsplit_once(' ').unwrap_or(("", rest));
        if !adjective(word) {
            break;
        }
        start = Some(rest.len() - word.len());
        rest = head.trim_end();
    }
    start
}

/// The bracket that names the acts amending an act, from its opening:
/// "(в ред. от …)", "(с изм. и доп. …)", "(із змінами …)", "(у рэд. …)".
fn amendment(text: &str) -> Option<&str> {
    const OPENINGS: [&str; 9] = [
        "(в ред.",
        "(в редакции",
        "(с изм",
        "(із змін",
        "(зі змін",
        "(у ред.",
        "(в рэд.",
        "(у рэд.",
        "(са змен",
    ];
    let open = OPENINGS.iter().filter_map(|o| text.find(o)).min()?;
    Some(&text[open..])
}

/// "Мінрегіон України. Про затвердження … : постанова …": the body that
/// issued or drafted an act, heading its GOST title. An act's title opens
/// with "Про", "О", "Об" or "Аб" (on, about); the sentence before it goes.
fn without_issuer(title: &str) -> &str {
    ["Про ", "Об ", "О ", "Аб "]
        .iter()
        .filter_map(|p| title.find(&format!(". {p}")))
        .min()
        .map_or(title, |at| &title[at + 2..])
}
