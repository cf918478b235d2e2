//! The checker's logic against a scripted fake network.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use super::*;
use crate::links::address::is_private;

/// Answers per URL, in order; the last one repeats.
#[derive(Default)]
struct Fake {
    script: HashMap<String, Vec<Result<FetchResponse, FetchError>>>,
    calls: Mutex<Vec<(String, String)>>,
    dns: HashMap<String, IpAddr>,
}

impl Fake {
    fn on(mut self, url: &str, answers: Vec<Result<FetchResponse, FetchError>>) -> Self {
        self.script.insert(url.to_string(), answers);
        self
    }

    fn calls_to(&self, url: &str) -> Vec<String> {
        let calls = self.calls.lock().expect("lock");
        calls
            .iter()
            .filter(|(u, _)| u == url)
            .map(|(_, ua)| ua.clone())
            .collect()
    }
}

impl Fetcher for Fake {
    async fn get(&self, request: FetchRequest) -> Result<FetchResponse, FetchError> {
        let url = request.url.to_string();
        let n = {
            let mut calls = self.calls.lock().expect("lock");
            calls.push((url.clone(), request.user_agent.clone()));
            calls.iter().filter(|(u, _)| *u == url).count()
        };
        let answers = self
            .script
            .get(&url)
            .cloned()
            .unwrap_or_else(|| vec![Ok(html(404, "Not here"))]);
        let answer = answers.get(n - 1).or(answers.last()).cloned();
        let answer = answer.unwrap_or_else(|| Ok(html(404, "")));
        match answer {
            Ok(mut r) if request.user_agent.starts_with("refman") && r.status == 999 => {
                r.status = 403;
                Ok(r)
            }
            Ok(mut r) if r.status == 999 => {
                r.status = 200;
                Ok(r)
            }
            other => other,
        }
    }

    async fn resolve(&self, host: &str, _port: u16) -> Vec<IpAddr> {
        vec![
            *self
                .dns
                .get(host)
                .unwrap_or(&IpAddr::from([93, 184, 216, 34])),
        ]
    }
}

fn html(status: u16, title: &str) -> FetchResponse {
    FetchResponse {
        status,
        content_type: Some("text/html; charset=utf-8".into()),
        body: format!("<html><head><title>{title}</title></head><body><p>Товарооборот вырос на 2% за год.</p></body></html>").into_bytes(),
        ..FetchResponse::default()
    }
}

fn redirect(status: u16, to: &str) -> FetchResponse {
    FetchResponse {
        status,
        location: Some(to.to_string()),
        ..FetchResponse::default()
    }
}

fn with_retry_after(status: u16, after: &str) -> FetchResponse {
    FetchResponse {
        status,
        retry_after: Some(after.to_string()),
        ..FetchResponse::default()
    }
}

fn failure(kind: TransportError) -> Result<FetchResponse, FetchError> {
    Err(FetchError {
        kind,
        message: kind.reason().to_string(),
    })
}

fn options() -> Options {
    Options {
        max_retry_after: Duration::from_millis(20),
        min_retry_delay: Duration::from_millis(5),
        ..Options::default()
    }
}

fn check(fake: Fake, url: &str, titles: &[&str]) -> (LinkResult, Arc<Checker<Fake>>) {
    check_with(fake, url, titles, options())
}

fn check_with(
    fake: Fake,
    url: &str,
    titles: &[&str],
    options: Options,
) -> (LinkResult, Arc<Checker<Fake>>) {
    let checker = Checker::new(fake, options);
    let target = Target {
        url: url.to_string(),
        keys: vec!["k".into()],
        titles: titles.iter().map(|t| t.to_string()).collect(),
        date: Some("2023-03-18".into()),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let result = runtime.block_on(checker.check(&target));
    (result, checker)
}

const A: &str = "http://example.org/a";
const B: &str = "http://example.org/b";

#[test]
fn alive_page_with_its_title() {
    let (r, _) = check(
        Fake::default().on(A, vec![Ok(html(200, "Trade report"))]),
        A,
        &["Trade report"],
    );
    assert_eq!(
        (r.status, r.reason.as_str(), r.http_status),
        (Status::Alive, "ok", Some(200))
    );
    assert_eq!(r.title.as_deref(), Some("Trade report"));
    assert_eq!(r.drift, Some(false));
}

#[test]
fn permanent_and_temporary_redirects() {
    let fake = Fake::default()
        .on(A, vec![Ok(redirect(301, "/b"))])
        .on(B, vec![Ok(html(200, "T"))]);
    let (r, _) = check(fake, A, &[]);
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Redirected, "redirect-permanent")
    );
    assert_eq!(r.final_url.as_deref(), Some(B));
    assert_eq!(
        r.redirects,
        vec![Hop {
            url: A.into(),
            status: 301
        }]
    );
    for code in [302, 303, 307] {
        let fake = Fake::default()
            .on(A, vec![Ok(redirect(code, B))])
            .on(B, vec![Ok(html(200, "T"))]);
        let (r, _) = check(fake, A, &[]);
        assert_eq!(
            (r.status, r.reason.as_str()),
            (Status::Redirected, "redirect-temporary"),
            "{code}"
        );
    }
}

