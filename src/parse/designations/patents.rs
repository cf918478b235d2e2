//! A patent's fields as offices and citation styles write them: the
//! number with its kind code (`US 11,234,567 B2`, `EP 3 456 789 B1`, `WO
//! 2021/123456 A1`, `CN112345678A`), Vancouver's inventors and assignee
//! (`Zhang W, Liu Y, inventors; Tsinghua University, assignee. Title.
//! United States patent …`), GOST's Russian patents (`Пат. 2712345
//! Российская Федерация, МПК A61K 39/00. Title / Inventors ; заявитель …
//! ; опубл. 28.01.2020`, and the 2018 form `Патент № … : заявл. … :
//! опубл. … / Inventors`), and GB/T 7714's number after the title
//! (`Title: CN112345678A[P]`).

use std::sync::LazyLock;

use regex::Regex;

use super::super::Work;
use super::super::dates::parse_date;
use super::super::statement::statement_authors;

/// A patent's number, its inventors, title and date where the note's form
/// names them; what the labeller read as a container or publisher from
/// the word "patent" goes.
pub(super) fn patent(text: &str, work: &mut Work) {
    static NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(super::super::special::PATENT).expect("patent pattern"));
    if let Some(c) = NUMBER.captures(text)
        && let Some(n) = c
            .name("number")
            .or(c.name("ru"))
            .or(c.name("short"))
            .or(c.name("code"))
    {
        work.number = Some(n.as_str().trim_end_matches([',', '.']).to_string());
    }
    gost_patent(text, work);
    vancouver_patent(text, work);
    // "一种…试剂盒: CN112345678A[P]": GB/T 7714's number after the title.
    if let (Some(title), Some(number)) = (work.title.as_mut(), work.number.as_deref())
        && let Some(head) = title.strip_suffix(number)
    {
        let head = head.trim_end_matches([':', '：', ' ', ',']).len();
        title.truncate(head);
    }
    // The labeller read the patent's words as a container or publisher.
    for field in [&mut work.container, &mut work.publisher] {
        if field
            .as_deref()
            .is_some_and(|f| crate::letters::lowercase(f).contains("patent"))
        {
            *field = None;
        }
    }
}

/// "Пат. 2712345 Российская Федерация, МПК A61K 39/00. Способ … / Иванов
/// А. А., Сидорова Е. В. ; заявитель … ; опубл. 28.01.2020, Бюл. № 4.":
/// the title after the classification, the inventors after the slash, the
/// date of publication after "опубл.". GOST 7.0.100's form puts the
/// application's dates before the slash: "Способ … : № 2020112345 : заявл.
/// 25.03.2020 : опубл. 30.03.2021 / Петров П. П. ; заявитель …".
fn gost_patent(text: &str, work: &mut Work) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^Пат(?:\.|ент)\s*(?:№\s*)?\d[^.]*?(?:МПК|МКИ)\s+[^.]*\.\s+(?P<rest>.+)$")
            .expect("GOST patent head pattern")
    });
    static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"опубл\.\s*(\d{1,2}\.\d{1,2}\.\d{4})").expect("publication date pattern")
    });
    let Some(c) = HEAD.captures(text.trim()) else {
        return;
    };
    let Some(rest) = c.name("rest").map(|m| m.as_str()) else {
        return;
    };
    let title_end = [" / ", " : № ", " : заявл", ". № ", " ; заявитель"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    let title = rest[..title_end].trim().trim_end_matches('.');
    if !title.is_empty() {
        work.title = Some(title.to_string());
    }
    if let Some(slash) = rest.find(" / ") {
        let statement = &rest[slash + 3..];
        // (Initials have stops: the statement ends at GOST's separators.)
        let end = [" ; ", " – ", " — "]
            .iter()
            .filter_map(|m| statement.find(m))
            .min()
            .unwrap_or(statement.len());
        let authors = statement_authors(&statement[..end]);
        if !authors.is_empty() {
            work.authors = authors;
        }
    }
    if let Some(date) = PUBLISHED
        .captures(rest)
        .and_then(|c| parse_date(c.get(1)?.as_str()))
    {
        work.date = Some(date);
    }
    // The applicant, the application and the bulletin are no container.
    work.container = None;
    work.volume = None;
    work.pages = None;
    if work.number.as_deref().is_some_and(|n| !text.contains(n)) {
        work.number = None;
    }
}

/// "Zhang W, Liu Y, inventors; Tsinghua University, assignee. Microfluidic
/// device …. United States patent US 11,234,567 B2. 2022 Feb 1.": the
/// inventors before their word, the title after the assignee's.
fn vancouver_patent(text: &str, work: &mut Work) {
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?P<inventors>[^;]+?),\s*inventors?;",
            r"(?:\s*[^;]+?,\s*assignees?\.)?\s*(?P<title>.+?)\.\s+",
            r"(?:[A-Z][\p{L} ]+?\s)?patent\s",
        ))
        .expect("Vancouver patent pattern")
    });
    let Some(c) = FORM.captures(text.trim()) else {
        return;
    };
    let (authors, _) = crate::parse::names::parse_author_segment(&c["inventors"]);
    if !authors.is_empty() {
        work.authors = authors;
    }
    work.title = Some(c["title"].trim().to_string());
}
