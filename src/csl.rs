//! The one mapping from refman's entries to CSL-JSON items, the input of
//! the CSL engine (`refman render`) and of the `csl-json` export.
//!
//! Choices that generic BibLaTeX importers get wrong for this corpus:
//! a translated title renders as `Original [Translation]`; an organisation
//! is a `literal` name, never split; `institution` is the publisher of a
//! report; a newspaper article is `article-newspaper` with its full date;
//! `language` is set, so that styles leave non-English titles in the case
//! they were written in.

use serde_json::{Map, Value, json};

use crate::entry::{Date, Entry, Name};
use crate::lang::Language;

/// The CSL-JSON item of an entry, with `id` set to its citation key.
pub fn to_csl_json(entry: &Entry) -> Value {
    let mut item = Map::new();
    item.insert("id".into(), json!(entry.key));
    item.insert("type".into(), json!(csl_type(entry)));

    let mut put = |name: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            item.insert(name.into(), json!(v));
        }
    };
    put("title", title_with_translation(entry));
    put("container-title", container_title(entry));
    put("collection-title", entry.text("series"));
    if matches!(csl_type(entry), "legal_case" | "hearing") {
        // The court that decided a case; the house or chamber that sat.
        put("authority", entry.text("institution"));
        put("publisher", entry.text("publisher"));
    } else {
        put("publisher", publisher(entry));
    }
    put(
        "publisher-place",
        entry.text("location").or_else(|| entry.text("address")),
    );
    put("volume", entry.text("volume"));
    put(
        "issue",
        entry.text("number").or_else(|| entry.text("issue")),
    );
    put("page", entry.text("pages").map(|p| p.replace("--", "–")));
    put("number-of-pages", entry.text("pagetotal"));
    put("edition", entry.text("edition"));
    put("genre", genre(entry));
    put("URL", entry.text("url"));
    put("DOI", entry.text("doi"));
    put("ISBN", entry.text("isbn"));
    put("ISSN", entry.text("issn"));
    put("note", entry.text("note"));
    put("status", entry.text("pubstate").map(status));
    put("abstract", entry.text("abstract"));
    put("keyword", entry.text("keywords"));
    put("language", language(entry));
    // A translated work's original title is a CSL variable; its original
    // language and a transliterated title have none (see `custom_fields`).
    put("original-title", entry.text("origtitle"));

    for (field, csl) in [
        ("author", "author"),
        ("editor", "editor"),
        ("translator", "translator"),
    ] {
        let names = entry.names(field);
        if !names.is_empty() {
            item.insert(csl.into(), names_json(&names));
        }
    }
    if let Some(d) = entry.date() {
        item.insert("issued".into(), date_json(d));
    }
    if let Some(d) = entry.date_field("urldate") {
        item.insert("accessed".into(), date_json(d));
    }
    Value::Object(item)
}

/// BibLaTeX fields CSL has no variable for, kept in the CSL-JSON export
/// under `custom` (the schema's place for data of other systems), so an
/// export loses none of them: `usere` (the transliterated title) and
/// `origlanguage`. Not given to the engine, which reads every field.
pub fn custom_fields(entry: &Entry) -> Option<Value> {
    let custom: Map<String, Value> = ["usere", "origlanguage"]
        .into_iter()
        .filter_map(|field| Some((field.to_string(), json!(entry.text(field)?))))
        .collect();
    (!custom.is_empty()).then_some(Value::Object(custom))
}

/// CSL's `status` for BibLaTeX's `pubstate` ("inpress" is "in press").
fn status(pubstate: String) -> String {
    match pubstate.as_str() {
        "inpress" => "in press".into(),
        "inpreparation" => "in preparation".into(),
        _ => pubstate,
    }
}

