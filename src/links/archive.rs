//! The Wayback Machine availability API
//! (`/wayback/available?url=U&timestamp=YYYYMMDD`): the request for the
//! snapshot closest to the date a work was cited, and its answer
//! (`archived_snapshots.closest.{url,timestamp,status,available}`).

use serde::Deserialize;

use super::Archive;

/// The availability query for `target`, near `date` (YYYY[-MM[-DD]]).
pub fn availability_url(base: &url::Url, target: &str, date: Option<&str>) -> url::Url {
    let mut url = base.clone();
    let path = format!("{}/wayback/available", base.path().trim_end_matches('/'));
    url.set_path(&path);
    {
        let mut query = url.query_pairs_mut();
        query.clear().append_pair("url", target);
        if let Some(stamp) = date.map(timestamp).filter(|s| !s.is_empty()) {
            query.append_pair("timestamp", &stamp);
        }
    }
    url
}

/// `2023-03-18` → `20230318`; a year alone → `2023`.
fn timestamp(date: &str) -> String {
    date.chars().filter(char::is_ascii_digit).take(14).collect()
}

#[derive(Deserialize)]
struct Availability {
    #[serde(default)]
    archived_snapshots: Snapshots,
}

#[derive(Deserialize, Default)]
struct Snapshots {
    closest: Option<Closest>,
}

#[derive(Deserialize)]
struct Closest {
    url: String,
    timestamp: String,
    #[serde(default)]
    available: bool,
    #[serde(default)]
    status: Option<String>,
}

/// The closest available snapshot with a 2xx status, if the answer has one.
pub fn parse_availability(body: &[u8]) -> Option<Archive> {
    let answer: Availability = serde_json::from_slice(body).ok()?;
    let closest = answer.archived_snapshots.closest?;
    let ok_status = closest.status.as_deref().is_none_or(|s| s.starts_with('2'));
    (closest.available && ok_status).then_some(Archive {
        url: closest.url,
        timestamp: closest.timestamp,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_and_answer_in_the_real_api_format() {
        let base = url::Url::parse("https://archive.org").expect("url");
        let q = availability_url(&base, "http://example.org/a?b=1", Some("2023-03-18"));
        assert_eq!(
            q.as_str(),
            "https://archive.org/wayback/available?url=http%3A%2F%2Fexample.org%2Fa%3Fb%3D1&timestamp=20230318"
        );
        let body = br#"{"url": "example.org/a", "archived_snapshots": {"closest": {"status": "200", "available": true, "url": "http://web.archive.org/web/20230128161208/http://example.org/a", "timestamp": "20230128161208"}}}"#;
        assert_eq!(
            parse_availability(body),
            Some(Archive {
                url: "http://web.archive.org/web/20230128161208/http://example.org/a".into(),
                timestamp: "20230128161208".into()
            })
        );
        assert_eq!(
            parse_availability(br#"{"url": "x", "archived_snapshots": {}}"#),
            None
        );
        assert_eq!(parse_availability(b"not json"), None);
    }
}
