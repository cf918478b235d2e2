//! Where `search` and `list` keep the library's index (the cache folder,
//! one file per library folder), when it may be read (every `.bib` file
//! unchanged in size and modification time; or only grown at its end, the
//! index then brought up to date from the added entries; or rewritten, the
//! index then reconciled with the files' entries) and when it may be
//! written (the library was loaded whole and did not change meanwhile).

use std::fs;
use std::path::{Path, PathBuf};

use super::paths::{cache_dir, save_cache};
use crate::error::Error;
use crate::library::search_index::{self, Stamp};
use crate::library::{Indexed, Library, file_stamps};

/// The index file of a library folder in the cache.
pub fn path(library_dir: &Path) -> Option<PathBuf> {
    let dir = fs::canonicalize(library_dir).ok()?;
    let id = crate::render::cache::fingerprint(&dir.to_string_lossy());
    Some(cache_dir()?.join("search").join(format!("{id:016x}.idx")))
}

/// The index text and its files when it is current, or when it could be
/// brought up to date without loading the library (then it is saved): the
/// library only grew at the ends of its files (an import), or its files
/// were rewritten and most entries' texts are ones the index knows.
pub fn read_fresh(path: &Path, library_dir: &Path) -> Option<(String, Vec<Stamp>)> {
    let (index, stamps) = read_fresh_bytes(path, library_dir)?;
    Some((String::from_utf8(index).ok()?, stamps))
}

/// [`read_fresh`] as bytes, for a reader that checks as UTF-8 only what
/// it reads (a search): the text of a current index is not checked whole.
pub fn read_fresh_bytes(path: &Path, library_dir: &Path) -> Option<(Vec<u8>, Vec<Stamp>)> {
    let index = fs::read(path).ok()?;
    let stamps = search_index::header_stamps(&index)?;
    let now = file_stamps(library_dir)?;
    if now == stamps {
        return Some((index, stamps));
    }
    let index = String::from_utf8(index).ok()?;
    let read = |name: &str| fs::read_to_string(library_dir.join(name)).ok();
    let index = search_index::refresh(&index, &now, read)
        .or_else(|| search_index::reconcile(&index, &now, read))?;
    let stamps = search_index::stamps(&index)?;
    save_cache(path, &index, "search");
    Some((index.into_bytes(), stamps))
}

/// Writes the index of a loaded library whose files were `before` when it
/// was loaded, unless they changed since or the library needs its files
/// read together (`@string` macros); returns the index written.
pub fn save(
    path: &Path,
    library: &Library,
    before: Option<Vec<Stamp>>,
    library_dir: &Path,
) -> Option<String> {
    let hashes = library.file_hashes();
    if let Some(stamps) = before
        && library.entries_stand_alone()
        && stamps.len() == hashes.len()
        && file_stamps(library_dir).as_ref() == Some(&stamps)
    {
        let files: Vec<(Stamp, u64)> = stamps.into_iter().zip(hashes).collect();
        let index = search_index::build(&files, library.sourced());
        save_cache(path, &index, "search");
        return Some(index);
    }
    None
}

/// The library as its index knows it, for an import: the index current
/// (or caught up with appended entries) and every file's text the one
/// indexed; `None` sends the caller to load the library.
pub fn indexed(library_dir: &Path) -> Option<Indexed> {
    let (index, stamps) = read_fresh(&path(library_dir)?, library_dir)?;
    let files = stamps
        .iter()
        .map(|s| {
            let file = library_dir.join(&s.name);
            let text = fs::read_to_string(&file).ok()?;
            Some((file, text))
        })
        .collect::<Option<Vec<_>>>()?;
    Indexed::new(&index, files)
}

/// Saves a library changed in place (`set`, `edit`, `rm`, `merge`, `rekey`,
/// `lint --fix`, `dedupe --apply`, `check-links --write`, `verify --write`)
/// and keeps its index current: when the index described the library's
/// text as loaded (every file's content hash the same), the entries the
/// write did not touch keep their index lines (at their new places) and
/// only the touched ones are indexed anew, so the next `list` or `search`
/// does not rebuild the index from the whole library.
pub fn save_in_place(library: &mut Library) -> Result<Vec<PathBuf>, Error> {
    let dir = library.dir().to_path_buf();
    // A library with `@string` macros is never indexed.
    let old = path(&dir)
        .filter(|_| library.entries_stand_alone())
        .and_then(|p| {
            let index = fs::read_to_string(&p).ok()?;
            let names = search_index::stamps(&index)?;
            let current = search_index::hashes(&index)? == library.file_hashes()
                && names.iter().map(|s| s.name.as_str()).eq(library
                    .files()
                    .filter_map(|f| f.file_name().and_then(|n| n.to_str())));
            current.then_some((p, index))
        });
    let touched = library.touched_keys();
    let written = library.save()?;
    if let Some((index_path, old)) = old
        && let Some(stamps) = file_stamps(&dir)
    {
        let hashes = library.file_hashes();
        if stamps.len() == hashes.len() {
            let files: Vec<(Stamp, u64)> = stamps.into_iter().zip(hashes).collect();
            if let Some(index) = search_index::carry_over(&old, &files, library.sourced(), &touched)
            {
                save_cache(&index_path, &index, "search");
            }
        }
    }
    Ok(written)
}
