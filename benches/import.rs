//! Throughput of the import path and of the library, on one thread:
//!
//! - reading and parsing a generated article of 50,000 endnotes in the
//!   styles refman meets (Chicago, APA, GOST, the seed's own, ibid);
//! - planning the import of those notes into an empty library;
//! - loading a generated library of 100,000 entries, saving it with one new
//!   entry (every loaded byte is copied), and writing all 100,000 entries as
//!   BibLaTeX again.
//!
//! Run with `cargo bench --bench import`; pin to one core with
//! `taskset -c 0 cargo bench --bench import`. Each figure is the median of
//! five runs.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;
use common::family;

use std::hint::black_box;
use std::time::{Duration, Instant};

use refman::entry::{Entry, Name};
use refman::library::{Library, to_biblatex};

const NOTES: usize = 50_000;
const ENTRIES: usize = 100_000;
const RUNS: usize = 5;

fn note(n: usize) -> String {
    let f = family(n);
    match n % 6 {
        0 => format!(
            "Ivan {f}, \"Belarus and Its Neighbours in Year {n},\" *Journal of Eastern Studies* {}, no. {} ({}): {}–{}.",
            n % 40 + 1,
            n % 4 + 1,
            1990 + n % 33,
            n % 300 + 1,
            n % 300 + 20
        ),
        1 => format!(
            "Мария {f}. \"Какие перспективы сотрудничества номер {n} [What are the prospects {n}].\" *Беларусь сегодня*, September {}, 2022. <https://www.sb.by/articles/{n}.html>",
            n % 28 + 1
        ),
        2 => format!(
            "{f} Р. Белорусско-китайские отношения выпуск {n} // Журнал международного права. {}. № 1–2. С. 72–78.",
            2000 + n % 23
        ),
        3 => format!(
            "{f}, J. A., & Doe, R. ({}). Belarus between Russia and China {n}. Journal of Eurasian Studies, 10(2), 101–115. https://doi.org/10.1016/j.euras.{n}",
            2000 + n % 23
        ),
        4 => format!(
            "Посольство КНР в РБ. \"Совместное заявление {n} [A joint statement {n}].\" March 2, 2023. https://www.fmprc.gov.cn/rus/{n}.html"
        ),
        _ => "Ibid., 45.".to_string(),
    }
}

fn article(notes: usize) -> String {
    let mut text = String::from("A generated article.^1\n\nNotes\n\n");
    for n in 1..=notes {
        text.push_str(&format!("{n}. {}\n", note(n)));
    }
    text
}

fn library_source(entries: usize) -> String {
    let mut out = String::with_capacity(entries * 300);
    for n in 0..entries {
        let mut e = Entry::new(
            format!("key{n}"),
            if n % 2 == 0 { "article" } else { "online" },
        );
        e.set_names(
            "author",
            &[
                Name::person(&family(n), "Ivan"),
                Name::Organization("БелТА".into()),
            ],
        );
        e.set_text(
            "title",
            &format!("Белорусско-китайские отношения: эволюция {n}"),
        );
        e.set_text("titleaddon", "[Belarusian-Chinese relations]");
        e.set_text("journaltitle", "Журнал международного права");
        e.set_text("date", &format!("{}-03-27", 2000 + n % 23));
        e.set_text(
            "url",
            &format!("https://example.org/doc/{n}#:~:text=%D0%9F"),
        );
        e.set_text("langid", "russian");
        out.push_str(&to_biblatex(&e));
        out.push_str("\n\n");
    }
    out
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let runs = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    median(runs)
}

fn main() {
    // `cargo bench` passes --bench; a bare word picks one group:
    // `cargo bench --bench import -- article` or `-- library`.
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |group: &str| only.as_deref().is_none_or(|o| o == group);
    if wants("article") {
        article_group();
    }
    if wants("library") {
        library_group();
    }
}

fn article_group() {
    let text = article(NOTES);
    println!("article: {NOTES} notes, {:.1} MB", text.len() as f64 / 1e6);

    let read = time(|| refman::article::read_notes(&text).map(|a| a.notes.len()));
    let notes = refman::article::read_notes(&text).expect("notes").notes;
    let parse = time(|| {
        notes
            .iter()
            .map(|n| refman::parse::parse_note(&n.text).confidence)
            .sum::<f32>()
    });
    let article = refman::article::read_notes(&text).expect("notes");
    let empty = Library::empty("bench-library");
    let plan = time(|| refman::import::plan(&article, &empty).new_entries.len());
    let per_sec = |d: Duration| NOTES as f64 / d.as_secs_f64();
    println!(
        "find notes:        {:>8.1} ms  {:>10.0} notes/s",
        read.as_secs_f64() * 1e3,
        per_sec(read)
    );
    println!(
        "parse notes:       {:>8.1} ms  {:>10.0} notes/s",
        parse.as_secs_f64() * 1e3,
        per_sec(parse)
    );
    println!(
        "find+parse:        {:>8.1} ms  {:>10.0} notes/s",
        (read + parse).as_secs_f64() * 1e3,
        per_sec(read + parse)
    );
    println!(
        "plan import:       {:>8.1} ms  {:>10.0} notes/s",
        plan.as_secs_f64() * 1e3,
        per_sec(plan)
    );
}

fn library_group() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = library_source(ENTRIES);
    std::fs::write(dir.path().join("library.bib"), &source).expect("write library");
    println!(
        "library: {ENTRIES} entries, {:.1} MB",
        source.len() as f64 / 1e6
    );
    let load = time(|| Library::open(dir.path()).expect("load").len());
    // Only the save is timed; the load before it and the restore after it
    // are not.
    let save = median(
        (0..RUNS)
            .map(|_| {
                let mut lib = Library::open(dir.path()).expect("load");
                let mut e = Entry::new("added-in-bench", "misc");
                e.set_text("title", "Added");
                lib.add(e);
                let start = Instant::now();
                lib.save().expect("save");
                let elapsed = start.elapsed();
                std::fs::write(dir.path().join("library.bib"), &source).expect("restore");
                elapsed
            })
            .collect(),
    );
    let lib = Library::open(dir.path()).expect("load");
    let write_all = time(|| lib.entries().map(|e| to_biblatex(e).len()).sum::<usize>());
    println!("load library:      {:>8.1} ms", load.as_secs_f64() * 1e3);
    println!("save (1 new entry):{:>8.1} ms", save.as_secs_f64() * 1e3);
    println!(
        "write all as .bib: {:>8.1} ms",
        write_all.as_secs_f64() * 1e3
    );
}
