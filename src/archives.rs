//! Web archives' copies: which addresses are archived copies, and what a
//! Wayback-style address says about the original and the capture time.
//! Shared by note reading (an archive link in a note) and the link checker.

/// Hosts whose pages are archived copies of other pages.
const ARCHIVE_HOSTS: &[&str] = &[
    "web.archive.org",
    "wayback.archive.org",
    "archive.today",
    "archive.ph",
    "archive.is",
    "archive.li",
    "archive.vn",
    "archive.md",
    "perma.cc",
    "webcitation.org",
    "arquivo.pt",
    "webarchive.loc.gov",
    "webarchive.nationalarchives.gov.uk",
    "ghostarchive.org",
];

fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    Some(host.to_ascii_lowercase())
}

/// Whether `url` is a web archive's copy of a page.
pub fn is_archive(url: &str) -> bool {
    host(url).is_some_and(|h| {
        ARCHIVE_HOSTS
            .iter()
            .any(|a| h == *a || h.strip_suffix(a).is_some_and(|p| p.ends_with('.')))
    })
}

/// The capture timestamp in a Wayback-style address (`…/web/20210515100000/…`),
/// whatever the host (an archive's mirror, a local test server).
pub fn web_timestamp(url: &str) -> Option<String> {
    url.rsplit_once("/web/")
        .map(|(_, rest)| {
            rest.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
        })
        .filter(|t| t.len() >= 8)
}

/// A Wayback-style copy (`…/web/20200504123000/https://ex.org/p`, also
/// archive.today's `…/20200504123000/https://…` and Arquivo's `…/wayback/…`):
/// the capture's date (year, month, day) and the original address.
pub fn wayback_parts(url: &str) -> Option<((i32, u8, u8), String)> {
    if !is_archive(url) {
        return None;
    }
    let path = url.split_once("://")?.1.split_once('/')?.1;
    let path = path
        .strip_prefix("web/")
        .or_else(|| path.strip_prefix("wayback/"))
        .unwrap_or(path);
    let (stamp, original) = path.split_once('/')?;
    parts(stamp, original)
}

/// The capture date of an archive timestamp (`20200504123000`, at least
/// `YYYYMMDD`).
pub fn capture_date(stamp: &str) -> Option<(i32, u8, u8)> {
    let digits = stamp
        .get(..8)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let year = digits[..4].parse().ok()?;
    let month: u8 = digits[4..6].parse().ok()?;
    let day: u8 = digits[6..8].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

fn parts(stamp: &str, original: &str) -> Option<((i32, u8, u8), String)> {
    let date = capture_date(stamp)?;
    let original = original.trim_start_matches('/');
    let original = if original.starts_with("http://") || original.starts_with("https://") {
        original.to_string()
    } else if let Some(rest) = original.strip_prefix("http:/") {
        format!("http://{rest}")
    } else if let Some(rest) = original.strip_prefix("https:/") {
        format!("https://{rest}")
    } else {
        return None;
    };
    Some((date, original))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archive_hosts_and_wayback_parts() {
        assert!(is_archive("https://web.archive.org/web/2020/https://x.org"));
        assert!(is_archive("http://archive.ph/abcde"));
        assert!(!is_archive("https://notarchive.ph/x"));
        assert!(!is_archive("https://example.org/web.archive.org"));
        assert_eq!(
            wayback_parts("https://web.archive.org/web/20200504123000/https://ex.org/p?q=1"),
            Some(((2020, 5, 4), "https://ex.org/p?q=1".into()))
        );
        assert_eq!(
            wayback_parts("https://web.archive.org/web/20191231id_/http:/ex.org/"),
            Some(((2019, 12, 31), "http://ex.org/".into()))
        );
        assert_eq!(
            wayback_parts("https://archive.ph/20210101000000/https://ex.org/a"),
            Some(((2021, 1, 1), "https://ex.org/a".into()))
        );
        assert_eq!(wayback_parts("https://archive.ph/abcde"), None);
        assert_eq!(wayback_parts("https://ex.org/web/20200101/https://x"), None);
    }
}
