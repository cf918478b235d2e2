//! The link checker's own overhead: 10,000 URLs over 10 local hosts that
//! answer at once (no latency), through the real HTTP client, with
//! `--concurrency 64 --per-host 8`. Prints URLs per second and the peak
//! memory of the process (the in-process server included).
//!
//! Run with `cargo bench --bench links`.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use refman::links::http::HttpFetcher;
use refman::links::{Checker, Options, Status, Target};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

const URLS: usize = 10_000;
const HOSTS: usize = 10;

/// A keep-alive HTTP/1.1 server that answers every request with a small page.
async fn serve(listener: TcpListener) {
    let body = "<html><head><title>Trade report 2023</title></head><body><p>Text</p></body></html>";
    let response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            return;
        };
        let response = response.clone();
        tokio::spawn(async move {
            let (read, mut write) = stream.into_split();
            let mut lines = BufReader::new(read).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                if line.is_empty() && write.write_all(response.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
    }
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    runtime.block_on(async {
        let mut ports = Vec::new();
        for _ in 0..HOSTS {
            let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
            ports.push(listener.local_addr().expect("addr").port());
            tokio::spawn(serve(listener));
        }
        let targets: Vec<Target> = (0..URLS)
            .map(|i| Target {
                url: format!("http://127.0.0.1:{}/news/{i}.html", ports[i % HOSTS]),
                keys: vec![format!("k{i}")],
                titles: vec!["Trade report 2023".to_string()],
                date: None,
            })
            .collect();
        let options = Options {
            concurrency: 64,
            per_host: 8,
            allow_private: true,
            timeout: Duration::from_secs(5),
            ..Options::default()
        };
        let fetcher = HttpFetcher::new(options.timeout, options.per_host, options.allow_private).expect("client");
        let checker = Checker::new(fetcher, options);
        let start = Instant::now();
        let results = checker.check_all(targets, |_| {}).await;
        let elapsed = start.elapsed();
        let alive = results.iter().filter(|r| r.status == Status::Alive).count();
        assert_eq!(alive, URLS, "every URL answered");
        println!(
            "check-links: {URLS} URLs on {HOSTS} local hosts, {cores} cores: {:.2} s, {:.0} URLs/s, peak RSS {} MB",
            elapsed.as_secs_f64(),
            URLS as f64 / elapsed.as_secs_f64(),
            peak_rss_kb() / 1024
        );
    });
}
