//! The footnote form of Chinese social-science and law journals, read
//! exactly: `作者：《题名》，出版社2016年版，第45页。`, `作者：《题名》，载
//! 《刊名》2014年第5期，第102—128页。`, `作者：《题名》，载编者主编：《书名》，
//! 出版社2010年版。`, `《题名》，载《人民日报》2018年6月24日，第1版。`. Book
//! marks bound every title and container, and the imprint's words (`年版`,
//! `年第N期`, `载`, `主编`, `译`) say what each part is, so rules are exact
//! here where the labeller, trained mostly on Latin-script references, is
//! not. Taiwan's and Hong Kong's notes write the same in traditional
//! characters with a comma after the author, a part's title in angle marks
//! and the imprint in brackets: `作者，〈篇名〉，《刊名》，第58卷第2期（2019年6月），
//! 頁1-30。`, `作者，《书名》（臺北：正中書局，1997年），頁45。`. A note with
//! anything the form does not explain is left to the labeller.
//!
//! The text is read after [`super::cjk::latin_punctuation`]: commas, colons
//! and stops outside book marks are Latin, those inside are the title's.

use std::sync::LazyLock;

use regex::Regex;

use super::Work;
use crate::entry::{Date, Name};

/// A work read from the form, with the type its parts name and the page
/// cited.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub work: Work,
    pub entry_type: &'static str,
    pub pinpoint: Option<String>,
}

/// The head: optional nationality (`[美]`, `［英］`, `〔英〕`, `（法）`), names with
/// their role (`主编`, `编`, `著`, `等`) and a translator before the title
/// (`…著，…译：`), a colon (a comma in Taiwan's and Hong Kong's form), the
/// title in book marks, or a part's title in angle marks (`〈篇名〉`).
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:\[[^\]]{1,3}\]|［[^］]{1,3}］|〔[^〕]{1,3}〕|（[^）]{1,3}）)\s*)?",
        r"(?:(?P<names>[^《》〈〉:\d]{1,60}?)\s*(?P<role>主编|编著|编|等著|著|等)?\s*",
        r"(?:,\s*[^《》〈〉:,\d]{1,30}?\s*等?译\s*)?(?P<colon>[:,])\s*)?",
        r"(?:《(?P<title>[^》]{1,200})》|〈(?P<part>[^〉]{1,200})〉)(?P<rest>.*)$",
    ))
    .expect("Chinese head pattern")
});

/// What the title's own words say after it: a white paper (`白皮书`), a
/// volume (`第4卷`).
static AFTER_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?P<kind>白皮书|白皮書|蓝皮书|藍皮書)|第\s*(?P<volume>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[卷册冊])\s*(?:,\s*|$)",
    )
    .expect("Chinese words after a title")
});

/// A thesis: "博士学位论文，北京大学，2018年" or "北京大学博士学位论文，2018年".
static THESIS: LazyLock<Regex> = LazyLock::new(|| {
    const KIND: &str = r"(?:博士|硕士|碩士)(?:学位|學位)?(?:论文|論文)";
    Regex::new(&format!(
        concat!(
            r"^(?:(?P<kind>{kind})\s*,\s*(?P<school>[^\d,:《》]{{2,40}}?)",
            r"|(?P<school_first>[^\d,:《》]{{2,40}}?)\s*(?P<kind_after>{kind}))",
            r"\s*,\s*(?P<year>(?:19|20)\d\d)\s*年?\s*(?:,\s*|$)",
        ),
        kind = KIND
    ))
    .expect("Chinese thesis pattern")
});

/// A thesis in brackets after a part's title, as Taiwan's notes write it:
/// "（碩士論文，國立政治大學東亞研究所，2012）".
static THESIS_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[（(]\s*(?P<kind>(?:博士|硕士|碩士)(?:学位|學位)?(?:论文|論文))\s*,\s*",
        r"(?P<school>[^\d,:《》()（）]{2,40}?)\s*,\s*(?P<year>(?:19|20)\d\d)\s*年?\s*[）)]\s*(?:,\s*|$)",
    ))
    .expect("Chinese thesis in brackets pattern")
});

/// A translator after the title: "马娟娟译", "王缉思等译", "陈荣彬、刘维人译"
/// (the list's mark read as a comma).
static TRANSLATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^《》,\d]{1,12}?(?:(?:,\s*|、)[^《》,\d]{1,12}?){0,4}等?译\s*(?:,\s*|$)")
        .expect("translator")
});

