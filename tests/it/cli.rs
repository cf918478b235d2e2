//! The `refman import` command run as a user runs it: in a temporary
//! directory, checking stdout, stderr, exit code and the files left behind.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use refman::library::Library;

use crate::{data, json_report, refman};

const SEED: &str = "seeds/001_7327730271b26347.txt";

fn library_file(dir: &Path) -> PathBuf {
    dir.join("bibliography/library.bib")
}

/// Every file under `dir` with its bytes, to prove nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("read dir") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((path.clone(), fs::read(&path).expect("read file")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn import_writes_the_library_and_a_second_import_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = refman(dir.path())
        .arg("import")
        .arg(data(SEED))
        .output()
        .expect("run");
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let stdout = String::from_utf8_lossy(&first.stdout);
    assert!(
        stdout.contains("17 notes, 17 works cited: 15 new, 0 existing, 2 repeats"),
        "{stdout}"
    );
    assert!(stdout.contains("repeat of viii"), "{stdout}");

    let bib = library_file(dir.path());
    let before = fs::read(&bib).expect("library written");
    let lib = Library::open(dir.path().join("bibliography")).expect("library parses");
    assert_eq!(lib.len(), 15);
    let text = String::from_utf8_lossy(&before);
    assert!(text.contains("author = {{БелТА}}"), "{text}");
    assert!(text.contains("@article{kryuchkova2023,"), "{text}");

    let second = refman(dir.path())
        .arg("import")
        .arg(data(SEED))
        .output()
        .expect("run");
    assert!(second.status.success());
    let stdout = String::from_utf8_lossy(&second.stdout);
    assert!(stdout.contains("0 new, 15 existing, 2 repeats"), "{stdout}");
    assert_eq!(
        fs::read(&bib).expect("library"),
        before,
        "second import changed the file"
    );
}

#[test]
fn hand_written_entries_comments_and_order_survive_an_import() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir(&lib).expect("mkdir");
    let original = "% Hand-kept references. Do not sort.\n\n@Book{zeta1999,\n    Title     = {Zeta {NATO} Studies},\n    Author    = {Doe, Jane},\n    Year      = 1999,\n    Mycustom  = {kept as is}\n}\n\n@string{ipg = {IPG Journal}}\n\n@misc{alpha2001, title = \"Alpha\", note = {x}}\n";
    fs::write(lib.join("library.bib"), original).expect("write");
    fs::write(
        lib.join("other.bib"),
        "@online{other, title = {Other}, url = {https://example.org/x}}\n",
    )
    .expect("write");
    let other_before = fs::read(lib.join("other.bib")).expect("read");

    refman(dir.path())
        .arg("import")
        .arg(data(SEED))
        .assert()
        .success();

    let after = fs::read_to_string(lib.join("library.bib")).expect("read");
    assert!(
        after.starts_with(original),
        "the hand-written part changed:\n{after}"
    );
    assert_eq!(fs::read(lib.join("other.bib")).expect("read"), other_before);
    let loaded = Library::open(&lib).expect("parses");
    assert_eq!(loaded.len(), 18);
}

#[test]
fn a_work_already_in_the_library_keeps_its_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir(&lib).expect("mkdir");
    fs::write(
        lib.join("mine.bib"),
        "@online{mfa-priorities, title = {Priorities}, url = {https://mfa.gov.by/foreign_policy/priorities}}\n",
    )
    .expect("write");
    let out = refman(dir.path())
        .args(["import", "--format", "json"])
        .arg(data(SEED))
        .output()
        .expect("run");
    let json = json_report(&out);
    let vii = &json["notes"][6]["works"][0];
    assert_eq!(vii["status"], "existing");
    assert_eq!(vii["key"], "mfa-priorities");
    assert_eq!(json["summary"]["new"], 14);
}

#[test]
fn library_location_from_flag_and_environment() {
    let dir = tempfile::tempdir().expect("temp dir");
    refman(dir.path())
        .args(["import", "--library", "refs"])
        .arg(data(SEED))
        .assert()
        .success();
    assert!(dir.path().join("refs/library.bib").exists());

    refman(dir.path())
        .env("REFMAN_LIBRARY", "from-env")
        .arg("import")
        .arg(data(SEED))
        .assert()
        .success();
    assert!(dir.path().join("from-env/library.bib").exists());
    assert!(!dir.path().join("bibliography").exists());
}

