//! Synthetic labelled notes (stub).

/// Synthetic training notes.
pub fn notes(_seed: u64) -> Vec<(String, Vec<super::Label>)> {
    Vec::new()
}
