//! Library writes under contention and failure: concurrent imports keep the
//! union of their entries, a held lock makes a writer wait and then give up
//! with exit 4, a killed writer leaves the old or the new library (never a
//! torn one), symbolic links are written through, and output that cannot be
//! written is an error.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use refman::library::{Library, LibraryLock};

use crate::refman;

/// An article with `n` notes, each a distinct made-up work of article `id`.
fn article(id: usize, n: usize) -> String {
    let mut text = String::from("# Brief\n\nBody.[^1]\n\n");
    for j in 1..=n {
        text.push_str(&format!(
            "[^{j}]: Anna Kovalenko{id}x{j}, \"Grain corridors and regional trade, part {id}-{j},\" \
             *Eastern Review*, March {}, 2021, https://example.org/{id}/{j}.\n",
            1 + j % 27
        ));
    }
    text
}

fn binary() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("refman")
}

fn spawn_import(dir: &Path, file: &str) -> std::process::Child {
    Command::new(binary())
        .current_dir(dir)
        .env_remove("REFMAN_LIBRARY")
        .env("XDG_CACHE_HOME", dir.join(".cache"))
        .env_remove("REFMAN_CACHE_DIR")
        .args(["import", file, "--format", "json"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn refman")
}

#[test]
fn concurrent_imports_keep_every_entry() {
    // Once into an empty library (the first import loads it and leaves
    // its index; the others read the index), once into one with a search
    // index (each import reads the index and appends).
    for indexed in [false, true] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (writers, notes) = (4, 25);
        let mut seeded = 0;
        if indexed {
            fs::write(dir.path().join("seed.md"), article(9, 3)).expect("write");
            refman(dir.path())
                .args(["import", "seed.md"])
                .assert()
                .success();
            refman(dir.path()).args(["list"]).assert().success();
            assert!(dir.path().join(".cache/refman/search").exists());
            seeded = 3;
        }
        for id in 0..writers {
            fs::write(dir.path().join(format!("a{id}.md")), article(id, notes)).expect("write");
        }
        let children: Vec<_> = (0..writers)
            .map(|id| spawn_import(dir.path(), &format!("a{id}.md")))
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let library = Library::open(dir.path().join("bibliography")).expect("library");
        assert_eq!(
            library.len(),
            seeded + writers * notes,
            "the union of all imports (indexed: {indexed})"
        );
        // The index, caught up, lists what the library holds.
        let listed = refman(dir.path())
            .args(["list", "--format", "keys"])
            .output()
            .expect("list");
        assert_eq!(
            String::from_utf8_lossy(&listed.stdout).lines().count(),
            seeded + writers * notes
        );
    }
}

/// An import into a library with a search index (not loaded) writes the
/// same library and reports the same works as one that loads it.
#[test]
fn an_import_through_the_index_writes_what_a_loading_import_writes() {
    let mut results = Vec::new();
    for indexed in [false, true] {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::write(dir.path().join("first.md"), article(1, 6)).expect("write");
        // The second article cites three works of the first again and
        // three new ones.
        let mut second = article(1, 3);
        second.push_str(
            &article(2, 3)
                .replace("# Brief\n\nBody.[^1]\n\n", "")
                .replace("[^1]:", "[^4]:")
                .replace("[^2]:", "[^5]:")
                .replace("[^3]:", "[^6]:"),
        );
        fs::write(dir.path().join("second.md"), second).expect("write");
        refman(dir.path())
            .args(["import", "first.md"])
            .assert()
            .success();
        // The import loaded the library and left its index behind.
        let cache = dir.path().join(".cache");
        assert!(cache.join("refman/search").exists());
        if !indexed {
            // Without the index the next import loads the library again.
            fs::remove_dir_all(&cache).expect("remove the cache");
        }
        let out = refman(dir.path())
            .args(["import", "second.md", "--format", "json"])
            .output()
            .expect("import");
        assert!(out.status.success());
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let bib = fs::read_to_string(dir.path().join("bibliography/library.bib")).expect("bib");
        results.push((report["notes"].clone(), report["summary"].clone(), bib));
    }
    assert_eq!(results[0].1, results[1].1, "summaries");
    assert_eq!(results[0].0, results[1].0, "notes");
    assert_eq!(results[0].2, results[1].2, "library.bib");
    assert_eq!(results[0].1["existing"], 3, "{}", results[0].1);
    assert_eq!(results[0].1["new"], 3, "{}", results[0].1);
}

#[test]
fn a_writer_waits_for_the_lock_and_gives_up_with_exit_4() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("a.md"), article(1, 2)).expect("write");
    let lib = dir.path().join("bibliography");
    let held = LibraryLock::acquire(&lib, Duration::ZERO).expect("lock");
    let out = refman(dir.path())
        .args(["--wait", "0.3", "import", "a.md"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("another refman is writing"), "{err}");
    assert!(!lib.join("library.bib").exists(), "nothing written");
    // A dry run does not write and needs no lock.
    refman(dir.path())
        .args(["--wait", "0", "import", "a.md", "--dry-run"])
        .assert()
        .success();
    drop(held);
    refman(dir.path())
        .args(["import", "a.md"])
        .assert()
        .success();
    refman(dir.path())
        .args(["--wait", "-1", "import", "a.md"])
        .assert()
        .code(2);
}

