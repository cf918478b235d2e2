//! Two records of one work made one: the kept entry's fields, the other's
//! fields it lacks, every conflict listed (the kept value wins), and the
//! other's key (and former keys) kept in `ids`, so papers citing it still
//! resolve.

use serde::Serialize;

use crate::entry::Entry;

/// A field both entries give, differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub field: String,
    pub kept: String,
    pub other: String,
}

/// The merged entry (with `keep`'s key and type) and the conflicts.
pub fn merge(keep: &Entry, other: &Entry) -> (Entry, Vec<Conflict>) {
    let mut merged = keep.clone();
    let mut conflicts = Vec::new();
    for (name, value) in other.fields() {
        if name == "ids" {
            continue;
        }
        match keep.get(name) {
            None => merged.set_chunks(name, value.clone()),
            Some(kept) => {
                let (a, b) = (
                    keep.text(name).unwrap_or_default(),
                    other.text(name).unwrap_or_default(),
                );
                if kept != value && normal(&a) != normal(&b) {
                    conflicts.push(Conflict {
                        field: name.to_string(),
                        kept: a,
                        other: b,
                    });
                }
            }
        }
    }
    let mut ids: Vec<String> = Vec::new();
    for list in [keep.text("ids"), Some(other.key.clone()), other.text("ids")]
        .into_iter()
        .flatten()
    {
        for id in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            if id != keep.key && !ids.iter().any(|x| x == id) {
                ids.push(id.to_string());
            }
        }
    }
    if !ids.is_empty() {
        merged.set_text("ids", &ids.join(", "));
    }
    (merged, conflicts)
}

/// Case, blanks and punctuation do not make a conflict.
fn normal(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_united_conflicts_listed_key_kept_as_alias() {
        let mut keep = Entry::new("belta2022", "online");
        keep.set_text("title", "Лукашенко и Си Цзиньпин встретились в Самарканде");
        keep.set_text("date", "2022-09-15");
        let mut other = Entry::new("belta2022a", "online");
        other.set_text("title", "лукашенко и си цзиньпин встретились в самарканде.");
        other.set_text("date", "2022-09-16");
        other.set_text("url", "https://www.belta.by/x");
        other.set_text("ids", "old1");
        let (merged, conflicts) = merge(&keep, &other);
        assert_eq!(
            merged.text("url").as_deref(),
            Some("https://www.belta.by/x")
        );
        assert_eq!(merged.text("date").as_deref(), Some("2022-09-15"));
        assert_eq!(merged.text("ids").as_deref(), Some("belta2022a, old1"));
        assert_eq!(
            conflicts,
            [Conflict {
                field: "date".into(),
                kept: "2022-09-15".into(),
                other: "2022-09-16".into()
            }]
        );
    }
}
