//! How commands that list entries print them (`list`, `search`, `lint`'s
//! keys): a terminal table, JSON, or one citation key per line.

use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use super::sanitize::terminal;
use crate::entry::Entry;
use crate::library::rows::Row;

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

/// The entries in `format`; `scores` beside them for a search.
pub fn render(entries: &[(&Entry, Option<u32>)], format: ListFormat) -> anyhow::Result<String> {
    if format == ListFormat::Json {
        let listed: Vec<Listed> = entries.iter().map(|(e, s)| Listed::new(e, *s)).collect();
        return Ok(serde_json::to_string_pretty(&listed)? + "\n");
    }
    let rows: Vec<Row> = entries.iter().map(|(e, _)| Row::of(e)).collect();
    Ok(render_rows(&rows, format))
}

/// Rows as a table or as keys (JSON needs the entries: [`render`]).
pub fn render_rows(rows: &[Row], format: ListFormat) -> String {
    match format {
        ListFormat::Keys | ListFormat::Json => {
            rows.iter().map(|r| format!("{}\n", r.key)).collect()
        }
        ListFormat::Table => {
            let mut table = Table::new();
            table
                .load_style(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_header(["key", "type", "year", "author", "title"]);
            for r in rows {
                table.add_row([
                    terminal(&r.key).into_owned(),
                    r.entry_type.clone(),
                    r.year.map(|y| y.to_string()).unwrap_or_default(),
                    terminal(&r.authors).into_owned(),
                    terminal(&r.title).into_owned(),
                ]);
            }
            format!("{table}\n{} entries\n", rows.len())
        }
    }
}
