//! A small HTTP/1.1 server for the link-checker tests: loopback only, one
//! thread per connection, `Connection: close`, and it stops by itself (when
//! dropped, or after a minute at most). Each path is one behaviour.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const MAX_LIFETIME: Duration = Duration::from_secs(60);
const HUGE_BYTES: usize = 50 * 1024 * 1024;

pub struct TestServer {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    state: Arc<State>,
    thread: Option<thread::JoinHandle<()>>,
}

#[derive(Default)]
struct State {
    hits: Mutex<HashMap<String, usize>>,
    agents: Mutex<Vec<String>>,
    first_hit: Mutex<HashMap<String, Instant>>,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    huge_sent: AtomicUsize,
}

impl TestServer {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("addr");
        let stop = Arc::new(AtomicBool::new(false));
        let state = Arc::new(State::default());
        let (stop2, state2) = (Arc::clone(&stop), Arc::clone(&state));
        let thread = thread::spawn(move || {
            let started = Instant::now();
            while !stop2.load(Ordering::SeqCst) && started.elapsed() < MAX_LIFETIME {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let state = Arc::clone(&state2);
                        let stop = Arc::clone(&stop2);
                        thread::spawn(move || serve(stream, &state, &stop, addr));
                    }
                    Err(_) => thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        TestServer {
            addr,
            stop,
            state,
            thread: Some(thread),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub fn hits(&self, path: &str) -> usize {
        self.state
            .hits
            .lock()
            .expect("lock")
            .get(path)
            .copied()
            .unwrap_or(0)
    }

    pub fn total_hits(&self) -> usize {
        self.state.hits.lock().expect("lock").values().sum()
    }

    pub fn agents(&self) -> Vec<String> {
        self.state.agents.lock().expect("lock").clone()
    }

    pub fn max_in_flight(&self) -> usize {
        self.state.max_in_flight.load(Ordering::SeqCst)
    }

    pub fn huge_bytes_sent(&self) -> usize {
        self.state.huge_sent.load(Ordering::SeqCst)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(stream: TcpStream, state: &State, stop: &AtomicBool, addr: SocketAddr) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut agent = String::new();
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if line == "\r\n" => break,
            Ok(_) => {
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("user-agent:") {
                    agent = v.trim().to_string();
                }
            }
        }
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let now = state.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    state.max_in_flight.fetch_max(now, Ordering::SeqCst);
    let n = {
        let mut hits = state.hits.lock().expect("lock");
        let n = hits.entry(path.clone()).or_insert(0);
        *n += 1;
        *n
    };
    state.agents.lock().expect("lock").push(agent.clone());
    let mut out = stream;
    if request_line.starts_with("HEAD") && path == "/nohead" {
        send(&mut out, "405 Method Not Allowed", &[], b"");
    } else {
        let path = if path == "/nohead" {
            "/ok".to_string()
        } else {
            path
        };
        respond(&mut out, &mut reader, &path, n, &agent, state, stop, addr);
    }
    state.in_flight.fetch_sub(1, Ordering::SeqCst);
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"
    )
}

/// One HTTP/1.1 answer that closes its connection; `status` is the status
/// line's code and reason ("200 OK").
pub fn send(out: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &[u8]) {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(body);
}

fn html(out: &mut TcpStream, status: &str, title: &str) {
    let body = page(
        title,
        "Совместное заявление о всепогодном и всестороннем стратегическом партнерстве.",
    );
    send(
        out,
        status,
        &[("Content-Type", "text/html; charset=utf-8")],
        body.as_bytes(),
    );
}

#[allow(clippy::too_many_arguments)]
fn respond(
    out: &mut TcpStream,
    reader: &mut BufReader<TcpStream>,
    path: &str,
    n: usize,
    agent: &str,
    state: &State,
    stop: &AtomicBool,
    addr: SocketAddr,
) {
    let redirect =
        |out: &mut TcpStream, status: &str, to: &str| send(out, status, &[("Location", to)], b"");
    match path {
        "/ok" => html(out, "200 OK", "Trade report 2023"),
        "/r301" => redirect(out, "301 Moved Permanently", "/ok"),
        "/r302" => redirect(out, "302 Found", "/ok"),
        "/r303" => redirect(out, "303 See Other", "/ok"),
        "/r307" => redirect(out, "307 Temporary Redirect", "/ok"),
        "/r308" => redirect(out, "308 Permanent Redirect", "/ok"),
        "/chain" => redirect(out, "301 Moved Permanently", "/chain2"),
        "/chain2" => redirect(out, "302 Found", "/chain3"),
        "/chain3" => redirect(out, "307 Temporary Redirect", "/ok"),
        "/loop-a" => redirect(out, "302 Found", "/loop-b"),
        "/loop-b" => redirect(out, "302 Found", "/loop-a"),
        "/to-root" => redirect(out, "301 Moved Permanently", "/"),
        "/" => html(out, "200 OK", "Home"),
        "/gone-after-move" => redirect(out, "301 Moved Permanently", "/e404"),
        "/e404" => html(out, "404 Not Found", "Not Found"),
        "/e410" => html(out, "410 Gone", "Gone"),
        "/soft404" => html(out, "200 OK", "Страница не найдена"),
        "/botblock" if agent.starts_with("mozilla/") => html(out, "200 OK", "Trade report 2023"),
        "/botblock" | "/forbidden" => html(out, "403 Forbidden", "Forbidden"),
        "/ra429" => {
            let first = *state
                .first_hit
                .lock()
                .expect("lock")
                .entry(path.to_string())
                .or_insert_with(Instant::now);
            if first.elapsed() < Duration::from_millis(900) {
                send(
                    out,
                    "429 Too Many Requests",
                    &[("Retry-After", "1")],
                    b"busy",
                );
            } else {
                html(out, "200 OK", "Trade report 2023");
            }
        }
        // Asks for an immediate retry on every request, for ever.
        "/ra0" => send(
            out,
            "429 Too Many Requests",
            &[("Retry-After", "0")],
            b"busy",
        ),
        "/flaky500" if n == 1 => html(out, "500 Internal Server Error", "Error"),
        "/flaky500" => html(out, "200 OK", "Trade report 2023"),
        "/e503" => html(out, "503 Service Unavailable", "Down"),
        "/slow" => {
            thread::sleep(Duration::from_millis(1200));
            html(out, "200 OK", "Trade report 2023");
        }
        "/hang" => {
            // Silent until the client gives up (EOF) or 10 s pass.
            let mut buf = [0u8; 1];
            let started = Instant::now();
            while !stop.load(Ordering::SeqCst) && started.elapsed() < Duration::from_secs(10) {
                match reader.read(&mut buf) {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(e)
                        if e.kind() == std::io::ErrorKind::WouldBlock
                            || e.kind() == std::io::ErrorKind::TimedOut => {}
                    Err(_) => break,
                }
            }
        }
        "/huge.pdf" => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: {HUGE_BYTES}\r\nConnection: close\r\n\r\n%PDF-1.7\n"
            );
            if out.write_all(head.as_bytes()).is_err() {
                return;
            }
            let chunk = vec![b'0'; 64 * 1024];
            let mut sent = 0;
            while sent < HUGE_BYTES && !stop.load(Ordering::SeqCst) {
                if out.write_all(&chunk).is_err() {
                    break;
                }
                sent += chunk.len();
                state.huge_sent.fetch_add(chunk.len(), Ordering::SeqCst);
            }
        }
        "/drift" => html(
            out,
            "200 OK",
            "UPDATED: this page is now about something else",
        ),
        "/cp1251" => {
            let text = page("Товарооборот достиг нового рекорда", "Текст");
            let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
            send(
                out,
                "200 OK",
                &[("Content-Type", "text/html; charset=windows-1251")],
                &bytes,
            );
        }
        "/frag" => html(out, "200 OK", "Joint statement"),
        "/escape" => html(
            out,
            "200 OK",
            "Report \u{1b}[31mred\u{1b}]0;pwned\u{7} [x](javascript:alert(1))",
        ),
        p if p.starts_with("/wayback/available") => {
            let body = if p.contains("badstamp") {
                // A timestamp that is not ASCII digits.
                format!(
                    "{{\"archived_snapshots\": {{\"closest\": {{\"status\": \"200\", \"available\": true, \"url\": \"http://{addr}/web/x/badstamp\", \"timestamp\": \"２０２３０１２８\"}}}}}}"
                )
            } else if p.contains("e404") {
                format!(
                    "{{\"url\": \"x\", \"archived_snapshots\": {{\"closest\": {{\"status\": \"200\", \"available\": true, \"url\": \"http://{addr}/web/20230128161208/e404\", \"timestamp\": \"20230128161208\"}}}}}}"
                )
            } else {
                "{\"url\": \"x\", \"archived_snapshots\": {}}".to_string()
            };
            send(
                out,
                "200 OK",
                &[("Content-Type", "application/json")],
                body.as_bytes(),
            );
        }
        // Articles for `refman import URL`: a page, a Word file served
        // as such, and a redirect to the page.
        "/articles/brief" => send(
            out,
            "200 OK",
            &[("Content-Type", "text/html; charset=utf-8")],
            &std::fs::read(crate::data("formats/brief.html")).unwrap_or_default(),
        ),
        "/articles/brief.docx" => send(
            out,
            "200 OK",
            &[(
                "Content-Type",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )],
            &std::fs::read(crate::data("formats/brief.docx")).unwrap_or_default(),
        ),
        "/articles/moved" => redirect(out, "301 Moved Permanently", "/articles/brief"),
        // A DOI resolver: one registered DOI, everything else unknown.
        "/doi/10.1234/known.2020" => redirect(out, "302 Found", "/ok"),
        p if p.starts_with("/doi/") => html(out, "404 Not Found", "DOI Not Found"),
        _ => html(out, "404 Not Found", "Not Found"),
    }
}
