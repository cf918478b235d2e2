//! The writer's lock on a library folder: an advisory lock on the folder
//! itself (on Unix; on other systems on a `.refman.lock` file in it), held by a command from the moment it loads
//! the library it is going to change until its save has been renamed into
//! place. Two refman processes writing to one library therefore take turns,
//! and the second one loads what the first one wrote instead of overwriting
//! it with an older copy.
//!
//! The lock is the operating system's (`flock` on Unix, `LockFileEx` on
//! Windows, through `std::fs::File::try_lock`), so it is released when the
//! process ends, however it ends: a killed refman never leaves a stale lock.
//! Locking the folder leaves nothing behind in it, which matters for a
//! library kept in git. Where a lock file is used it stays; removing it would
//! let two processes lock two different files of the same name.

#[cfg(not(unix))]
use std::fs::OpenOptions;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::Error;

/// The lock file's name inside the library folder, where the folder itself
/// cannot be locked.
pub const LOCK_FILE: &str = ".refman.lock";

/// How long a writer waits for another one by default.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(30);

/// How often a waiting writer tries again.
const POLL: Duration = Duration::from_millis(50);

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct LibraryLock {
    file: File,
}

impl LibraryLock {
    /// Takes the lock of the library folder `dir`, creating the folder if
    /// needed, waiting up to `wait` for another refman to release it.
    pub fn acquire(dir: &Path, wait: Duration) -> Result<Self, Error> {
        fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
        let (file, path) = open_lockable(dir)?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(LibraryLock { file }),
                Err(fs::TryLockError::WouldBlock) => {
                    if started.elapsed() >= wait {
                        return Err(Error::Locked {
                            path,
                            waited: wait.as_secs_f64(),
                        });
                    }
                    std::thread::sleep(POLL.min(wait.saturating_sub(started.elapsed())));
                }
                Err(fs::TryLockError::Error(e)) => return Err(Error::write(&path, e)),
            }
        }
    }
}

/// What is locked: the folder itself where the system allows it.
#[cfg(unix)]
fn open_lockable(dir: &Path) -> Result<(File, PathBuf), Error> {
    let file = File::open(dir).map_err(|e| Error::write(dir, e))?;
    Ok((file, dir.to_path_buf()))
}

#[cfg(not(unix))]
fn open_lockable(dir: &Path) -> Result<(File, PathBuf), Error> {
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::write(&path, e))?;
    Ok((file, path))
}

impl Drop for LibraryLock {
    fn drop(&mut self) {
        // Closing the file releases the lock too; unlocking first makes the
        // release independent of when the descriptor is closed.
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_waits_and_then_gives_up_with_the_lock_named() {
        let dir = tempfile::tempdir().unwrap();
        let first = LibraryLock::acquire(dir.path(), Duration::ZERO).unwrap();
        let started = Instant::now();
        let err = LibraryLock::acquire(dir.path(), Duration::from_millis(200)).unwrap_err();
        assert!(started.elapsed() >= Duration::from_millis(200));
        let text = err.to_string();
        assert!(text.contains(&*dir.path().to_string_lossy()), "{text}");
        assert!(text.contains("another refman"), "{text}");
        assert_eq!(err.exit_code(), crate::error::EXIT_WRITE_FAILED);
        drop(first);
        LibraryLock::acquire(dir.path(), Duration::ZERO).unwrap();
    }

    #[test]
    fn a_waiting_writer_gets_the_lock_when_it_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let first = LibraryLock::acquire(dir.path(), Duration::ZERO).unwrap();
        let path = dir.path().to_path_buf();
        let waiter =
            std::thread::spawn(move || LibraryLock::acquire(&path, Duration::from_secs(10)));
        std::thread::sleep(Duration::from_millis(150));
        drop(first);
        assert!(waiter.join().unwrap().is_ok());
    }
}
