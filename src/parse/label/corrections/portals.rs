//! A journal's issue as the French portals print it in the citation they
//! offer, which readers paste into notes: OpenEdition's `Revue [En ligne],
//! 45-3 | 2014, mis en ligne le 15 septembre 2017` (volume and issue, then
//! the year after a bar; the day it went online is no date of the work) and
//! Cairn's `Politique européenne, 2018/2 (n° 60)` (the year and its issue,
//! then the journal's running number).

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;

/// OpenEdition's "45-3 | 2014" (or "12 | 2019").
static BAR_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\]|\p{L}),\s+(\d{1,4})(?:-(\d{1,3}))?\s+\|\s+((?:19|20)\d\d)(?:[,.\s]|$)")
        .expect("OpenEdition issue pattern")
});

/// Cairn's "2018/2" read as a volume.
static YEAR_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?:19|20)\d\d)/(\d{1,2})$").expect("year and issue pattern"));

/// "n° 60", "no 2", "nº 3": the number's own mark.
static NUMBER_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:n[°º]|no|nr|№)\.?\s*(\d.*)$").expect("number mark pattern"));

pub(super) fn portal_issue(plain: &str, work: &mut Work) {
    if memchr::memchr(b'|', plain.as_bytes()).is_some()
        && let Some(c) = BAR_ISSUE.captures(plain)
    {
        let year: Option<i32> = c[3].parse().ok();
        work.volume = Some(c[1].to_string());
        if let Some(n) = c.get(2) {
            work.number = Some(n.as_str().to_string());
        }
        // The pages read were the volume and issue ("45-3").
        let issue = c.get(0).map_or("", |m| m.as_str());
        if work.pages.as_deref().is_some_and(|p| {
            let bare = p.replace("--", "-");
            issue.contains(&bare)
        }) {
            work.pages = None;
        }
        if let Some(year) = year
            && work.date.is_none_or(|d| d.year != year)
        {
            work.date = Some(Date::year(year));
        }
    }
    if let Some(volume) = work.volume.as_deref()
        && let Some(c) = YEAR_ISSUE.captures(volume)
        && work.date.is_none_or(|d| d.year.to_string() == c[1])
    {
        let (year, issue) = (c[1].to_string(), c[2].to_string());
        if work.date.is_none() {
            work.date = year.parse().ok().map(Date::year);
        }
        work.number.get_or_insert(issue);
        work.volume = None;
    }
    if let Some(number) = work.number.as_deref()
        && let Some(c) = NUMBER_MARK.captures(number)
    {
        work.number = Some(c[1].to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issues_as_portals_print_them() {
        let plain = "Jeanne Roux, « Les ports de la Baltique », Cahiers du monde russe [En ligne], 61-2 | 2020, mis en ligne le 3 mai 2022.";
        let mut w = Work {
            pages: Some("61--2".into()),
            date: Some(Date::year(2022)),
            ..Work::default()
        };
        portal_issue(plain, &mut w);
        assert_eq!(w.volume.as_deref(), Some("61"));
        assert_eq!(w.number.as_deref(), Some("2"));
        assert_eq!(w.pages, None);
        assert_eq!(w.date.map(|d| d.year), Some(2020));
        let mut w = Work {
            volume: Some("2019/4".into()),
            number: Some("n° 72".into()),
            ..Work::default()
        };
        portal_issue("Revue française, 2019/4 (n° 72), p. 5-20.", &mut w);
        assert_eq!(w.volume, None);
        assert_eq!(w.number.as_deref(), Some("72"));
        assert_eq!(w.date.map(|d| d.year), Some(2019));
    }
}
