//! Atomic file replacement, the one way refman writes a file: the new text
//! goes to a temporary file beside the real one, is synced, and is renamed
//! over it, so a reader (or a crash) sees the old file or the new one, never
//! half of either.
//!
//! A path that is a symbolic link is written through the link (the link
//! stays, its target gets the text), and an existing file keeps its
//! permissions; a new one gets the usual ones (0666 less the umask), not the
//! private mode of a temporary file.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file written to its temporary twin, waiting to be renamed into place.
#[derive(Debug)]
pub struct Staged {
    tmp: tempfile::NamedTempFile,
    target: PathBuf,
}

impl Staged {
    /// Writes `bytes` next to `path` (or next to its link target) and syncs
    /// them; nothing at `path` changes yet.
    pub fn write(path: &Path, bytes: &[u8]) -> io::Result<Staged> {
        let target = real_path(path);
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".refman-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // Filtered by the umask, as for any new file.
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        let mut tmp = builder.tempfile_in(dir)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        if let Ok(meta) = fs::metadata(&target) {
            // Keep the permissions the user gave the file.
            fs::set_permissions(tmp.path(), meta.permissions())?;
        }
        Ok(Staged { tmp, target })
    }

    /// Renames the staged file into place.
    pub fn commit(self) -> io::Result<()> {
        self.tmp.persist(&self.target).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Replaces the file at `path` with `bytes` atomically.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    Staged::write(path, bytes)?.commit()
}

/// Where a write to `path` must go: the target of a symbolic link (followed
/// to the end, even when the target does not exist yet), or the path itself.
fn real_path(path: &Path) -> PathBuf {
    let mut path = path.to_path_buf();
    // A bounded walk: a link cycle ends it, and the write then fails on the
    // link itself with the system's error.
    for _ in 0..40 {
        let is_link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return path;
        }
        let Ok(target) = fs::read_link(&path) else {
            return path;
        };
        path = match path.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_link_is_written_through_and_modes_are_kept() {
        use std::os::unix::fs::{PermissionsExt, symlink};
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("shared.bib");
        fs::write(&real, "old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("library.bib");
        symlink("shared.bib", &link).unwrap();
        write_file(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        let mode = fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);

        let fresh = dir.path().join("fresh.txt");
        write_file(&fresh, b"x").unwrap();
        let mode = fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        assert_ne!(mode & 0o044, 0, "a new file is not private: {mode:o}");
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_link_gets_its_target_created() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("out.md");
        symlink(dir.path().join("target.md"), &link).unwrap();
        write_file(&link, b"text").unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("target.md")).unwrap(),
            "text"
        );
    }
}