#[test]
fn a_writer_killed_mid_import_leaves_the_old_or_the_new_library() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("seed.md"), article(0, 3)).expect("write");
    refman(dir.path())
        .args(["import", "seed.md"])
        .assert()
        .success();
    let lib = dir.path().join("bibliography");
    let before = fs::read(lib.join("library.bib")).expect("library");
    fs::write(dir.path().join("big.md"), article(1, 3000)).expect("write");
    for delay_ms in [5u64, 40, 120, 400] {
        let mut child = spawn_import(dir.path(), "big.md");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = fs::read(lib.join("library.bib")).expect("library");
        let entries = Library::open(&lib).expect("a killed writer leaves a readable library");
        if now == before {
            assert_eq!(entries.len(), 3);
        } else {
            assert!(now.starts_with(&before), "the old text is kept");
            assert_eq!(entries.len(), 3 + 3000, "all or nothing");
            break;
        }
    }
    let leftovers: Vec<_> = fs::read_dir(&lib)
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".bib") && n != "library.bib")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_library_file_that_is_a_link_is_written_through() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shared = dir.path().join("shared");
    fs::create_dir_all(&shared).expect("mkdir");
    fs::write(shared.join("team.bib"), "% team library\n").expect("write");
    let lib = dir.path().join("bibliography");
    fs::create_dir_all(&lib).expect("mkdir");
    std::os::unix::fs::symlink(shared.join("team.bib"), lib.join("library.bib")).expect("link");
    fs::write(dir.path().join("a.md"), article(2, 2)).expect("write");
    refman(dir.path())
        .args(["import", "a.md"])
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(lib.join("library.bib"))
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    let team = fs::read_to_string(shared.join("team.bib")).expect("team");
    assert!(team.starts_with("% team library\n") && team.contains("@article{"));
}

#[cfg(target_os = "linux")]
#[test]
fn output_to_a_full_device_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("a.md"), article(3, 2)).expect("write");
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = Command::new(binary())
        .current_dir(dir.path())
        .env_remove("REFMAN_LIBRARY")
        .args(["import", "a.md", "--dry-run", "--format", "json"])
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(4), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard output"));
}

/// New files get the permissions the umask gives (a shared library stays
/// readable by the group and others under 022, private under 077); a
/// rewritten file keeps its mode.
#[cfg(unix)]
#[test]
fn new_files_follow_the_umask_and_rewrites_keep_the_mode() {
    use std::os::unix::fs::PermissionsExt;
    let bin = assert_cmd::cargo::cargo_bin("refman");
    let article = crate::data("formats/brief.md");
    for (umask, want) in [("022", 0o644), ("077", 0o600)] {
        let tmp = tempfile::tempdir().expect("temp dir");
        let script = format!(
            "umask {umask} && \"$0\" import \"$1\" && \"$0\" render --no-cache --style apa -o out.md",
        );
        let status = std::process::Command::new("sh")
            .current_dir(tmp.path())
            .env_remove("REFMAN_LIBRARY")
            .env("XDG_CACHE_HOME", tmp.path().join(".cache"))
            .env("XDG_CONFIG_HOME", tmp.path().join(".config"))
            .args(["-c", &script])
            .arg(&bin)
            .arg(&article)
            .status()
            .expect("run sh");
        assert!(status.success(), "umask {umask}");
        for file in ["bibliography/library.bib", "out.md"] {
            let mode = fs::metadata(tmp.path().join(file))
                .expect("file")
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, want, "umask {umask}: {file} is {mode:o}");
        }
        // A rewrite keeps a mode the user chose.
        let lib = tmp.path().join("bibliography/library.bib");
        fs::set_permissions(&lib, fs::Permissions::from_mode(0o664)).expect("chmod");
        let status = std::process::Command::new("sh")
            .current_dir(tmp.path())
            .env_remove("REFMAN_LIBRARY")
            .args(["-c", &format!("umask {umask} && \"$0\" import \"$1\"")])
            .arg(&bin)
            .arg(crate::data("layouts/chapters.txt"))
            .status()
            .expect("run sh");
        assert!(status.success());
        let mode = fs::metadata(&lib).expect("lib").permissions().mode() & 0o777;
        assert_eq!(mode, 0o664, "umask {umask}: rewrite changed the mode");
    }
}