#[test]
fn loops_roots_and_dead_ends_are_broken() {
    let fake = Fake::default()
        .on(A, vec![Ok(redirect(302, B))])
        .on(B, vec![Ok(redirect(302, A))]);
    assert_eq!(check(fake, A, &[]).0.reason, "redirect-loop");
    let fake = Fake::default()
        .on(A, vec![Ok(redirect(301, "/"))])
        .on("http://example.org/", vec![Ok(html(200, "Home"))]);
    let (r, _) = check(fake, A, &[]);
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Broken, "redirect-to-root")
    );
    let fake = Fake::default()
        .on(A, vec![Ok(redirect(301, B))])
        .on(B, vec![Ok(html(404, "x"))]);
    let (r, _) = check(fake, A, &[]);
    assert_eq!(
        (r.status, r.reason.as_str(), r.final_url.as_deref()),
        (Status::Broken, "http-404", Some(B))
    );
    let (r, _) = check(Fake::default().on(A, vec![Ok(html(410, "Gone"))]), A, &[]);
    assert_eq!(r.reason, "http-410");
    let (r, _) = check(
        Fake::default().on(A, vec![Ok(html(200, "Страница не найдена"))]),
        A,
        &[],
    );
    assert_eq!((r.status, r.reason.as_str()), (Status::Broken, "soft-404"));
}

#[test]
fn bot_blocks_get_a_browser_user_agent_once() {
    let fake = Fake::default().on(A, vec![Ok(html(999, "Real page"))]);
    let (r, checker) = check(fake, A, &[]);
    assert_eq!(r.status, Status::Alive);
    let agents = checker.fetcher.calls_to(A);
    assert_eq!(agents.len(), 2);
    assert!(agents[0].starts_with("refman/") && agents[1].starts_with("Mozilla/5.0"));
    let (r, checker) = check(
        Fake::default().on(A, vec![Ok(html(403, "Forbidden"))]),
        A,
        &[],
    );
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Error, "bot-blocked")
    );
    assert_eq!(
        checker.fetcher.calls_to(A).len(),
        2,
        "never plain broken, never hammered"
    );
}

#[test]
fn retry_after_and_server_errors_are_retried() {
    let fake = Fake::default().on(A, vec![Ok(with_retry_after(429, "1")), Ok(html(200, "T"))]);
    let (r, checker) = check(fake, A, &[]);
    assert_eq!(r.status, Status::Alive);
    assert_eq!(checker.fetcher.calls_to(A).len(), 2);
    let fake = Fake::default().on(A, vec![Ok(html(500, "Oops")), Ok(html(200, "T"))]);
    assert_eq!(check(fake, A, &[]).0.status, Status::Alive);
    let (r, checker) = check(Fake::default().on(A, vec![Ok(html(503, "Down"))]), A, &[]);
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Broken, "server-error")
    );
    assert_eq!(
        checker.fetcher.calls_to(A).len(),
        3,
        "one try and two retries"
    );
}

