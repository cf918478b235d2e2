//! Chinese references with Latin stops between their parts, as Chinese
//! Wikipedia's citation templates print them: `作者. 标题. 网站. 2022-09-15.`
//! for a page, `作者; 作者. 标题. 期刊. 2019, 40 (3): 45–60.` for an
//! article. A title in characters with no space between words gives the
//! labeller nothing to hold; the stops and the day that follows the site
//! say where each part ends. (The access date in brackets and the archive
//! note are taken out before, by [`super::wiki_marks`] and
//! [`super::links`].)

use std::sync::LazyLock;

use regex::Regex;

use super::Work;
use super::chinese::Cited;
use super::dates;
use super::label::tokens::is_cjk;

/// The part after the site or journal: a day, a month or a year, and a
/// journal's volume, issue and pages.
static DETAILS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<date>(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?)(?:,\s*(?P<volume>\d{1,4})?\s*(?:\((?P<issue>\d{1,4})\))?)?(?::\s*(?P<first>\d{1,5})(?:\s*[–—-]\s*(?P<last>\d{1,5}))?)?$",
    )
    .expect("Chinese wiki details pattern")
});

/// The work such a note cites, or `None` where the note is not in the form.
pub(super) fn read(md: &str) -> Option<Cited> {
    // Every note passes here: an ideograph's lead byte is looked for
    // first, then the stops.
    if !super::chinese::may_have_ideographs(md)
        || !md.contains(". ")
        || md.contains('《')
        || md.contains('〈')
    {
        return None;
    }
    let text = md.trim().trim_end_matches(['.', ' ']);
    let parts: Vec<&str> = text.split(". ").map(str::trim).collect();
    let at = parts.iter().position(|p| DETAILS.is_match(p))?;
    // The details end the reference.
    if at + 1 != parts.len() {
        return None;
    }
    let (names, title, site) = match &parts[..at] {
        [title, site] => (None, *title, *site),
        [names, title, site] => (Some(*names), *title, *site),
        _ => return None,
    };
    let han = |s: &str| s.chars().filter(|c| is_cjk(*c)).count();
    if han(title) < 4 || han(site) < 2 || site.chars().count() > 24 {
        return None;
    }
    if site.contains(|c: char| c.is_ascii_digit() || ",:;()".contains(c)) {
        return None;
    }
    let details = DETAILS.captures(parts[at])?;
    let date = dates::parse_date(&details["date"])?;
    // Unsigned, only a page of a site dated to the day.
    if names.is_none() && date.day.is_none() {
        return None;
    }
    let mut work = Work {
        title: Some(title.to_string()),
        container: Some(site.to_string()),
        date: Some(date),
        volume: details.name("volume").map(|m| m.as_str().to_string()),
        number: details.name("issue").map(|m| m.as_str().to_string()),
        ..Work::default()
    };
    if let Some(first) = details.name("first") {
        work.pages = Some(match details.name("last") {
            Some(last) => format!("{}--{}", first.as_str(), last.as_str()),
            None => first.as_str().to_string(),
        });
    }
    if let Some(names) = names {
        // Names in characters, or in Latin letters ("Walker, Shaun"), are
        // read by the labeller; only characters are read here.
        if !names.chars().all(|c| is_cjk(c) || "; ,、·".contains(c)) {
            return None;
        }
        work.authors = super::chinese::chinese_names(names)?;
    }
    let journal = work.volume.is_some() || work.number.is_some() || work.pages.is_some();
    // A site's page is dated to the day; a journal's article numbered.
    work.newspaper = !journal && date.day.is_some();
    Some(Cited {
        work,
        entry_type: if journal || date.day.is_some() {
            "article"
        } else {
            "online"
        },
        pinpoint: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_articles_in_chinese_wikipedia_s_form() {
        let cited = read("王磊. 中白关系进入新阶段. 新华网. 2022-09-15.").expect("a page");
        assert_eq!(cited.work.title.as_deref(), Some("中白关系进入新阶段"));
        assert_eq!(cited.work.container.as_deref(), Some("新华网"));
        assert_eq!(cited.work.authors.len(), 1);
        assert_eq!(cited.work.date, dates::parse_date("2022-09-15"));
        let cited = read("白俄罗斯总统将访华. 人民网. 2023-02-27.").expect("unsigned");
        assert!(cited.work.authors.is_empty());
        assert_eq!(cited.work.container.as_deref(), Some("人民网"));
        let cited = read("李明; 张华. 白俄罗斯经济转型研究. 俄罗斯东欧中亚研究. 2019, (3): 45–60.")
            .expect("an article");
        assert_eq!(cited.entry_type, "article");
        assert_eq!(cited.work.authors.len(), 2);
        assert_eq!(cited.work.number.as_deref(), Some("3"));
        assert_eq!(cited.work.pages.as_deref(), Some("45--60"));
        assert_eq!(cited.work.container.as_deref(), Some("俄罗斯东欧中亚研究"));
        // Names in Latin letters, a GB/T code, prose: not this form.
        assert_eq!(
            read("Walker, Shaun. Belarus election. The Guardian. 2020-08-10."),
            None
        );
        assert_eq!(
            read("王磊. 中白关系[J]. 国际问题研究, 2019, 40(3): 51-60."),
            None
        );
        assert_eq!(read("参见王磊. 这是一段很长的评论. 2019."), None);
    }
}
