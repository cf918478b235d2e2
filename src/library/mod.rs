//! The library: every `*.bib` file in one folder (`./bibliography/` by
//! default), loaded into entries and saved back atomically.
//!
//! Invariants:
//! - Saving rewrites only files that changed, and within them only what
//!   changed: the text of every loaded entry, comment and blank line is copied
//!   byte for byte; new entries are appended to `library.bib`.
//! - A save writes every changed file to a temporary file beside it first and
//!   renames only when all were written, so a failure leaves the library as it
//!   was.
//! - A malformed file or a key defined twice stops loading with file and line.

pub mod atomic;
pub mod bib;
pub mod dedupe;
pub mod duplicates;
pub mod holdings;
pub mod lint;
mod lock;
pub mod merge;
pub mod query;
pub mod rows;
pub mod search_index;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use atomic::Staged;
pub use bib::{SourcedEntry, round_trip_problem, to_biblatex, value_to_biblatex};
pub use holdings::{Holdings, Indexed};
pub use lock::{DEFAULT_WAIT, LOCK_FILE, LibraryLock};

/// The entries of one .bib text; `path` names it in errors.
pub fn parse_bib(path: &Path, source: &str) -> Result<Vec<Entry>, Error> {
    Ok(bib::parse(path, source)?
        .into_iter()
        .map(|s| s.entry)
        .collect())
}

use crate::entry::Entry;
use crate::error::Error;

/// The file that new entries are appended to.
pub const DEFAULT_FILE: &str = "library.bib";

/// All .bib files of a library folder.
#[derive(Debug)]
pub struct Library {
    dir: PathBuf,
    files: Vec<BibFile>,
    /// The writer's lock, held from load to save by a library opened with
    /// [`Library::open_for_update`].
    lock: Option<LibraryLock>,
}

#[derive(Debug)]
struct BibFile {
    path: PathBuf,
    source: String,
    entries: Vec<SourcedEntry>,
    added: Vec<Entry>,
    /// Loaded entries changed in place, by index into `entries`.
    updated: HashMap<usize, Entry>,
    /// Loaded entries removed, by index into `entries`.
    removed: std::collections::HashSet<usize>,
}

impl BibFile {
    fn new(path: PathBuf, source: String, entries: Vec<SourcedEntry>) -> Self {
        BibFile {
            path,
            source,
            entries,
            added: Vec::new(),
            updated: HashMap::new(),
            removed: std::collections::HashSet::new(),
        }
    }

    fn changed(&self) -> bool {
        !self.added.is_empty() || !self.updated.is_empty() || !self.removed.is_empty()
    }

    /// The file's new text: the original, byte for byte except for entries
    /// changed in place, then new entries; and where each new entry lies.
    fn render(&self) -> (String, Vec<std::ops::Range<usize>>) {
        let mut out = self.edited_source();
        let mut spans = Vec::with_capacity(self.added.len());
        for entry in &self.added {
            if !out.is_empty() {
                if !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push('\n');
            }
            let start = out.len();
            out.push_str(&to_biblatex(entry));
            spans.push(start..out.len());
            out.push('\n');
        }
        (out, spans)
    }
}

impl BibFile {
    /// The source with every updated entry's text replaced and every
    /// removed entry cut out (with the blank lines after it).
    fn edited_source(&self) -> String {
        if self.updated.is_empty() && self.removed.is_empty() {
            return self.source.clone();
        }
        let mut order: Vec<usize> = self
            .updated
            .keys()
            .chain(self.removed.iter())
            .copied()
            .collect();
        order.sort_by_key(|i| self.entries[*i].span.start);
        order.dedup();
        let mut out = String::with_capacity(self.source.len() + 256);
        let mut at = 0;
        for i in order {
            let loaded = &self.entries[i];
            let span = &loaded.span;
            out.push_str(&self.source[at..span.start]);
            at = span.end;
            if self.removed.contains(&i) {
                let rest = &self.source[at..];
                at += rest.len() - rest.trim_start_matches(['\n', '\r', ' ', '\t']).len();
                continue;
            }
            // What refman did not change stays as the user wrote it: only
            // changed values are rewritten; the whole entry only when that
            // is not possible.
            match bib::splice(&self.source, loaded, &self.updated[&i]) {
                Some(text) => out.push_str(&text),
                None => out.push_str(&to_biblatex(&self.updated[&i])),
            }
        }
        out.push_str(&self.source[at..]);
        out
    }
}

