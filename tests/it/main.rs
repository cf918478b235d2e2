//! refman's integration tests: one binary, shared helpers, one module per
//! area. Data lives in `tests/data/`; no test reaches the network.

mod anystyle;
mod cite;
mod citeproc;
mod cli;
mod export;
mod fixtures;
mod footnotes;
mod formats;
mod heldout;
mod hostile;
mod layouts;
mod library_cmds;
mod links;
mod links_server;
mod multilingual;
mod reliability;
mod render;
mod seed;
mod verify;
mod verify_server;
mod writes;
mod zotero;
mod zotero_server;

use std::fs;
use std::path::{Path, PathBuf};

use refman::entry::{Entry, Name};

/// A file under `tests/data/`.
pub fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

/// An external tool, or `None` (with a note) when it is missing and not required.
pub fn tool(name: &str, probe: &[&str]) -> Option<PathBuf> {
    let program = std::env::var_os(format!("REFMAN_{}", name.to_uppercase()))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(name));
    let works = std::process::Command::new(&program)
        .args(probe)
        .output()
        .is_ok_and(|o| o.status.success());
    if works {
        return Some(program);
    }
    assert!(
        std::env::var_os("REFMAN_REQUIRE_TOOLS").is_none(),
        "{name} is required (REFMAN_REQUIRE_TOOLS is set) but `{} {}` failed",
        program.display(),
        probe.join(" ")
    );
    eprintln!("note: {name} not installed; skipping its check (.ci/run installs it)");
    None
}

/// The refman binary, run in `dir` with no library set in the environment.
pub fn refman(dir: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("refman").expect("refman binary");
    // No user registry layer from the machine running the tests.
    cmd.current_dir(dir)
        .env_remove("REFMAN_LIBRARY")
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_CACHE_HOME", dir.join(".cache"))
        .env_remove("REFMAN_CACHE_DIR");
    cmd
}

/// Field values of an entry in the vocabulary of the expectation files:
/// names as `Family, Given` with organisations in braces, ranges with `-`.
pub fn observed(entry: &Entry, field: &str) -> Option<String> {
    let dashes = |s: String| s.replace("--", "-").replace('–', "-");
    match field {
        "entrytype" => Some(entry.entry_type.clone()),
        "author" | "editor" => {
            let names = entry.names(field);
            (!names.is_empty()).then(|| {
                names
                    .iter()
                    .map(|n| match n {
                        Name::Organization(o) => format!("{{{o}}}"),
                        other => other.display(),
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        }
        "title_translated" => entry.translated_title(),
        "container" => entry.container(),
        "date" => entry.date_field("date").map(|d| d.to_string()),
        "urldate" => entry.date_field("urldate").map(|d| d.to_string()),
        "language" => entry
            .text("langid")
            .and_then(|l| refman::lang::Language::from_name(&l))
            .map(|l| l.iso().to_string()),
        "pages" | "number" => entry.text(field).map(dashes),
        other => entry.text(other),
    }
}

/// Joins an expected name list the way [`observed`] does.
pub fn join_names(names: &[String]) -> String {
    names.join("; ")
}

/// The JSON report of a refman run that must succeed; its stderr is shown
/// when it did not.
pub fn json_report(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "refman failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("a JSON report on stdout")
}

/// The seed article with 17 endnotes.
pub const SEED: &str = "seeds/001_7327730271b26347.txt";

/// A temporary folder whose library holds the seed article's works.
pub fn seed_library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    refman(dir.path())
        .arg("import")
        .arg(data(SEED))
        .assert()
        .success();
    dir
}

/// Compares with the golden file `tests/data/NAME`, or writes it when
/// blessing (`REFMAN_BLESS=1`).
pub fn check_golden(name: &str, actual: &str) {
    let path = data(name);
    if std::env::var_os("REFMAN_BLESS").is_some() {
        fs::create_dir_all(path.parent().expect("parent")).expect("create dir");
        fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with REFMAN_BLESS=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from {} at line {}:\n  expected: {}\n  actual:   {}",
            path.display(),
            first + 1,
            expected.lines().nth(first).unwrap_or("<end>"),
            actual.lines().nth(first).unwrap_or("<end>"),
        );
    }
}
