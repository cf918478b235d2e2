//! Reliability table throughput: 10,000 works over registry domains, suffix
//! rules, State Media Monitor outlets, unknown sites, journal titles and
//! DOIs. Figures: registry load (shipped TOML + SMM CSV), classification,
//! and each output format. The target is the whole table under 1 s.
//!
//! Run with `cargo bench --bench reliability`; `-- --write DIR` leaves the
//! library in `DIR/library.bib` to time the command itself:
//! `refman --library DIR reliability -o /dev/null`.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;
use common::family;

use std::time::Instant;

use refman::entry::{Entry, Name};
use refman::library::to_biblatex;
use refman::reliability::registry::Registry;
use refman::reliability::{Context, Work, report};

const SITES: [&str; 10] = [
    "https://www.belta.by/politics/view/",
    "https://president.gov.by/ru/events/",
    "https://minzdrav.gov.by/ru/news/",
    "https://library.fes.de/pdf-files/bueros/belarus/",
    "https://www.kommersant.ru/doc/",
    "https://zviazda.by/be/news/",
    "https://obo.web.ox.ac.uk/files/",
    "https://blog.example.org/posts/",
    "https://lenta.ru/news/",
    "https://www.dw.com/ru/a-",
];

fn library(n: usize) -> Vec<Entry> {
    (0..n)
        .map(|i| {
            let mut e = Entry::new(
                format!("k{i}"),
                if i % 7 == 0 { "article" } else { "online" },
            );
            e.set_names("author", &[Name::person(&family(i), "Roza")]);
            e.set_text("title", &format!("Товарооборот и политика, часть {i}"));
            e.set_text(
                "date",
                &format!("{}-{:02}-{:02}", 2010 + i % 15, i % 12 + 1, i % 28 + 1),
            );
            match i % 7 {
                0 if i % 2 == 0 => e.set_text("doi", &format!("10.1000/{i}")),
                0 => e.set_text(
                    "journaltitle",
                    "Журнал международного права и международных отношений",
                ),
                _ => e.set_text("url", &format!("{}{i}", SITES[i % SITES.len()])),
            }
            e
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let entries = library(10_000);
    if let Some(i) = args.iter().position(|a| a == "--write") {
        let dir = args.get(i + 1).expect("--write DIR");
        std::fs::create_dir_all(dir).expect("create dir");
        let text: Vec<String> = entries.iter().map(to_biblatex).collect();
        std::fs::write(format!("{dir}/library.bib"), text.join("\n")).expect("write library");
        return;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "reliability: {} works, {cores} cores available",
        entries.len()
    );

    let t = Instant::now();
    let registry = Registry::shipped().expect("registry");
    println!(
        "  load registry ({} entries): {:>8.1} ms",
        registry.len(),
        ms(t)
    );

    let works: Vec<Work<'_>> = entries
        .iter()
        .enumerate()
        .map(|(i, entry)| Work {
            entry,
            notes: vec![(i + 1).to_string()],
            short_forms: Vec::new(),
        })
        .collect();
    let context = Context {
        article_authors: vec!["Roza Turarbekava".to_string()],
        ..Context::default()
    };
    let t = Instant::now();
    let table = report(&works, &registry, &context);
    println!("  classify and summarise:        {:>8.1} ms", ms(t));

    let t = Instant::now();
    let json = serde_json::to_string(&table).expect("json");
    println!(
        "  JSON ({} MB):                 {:>8.1} ms",
        json.len() / 1_000_000,
        ms(t)
    );
    let unknown = table
        .rows
        .iter()
        .filter(|r| r.kind.id() == "unknown")
        .count();
    println!(
        "  ({unknown} unclassified rows, {} classes)",
        table.summary.by_class.len()
    );
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}