/// The work a part is in: `载` and a book with its editors, or a journal
/// or newspaper in book marks.
static CONTAINER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<in>(?:载|載|收录于|收錄於|收入|载于|載於)\s*)?",
        r"(?:(?P<editors>[^《》:\d]{1,40}?)\s*(?:主编|主編|编|編)\s*[:,]\s*)?",
        r"《(?P<container>[^》]{1,120})》\s*",
        // "《习近平谈治国理政》第二卷", "《…选编》（下）": the book's volume or part;
        // "《思想》（臺北）": the journal's place.
        // "《中国大百科全书》（第二版）第2卷": the edition before the volume.
        r"(?:(?:[（(][^\d,:()（）《》]{2,6}[）)]\s*,?\s*)?第\s*(?P<volume>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[卷册冊]\s*|[（(](?P<part>[上中下])[）)]\s*)?",
        r"(?:[（(][^\d,:()（）《》]{2,6}[）)]\s*)?,?\s*",
    ))
    .expect("Chinese container pattern")
});

/// A journal's year and issue: "2014年第5期".
static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<year>(?:19|20)\d\d)\s*年\s*第\s*(?P<number>\d{1,3})\s*期\s*(?:,\s*|$)")
        .expect("Chinese issue pattern")
});

/// A volume and issue with the year after them, as Taiwan's and Hong
/// Kong's journals write it: "第58卷第2期（2019年6月）", "第22卷第1期，2021年1月".
static VOLUME_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:第\s*(?P<volume>\d{1,4})\s*卷\s*(?:第\s*(?P<number>\d{1,3})\s*期)?|第\s*(?P<issue>\d{1,4})\s*期)\s*,?\s*[（(]?\s*",
        r"(?P<year>(?:19|20)\d\d)\s*年(?:\s*(?P<month>\d{1,2})\s*月)?\s*[）)]?\s*(?:,\s*|$)",
    ))
    .expect("Chinese volume and issue pattern")
});

/// A full date: "2018年6月24日".
static DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日\s*(?:,\s*|$)")
        .expect("Chinese date pattern")
});

/// A book's imprint: "中信出版社2016年版", "北京：社会科学文献出版社，2017年".
static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<place>[^\d,:《》]{2,8}?)\s*:\s*)?(?P<publisher>[^\d,:《》]{2,40}?)\s*,?\s*",
        r"(?P<year>(?:19|20)\d\d)\s*年\s*(?:版|出版|(?P<month>\d{1,2})\s*月)?\s*(?:,\s*|$)",
    ))
    .expect("Chinese imprint pattern")
});

/// A book's imprint in brackets, as Taiwan's and Hong Kong's notes write
/// it: "（臺北：正中書局，1997年）", "（香港：中華書局，2011）".
static IMPRINT_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^[（(]\s*(?:(?P<place>[^\d,:《》()（）]{2,8}?)\s*:\s*)?(?P<publisher>[^\d,:《》()（）]{2,40}?)",
        r"\s*,\s*(?P<year>(?:19|20)\d\d)\s*(?:年\s*(?:版|出版)?)?\s*[）)]\s*(?:,\s*|$)",
    ))
    .expect("Chinese imprint in brackets pattern")
});

/// The day a law or resolution was passed, and by whom: "2023年6月28日第十四届
/// 全国人民代表大会常务委员会第三次会议通过".
static PASSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日",
        r"[^,《》]{0,60}?(?:通过|公布|发布|施行|修订|修正)\s*(?:,\s*|$)",
    ))
    .expect("Chinese passing pattern")
});

/// The page cited or the part's pages: "第45页", "第102—128页"; a
/// newspaper's page: "第1版".
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^第\s*(?P<first>\d{1,5})\s*(?:[—–-]+\s*(?P<last>\d{1,5}))?\s*(?P<unit>页|頁|版|章)\s*(?:,\s*|$)")
        .expect("Chinese pages pattern")
});

/// The same with the page mark first, as Taiwan's and Hong Kong's notes
/// write it: "頁45", "頁1-30".
static PAGES_AFTER_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[頁页]\s*(?P<first>\d{1,5})\s*(?:[—–-]+\s*(?P<last>\d{1,5}))?\s*(?:,\s*|$)")
        .expect("Chinese pages after their mark pattern")
});