/// The `.bib` files of a library folder as [`Library::open`] would load
/// them, with their sizes and modification times; `None` when the folder
/// cannot be read.
pub fn file_stamps(dir: &Path) -> Option<Vec<search_index::Stamp>> {
    let mut stamps: Vec<search_index::Stamp> = fs::read_dir(dir)
        .ok()?
        .filter_map(|d| {
            let d = d.ok()?;
            let path = d.path();
            if path.extension().is_none_or(|x| x != "bib") {
                return None;
            }
            let meta = fs::metadata(&path).ok().filter(|m| m.is_file())?;
            let modified = meta
                .modified()
                .ok()?
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_nanos();
            Some(search_index::Stamp {
                name: path.file_name()?.to_str()?.to_string(),
                len: meta.len(),
                modified,
            })
        })
        .collect();
    stamps.sort_by(|a, b| a.name.cmp(&b.name));
    Some(stamps)
}

impl Library {
    /// An empty library that will be created in `dir` when saved.
    pub fn empty(dir: impl Into<PathBuf>) -> Self {
        Library {
            dir: dir.into(),
            files: Vec::new(),
            lock: None,
        }
    }

    /// Takes the library's writer lock (waiting up to `wait` for another
    /// refman), then loads it. The lock is held until the library is
    /// dropped, so nothing another refman writes can be overwritten by this
    /// one's save, nor this one's by another's.
    pub fn open_for_update(dir: impl Into<PathBuf>, wait: Duration) -> Result<Self, Error> {
        let dir = dir.into();
        let lock = LibraryLock::acquire(&dir, wait)?;
        Library::open_locked(dir, lock)
    }

    /// [`open`](Self::open) under a lock already held, kept until the
    /// library is dropped.
    pub fn open_locked(dir: impl Into<PathBuf>, lock: LibraryLock) -> Result<Self, Error> {
        let mut library = Library::open(dir)?;
        library.lock = Some(lock);
        Ok(library)
    }
    /// Ends the use of a library just before the process ends: one
    /// opened read-only is left for the operating system to take back at
    /// exit rather than freed entry by entry (a tenth of a second for
    /// 100,000 entries); one opened for update is dropped, releasing its
    /// lock.
    pub fn close(self) {
        if self.lock.is_none() {
            std::mem::forget(self);
        }
    }

