//! `refman parse NOTE…` and `refman import --explain`: how refman reads a
//! note: the works it cites, the field of every span the labeller saw, which
//! exact rule decided what, and the entry that results.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;
use serde::Serialize;

use super::Format;
use super::input::read_text;
use super::output::write_output;
use crate::parse::{ParsedNote, Parser, Trace, parse_explained, split};

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Notes to read, each one argument.
    #[arg(required_unless_present = "file")]
    notes: Vec<String>,

    /// A file of notes, one per line (blank lines skipped).
    #[arg(long, value_name = "FILE")]
    file: Option<PathBuf>,

    /// Output: the spans and fields as text, or JSON.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

pub fn run(args: &ParseArgs) -> Result<u8> {
    let mut notes = args.notes.clone();
    if let Some(path) = &args.file {
        let text = read_text(path)?;
        notes.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string),
        );
    }
    if notes.is_empty() {
        bail!("no notes given: pass them as arguments or with --file FILE");
    }
    let explained: Vec<ExplainedNote> = notes
        .iter()
        .enumerate()
        .map(|(i, n)| explain(&(i + 1).to_string(), n))
        .collect();
    let text = match args.format {
        Format::Json => serde_json::to_string_pretty(&explained)? + "\n",
        Format::Text => explained.iter().map(ExplainedNote::text).collect(),
    };
    write_output(None, &text)?;
    Ok(0)
}

/// A note as refman reads it.
#[derive(Debug, Serialize)]
pub struct ExplainedNote {
    pub marker: String,
    pub text: String,
    /// One per work the note cites; empty for commentary.
    pub works: Vec<ExplainedWork>,
}

#[derive(Debug, Serialize)]
pub struct ExplainedWork {
    pub text: String,
    /// `rules`, `labeller` or `hybrid`; `back-reference` for ibid and
    /// cross-references.
    pub read_by: String,
    /// The title and authors were taken from a quoted title by the rules.
    pub rules_title: bool,
    /// (field, text) of each span the labeller found.
    pub spans: Vec<(String, String)>,
    pub entry_type: String,
    pub fields: Vec<(String, String)>,
    pub pinpoint: Option<String>,
    pub confidence: f32,
    pub missing: Vec<&'static str>,
}

/// How the default parser reads one note.
pub fn explain(marker: &str, note: &str) -> ExplainedNote {
    let works = split::pieces(note)
        .iter()
        .map(|piece| {
            let (parsed, trace) = parse_explained(piece, Parser::default());
            explained_work(piece, &parsed, &trace)
        })
        .collect();
    ExplainedNote {
        marker: marker.to_string(),
        text: note.to_string(),
        works,
    }
}

fn explained_work(piece: &str, parsed: &ParsedNote, trace: &Trace) -> ExplainedWork {
    let read_by = if trace.back_reference {
        "back-reference".to_string()
    } else {
        format!("{:?}", trace.parser.unwrap_or_default()).to_lowercase()
    };
    let entry = parsed.work.to_entry("");
    ExplainedWork {
        text: piece.to_string(),
        read_by,
        rules_title: trace.rules_title,
        spans: trace
            .spans
            .iter()
            .map(|(l, t)| (l.name().to_string(), t.clone()))
            .collect(),
        entry_type: entry.entry_type.clone(),
        fields: entry
            .fields()
            .map(|(name, _)| (name.to_string(), entry.written(name).unwrap_or_default()))
            .collect(),
        pinpoint: parsed.pinpoint.clone(),
        confidence: (parsed.confidence * 100.0).round() / 100.0,
        missing: parsed.missing.clone(),
    }
}

impl ExplainedNote {
    /// The explanation as people read it.
    pub fn text(&self) -> String {
        let mut out = format!("note {}: {}\n", self.marker, self.text);
        if self.works.is_empty() {
            out.push_str("  cites no work (commentary)\n\n");
            return out;
        }
        let many = self.works.len() > 1;
        for (i, w) in self.works.iter().enumerate() {
            if many {
                out.push_str(&format!(
                    "  work {} of {}: {}\n",
                    i + 1,
                    self.works.len(),
                    w.text
                ));
            }
            for (label, text) in &w.spans {
                out.push_str(&format!("    {label:<11} {text}\n"));
            }
            let how = if w.rules_title {
                format!(
                    "{} (title and authors from the quoted title, by the rules)",
                    w.read_by
                )
            } else {
                w.read_by.clone()
            };
            out.push_str(&format!("  read by     {how}\n"));
            out.push_str(&format!("  entry       @{}\n", w.entry_type));
            for (name, value) in &w.fields {
                out.push_str(&format!("    {name:<11} {value}\n"));
            }
            if let Some(p) = &w.pinpoint {
                out.push_str(&format!("  pinpoint    {p}\n"));
            }
            let missing = if w.missing.is_empty() {
                "-".to_string()
            } else {
                w.missing.join(", ")
            };
            let low = if w.confidence < crate::import::LOW_CONFIDENCE {
                "  (low)"
            } else {
                ""
            };
            out.push_str(&format!(
                "  confidence  {:.2}{low}; not found: {missing}\n",
                w.confidence
            ));
        }
        out.push('\n');
        out
    }
}