/// The work a note in the Chinese footnote form cites, or `None` where the
/// note is not in that form or has parts the form does not explain.
pub fn read(md: &str) -> Option<Cited> {
    // (Two searches for one character each are faster than one for either.)
    if !md.contains('《') && !md.contains('〈') {
        return None;
    }
    let text = md.trim().trim_end_matches(['.', '。', ' ']);
    let head = HEAD.captures(text)?;
    let part = head.name("part").is_some();
    let title = head.name("title").or(head.name("part"))?;
    let mut work = Work {
        title: Some(title.as_str().trim().to_string()),
        ..Work::default()
    };
    if let Some(names) = head.name("names") {
        // A comma ends the names in Taiwan's and Hong Kong's form only:
        // "See Wang Jisi, 《…》" has no Chinese author.
        if &head["colon"] == "," && !names.as_str().chars().any(super::label::tokens::is_cjk) {
            return None;
        }
        let names = chinese_names(names.as_str())?;
        // "社评：《…》": an editorial is the paper's, signed by no one.
        let unsigned =
            matches!(names.as_slice(), [Name::Organization(o)] if UNSIGNED.contains(&o.as_str()));
        match head.name("role").map(|m| m.as_str()) {
            None if unsigned => {}
            Some("主编" | "编") => work.editors = names,
            Some("等" | "等著") => {
                work.authors = names;
                work.authors.push(Name::Others);
            }
            _ => work.authors = names,
        }
    }
    let mut rest = head.name("rest").map_or("", |m| m.as_str()).trim_start();
    // "舒仁輝 ， 《…》 。 北京 ： 商務 ， 2007年": a stop may end the title.
    rest = rest.trim_start_matches([',', '.', ' ']);
    let mut entry_type = "book";
    let mut pinpoint = None;
    let mut kind = None;
    if let Some(c) = AFTER_TITLE.captures(rest) {
        if let Some(k) = c.name("kind") {
            // "《新时代的中国与世界》白皮书": a white paper is a report.
            entry_type = "report";
            kind = Some(k.as_str().to_string());
        }
        work.volume = c.name("volume").map(|m| volume_number(m.as_str()));
        rest = &rest[end(&c)..];
    }
    if let Some(m) = TRANSLATOR.find(rest) {
        let names = m
            .as_str()
            .trim_end_matches([',', ' '])
            .trim_end_matches('译');
        work.translators = chinese_names(names).unwrap_or_default();
        // "王缉思等译": and others.
        if names.ends_with('等') && !work.translators.is_empty() {
            work.translators.push(Name::Others);
        }
        rest = &rest[m.end()..];
    }
    if let Some(c) = THESIS
        .captures(rest)
        .or_else(|| THESIS_IN_BRACKETS.captures(rest))
    {
        entry_type = "thesis";
        work.thesis = c
            .name("kind")
            .or(c.name("kind_after"))
            .map(|m| m.as_str().to_string());
        work.institution = c
            .name("school")
            .or(c.name("school_first"))
            .map(|m| m.as_str().trim().to_string());
        work.date = Some(Date::year(c["year"].parse().ok()?));
        rest = &rest[end(&c)..];
    } else if let Some(c) = CONTAINER.captures(rest) {
        work.container = Some(c["container"].trim().to_string());
        if let Some(volume) = c.name("volume") {
            work.volume = Some(volume_number(volume.as_str()));
        }
        // "《…文献选编》（下）": the book's part, kept in its own word.
        if let Some(part) = c.name("part") {
            work.volume = Some(part.as_str().to_string());
        }
        if let Some(editors) = c.name("editors") {
            work.editors = chinese_names(editors.as_str())?;
            entry_type = "incollection";
        } else {
            // A journal or newspaper, told by its date below; a book when
            // an imprint follows.
            entry_type = "article";
        }
        rest = &rest[end(&c)..];
    } else if part {
        // A part's title in angle marks is in a work the note names.
        return None;
    }
    if work.date.is_some() {
        // A thesis's year was read with its school.
    } else if let Some(c) = ISSUE.captures(rest) {
        work.date = Some(Date::year(c["year"].parse().ok()?));
        work.number = Some(c["number"].to_string());
        rest = &rest[end(&c)..];
    } else if let Some(c) = VOLUME_ISSUE.captures(rest) {
        work.date = Some(year_and_month(&c)?);
        // (An issue alone keeps the volume a container's words gave.)
        if let Some(volume) = c.name("volume") {
            work.volume = Some(volume.as_str().to_string());
        }
        work.number = c
            .name("number")
            .or(c.name("issue"))
            .map(|m| m.as_str().to_string());
        rest = &rest[end(&c)..];
    } else if let Some(c) = DAY.captures(rest) {
        work.date = Some(day_of(&c)?);
        if work.container.is_some() {
            work.newspaper = true;
        } else {
            entry_type = "online";
        }
        rest = &rest[end(&c)..];
    } else if let Some(c) = PASSED.captures(rest).filter(|_| work.container.is_none()) {
        // "《…法》，2023年6月28日…会议通过": an act, dated by its passing.
        work.date = Some(day_of(&c)?);
        entry_type = "legislation";
        rest = &rest[end(&c)..];
    } else if let Some(c) = IMPRINT
        .captures(rest)
        .or_else(|| IMPRINT_IN_BRACKETS.captures(rest))
    {
        work.date = Some(year_and_month(&c)?);
        let publisher = c["publisher"].trim().to_string();
        work.location = c.name("place").map(|m| m.as_str().trim().to_string());
        if entry_type == "book" && c.name("month").is_some() && is_institute(&publisher) {
            // "北京大学国际战略研究院，2012年3月": a paper an institute issued.
            entry_type = "report";
            work.institution = Some(publisher);
        } else {
            work.publisher = Some(publisher);
        }
        if entry_type == "article" {
            // "载《书名》，出版社2010年版": a book with no editors named.
            entry_type = "incollection";
        }
        rest = &rest[end(&c)..];
    }
    if let Some(c) = PAGES
        .captures(rest)
        .or_else(|| PAGES_AFTER_MARK.captures(rest))
    {
        let first = &c["first"];
        match c.name("last") {
            Some(last) => work.pages = Some(format!("{first}--{}", last.as_str())),
            // A newspaper's page ("第1版") is where the item is.
            None if c.name("unit").is_some_and(|u| u.as_str() == "版") => {
                work.pages = Some(first.to_string());
            }
            // A chapter cited ("第3章") keeps its words: it is no page.
            None if c.name("unit").is_some_and(|u| u.as_str() == "章") => {
                pinpoint = Some(format!("第{first}章"));
            }
            None => pinpoint = Some(first.to_string()),
        }
        rest = &rest[end(&c)..];
    }
    // Anything left that the form does not explain: the labeller reads it.
    if !rest.trim_matches([',', '.', ' ']).is_empty() {
        return None;
    }
    // Every work of the form has its year.
    work.date?;
    if entry_type == "incollection" && work.publisher.is_none() && work.editors.is_empty() {
        return None;
    }
    if entry_type == "book" && work.editors.is_empty() && work.authors.is_empty() {
        entry_type = if work.publisher.is_some() {
            "book"
        } else {
            "misc"
        };
    }
    if entry_type == "report" {
        // A report's kind is its BibLaTeX type.
        work.container = kind;
    }
    Some(Cited {
        work,
        entry_type,
        pinpoint,
    })
}