#[test]
fn a_server_that_always_asks_to_retry_at_once_gets_a_bounded_number_of_requests() {
    // `Retry-After: 0` on every answer once made one URL loop for ever.
    let fake = Fake::default().on(A, vec![Ok(with_retry_after(429, "0"))]);
    let (r, checker) = check(fake, A, &[]);
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Error, "rate-limited")
    );
    assert_eq!(checker.fetcher.calls_to(A).len(), 5, "max_attempts");

    // Every wait is at least the minimum, whatever the server asks.
    let fake = Fake::default().on(A, vec![Ok(with_retry_after(503, "0"))]);
    let slow = Options {
        min_retry_delay: Duration::from_millis(40),
        ..options()
    };
    let started = Instant::now();
    let (_, checker) = check_with(fake, A, &[], slow);
    let calls = checker.fetcher.calls_to(A).len();
    assert_eq!(calls, 5);
    assert!(started.elapsed() >= Duration::from_millis(40 * 4));

    // The host's budget caps retries across all of its URLs.
    let b = "http://example.org/b";
    let fake = Fake::default()
        .on(A, vec![Ok(with_retry_after(429, "0"))])
        .on(b, vec![Ok(with_retry_after(429, "0"))]);
    let capped = Options {
        max_host_retries: 3,
        ..options()
    };
    let checker = Checker::new(fake, capped);
    let targets = [A, b]
        .iter()
        .map(|u| Target {
            url: u.to_string(),
            keys: vec![],
            titles: vec![],
            date: None,
        })
        .collect();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let results = runtime.block_on(checker.check_all(targets, |_| {}));
    assert_eq!(results.len(), 2);
    let total = checker.fetcher.calls_to(A).len() + checker.fetcher.calls_to(b).len();
    assert_eq!(total, 2 + 3, "two first requests and three retries");

    // The time budget of one URL bounds the sum of its waits.
    let fake = Fake::default().on(A, vec![Ok(with_retry_after(429, "0"))]);
    let budget = Options {
        min_retry_delay: Duration::from_millis(30),
        max_total_wait: Duration::from_millis(70),
        ..options()
    };
    let (_, checker) = check_with(fake, A, &[], budget);
    assert_eq!(
        checker.fetcher.calls_to(A).len(),
        3,
        "two waits fit in 70 ms"
    );
}

#[test]
fn transport_failures() {
    let (r, checker) = check(
        Fake::default().on(A, vec![failure(TransportError::Timeout)]),
        A,
        &[],
    );
    assert_eq!((r.status, r.reason.as_str()), (Status::Timeout, "timeout"));
    assert_eq!(
        checker.fetcher.calls_to(A).len(),
        1,
        "a timeout is not retried"
    );
    let (r, _) = check(
        Fake::default().on(A, vec![failure(TransportError::Refused)]),
        A,
        &[],
    );
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Error, "connection-refused")
    );
    let fake = Fake::default().on(A, vec![failure(TransportError::Other), Ok(html(200, "T"))]);
    assert_eq!(check(fake, A, &[]).0.status, Status::Alive);
    let (r, _) = check(Fake::default(), "not a url", &[]);
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Error, "invalid-url")
    );
    let (r, _) = check(Fake::default(), "ftp://example.org/file", &[]);
    assert_eq!(r.status, Status::Skipped);
}

#[test]
fn private_addresses_and_redirects_into_them_are_skipped() {
    let (r, checker) = check(Fake::default(), "http://127.0.0.1:8080/x", &[]);
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Skipped, "private-address")
    );
    assert!(
        checker
            .fetcher
            .calls_to("http://127.0.0.1:8080/x")
            .is_empty(),
        "no request sent"
    );
    let fake = Fake::default().on(A, vec![Ok(redirect(302, "http://127.0.0.1/admin"))]);
    let (r, checker) = check(fake, A, &[]);
    assert_eq!(
        (r.status, r.reason.as_str()),
        (Status::Skipped, "private-address")
    );
    assert!(r.message.contains("a redirect to"), "{}", r.message);
    assert!(
        checker
            .fetcher
            .calls_to("http://127.0.0.1/admin")
            .is_empty()
    );
    let mut fake = Fake::default();
    fake.dns
        .insert("intranet.example".into(), IpAddr::from([10, 1, 2, 3]));
    assert_eq!(
        check(fake, "http://intranet.example/", &[]).0.status,
        Status::Skipped
    );
    let fake = Fake::default().on("http://127.0.0.1:8080/x", vec![Ok(html(200, "T"))]);
    let allowed = Options {
        allow_private: true,
        ..options()
    };
    assert_eq!(
        check_with(fake, "http://127.0.0.1:8080/x", &[], allowed)
            .0
            .status,
        Status::Alive
    );
    for (ip, private) in [
        ("192.168.1.1", true),
        ("169.254.0.1", true),
        ("100.64.0.1", true),
        ("::1", true),
        ("fd00::1", true),
        ("8.8.8.8", false),
        ("2001:db8::1", false),
    ] {
        let ip: IpAddr = ip.parse().expect("ip");
        assert_eq!(is_private(&ip), private, "{ip}");
    }
}