/// The CSL item type for a BibLaTeX entry type.
fn csl_type(entry: &Entry) -> &'static str {
    let subtype = entry.text("entrysubtype").unwrap_or_default();
    match entry.entry_type.as_str() {
        "article" if subtype == "newspaper" => "article-newspaper",
        "article" if subtype == "magazine" => "article-magazine",
        "article" | "periodical" => "article-journal",
        "book" | "mvbook" | "collection" | "mvcollection" | "proceedings" => "book",
        "incollection" | "inbook" | "bookinbook" => "chapter",
        "inproceedings" => "paper-conference",
        "report" | "techreport" => "report",
        "thesis" | "phdthesis" | "mastersthesis" => "thesis",
        "online" if subtype == "post" => "post",
        "online" if subtype == "blog" => "post-weblog",
        // A speech in a debate of a house of parliament, or testimony at a
        // hearing. Without a speaker the styles' "(testimony of)" stands
        // alone under the engine, and a record of debates is a document.
        "misc" if subtype == "hearing" && entry.has("author") => "hearing",
        "online" | "misc" if subtype == "video" => "motion_picture",
        "misc" | "online" if subtype == "speech" => "speech",
        // CSL's broadcast is an episode of a programme, podcasts included.
        "online" if subtype == "podcast" => "broadcast",
        "online" | "www" | "electronic" => "webpage",
        "standard" => "standard",
        "legislation" | "legal" => "legislation",
        "jurisdiction" => "legal_case",
        "patent" => "patent",
        "dataset" => "dataset",
        "software" => "software",
        "unpublished" => "manuscript",
        "manual" => "report",
        _ => "document",
    }
}

pub(crate) fn title_with_translation(entry: &Entry) -> Option<String> {
    let title = entry.text("title")?;
    Some(match entry.translated_title() {
        Some(t) => format!("{title} [{t}]"),
        None => title,
    })
}

pub(crate) fn container_title(entry: &Entry) -> Option<String> {
    match entry.entry_type.as_str() {
        "online" | "www" => entry
            .text("journaltitle")
            .or_else(|| entry.text("organization"))
            .or_else(|| entry.text("howpublished")),
        "incollection" | "inbook" | "inproceedings" | "bookinbook" => entry.text("booktitle"),
        "misc" | "unpublished" => entry
            .text("howpublished")
            .or_else(|| entry.text("journaltitle")),
        _ => entry.text("journaltitle").or_else(|| entry.text("journal")),
    }
}

pub(crate) fn publisher(entry: &Entry) -> Option<String> {
    entry
        .text("publisher")
        .or_else(|| entry.text("institution"))
        .or_else(|| entry.text("school"))
        .or_else(|| match entry.entry_type.as_str() {
            "report" | "manual" => entry.text("organization"),
            _ => None,
        })
}

/// A report's kind ("Briefing Paper") or a thesis's degree.
pub(crate) fn genre(entry: &Entry) -> Option<String> {
    match entry.entry_type.as_str() {
        "report" | "thesis" | "phdthesis" | "mastersthesis" | "misc" => entry.text("type"),
        _ => None,
    }
}

pub(crate) fn language(entry: &Entry) -> Option<String> {
    let langid = entry.text("langid").or_else(|| entry.text("language"))?;
    Some(
        Language::from_name(&langid)
            .map(|l| l.iso().to_string())
            .unwrap_or(langid),
    )
}

/// Initials written together (`J.I.`, `K.A.`) spaced as CSL expects
/// (`J. I.`): engines read `J.I.` as one given name and keep or cut it.
fn spaced_initials(given: &str) -> String {
    let mut out = String::with_capacity(given.len() + 2);
    let mut chars = given.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '.' && chars.peek().is_some_and(|n| n.is_uppercase()) {
            out.push(' ');
        }
    }
    out
}

fn names_json(names: &[Name]) -> Value {
    Value::Array(
        names
            .iter()
            .filter_map(|n| match n {
                Name::Person {
                    family,
                    given,
                    prefix,
                    suffix,
                } => {
                    let mut m = Map::new();
                    m.insert("family".into(), json!(family));
                    if !given.is_empty() {
                        m.insert("given".into(), json!(spaced_initials(given)));
                    }
                    if !prefix.is_empty() {
                        m.insert("non-dropping-particle".into(), json!(prefix));
                    }
                    if !suffix.is_empty() {
                        m.insert("suffix".into(), json!(suffix));
                    }
                    Some(Value::Object(m))
                }
                Name::Organization(o) => Some(json!({ "literal": o })),
                // CSL has no "and others" name; styles add "et al." by count.
                Name::Others => None,
            })
            .collect(),
    )
}