#[test]
fn dry_run_leaves_an_existing_library_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir(&lib).expect("mkdir");
    fs::write(lib.join("library.bib"), "@misc{a, title={A}}\n").expect("write");
    let before = snapshot(dir.path());
    let out = refman(dir.path())
        .args(["import", "--dry-run"])
        .arg(data(SEED))
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("15 entries would be added"));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn windows_1251_article_is_decoded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = "Текст статьи.^1\n\nПримечания\n\n1. Турарбекова Р. Белорусско-китайские отношения // Журнал международного права. 2020. № 1–2. С. 72–78.\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(article);
    fs::write(dir.path().join("article.txt"), &bytes).expect("write");
    let out = refman(dir.path())
        .args(["import", "article.txt", "--format", "json", "--dry-run"])
        .output()
        .expect("run");
    let json = json_report(&out);
    assert_eq!(
        json["notes"][0]["works"][0]["entry"]["fields"]["title"],
        "Белорусско-китайские отношения"
    );
    assert_eq!(
        json["notes"][0]["works"][0]["entry"]["fields"]["journaltitle"],
        "Журнал международного права"
    );
}

/// Runs `refman import ARTICLE` where ARTICLE is prepared by `setup` and
/// checks exit code 3, a message naming the file, and no library.
fn assert_bad_article(name: &str, setup: impl FnOnce(&Path), expect_in_message: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    setup(&dir.path().join(name));
    let out = refman(dir.path())
        .args(["import", name])
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{name}: {err}");
    assert!(err.contains(name), "message does not name the file: {err}");
    assert!(err.contains(expect_in_message), "{name}: {err}");
    assert!(!dir.path().join("bibliography").exists());
}

#[test]
fn missing_article() {
    assert_bad_article("nothing.txt", |_| {}, "cannot read");
}

#[test]
fn directory_as_article() {
    assert_bad_article(
        "adir",
        |p| fs::create_dir(p).expect("mkdir"),
        "is a directory",
    );
}

#[test]
fn binary_article() {
    assert_bad_article(
        "image.png",
        |p| {
            fs::write(
                p,
                [
                    0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
                ],
            )
            .expect("write")
        },
        "binary",
    );
}

#[test]
fn empty_article() {
    assert_bad_article("empty.txt", |p| fs::write(p, "").expect("write"), "empty");
    assert_bad_article(
        "blank.txt",
        |p| fs::write(p, "\n \n\t\n").expect("write"),
        "empty",
    );
}

#[test]
fn article_of_200_megabytes() {
    assert_bad_article(
        "huge.txt",
        |p| {
            let f = fs::File::create(p).expect("create");
            // Sparse: the size is real, the disk blocks are not written.
            f.set_len(200 * 1024 * 1024).expect("set_len");
        },
        "over the",
    );
}

#[test]
fn article_without_notes() {
    assert_bad_article(
        "prose.md",
        |p| {
            fs::write(
                p,
                "# A title\n\nJust prose.\n\n1. A list item.\n2. Another.\n",
            )
            .expect("write")
        },
        "no notes found",
    );
}

#[test]
fn malformed_bib_in_the_library_stops_the_import() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir(&lib).expect("mkdir");
    fs::write(lib.join("a.bib"), "@misc{ok, title = {Fine}}\n").expect("write");
    fs::write(
        lib.join("broken.bib"),
        "@misc{ok2, title = {Fine}}\n\n@book{bad,\n  title = {Unclosed\n",
    )
    .expect("write");
    let before = snapshot(dir.path());
    let out = refman(dir.path())
        .arg("import")
        .arg(data(SEED))
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("broken.bib:"), "{err}");
    assert!(err.contains("malformed BibLaTeX"), "{err}");
    assert_eq!(snapshot(dir.path()), before);
}

/// Makes a directory unwritable, even for root (which ignores permission
/// bits) by also setting the immutable attribute where the file system
/// allows it; restores it on drop so the temporary directory can be removed.
struct ReadOnly {
    path: PathBuf,
    immutable: bool,
}

