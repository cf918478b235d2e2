//! The footnote form of Chinese social-science and law journals, read
//! exactly: `作者：《题名》，出版社2016年版，第45页。`, `作者：《题名》，载
//! 《刊名》2014年第5期，第102—128页。`, `作者：《题名》，载编者主编：《书名》，
//! 出版社2010年版。`, `《题名》，载《人民日报》2018年6月24日，第1版。`. Book
//! marks bound every title and container, and the imprint's words (`年版`,
//! `年第N期`, `载`, `主编`, `译`) say what each part is, so rules are exact
//! here where the labeller, trained mostly on Latin-script references, is
//! not. A note with anything the form does not explain is left to the
//! labeller.
//!
//! The text is read after [`super::text::cjk_punctuation`]: commas, colons
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
/// their role (`主编`, `编`, `著`, `等`), a colon, the title in book marks.
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:\[[^\]]{1,3}\]|［[^］]{1,3}］|〔[^〕]{1,3}〕|（[^）]{1,3}）)\s*)?",
        r"(?:(?P<names>[^《》:\d]{1,60}?)\s*(?P<role>主编|编著|编|等著|著|等)?\s*:\s*)?",
        r"《(?P<title>[^》]{1,200})》(?P<rest>.*)$",
    ))
    .expect("Chinese head pattern")
});

/// A translator after the title: "马娟娟译", "王缉思等译".
static TRANSLATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^《》,\d]{1,30}?等?译\s*(?:,\s*|$)").expect("translator"));

/// The work a part is in: `载` and a book with its editors, or a journal
/// or newspaper in book marks.
static CONTAINER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<in>载\s*)?(?:(?P<editors>[^《》:\d]{1,40}?)\s*(?:主编|编)\s*:\s*)?",
        r"《(?P<container>[^》]{1,120})》\s*,?\s*",
    ))
    .expect("Chinese container pattern")
});

/// A journal's year and issue: "2014年第5期".
static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<year>(?:19|20)\d\d)\s*年\s*第\s*(?P<number>\d{1,3})\s*期\s*(?:,\s*|$)")
        .expect("Chinese issue pattern")
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
        r"(?P<year>(?:19|20)\d\d)\s*年\s*(?:版|出版)?\s*(?:,\s*|$)",
    ))
    .expect("Chinese imprint pattern")
});

/// The page cited or the part's pages: "第45页", "第102—128页"; a
/// newspaper's page: "第1版".
static PAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^第\s*(?P<first>\d{1,5})\s*(?:[—–-]+\s*(?P<last>\d{1,5}))?\s*(?P<unit>页|版)\s*(?:,\s*|$)")
        .expect("Chinese pages pattern")
});

/// The work a note in the Chinese footnote form cites, or `None` where the
/// note is not in that form or has parts the form does not explain.
pub fn read(md: &str) -> Option<Cited> {
    if !md.contains('《') {
        return None;
    }
    let text = md.trim().trim_end_matches(['.', '。', ' ']);
    let head = HEAD.captures(text)?;
    let mut work = Work {
        title: Some(head["title"].trim().to_string()),
        ..Work::default()
    };
    if let Some(names) = head.name("names") {
        let names = chinese_names(names.as_str())?;
        match head.name("role").map(|m| m.as_str()) {
            Some("主编" | "编") => work.editors = names,
            Some("等" | "等著") => {
                work.authors = names;
                work.authors.push(Name::Others);
            }
            _ => work.authors = names,
        }
    }
    let mut rest = head.name("rest").map_or("", |m| m.as_str()).trim_start();
    rest = rest.trim_start_matches([',', ' ']);
    let mut entry_type = "book";
    let mut pinpoint = None;
    if let Some(m) = TRANSLATOR.find(rest) {
        rest = &rest[m.end()..];
    }
    if let Some(c) = CONTAINER.captures(rest) {
        work.container = Some(c["container"].trim().to_string());
        if let Some(editors) = c.name("editors") {
            work.editors = chinese_names(editors.as_str())?;
            entry_type = "incollection";
        } else {
            // A journal or newspaper, told by its date below; a book when
            // an imprint follows.
            entry_type = "article";
        }
        rest = &rest[c.get(0).map_or(0, |m| m.end())..];
    }
    if let Some(c) = ISSUE.captures(rest) {
        work.date = Some(Date::year(c["year"].parse().ok()?));
        work.number = Some(c["number"].to_string());
        rest = &rest[c.get(0).map_or(0, |m| m.end())..];
    } else if let Some(c) = DAY.captures(rest) {
        work.date = Some(Date {
            year: c["year"].parse().ok()?,
            month: c["month"].parse().ok().filter(|m| (1..=12).contains(m)),
            day: c["day"].parse().ok().filter(|d| (1..=31).contains(d)),
        });
        if work.container.is_some() {
            work.newspaper = true;
        } else {
            entry_type = "online";
        }
        rest = &rest[c.get(0).map_or(0, |m| m.end())..];
    } else if let Some(c) = IMPRINT.captures(rest) {
        work.date = Some(Date::year(c["year"].parse().ok()?));
        work.publisher = Some(c["publisher"].trim().to_string());
        work.location = c.name("place").map(|m| m.as_str().trim().to_string());
        if entry_type == "article" {
            // "载《书名》，出版社2010年版": a book with no editors named.
            entry_type = "incollection";
        }
        rest = &rest[c.get(0).map_or(0, |m| m.end())..];
    }
    if let Some(c) = PAGES.captures(rest) {
        let first = &c["first"];
        match c.name("last") {
            Some(last) => work.pages = Some(format!("{first}--{}", last.as_str())),
            None if &c["unit"] == "版" => work.pages = Some(first.to_string()),
            None => pinpoint = Some(first.to_string()),
        }
        rest = &rest[c.get(0).map_or(0, |m| m.end())..];
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
    Some(Cited {
        work,
        entry_type,
        pinpoint,
    })
}

/// Names as Chinese notes write them, each kept whole (`王缉思`, `李兴,
/// 刘军`, `约瑟夫·奈`); `None` when the text is not a list of names (a
/// sentence, Latin words).
fn chinese_names(text: &str) -> Option<Vec<Name>> {
    let names = super::names::whole_names(text);
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
    use crate::parse::text::cjk_punctuation;

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
