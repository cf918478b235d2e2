//! Rendering throughput: a bibliography of 300 entries (a long article) and
//! of 10,000 entries (a whole library) in chicago-notes, apa and ieee,
//! through the CSL engine, on every core; then the same entries again
//! through the render cache (serialised and read back, as between runs). Each figure is one run: the
//! first render in the process, as a user's command is.
//!
//! Run with `cargo bench --bench render` (`RENDER_BENCH_N=3000` and
//! `RENDER_BENCH_STYLE=mla` for one size and style, e.g. under a profiler). Compare with pandoc on the same
//! entries by writing them out first: `cargo bench --bench render -- --write DIR`
//! leaves `DIR/library.bib`, then
//! `pandoc doc.md -t plain --citeproc --bibliography DIR/library.bib --csl chicago-notes-bibliography.csl`
//! with `nocite: "@*"` in doc.md.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;
use common::family;

use std::time::Instant;

use refman::entry::{Entry, Name};
use refman::library::to_biblatex;
use refman::render::{RenderCache, Styler};

fn library(n: usize) -> Vec<Entry> {
    (0..n)
        .map(|i| match i % 3 {
            0 => {
                let mut e = Entry::new(format!("k{i}"), "article");
                e.set_names(
                    "author",
                    &[
                        Name::person(&family(i), "Ivan"),
                        Name::person("Doe", "Jane"),
                    ],
                );
                e.set_text("title", &format!("Belarus and its neighbours in year {i}"));
                e.set_text("journaltitle", "Journal of Eastern Studies");
                e.set_text("volume", &(i % 40 + 1).to_string());
                e.set_text("number", &(i % 4 + 1).to_string());
                e.set_text("pages", &format!("{}--{}", i % 300 + 1, i % 300 + 20));
                e.set_text("date", &(1990 + i % 33).to_string());
                e.set_text("langid", "english");
                e
            }
            1 => {
                let mut e = Entry::new(format!("k{i}"), "online");
                e.set_names("author", &[Name::person(&family(i), "Мария")]);
                e.set_text(
                    "title",
                    &format!("Какие перспективы сотрудничества номер {i}"),
                );
                e.set_text("titleaddon", &format!("[What are the prospects {i}]"));
                e.set_text("journaltitle", "Беларусь сегодня");
                e.set_text("date", &format!("2022-09-{:02}", i % 28 + 1));
                e.set_text("url", &format!("https://www.sb.by/articles/{i}.html"));
                e.set_text("langid", "russian");
                e
            }
            _ => {
                let mut e = Entry::new(format!("k{i}"), "report");
                e.set_names(
                    "author",
                    &[Name::Organization("Министерство иностранных дел".into())],
                );
                e.set_text("title", &format!("Отчёт {i}"));
                e.set_text("institution", "МИД");
                e.set_text("type", "Briefing Paper");
                e.set_text("date", &(2000 + i % 23).to_string());
                e.set_text("langid", "russian");
                e
            }
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let dir = args.get(i + 1).expect("--write DIR");
        let text: String = library(10_000)
            .iter()
            .map(|e| to_biblatex(e) + "\n\n")
            .collect();
        std::fs::write(format!("{dir}/library.bib"), text).expect("write library");
        return;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("{cores} cores");
    let sizes = std::env::var("RENDER_BENCH_N").map_or(vec![300, 10_000], |v| {
        vec![v.parse().expect("RENDER_BENCH_N: a number of entries")]
    });
    let styles = std::env::var("RENDER_BENCH_STYLE").map_or(
        vec!["chicago-notes".to_string(), "apa".into(), "ieee".into()],
        |v| vec![v],
    );
    for n in sizes {
        let entries = library(n);
        let refs: Vec<&Entry> = entries.iter().collect();
        for style in &styles {
            let start = Instant::now();
            let styler = Styler::named(style).expect("bundled style");
            let mut cache = RenderCache::new();
            let out = styler.bibliography_cached(&refs, &mut cache);
            let cold = start.elapsed();
            assert_eq!(out.len(), n);
            // Unchanged entries again, through the cache saved and read back.
            let start = Instant::now();
            let mut cache = RenderCache::from_json(&cache.to_json());
            let again = styler.bibliography_cached(&refs, &mut cache);
            let warm = start.elapsed();
            assert_eq!(again.len(), n);
            println!(
                "{n:>6} entries  {style:<14} {:>8.1} ms   cached again {:>6.1} ms",
                cold.as_secs_f64() * 1e3,
                warm.as_secs_f64() * 1e3
            );
        }
    }
}