impl ReadOnly {
    fn new(path: &Path) -> Self {
        fs::set_permissions(path, fs::Permissions::from_mode(0o555)).expect("chmod");
        let probe = path.join(".probe");
        let mut immutable = false;
        if fs::write(&probe, "x").is_ok() {
            let _ = fs::remove_file(&probe);
            immutable = Command::new("chattr")
                .arg("+i")
                .arg(path)
                .status()
                .is_ok_and(|s| s.success());
        }
        assert!(
            fs::write(&probe, "x").is_err(),
            "cannot make {} read-only on this machine (neither permissions nor chattr +i hold)",
            path.display()
        );
        ReadOnly {
            path: path.to_path_buf(),
            immutable,
        }
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(&self.path).status();
        }
        let _ = fs::set_permissions(&self.path, fs::Permissions::from_mode(0o755));
    }
}

#[test]
fn read_only_library_exits_4_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("bibliography");
    fs::create_dir(&lib).expect("mkdir");
    fs::write(lib.join("library.bib"), "@misc{a, title={A}}\n").expect("write");
    let before = snapshot(dir.path());
    let out = {
        let _guard = ReadOnly::new(&lib);
        refman(dir.path())
            .arg("import")
            .arg(data(SEED))
            .output()
            .expect("run")
    };
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("cannot write"), "{err}");
    assert!(err.contains("no file in the library was changed"), "{err}");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let dir = tempfile::tempdir().expect("temp dir");
    refman(dir.path()).arg("import").assert().code(2);
    refman(dir.path())
        .args(["import", "x.txt", "--format", "yaml"])
        .assert()
        .code(2);
    refman(dir.path()).arg("frobnicate").assert().code(2);
    let out = refman(dir.path()).arg("--help").output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("import"));
}

#[test]
fn warnings_name_unreferenced_notes_and_missing_notes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = "Claim one.^1 Claim three.^3\n\nNotes\n\n1. Smith, John. \"A Title.\" *Journal* 4, no. 2 (2020): 1–9.\n2. Doe, Jane. \"Other Title.\" *Journal* 5, no. 1 (2021): 10–19.\n";
    fs::write(dir.path().join("a.md"), article).expect("write");
    let out = refman(dir.path())
        .args(["import", "a.md", "--dry-run"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("marker 3 in the text has no note"), "{err}");
    assert!(err.contains("note 2 is never referenced"), "{err}");
}

#[test]
fn the_readme_quick_start_imports_the_example_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/article.md");
    let out = refman(dir.path())
        .args(["import", "--format", "json"])
        .arg(&article)
        .output()
        .expect("run refman");
    let report = json_report(&out);
    let summary = &report["summary"];
    assert_eq!(summary["notes"], 9);
    assert_eq!(summary["new"], 7);
    assert_eq!(summary["repeat"], 2);
    let notes = report["notes"].as_array().expect("notes");
    // "Ibid." and the shortened repeat of note 2 with its own page.
    assert_eq!(notes[5]["works"][0]["short_form_of"], "5");
    assert_eq!(notes[8]["works"][0]["short_form_of"], "2");
    assert_eq!(notes[8]["works"][0]["pinpoint"], "54");
    let library = Library::open(dir.path().join("bibliography")).expect("library");
    assert_eq!(library.len(), 7);
}

#[test]
fn notes_numbered_past_ten_thousand_stay_apart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::from("Body.\n\nNotes\n\n");
    for n in 1..=10_002 {
        text.push_str(&format!("{n}. Ministry. \"Statement number {n}.\" 2020.\n"));
    }
    fs::write(dir.path().join("long.md"), text).expect("write article");
    let out = refman(dir.path())
        .args(["import", "long.md", "--dry-run", "--format", "json"])
        .output()
        .expect("run refman");
    let report = json_report(&out);
    let notes = report["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 10_002);
    assert_eq!(notes[10_001]["marker"], "10002");
    assert_eq!(
        notes[10_001]["text"],
        "Ministry. \"Statement number 10002.\" 2020."
    );
    // One warning for a text without markers, not ten thousand.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("none of the 10002 notes is referenced"),
        "{stderr}"
    );
}

#[test]
fn an_error_names_its_cause_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = refman(dir.path())
        .args(["import", "missing.md"])
        .output()
        .expect("run refman");
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("os error 2").count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: missing.md: cannot read"),
        "{stderr}"
    );
}