/// Whether a text may hold a CJK ideograph: they begin with bytes E4–E9
/// in UTF-8, and most notes have none, told by two byte searches.
pub(super) fn may_have_ideographs(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3(0xE4, 0xE5, 0xE6, bytes).is_some()
        || memchr::memchr3(0xE7, 0xE8, 0xE9, bytes).is_some()
}

/// "Yan Xuetong 阎学通, Lishi de guanxing 历史的惯性 [The inertia of
/// history]": a Latin note on Chinese sources writes names and titles in
/// pinyin, each followed by the same in characters. The note without the
/// characters, and the runs taken out (each with the text it followed),
/// when a Latin note holds such runs.
pub fn characters_after_pinyin(note: &str) -> Option<(String, Vec<String>)> {
    if !may_have_ideographs(note) {
        return None;
    }
    static RUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\p{Latin}[\p{Latin}'’\-]*) ([\p{Han}·]{2,40})([,.\[(:;\s]|$)")
            .expect("characters after pinyin pattern")
    });
    let han = note
        .chars()
        .filter(|c| crate::parse::label::tokens::is_cjk(*c))
        .count();
    let latin = note.chars().filter(char::is_ascii_alphabetic).count();
    // A Chinese note quoting a Latin name is not one of these.
    if han == 0 || latin < 4 * han {
        return None;
    }
    let mut runs = Vec::new();
    let text = RUN.replace_all(note, |c: &regex::Captures| {
        runs.push(c[2].to_string());
        format!("{}{}", &c[1], &c[3])
    });
    (!runs.is_empty()).then(|| (text.into_owned(), runs))
}