#[test]
fn drift_fragments_and_archive() {
    let fake = Fake::default().on(A, vec![Ok(html(200, "UPDATED: something else"))]);
    assert_eq!(
        check(fake, A, &["Trade turnover reached a new record"])
            .0
            .drift,
        Some(true)
    );
    let fragment = "http://example.org/a#:~:text=%D0%A2%D0%BE%D0%B2%D0%B0%D1%80%D0%BE%D0%BE%D0%B1%D0%BE%D1%80%D0%BE%D1%82";
    let fake = Fake::default().on(A, vec![Ok(html(200, "T"))]);
    let (r, checker) = check(fake, fragment, &[]);
    assert_eq!(r.fragment_found, Some(true));
    assert_eq!(
        checker.fetcher.calls_to(A).len(),
        1,
        "the fragment is not sent"
    );
    let fake = Fake::default().on(A, vec![Ok(html(200, "T"))]);
    assert_eq!(
        check(fake, "http://example.org/a#:~:text=missing%20words", &[])
            .0
            .fragment_found,
        Some(false)
    );

    let wayback = "http://wayback.example/wayback/available?url=http%3A%2F%2Fexample.org%2Fa&timestamp=20230318";
    let snapshot = r#"{"archived_snapshots":{"closest":{"status":"200","available":true,"url":"http://wayback.example/web/20230101000000/http://example.org/a","timestamp":"20230101000000"}}}"#;
    let answer = FetchResponse {
        status: 200,
        body: snapshot.as_bytes().to_vec(),
        ..FetchResponse::default()
    };
    let fake = Fake::default()
        .on(A, vec![Ok(html(404, "x"))])
        .on(wayback, vec![Ok(answer)]);
    let archive_options = Options {
        archive: ArchiveMode::Failed,
        wayback_url: url::Url::parse("http://wayback.example").expect("url"),
        ..options()
    };
    let (r, _) = check_with(fake, A, &[], archive_options.clone());
    assert_eq!(
        r.archive.map(|a| a.timestamp).as_deref(),
        Some("20230101000000")
    );
    let fake = Fake::default().on(A, vec![Ok(html(200, "T"))]);
    let (r, checker) = check_with(fake, A, &[], archive_options);
    assert_eq!(r.archive, None);
    assert!(
        checker.fetcher.calls_to(wayback).is_empty(),
        "live links are not looked up"
    );
}

#[test]
fn ipv4_inside_ipv6_is_private_when_the_ipv4_is() {
    for private in [
        "::127.0.0.1",
        "::ffff:127.0.0.1",
        "64:ff9b::7f00:1",
        "2002:7f00:1::1",
        "::ffff:0:7f00:1",
        "2002:c0a8:101::",
        "64:ff9b::a00:1",
        "fec0::1",
        "ff02::1",
    ] {
        let ip: IpAddr = private.parse().expect("address");
        assert!(is_private(&ip), "{private}");
    }
    for public in [
        "2606:4700::1111",
        "64:ff9b::5db8:d822",
        "2002:5db8:d822::1",
        "::1:0:0:1",
    ] {
        let ip: IpAddr = public.parse().expect("address");
        assert!(!is_private(&ip), "{public}");
    }
}

#[test]
fn a_private_archive_is_not_asked_without_allow_private() {
    let fake = Fake::default().on(A, vec![Ok(html(404, "Gone"))]);
    let opts = Options {
        archive: ArchiveMode::Failed,
        wayback_url: url::Url::parse("http://127.0.0.1:9/").expect("url"),
        ..options()
    };
    let (r, checker) = check_with(fake, A, &[], opts);
    assert_eq!(r.status, Status::Broken);
    assert_eq!(r.archive, None);
    let calls = checker.fetcher.calls.lock().expect("lock").len();
    assert_eq!(calls, 1, "only the cited URL was requested");
}