#[test]
fn parse_explains_works_spans_and_commentary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = refman(dir.path())
        .args([
            "parse",
            "--format",
            "json",
            "See A. Smith, *Trade and Power* (London: Routledge, 2019), 12; cf. B. Jones, “Grain Corridors,” Survival 62, no. 3 (2020): 5–9.",
            "The author thanks the reviewers.",
        ])
        .output()
        .expect("run");
    let json = json_report(&out);
    let notes = json.as_array().expect("array");
    let works = notes[0]["works"].as_array().expect("works");
    assert_eq!(works.len(), 2, "{json}");
    assert_eq!(works[0]["entry_type"], "book");
    assert!(
        works[1]["spans"]
            .as_array()
            .expect("spans")
            .iter()
            .any(|s| s[0] == "container" && s[1].as_str().is_some_and(|t| t.contains("Survival"))),
        "{json}"
    );
    assert!(notes[1]["works"].as_array().expect("works").is_empty());

    let text = refman(dir.path())
        .args(["parse", "Ibid., 5."])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&text.stdout).contains("back-reference"));
    refman(dir.path()).arg("parse").assert().code(2);
}

#[test]
fn import_explain_adds_how_each_note_was_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = refman(dir.path())
        .args(["import", "--dry-run", "--explain", "--format", "json"])
        .arg(data("../../examples/article.md"))
        .output()
        .expect("run");
    let json = json_report(&out);
    let how = json["how"].as_array().expect("how");
    assert_eq!(how.len(), json["notes"].as_array().expect("notes").len());
    assert!(how.iter().all(|n| n["works"].is_array()));
}

#[cfg(target_os = "linux")]
#[test]
fn a_device_that_never_ends_is_read_only_to_the_limit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let started = std::time::Instant::now();
    let out = refman(dir.path())
        .args(["import", "/dev/zero", "--dry-run"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("limit"));
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

/// A named pipe nobody writes to once blocked `import` for ever (in
/// `open`); a pipe whose writer comes is read as any file.
#[cfg(unix)]
#[test]
fn a_pipe_without_a_writer_is_refused_and_one_with_a_writer_is_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("notes.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo (coreutils) failed");
    let started = std::time::Instant::now();
    let out = refman(dir.path())
        .args(["import", "notes.fifo", "--dry-run"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing opened this pipe"));
    assert!(started.elapsed() < std::time::Duration::from_secs(30));

    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        fs::write(
            writer_path,
            "Text.1\n\nNotes\n\n1. John Smith, The Book (London: Penguin, 2001), 5.\n",
        )
    });
    let out = refman(dir.path())
        .args(["import", "notes.fifo", "--dry-run", "--format", "json"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run");
    writer
        .join()
        .expect("writer thread")
        .expect("write to the pipe");
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("The Book"));
}

#[test]
fn long_hostile_notes_parse_in_bounded_time() {
    // 8 KB of initials and a 64 KB note with an unmatched quote once took
    // 30 s and 6.6 s (super-linear name and quote scans).
    let dir = tempfile::tempdir().expect("temp dir");
    let initials = "A. ".repeat(2700) + ", \"Title,\" 2020.";
    let quote = format!("Smith, \"{}, 2020.", "word ".repeat(13_000));
    let pages = format!("Smith, Title, {} 2020.", "p. ".repeat(2700));
    fs::write(
        dir.path().join("notes.txt"),
        format!("{initials}\n{quote}\n{pages}\n"),
    )
    .expect("write");
    let started = std::time::Instant::now();
    refman(dir.path())
        .args(["parse", "--file", "notes.txt", "--format", "json"])
        .assert()
        .success();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

/// Warnings past the first 50 of an article are counted on the terminal,
/// and every one is in the JSON report.
#[test]
fn many_warnings_are_counted_after_the_first_fifty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut text = String::from("Only the first note is cited here.[^1]\n\nNotes\n\n");
    for n in 1..=80 {
        text.push_str(&format!(
            "{n}. Anna Smith, \"Report number {n} on trade,\" *Journal of Eastern Studies* 3 (2020): {n}.\n"
        ));
    }
    fs::write(dir.path().join("many.md"), text).expect("write article");
    let out = refman(dir.path())
        .args(["import", "--dry-run", "many.md"])
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(lines.len(), 51, "{stderr}");
    assert!(lines[50].contains("… and 29 more warnings"), "{stderr}");
    let out = refman(dir.path())
        .args(["import", "--dry-run", "--format", "json", "many.md"])
        .output()
        .expect("run refman");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(report["warnings"].as_array().map(Vec::len), Some(79));
}