/// The words that head an unsigned piece: an editorial, the editors' note.
const UNSIGNED: [&str; 6] = ["社评", "社評", "社论", "社論", "编者按", "編者按"];

/// Whether a name is an institute's, which issues papers rather than
/// publishing books: "…研究院", "…研究所", "…研究中心".
fn is_institute(name: &str) -> bool {
    ["研究院", "研究所", "研究中心", "智库", "智庫"]
        .iter()
        .any(|w| name.ends_with(w))
}

/// A volume's number in digits: "3" stays, "三" becomes "3", "十二" "12".
fn volume_number(text: &str) -> String {
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| i / 3 + 1);
    let chars: Vec<char> = text.chars().collect();
    let value = match chars.as_slice() {
        [d] => digit(*d).or((*d == '十').then_some(10)),
        ['十', d] => digit(*d).map(|d| 10 + d),
        [t, '十'] => digit(*t).map(|t| 10 * t),
        [t, '十', d] => digit(*t).zip(digit(*d)).map(|(t, d)| 10 * t + d),
        _ => None,
    };
    value.map_or_else(|| text.to_string(), |v| v.to_string())
}

/// The year a match names, with its month where it names one.
fn year_and_month(c: &regex::Captures) -> Option<Date> {
    Some(Date {
        year: c["year"].parse().ok()?,
        month: c
            .name("month")
            .and_then(|m| m.as_str().parse().ok())
            .filter(|m| (1..=12).contains(m)),
        day: None,
    })
}

/// The day a match's year, month and day name.
fn day_of(c: &regex::Captures) -> Option<Date> {
    Some(Date {
        year: c["year"].parse().ok()?,
        month: c["month"].parse().ok().filter(|m| (1..=12).contains(m)),
        day: c["day"].parse().ok().filter(|d| (1..=31).contains(d)),
    })
}

/// Where a match ends.
fn end(c: &regex::Captures) -> usize {
    c.get(0).map_or(0, |m| m.end())
}

