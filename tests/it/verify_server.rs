//! A local server that plays the cited pages, the DOI resolver, Crossref,
//! OpenAlex and Open Library for the `verify` tests, from a routes file
//! (`tests/data/verify/*.toml`): each route matches a path, optionally a
//! text in the decoded query and in the `Accept` header, and answers with a
//! file or a body, a status, headers, a latency, a rate limit on its first
//! hits, or no answer at all. Loopback only; it stops when dropped, after a
//! minute at most, and every connection ends within its timeouts.

use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde::Deserialize;

const MAX_LIFETIME: Duration = Duration::from_secs(60);
const HANG: Duration = Duration::from_secs(8);

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    path: String,
    /// Matches every path that starts with `path`.
    #[serde(default)]
    prefix: bool,
    #[serde(default)]
    query: Option<String>,
    #[serde(default)]
    accept: Option<String>,
    /// Matches only requests whose `Accept-Datetime` contains this.
    #[serde(default)]
    accept_datetime: Option<String>,
    /// Sent as `Memento-Datetime`.
    #[serde(default)]
    memento_datetime: Option<String>,
    #[serde(default = "ok")]
    status: u16,
    #[serde(default, rename = "type")]
    content_type: Option<String>,
    #[serde(default)]
    file: Option<String>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    location: Option<String>,
    /// The first N hits get 429 with `Retry-After: 1`.
    #[serde(default)]
    limit_first: usize,
    /// Never answers (until the client gives up).
    #[serde(default)]
    hang: bool,
    /// The first `first_count` hits get this body instead (a job pending).
    #[serde(default)]
    first_body: Option<String>,
    #[serde(default)]
    first_count: usize,
}

fn ok() -> u16 {
    200
}

#[derive(Deserialize)]
struct Routes {
    route: Vec<Route>,
}

pub struct VerifyServer {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    log: Arc<Mutex<Vec<(String, Instant)>>>,
    thread: Option<thread::JoinHandle<()>>,
}

impl VerifyServer {
    /// Serves the routes of `tests/data/verify/NAME`; `latency` is added to
    /// every answer.
    pub fn start(name: &str, latency: Duration) -> Self {
        let base = super::data("verify");
        let text = std::fs::read_to_string(base.join(name)).expect("routes file");
        let routes: Routes = toml::from_str(&text).expect("routes parse");
        Self::with_routes(routes.route, base, latency)
    }

    pub fn with_routes(routes: Vec<Route>, base: PathBuf, latency: Duration) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("addr");
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let (stop2, log2) = (Arc::clone(&stop), Arc::clone(&log));
        let routes = Arc::new(routes);
        let base = Arc::new(base);
        let thread = thread::spawn(move || {
            let started = Instant::now();
            while !stop2.load(Ordering::SeqCst) && started.elapsed() < MAX_LIFETIME {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (routes, base, log, stop) = (
                            Arc::clone(&routes),
                            Arc::clone(&base),
                            Arc::clone(&log2),
                            Arc::clone(&stop2),
                        );
                        thread::spawn(move || {
                            serve(stream, &routes, &base, &log, &stop, latency, addr)
                        });
                    }
                    Err(_) => thread::sleep(Duration::from_millis(2)),
                }
            }
        });
        VerifyServer {
            addr,
            stop,
            log,
            thread: Some(thread),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Requests whose target starts with `prefix`.
    pub fn hits(&self, prefix: &str) -> usize {
        self.log
            .lock()
            .expect("lock")
            .iter()
            .filter(|(t, _)| t.starts_with(prefix))
            .count()
    }

    pub fn total_hits(&self) -> usize {
        self.log.lock().expect("lock").len()
    }

    /// When each request for targets starting with `prefix` arrived.
    pub fn times(&self, prefix: &str) -> Vec<Instant> {
        self.log
            .lock()
            .expect("lock")
            .iter()
            .filter(|(t, _)| t.starts_with(prefix))
            .map(|(_, at)| *at)
            .collect()
    }
}

impl Drop for VerifyServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn serve(
    stream: TcpStream,
    routes: &[Route],
    base: &std::path::Path,
    log: &Mutex<Vec<(String, Instant)>>,
    stop: &AtomicBool,
    latency: Duration,
    addr: SocketAddr,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(clone) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(clone);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut accept = String::new();
    let mut accept_datetime = String::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if line == "\r\n" => break,
            Ok(_) => {
                let lower = line.to_ascii_lowercase();
                if let Some(v) = lower.strip_prefix("accept:") {
                    accept = v.trim().to_string();
                }
                if lower.starts_with("accept-datetime:") {
                    accept_datetime = line["accept-datetime:".len()..].trim().to_string();
                }
            }
        }
    }
    let target = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (decode(p), decode(q)),
        None => (decode(&target), String::new()),
    };
    let seen = {
        let mut log = log.lock().expect("lock");
        let key = format!("{path}?{query}");
        let seen = log.iter().filter(|(t, _)| *t == key).count();
        log.push((key, Instant::now()));
        seen
    };
    let route = routes.iter().find(|r| {
        (r.path == path || (r.prefix && path.starts_with(&r.path)))
            && r.query
                .as_deref()
                .is_none_or(|q| query.to_lowercase().contains(&q.to_lowercase()))
            && r.accept.as_deref().is_none_or(|a| accept.contains(a))
            && r.accept_datetime
                .as_deref()
                .is_none_or(|a| accept_datetime.contains(a))
    });
    let mut out = stream;
    thread::sleep(latency);
    let Some(route) = route else {
        send(
            &mut out,
            404,
            &[("Content-Type", "text/plain")],
            b"no route",
        );
        return;
    };
    if route.hang {
        let until = Instant::now() + HANG;
        while Instant::now() < until && !stop.load(Ordering::SeqCst) {
            thread::sleep(Duration::from_millis(20));
        }
        return;
    }
    if seen < route.limit_first {
        send(&mut out, 429, &[("Retry-After", "1")], b"slow down");
        return;
    }
    let body = match (&route.file, &route.body) {
        _ if seen < route.limit_first + route.first_count && route.first_body.is_some() => {
            route.first_body.clone().unwrap_or_default().into_bytes()
        }
        (Some(file), _) => std::fs::read(base.join(file)).expect("route file"),
        (None, Some(body)) => body
            .replace("{server}", &format!("http://{addr}"))
            .into_bytes(),
        (None, None) => Vec::new(),
    };
    let mut headers: Vec<(&str, &str)> = Vec::new();
    if let Some(t) = &route.content_type {
        headers.push(("Content-Type", t));
    }
    if let Some(l) = &route.location {
        headers.push(("Location", l));
    }
    if let Some(m) = &route.memento_datetime {
        headers.push(("Memento-Datetime", m));
    }
    send(&mut out, route.status, &headers, &body);
}

fn send(out: &mut TcpStream, status: u16, headers: &[(&str, &str)], body: &[u8]) {
    super::links_server::send(out, &format!("{status} X"), headers, body);
}