fn date_json(d: Date) -> Value {
    let mut parts = vec![json!(d.year)];
    if let Some(m) = d.month {
        parts.push(json!(m));
        if let Some(day) = d.day {
            parts.push(json!(day));
        }
    }
    json!({ "date-parts": [parts] })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newspaper_article_with_translation_and_language() {
        let mut e = Entry::new("kryuchkova2023", "article");
        e.set_names("author", &[Name::person("Крючкова", "Евгения")]);
        e.set_text("title", "Россия и Беларусь пришли к балансу");
        e.set_text("titleaddon", "[Russia and Belarus came to a balance]");
        e.set_text("journaltitle", "Коммерсант");
        e.set_text("entrysubtype", "newspaper");
        e.set_text("date", "2023-03-27");
        e.set_text("langid", "russian");
        let item = to_csl_json(&e);
        assert_eq!(item["type"], "article-newspaper");
        assert_eq!(
            item["title"],
            "Россия и Беларусь пришли к балансу [Russia and Belarus came to a balance]"
        );
        assert_eq!(item["container-title"], "Коммерсант");
        assert_eq!(item["language"], "ru");
        assert_eq!(item["issued"], json!({"date-parts": [[2023, 3, 27]]}));
        assert_eq!(
            item["author"],
            json!([{"family": "Крючкова", "given": "Евгения"}])
        );
    }

    #[test]
    fn organisation_is_literal_and_report_institution_is_publisher() {
        let mut e = Entry::new("belta2022", "report");
        e.set_names("author", &[Name::Organization("БелТА".into())]);
        e.set_text("title", "Отчёт");
        e.set_text("institution", "Friedrich-Ebert-Stiftung");
        e.set_text("type", "Briefing Paper");
        let item = to_csl_json(&e);
        assert_eq!(item["author"], json!([{"literal": "БелТА"}]));
        assert_eq!(item["publisher"], "Friedrich-Ebert-Stiftung");
        assert_eq!(item["genre"], "Briefing Paper");
        assert!(item.get("issued").is_none());
    }

    #[test]
    fn a_work_in_press_has_its_status_and_a_film_is_a_motion_picture() {
        let mut e = Entry::new("hoffmann", "article");
        e.set_text("title", "Die belarussische Diaspora in Polen");
        e.set_text("pubstate", "inpress");
        let item = to_csl_json(&e);
        assert_eq!(item["status"], "in press");
        assert!(item.get("issued").is_none());
        let mut e = Entry::new("prokop2021", "misc");
        e.set_text("entrysubtype", "video");
        assert_eq!(to_csl_json(&e)["type"], "motion_picture");
    }

    #[test]
    fn a_courts_name_is_the_cases_authority() {
        let mut e = Entry::new("decision2020", "jurisdiction");
        e.set_text("title", "Decision No. 7-r/2019");
        e.set_text("institution", "Constitutional Court of Ruritania");
        let item = to_csl_json(&e);
        assert_eq!(item["type"], "legal_case");
        assert_eq!(item["authority"], "Constitutional Court of Ruritania");
        assert!(item.get("publisher").is_none());
    }

    #[test]
    fn a_speech_is_a_speech() {
        let mut e = Entry::new("borrell2022", "online");
        e.set_text("entrysubtype", "speech");
        e.set_text("title", "speech at the Munich Security Conference");
        assert_eq!(to_csl_json(&e)["type"], "speech");
        let mut e = Entry::new("monti2011", "misc");
        e.set_text("entrysubtype", "speech");
        assert_eq!(to_csl_json(&e)["type"], "speech");
    }

    #[test]
    fn a_debate_is_a_hearing_of_its_chamber() {
        let mut e = Entry::new("churchill1938", "misc");
        e.set_text("entrysubtype", "hearing");
        e.set_text("title", "Speech in the House of Commons");
        e.set_names(
            "author",
            &[Name::Person {
                family: "Churchill".into(),
                given: "Winston".into(),
                prefix: String::new(),
                suffix: String::new(),
            }],
        );
        e.set_text("institution", "House of Commons");
        let item = to_csl_json(&e);
        assert_eq!(item["type"], "hearing");
        assert_eq!(item["authority"], "House of Commons");
        assert!(item.get("publisher").is_none());
        // The record of a sitting, by no speaker, is a document.
        let mut e = Entry::new("atti1949", "misc");
        e.set_text("entrysubtype", "hearing");
        e.set_text("title", "Atti parlamentari");
        assert_eq!(to_csl_json(&e)["type"], "document");
    }
}