/// Names as Chinese notes write them, each kept whole (`王缉思`, `李兴,
/// 刘军`, `约瑟夫·奈`); `None` when the text is not a list of names (a
/// sentence, Latin words).
pub(super) fn chinese_names(text: &str) -> Option<Vec<Name>> {
    // "王缉思、[美]李侃如": a second author's country, as the first's is
    // before the head.
    static COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\[[^\]]{1,3}\]|［[^］]{1,3}］|〔[^〕]{1,3}〕|（[^）]{1,3}）)\s*")
            .expect("country mark pattern")
    });
    let text = if text.contains(['[', '［', '〔', '（']) {
        COUNTRY.replace_all(text, "")
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let names = super::names::whole_names(&text);
    let plausible = |n: &Name| match n {
        Name::Organization(n) => {
            let chars = n.chars().count();
            (2..=20).contains(&chars)
                && n.chars()
                    .all(|c| super::label::tokens::is_cjk(c) || matches!(c, '·' | '•'))
        }
        _ => true,
    };
    (!names.is_empty() && names.iter().all(plausible)).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::cjk::latin_punctuation as cjk_punctuation;

    fn cited(note: &str) -> Cited {
        read(&cjk_punctuation(note)).unwrap_or_else(|| panic!("not read: {note}"))
    }

    fn names(list: &[Name]) -> Vec<String> {
        list.iter()
            .map(|n| match n {
                Name::Organization(o) => o.clone(),
                Name::Others => "others".into(),
                Name::Person { family, .. } => family.clone(),
            })
            .collect()
    }

    #[test]
    fn book_with_its_publisher_and_year_of_edition() {
        let c = cited("郑永年：《中国的“行为体”：政治与社会》，东方出版社2019年版，第88页。");
        assert_eq!(c.entry_type, "book");
        assert_eq!(names(&c.work.authors), ["郑永年"]);
        assert_eq!(c.work.title.as_deref(), Some("中国的“行为体”：政治与社会"));
        assert_eq!(c.work.publisher.as_deref(), Some("东方出版社"));
        assert_eq!(c.work.date, Some(Date::year(2019)));
        assert_eq!(c.pinpoint.as_deref(), Some("88"));
    }

    #[test]
    fn nationality_in_full_width_brackets_and_a_translator() {
        let c = cited(
            "［法］皮埃尔·杜邦：《欧洲的边界》，王芳译，上海：上海人民出版社2012年版，第10页。",
        );
        assert_eq!(names(&c.work.authors), ["皮埃尔·杜邦"]);
        assert_eq!(c.work.title.as_deref(), Some("欧洲的边界"));
        assert_eq!(c.work.publisher.as_deref(), Some("上海人民出版社"));
        assert_eq!(c.work.date, Some(Date::year(2012)));
    }

    #[test]
    fn article_in_a_journal_issue() {
        let c = cited(
            "高程、王震：《大国竞争与地区秩序》，载《世界经济与政治》2021年第7期，第4—31页。",
        );
        assert_eq!(c.entry_type, "article");
        assert_eq!(names(&c.work.authors), ["高程", "王震"]);
        assert_eq!(c.work.container.as_deref(), Some("世界经济与政治"));
        assert_eq!(c.work.number.as_deref(), Some("7"));
        assert_eq!(c.work.pages.as_deref(), Some("4--31"));
        // Without "载", as many journals write it.
        let c = cited("刘丰：《联盟与国际秩序》，《当代亚太》2019年第3期。");
        assert_eq!(c.work.container.as_deref(), Some("当代亚太"));
        assert_eq!(c.work.date, Some(Date::year(2019)));
    }

    #[test]
    fn chapter_in_an_edited_book() {
        let c = cited(
            "李巍：《金融外交》，载张宇燕主编：《全球治理》，社会科学文献出版社2018年版，第5—30页。",
        );
        assert_eq!(c.entry_type, "incollection");
        assert_eq!(names(&c.work.editors), ["张宇燕"]);
        assert_eq!(c.work.container.as_deref(), Some("全球治理"));
        assert_eq!(c.work.publisher.as_deref(), Some("社会科学文献出版社"));
    }

    #[test]
    fn newspaper_item_and_page_without_author() {
        let c = cited("《两国外长举行会谈》，载《光明日报》2020年5月3日，第4版。");
        assert_eq!(c.entry_type, "article");
        assert!(c.work.newspaper);
        assert!(c.work.authors.is_empty());
        assert_eq!(
            c.work.date.map(|d| (d.month, d.day)),
            Some((Some(5), Some(3)))
        );
        assert_eq!(c.work.pages.as_deref(), Some("4"));
    }

    #[test]
    fn editors_translators_nationality_and_places() {
        let c = cited("[英]赫德利·布尔：《无政府社会》，张小明译，世界知识出版社2003年版。");
        assert_eq!(names(&c.work.authors), ["赫德利·布尔"]);
        assert_eq!(c.work.title.as_deref(), Some("无政府社会"));
        let c = cited("王帆主编：《中国外交报告（2020）》，北京：时事出版社，2020年。");
        assert_eq!(names(&c.work.editors), ["王帆"]);
        assert_eq!(c.work.location.as_deref(), Some("北京"));
        assert_eq!(c.work.publisher.as_deref(), Some("时事出版社"));
    }

    #[test]
    fn official_page_with_its_date() {
        let c = cited("商务部：《对外投资合作国别指南》，2022年12月30日。");
        assert_eq!(c.entry_type, "online");
        assert_eq!(names(&c.work.authors), ["商务部"]);
    }

    #[test]
    fn characters_after_pinyin_are_taken_out() {
        let (text, runs) = characters_after_pinyin(
            "Zheng Yongnian 郑永年, Zhongguo moshi 中国模式 [The China model] (Hangzhou: Zhejiang renmin, 2010).",
        )
        .expect("runs");
        assert_eq!(
            text,
            "Zheng Yongnian, Zhongguo moshi [The China model] (Hangzhou: Zhejiang renmin, 2010)."
        );
        assert_eq!(runs, ["郑永年", "中国模式"]);
        // A Chinese note, or a Latin one without such runs, is left alone.
        assert_eq!(
            characters_after_pinyin("王缉思：《大国战略》，中信出版社2016年版。"),
            None
        );
        assert_eq!(
            characters_after_pinyin("Wang Jisi, Daguo zhanlüe (Beijing, 2016)."),
            None
        );
    }

    #[test]
    fn other_forms_are_left_to_the_labeller() {
        for note in [
            "冯绍雷. 大国博弈与欧亚秩序[M]. 上海: 华东师范大学出版社, 2019: 56.",
            "参见《人民日报》的评论，其中的观点值得商榷。",
            "See Wang Jisi, 《大国战略》, 2016.",
            "王缉思：《大国战略》，见于多处讨论。",
        ] {
            assert_eq!(read(&cjk_punctuation(note)), None, "{note}");
        }
    }
}
