//! Where refman keeps caches: `$REFMAN_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/refman`, else `~/.cache/refman`. Everything in it can be
//! deleted at any time.

use std::path::PathBuf;

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
