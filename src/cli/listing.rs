//! How commands that list entries print them (`list`, `search`, `lint`'s
//! keys): a terminal table, JSON, or one citation key per line.

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use super::sanitize::terminal;
use crate::entry::{Entry, Name};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    #[value(alias = "text")]
    Table,
    Json,
    /// One citation key per line.
    Keys,
}

/// An entry as the JSON listing gives it: key, type and every field as text.
#[derive(Serialize)]
pub struct Listed<'a> {
    pub key: &'a str,
    #[serde(rename = "type")]
    pub entry_type: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    pub fields: serde_json::Map<String, serde_json::Value>,
}

impl<'a> Listed<'a> {
    pub fn new(entry: &'a Entry, score: Option<u32>) -> Self {
        let fields = entry
            .fields()
            .map(|(name, _)| {
                (
                    name.to_string(),
                    serde_json::Value::from(entry.text(name).unwrap_or_default()),
                )
            })
            .collect();
        Listed {
            key: &entry.key,
            entry_type: &entry.entry_type,
            score,
            fields,
        }
    }
}

/// Authors as a reader scans them: family names, "et al." after two.
fn authors(entry: &Entry) -> String {
    let names = entry.authors();
    let mut out: Vec<String> = names
        .iter()
        .take(2)
        .map(|n| match n {
            Name::Person { family, .. } => family.clone(),
            Name::Organization(o) => o.clone(),
            Name::Others => "et al.".into(),
        })
        .collect();
    if names.len() > 2 {
        out.push("et al.".into());
    }
    out.join(", ")
}

/// The entries in `format`; `scores` beside them for a search.
pub fn render(entries: &[(&Entry, Option<u32>)], format: ListFormat) -> anyhow::Result<String> {
    Ok(match format {
        ListFormat::Keys => entries
            .iter()
            .map(|(e, _)| format!("{}\n", e.key))
            .collect(),
        ListFormat::Json => {
            let listed: Vec<Listed> = entries.iter().map(|(e, s)| Listed::new(e, *s)).collect();
            serde_json::to_string_pretty(&listed)? + "\n"
        }
        ListFormat::Table => {
            let mut table = Table::new();
            table
                .load_style(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_header(["key", "type", "year", "author", "title"]);
            for (e, _) in entries {
                table.add_row([
                    terminal(&e.key).into_owned(),
                    e.entry_type.clone(),
                    e.year().map(|y| y.to_string()).unwrap_or_default(),
                    terminal(&authors(e)).into_owned(),
                    terminal(&e.text("title").unwrap_or_default()).into_owned(),
                ]);
            }
            format!("{table}\n{} entries\n", entries.len())
        }
    })
}
