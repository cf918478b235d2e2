//! Where refman keeps caches: `$REFMAN_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/refman`, else `~/.cache/refman`. Everything in it can be
//! deleted at any time.

use std::path::{Path, PathBuf};

pub fn cache_dir() -> Option<PathBuf> {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    env("REFMAN_CACHE_DIR")
        .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("refman")))
        .or_else(|| env("HOME").map(|h| h.join(".cache").join("refman")))
}

/// A file in refman's configuration folder
/// (`$XDG_CONFIG_HOME/refman`, else `~/.config/refman`).
pub fn config_file(name: &str) -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .map(|c| c.join("refman").join(name))
}

/// Writes a cache file (atomically, creating its folder). A cache that cannot
/// be written costs the next run time, not this run's output: a warning.
pub fn save_cache(path: &Path, text: &str, what: &str) {
    let saved = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .map_err(|e| e.to_string())
        .and_then(|()| super::output::write_output(Some(path), text).map_err(|e| e.to_string()));
    if let Err(e) = saved {
        eprintln!("warning: {what} cache not saved: {e}");
    }
}
