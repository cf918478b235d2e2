//! RIS, for EndNote, Mendeley and older tools: one tagged line per field,
//! `TY` first and `ER` last. The fields come from the same mapping as
//! CSL-JSON (`csl.rs`), so every export names containers and publishers
//! alike.

use crate::csl;
use crate::entry::{Date, Entry, Name};

/// The RIS record of an entry.
pub fn ris_record(entry: &Entry) -> String {
    let mut out = String::new();
    let mut tag = |tag: &str, value: Option<String>| {
        if let Some(value) = value {
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            if !value.is_empty() {
                out.push_str(tag);
                out.push_str("  - ");
                out.push_str(&value);
                out.push('\n');
            }
        }
    };
    tag("TY", Some(ris_type(entry).to_string()));
    tag("ID", Some(entry.key.clone()));
    for (field, code) in [("author", "AU"), ("editor", "ED"), ("translator", "A4")] {
        for name in entry.names(field) {
            tag(code, ris_name(&name));
        }
    }
    tag("TI", csl::title_with_translation(entry));
    // Translated and original titles: RIS's own tags.
    tag("TT", entry.translated_title());
    tag("OP", entry.text("origtitle"));
    tag("T2", csl::container_title(entry));
    tag("T3", entry.text("series"));
    let date = entry.date();
    tag("PY", date.map(|d| d.year.to_string()));
    tag("DA", date.map(ris_date));
    tag("Y2", entry.date_field("urldate").map(ris_date));
    tag("VL", entry.text("volume"));
    tag("IS", entry.text("number").or_else(|| entry.text("issue")));
    if let Some(pages) = entry.text("pages") {
        let mut parts = pages.splitn(2, ['-', '–']);
        tag("SP", parts.next().map(str::to_string));
        tag(
            "EP",
            parts
                .next()
                .map(|p| p.trim_start_matches(['-', '–']).to_string()),
        );
    }
    tag("ET", entry.text("edition"));
    tag("M3", csl::genre(entry));
    tag("PB", csl::publisher(entry));
    tag(
        "CY",
        entry.text("location").or_else(|| entry.text("address")),
    );
    tag("UR", entry.text("url"));
    tag("DO", entry.text("doi"));
    tag("SN", entry.text("isbn").or_else(|| entry.text("issn")));
    tag("LA", csl::language(entry));
    tag("AB", entry.text("abstract"));
    for keyword in entry
        .text("keywords")
        .iter()
        .flat_map(|k| k.split([',', ';']))
    {
        tag("KW", Some(keyword.trim().to_string()));
    }
    tag("N1", entry.text("note"));
    // No RIS tag holds these; notes keep them, one per line, named.
    for field in ["usere", "origlanguage"] {
        tag("N1", entry.text(field).map(|v| format!("{field}: {v}")));
    }
    // `ER` ends the record with an empty value.
    out.push_str("ER  - \n");
    out
}

fn ris_type(entry: &Entry) -> &'static str {
    match entry.entry_type.as_str() {
        "article" | "periodical" => match entry.text("entrysubtype").as_deref() {
            Some("newspaper") => "NEWS",
            Some("magazine") => "MGZN",
            _ => "JOUR",
        },
        // RIS has a blog's type of its own.
        "online" if entry.text("entrysubtype").as_deref() == Some("blog") => "BLOG",
        "online" | "www" | "electronic" => "ELEC",
        "report" | "techreport" => "RPRT",
        "book" | "mvbook" | "collection" | "proceedings" => "BOOK",
        "incollection" | "inbook" | "bookinbook" => "CHAP",
        "inproceedings" | "conference" => "CPAPER",
        "thesis" | "phdthesis" | "mastersthesis" => "THES",
        "dataset" => "DATA",
        "unpublished" => "UNPB",
        "misc" if entry.text("entrysubtype").as_deref() == Some("hearing") => "HEAR",
        _ => "GEN",
    }
}

fn ris_name(name: &Name) -> Option<String> {
    match name {
        Name::Person { family, given, .. } if given.is_empty() => Some(family.clone()),
        Name::Person { family, given, .. } => Some(format!("{family}, {given}")),
        Name::Organization(org) => Some(org.clone()),
        Name::Others => None,
    }
}

/// `YYYY/MM/DD/`, with the parts a date does not have left empty.
fn ris_date(date: Date) -> String {
    let two = |v: Option<u8>| v.map(|v| format!("{v:02}")).unwrap_or_default();
    format!("{:04}/{}/{}/", date.year, two(date.month), two(date.day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_debate_is_a_hearing() {
        let mut e = Entry::new("hc2003", "misc");
        e.set_text("entrysubtype", "hearing");
        e.set_text("title", "HC Deb");
        e.set_text("date", "2003-03-12");
        let record = ris_record(&e);
        assert!(record.starts_with("TY  - HEAR\n"), "{record}");
        e.set_text("entrysubtype", "");
        assert!(ris_record(&e).starts_with("TY  - GEN\n"));
    }
}