    /// Loads every `*.bib` file in `dir`, in file-name order. A missing folder
    /// is an empty library.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, Error> {
        let dir = dir.into();
        let mut files = Vec::new();
        for path in bib_paths(&dir)? {
            let source = read_source(&path)?;
            let entries = bib::parse(&path, &source)?;
            files.push(BibFile::new(path, source, entries));
        }
        let lib = Library {
            dir,
            files,
            lock: None,
        };
        if let Some(err) = bib::first_duplicate(
            lib.files
                .iter()
                .map(|f| (f.path.as_path(), f.source.as_str(), f.entries.as_slice())),
        ) {
            return Err(err);
        }
        Ok(lib)
    }

    /// Each entry's key and type, in load order, read without resolving
    /// the entries (a fraction of [`open`](Self::open)'s time): `None`
    /// when only loading can tell (a file with `@string` macros,
    /// `crossref` or `xdata`, one that does not parse, a repeated key), so
    /// that keys are never listed from a library the loader would refuse.
    pub fn keys(dir: &Path) -> Result<Option<Vec<(String, String)>>, Error> {
        use std::io::Read;
        let mut keys = Vec::new();
        let mut block = vec![0; KEY_BLOCK_BYTES];
        for path in bib_paths(dir)? {
            let mut file = fs::File::open(&path).map_err(|e| Error::read(&path, e))?;
            let mut reader = bib::KeyReader::default();
            loop {
                let read = match file.read(&mut block) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(Error::read(&path, e)),
                };
                if !reader.feed(&block[..read]) {
                    return Ok(None);
                }
            }
            match reader.finish() {
                Some(read) if keys.is_empty() => keys = read,
                Some(read) => keys.extend(read),
                None => return Ok(None),
            }
        }
        let mut seen = std::collections::HashSet::with_capacity(keys.len());
        if !keys.iter().all(|(key, _)| seen.insert(key.as_str())) {
            return Ok(None);
        }
        Ok(Some(keys))
    }

    /// A library to append entries to without reading them: its files'
    /// texts as they were read under `lock` (an [`Indexed`] library's).
    /// [`add`](Self::add) then [`save`](Self::save) write each file back as
    /// its text plus the new entries, refused if it changed meanwhile.
    pub fn for_append(
        dir: impl Into<PathBuf>,
        lock: LibraryLock,
        files: Vec<(PathBuf, String)>,
    ) -> Self {
        Library {
            dir: dir.into(),
            files: files
                .into_iter()
                .map(|(path, source)| BibFile::new(path, source, Vec::new()))
                .collect(),
            lock: Some(lock),
        }
    }

    /// Builds a library from BibLaTeX text, as if it were one file in `dir`.
    pub fn from_source(dir: impl Into<PathBuf>, source: String) -> Result<Self, Error> {
        let dir = dir.into();
        let path = dir.join(DEFAULT_FILE);
        let entries = bib::parse(&path, &source)?;
        let files = vec![BibFile::new(path, source, entries)];
        if let Some(err) = bib::first_duplicate(
            files
                .iter()
                .map(|f| (f.path.as_path(), f.source.as_str(), f.entries.as_slice())),
        ) {
            return Err(err);
        }
        Ok(Library {
            dir,
            files,
            lock: None,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The .bib files of the library, in load order.
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        self.files.iter().map(|f| f.path.as_path())
    }

    /// Every entry (as changed, not removed), loaded ones in file order,
    /// then added ones.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.files.iter().flat_map(|f| {
            f.entries
                .iter()
                .enumerate()
                .filter(|(i, _)| !f.removed.contains(i))
                .map(|(i, s)| f.updated.get(&i).unwrap_or(&s.entry))
                .chain(f.added.iter())
        })
    }

    /// Loaded entries as their files hold them: (file index, span in the
    /// file, text there, entry), for entries neither changed nor removed
    /// since loading.
    pub fn sourced(&self) -> impl Iterator<Item = search_index::Indexable<'_>> {
        self.files.iter().enumerate().flat_map(|(file, f)| {
            f.entries
                .iter()
                .enumerate()
                .filter(|(i, _)| !f.removed.contains(i) && !f.updated.contains_key(i))
                .map(move |(_, s)| {
                    let text = f.source.get(s.span.clone()).unwrap_or_default();
                    (file, s.span.clone(), text, &s.entry)
                })
        })
    }

    /// Each file's text as loaded, hashed for the search index
    /// ([`search_index::content_hash`]), in load order.
    pub fn file_hashes(&self) -> Vec<u64> {
        use rayon::prelude::*;
        self.files
            .par_iter()
            .map(|f| search_index::content_hash(&f.source))
            .collect()
    }

    /// Whether every entry can be read from its own text alone (no file
    /// defines `@string` macros that entries could use).
    pub fn entries_stand_alone(&self) -> bool {
        !self.files.iter().any(|f| bib::has_macros(&f.source))
    }

    pub fn len(&self) -> usize {
        self.files
            .iter()
            .map(|f| f.entries.len() - f.removed.len() + f.added.len())
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entry's `crossref` parent, if the library has it.
    pub fn parent_of(&self, entry: &Entry) -> Option<&Entry> {
        entry.text("crossref").and_then(|key| self.get(&key))
    }

    /// The entry with its `crossref` parent's fields filled in, for formats
    /// without cross-references (CSL, RIS, Zotero).
    pub fn resolved<'a>(&'a self, entry: &'a Entry) -> std::borrow::Cow<'a, Entry> {
        match self.parent_of(entry) {
            Some(parent) => std::borrow::Cow::Owned(entry.inherit_from(parent)),
            None => std::borrow::Cow::Borrowed(entry),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries().find(|e| e.key == key)
    }

    /// An error naming the keys the library does not have, if any.
    pub fn require(&self, keys: &[String]) -> Result<(), Error> {
        let unknown: Vec<&str> = keys
            .iter()
            .filter(|k| self.get(k).is_none())
            .map(String::as_str)
            .collect();
        if unknown.is_empty() {
            return Ok(());
        }
        Err(Error::UnknownKeys {
            keys: unknown.join(", "),
            library: self.dir.clone(),
        })
    }

    /// The entry with this key, or the one that lists it among its former
    /// keys (`ids`, kept by `merge` and `rekey`), so papers citing an old
    /// key still resolve.
    pub fn resolve(&self, key: &str) -> Option<&Entry> {
        self.get(key).or_else(|| {
            self.entries().find(|e| {
                e.text("ids")
                    .is_some_and(|ids| ids.split(',').any(|i| i.trim() == key))
            })
        })
    }

    /// Removes an entry; the rest of its file stays byte for byte. The
    /// removed entry, or `None` for an unknown key.
    pub fn remove(&mut self, key: &str) -> Option<Entry> {
        for file in &mut self.files {
            if let Some(i) = file.added.iter().position(|e| e.key == key) {
                return Some(file.added.remove(i));
            }
            if let Some(i) = file
                .entries
                .iter()
                .enumerate()
                .position(|(i, e)| e.entry.key == key && !file.removed.contains(&i))
            {
                file.removed.insert(i);
                let entry = file
                    .updated
                    .remove(&i)
                    .unwrap_or_else(|| file.entries[i].entry.clone());
                return Some(entry);
            }
        }
        None
    }

    /// Replaces the entry `old_key` with `entry` under a new key, in place.
    /// False when `old_key` is unknown.
    pub fn rename(&mut self, old_key: &str, entry: Entry) -> bool {
        for file in &mut self.files {
            if let Some(added) = file.added.iter_mut().find(|e| e.key == old_key) {
                *added = entry;
                return true;
            }
            if let Some(i) = file
                .entries
                .iter()
                .enumerate()
                .position(|(i, e)| e.entry.key == old_key && !file.removed.contains(&i))
            {
                file.updated.insert(i, entry);
                return true;
            }
        }
        false
    }

    /// Adds a new entry to `library.bib`. The caller keeps keys unique.
    pub fn add(&mut self, entry: Entry) {
        let target = self.dir.join(DEFAULT_FILE);
        let index = match self.files.iter().position(|f| f.path == target) {
            Some(i) => i,
            None => {
                self.files
                    .push(BibFile::new(target, String::new(), Vec::new()));
                self.files.len() - 1
            }
        };
        self.files[index].added.push(entry);
    }

    /// Replaces a loaded entry (found by key) with a changed version, written
    /// in place on the next save. False when the key is unknown or nothing
    /// changed.
    pub fn update(&mut self, entry: Entry) -> bool {
        for file in &mut self.files {
            if let Some(i) = file
                .entries
                .iter()
                .enumerate()
                .position(|(i, e)| e.entry.key == entry.key && !file.removed.contains(&i))
            {
                let current = file.updated.get(&i).unwrap_or(&file.entries[i].entry);
                if to_biblatex(current) == to_biblatex(&entry) {
                    return false;
                }
                file.updated.insert(i, entry);
                return true;
            }
            if let Some(added) = file.added.iter_mut().find(|e| e.key == entry.key) {
                *added = entry;
                return true;
            }
        }
        false
    }

    /// Keys of the entries changed or added since loading (what a save
    /// will write anew).
    pub fn touched_keys(&self) -> std::collections::HashSet<String> {
        self.files
            .iter()
            .flat_map(|f| f.updated.values().chain(f.added.iter()))
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn has_changes(&self) -> bool {
        self.files.iter().any(BibFile::changed)
    }

    /// The new text of each changed file, without writing anything.
    pub fn pending_writes(&self) -> Vec<(PathBuf, String)> {
        self.files
            .iter()
            .filter(|f| f.changed())
            .map(|f| (f.path.clone(), f.render().0))
            .collect()
    }

    /// Writes every changed file atomically and returns their paths. Nothing is
    /// renamed into place until every temporary file was written and synced.
    pub fn save(&mut self) -> Result<Vec<PathBuf>, Error> {
        // Nothing is written that would not read back as written: a value
        // the BibLaTeX writer cannot express stops the save, naming it.
        for file in self.files.iter().filter(|f| f.changed()) {
            for entry in file.added.iter().chain(file.updated.values()) {
                if let Some(problem) = bib::round_trip_problem(entry) {
                    return Err(Error::Unwritable {
                        path: file.path.clone(),
                        key: entry.key.clone(),
                        problem,
                    });
                }
            }
        }
        let rendered: Vec<(usize, String, Vec<std::ops::Range<usize>>)> = self
            .files
            .iter()
            .enumerate()
            .filter(|(_, f)| f.changed())
            .map(|(i, f)| {
                let (text, spans) = f.render();
                (i, text, spans)
            })
            .collect();
        if rendered.is_empty() {
            return Ok(Vec::new());
        }
        let writes: Vec<(PathBuf, &str)> = rendered
            .iter()
            .map(|(i, text, _)| (self.files[*i].path.clone(), text.as_str()))
            .collect();
        fs::create_dir_all(&self.dir).map_err(|e| Error::write(&self.dir, e))?;
        // A library loaded without the lock is saved under it all the same,
        // and only if no file changed on disk since it was loaded: another
        // refman's entries are never overwritten with an older copy.
        let _lock = match self.lock {
            Some(_) => None,
            None => Some(LibraryLock::acquire(&self.dir, DEFAULT_WAIT)?),
        };
        for (i, _, _) in &rendered {
            let file = &self.files[*i];
            let on_disk = match fs::read(&file.path) {
                Ok(bytes) => Some(bytes),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(Error::read(&file.path, e)),
            };
            let unchanged = match &on_disk {
                Some(bytes) => bytes == file.source.as_bytes(),
                None => file.source.is_empty(),
            };
            if !unchanged {
                return Err(Error::ChangedOnDisk {
                    path: file.path.clone(),
                });
            }
        }

        let mut staged = Vec::with_capacity(writes.len());
        for (path, text) in &writes {
            let file = Staged::write(path, text.as_bytes()).map_err(|e| Error::write(path, e))?;
            staged.push((file, path.clone()));
        }
        let mut written = Vec::with_capacity(staged.len());
        for (file, path) in staged {
            file.commit().map_err(|e| Error::write(&path, e))?;
            written.push(path);
        }

        // The saved text is now the source that later saves start from; the
        // new entries become loaded ones at the spans they were written to.
        drop(writes);
        for (i, text, spans) in rendered {
            let file = &mut self.files[i];
            if !file.updated.is_empty() || !file.removed.is_empty() {
                // Entries moved: read the spans back from the saved text.
                file.entries = bib::parse(&file.path, &text)?;
                file.updated.clear();
                file.removed.clear();
                file.added.clear();
                file.source = text;
                continue;
            }
            let added = std::mem::take(&mut file.added);
            file.entries.extend(
                added
                    .into_iter()
                    .zip(spans)
                    .map(|(entry, span)| SourcedEntry {
                        entry,
                        span,
                        values: Vec::new(),
                    }),
            );
            file.source = text;
        }
        Ok(written)
    }
}

/// How much of a file [`Library::keys`] reads at once.
const KEY_BLOCK_BYTES: usize = 1 << 20;

/// The `*.bib` files of a library folder, in load (file-name) order; none
/// for a missing folder.
fn bib_paths(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    if !dir.is_dir() {
        return Err(Error::LibraryNotDirectory {
            path: dir.to_path_buf(),
        });
    }
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Error::read(dir, e))?
        .filter_map(|d| d.ok().map(|d| d.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "bib") && p.is_file())
        .collect();
    paths.sort();
    Ok(paths)
}

/// A library file's text, refused with its line when it is not UTF-8.
fn read_source(path: &Path) -> Result<String, Error> {
    let bytes = fs::read(path).map_err(|e| Error::read(path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes());
        let (line, column) = crate::error::line_column(&text, offset);
        Error::Bib {
            path: path.to_path_buf(),
            line,
            column,
            message: "not valid UTF-8; library files must be UTF-8".to_string(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_appends_and_keeps_the_rest_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let original = "% my notes\n@book{hand,  title = {Kept   as is}, note = {x}}\n";
        fs::write(dir.path().join("library.bib"), original).unwrap();
        let mut lib = Library::open(dir.path()).unwrap();
        assert_eq!(lib.len(), 1);
        let mut e = Entry::new("new2023", "online");
        e.set_text("title", "New");
        lib.add(e);
        lib.save().unwrap();
        let text = fs::read_to_string(dir.path().join("library.bib")).unwrap();
        assert!(text.starts_with(original), "{text}");
        assert!(
            text.ends_with("@online{new2023,\n  title = {New},\n}\n"),
            "{text}"
        );
        let again = Library::open(dir.path()).unwrap();
        assert_eq!(again.len(), 2);
    }

    #[test]
    fn an_update_keeps_what_it_did_not_change_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let original = "% mine\n@online{io,\n    Author = {Grigory~Ioffe},\n  title={Reassessing   Lukashenko},\n  url = {https://x.org/a--b},\n  urldate = {2020-01-01}\n}\n";
        fs::write(dir.path().join("library.bib"), original).unwrap();
        let mut lib = Library::open(dir.path()).unwrap();
        let mut e = lib.get("io").unwrap().clone();
        e.set_text("urldate", "2026-11-30");
        e.set_text(
            "archiveurl",
            "https://web.archive.org/web/2020/https://x.org/a--b",
        );
        assert!(lib.update(e));
        lib.save().unwrap();
        let text = fs::read_to_string(dir.path().join("library.bib")).unwrap();
        assert_eq!(
            text,
            "% mine\n@online{io,\n    Author = {Grigory~Ioffe},\n  title={Reassessing   Lukashenko},\n  url = {https://x.org/a--b},\n  urldate = {2026-11-30},\n  archiveurl = {https://web.archive.org/web/2020/https://x.org/a--b},\n}\n"
        );
        let again = Library::open(dir.path()).unwrap();
        assert_eq!(
            again.get("io").unwrap().text("urldate").as_deref(),
            Some("2026-11-30")
        );
    }

    #[test]
    fn remove_and_rename_keep_the_rest_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let original = "% mine\n@book{a,  title = {A}}\n\n@book{b,\n  title = {B},\n}\n\n@book{c, title={C}}\n";
        fs::write(dir.path().join("library.bib"), original).unwrap();
        let mut lib = Library::open(dir.path()).unwrap();
        assert_eq!(lib.remove("b").map(|e| e.key), Some("b".to_string()));
        assert!(lib.remove("b").is_none());
        let mut c = lib.get("c").unwrap().clone();
        c.key = "c2".into();
        assert!(lib.rename("c", c));
        assert_eq!(lib.len(), 2);
        lib.save().unwrap();
        let text = fs::read_to_string(dir.path().join("library.bib")).unwrap();
        assert!(
            text.starts_with("% mine\n@book{a,  title = {A}}\n\n@book{c2,"),
            "{text}"
        );
        let again = Library::open(dir.path()).unwrap();
        assert!(again.get("b").is_none() && again.get("c2").is_some());
    }

    #[test]
    fn duplicate_keys_across_files_are_an_error() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.bib"), "@book{k, title={A}}").unwrap();
        fs::write(dir.path().join("b.bib"), "\n\n@book{k, title={B}}").unwrap();
        let err = Library::open(dir.path()).unwrap_err().to_string();
        assert!(err.contains("b.bib:3: duplicate citation key `k`"), "{err}");
    }
}
