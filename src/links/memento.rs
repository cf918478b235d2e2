//! Memento TimeMaps (RFC 7089): an archive's list of captures of a URL in
//! link format (`<uri>; rel="memento"; datetime="…"`), read to choose the
//! capture closest to the date a work was cited. Any Memento archive or
//! aggregator answers in this form: the Internet Archive, archive.today,
//! Arquivo.pt, the Library of Congress, Perma.cc.

use super::Archive;

/// The TimeMap address of `target` at an archive's TimeMap base
/// (`https://web.archive.org/web/timemap/link/`): the target appended.
pub fn timemap_url(base: &url::Url, target: &str) -> Option<url::Url> {
    url::Url::parse(&format!("{}{}", base.as_str(), target)).ok()
}

/// Every memento of a TimeMap: its address and its time as a Wayback
/// timestamp (`YYYYMMDDhhmmss`).
pub fn mementos(text: &str) -> Vec<Archive> {
    let mut out = Vec::new();
    // Links are separated by commas outside angle brackets and quotes.
    let mut link = String::new();
    let (mut angle, mut quote) = (false, false);
    let mut links = Vec::new();
    for c in text.chars() {
        match c {
            '<' if !quote => angle = true,
            '>' if !quote => angle = false,
            '"' if !angle => quote = !quote,
            ',' if !angle && !quote => {
                links.push(std::mem::take(&mut link));
                continue;
            }
            _ => {}
        }
        link.push(c);
    }
    links.push(link);
    for link in links {
        let link = link.trim();
        let Some(start) = link.find('<') else {
            continue;
        };
        let Some(end) = link[start..].find('>') else {
            continue;
        };
        let uri = &link[start + 1..start + end];
        let params = &link[start + end + 1..];
        let rel = param(params, "rel").unwrap_or_default();
        if !rel.split_whitespace().any(|r| r == "memento") {
            continue;
        }
        let Some(stamp) = param(params, "datetime").and_then(|d| http_date_stamp(&d)) else {
            continue;
        };
        out.push(Archive {
            url: uri.to_string(),
            timestamp: stamp,
        });
    }
    out
}

fn param(params: &str, name: &str) -> Option<String> {
    params.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// `Tue, 20 Jun 2000 18:02:59 GMT` as `20000620180259`.
fn http_date_stamp(date: &str) -> Option<String> {
    let t = httpdate::parse_http_date(date.trim()).ok()?;
    let rfc = humantime::format_rfc3339_seconds(t).to_string();
    Some(rfc.chars().filter(char::is_ascii_digit).take(14).collect())
}

/// The HTTP date (`Thu, 01 Jul 2021 00:00:00 GMT`) of a cited date
/// (`YYYY[-MM[-DD]]`; a year or a month alone stands for its first day), for
/// a TimeGate's `Accept-Datetime`.
pub fn http_date(date: &str) -> Option<String> {
    let digits: String = date.chars().filter(char::is_ascii_digit).collect();
    let year = digits.get(0..4)?;
    let month = digits.get(4..6).unwrap_or("01");
    let day = digits.get(6..8).unwrap_or("01");
    let t = humantime::parse_rfc3339(&format!("{year}-{month}-{day}T00:00:00Z")).ok()?;
    Some(httpdate::fmt_http_date(t))
}

/// A TimeGate's answer as a capture: the memento's address and its time,
/// from `Memento-Datetime` or else from a Wayback-style address
/// (`…/web/20210515100000/…`). `None` when the answer is not a memento.
pub fn from_memento(url: &str, memento_datetime: Option<&str>) -> Option<Archive> {
    let timestamp = memento_datetime
        .and_then(http_date_stamp)
        .or_else(|| crate::archives::web_timestamp(url))?;
    Some(Archive {
        url: url.to_string(),
        timestamp,
    })
}

/// The memento closest to `date` (YYYY[-MM[-DD]]), or the newest without
/// one.
pub fn closest(mementos: Vec<Archive>, date: Option<&str>) -> Option<Archive> {
    // A year or a month alone stands for its first day.
    let wanted: Option<u64> = date.map(|d| {
        let digits: String = d.chars().filter(char::is_ascii_digit).collect();
        let part = |range: std::ops::Range<usize>, default: u64| {
            digits
                .get(range)
                .and_then(|p| p.parse().ok())
                .unwrap_or(default)
        };
        part(0..4, 0) * 10_000 + part(4..6, 1) * 100 + part(6..8, 1)
    });
    let key = |a: &Archive| -> u64 {
        a.timestamp
            .get(..8)
            .and_then(|d| d.parse().ok())
            .unwrap_or(0)
    };
    match wanted {
        Some(w) => mementos
            .into_iter()
            .min_by_key(|a| days(key(a)).abs_diff(days(w))),
        None => mementos.into_iter().max_by_key(|a| a.timestamp.clone()),
    }
}

/// A `YYYYMMDD` number as a day count, near enough to compare distances.
fn days(ymd: u64) -> u64 {
    let (y, m, d) = (ymd / 10_000, (ymd / 100) % 100, ymd % 100);
    y * 372 + m * 31 + d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timegate_dates_and_answers() {
        assert_eq!(
            http_date("2021-05-01").as_deref(),
            Some("Sat, 01 May 2021 00:00:00 GMT")
        );
        assert_eq!(
            http_date("2019").as_deref(),
            Some("Tue, 01 Jan 2019 00:00:00 GMT")
        );
        assert_eq!(http_date("n.d."), None);
        let m = from_memento("https://a.org/x", Some("Sat, 15 May 2021 10:00:00 GMT"))
            .expect("memento");
        assert_eq!(m.timestamp, "20210515100000");
        let w = from_memento(
            "https://web.archive.org/web/20200102030405/https://e.org/",
            None,
        )
        .expect("wayback form");
        assert_eq!(w.timestamp, "20200102030405");
        assert_eq!(from_memento("https://e.org/page", None), None);
    }

    const TIMEMAP: &str = r#"<http://example.org/a>; rel="original",
<https://web.archive.org/web/timemap/link/http://example.org/a>; rel="self"; type="application/link-format",
<https://web.archive.org/web/20190101000000/http://example.org/a>; rel="first memento"; datetime="Tue, 01 Jan 2019 00:00:00 GMT",
<https://web.archive.org/web/20210615120000/http://example.org/a>; rel="memento"; datetime="Tue, 15 Jun 2021 12:00:00 GMT",
<https://web.archive.org/web/20230301000000/http://example.org/a>; rel="last memento"; datetime="Wed, 01 Mar 2023 00:00:00 GMT""#;

    #[test]
    fn the_capture_closest_to_the_citation() {
        let all = mementos(TIMEMAP);
        assert_eq!(all.len(), 3);
        assert_eq!(all[1].timestamp, "20210615120000");
        let near = |d: Option<&str>| closest(mementos(TIMEMAP), d).map(|a| a.timestamp);
        assert_eq!(near(Some("2021-05-01")).as_deref(), Some("20210615120000"));
        assert_eq!(near(Some("2018")).as_deref(), Some("20190101000000"));
        assert_eq!(near(None).as_deref(), Some("20230301000000"));
        assert!(mementos("not a timemap").is_empty());
    }
}
