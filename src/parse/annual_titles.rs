//! Titles that end with the year they report on: a body's annual report
//! (`Naftogaz of Ukraine, Annual Report 2022 (Kyiv: Naftogaz, 2023)`,
//! `Нафтогаз України. Річний звіт 2023. Київ, 2024.`, `Lukoil, Annual Report
//! 2021, 12, https://…`). The labeller takes such a year for the work's
//! date and the words before it for a name; in italics, as a book's title
//! is, it reads the year as the title's. Such a title is marked so before
//! it is read (see [`super::forms`] for the cues).

use std::sync::LazyLock;

use regex::Regex;

/// The words of the titles, in small letters (see [`super::forms`]).
pub(super) const CUES: &[&str] = &[
    "annual report ",
    "sustainability report ",
    "integrated report ",
    "activity report ",
    "progress report ",
    "річний звіт ",
    "годовой отчет ",
    "годовой отчёт ",
    "гадавая справаздача ",
    "jahresbericht ",
    "geschäftsbericht ",
    "rapport annuel ",
    "raport roczny ",
];

/// A title of those words and a year, unquoted: the year alone or after
/// `for`/`за`, with `рік`/`год` after it.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[\s,.])(?P<title>(?i:annual|sustainability|integrated|activity|progress)\s+(?i:report)",
        r"|[Рр]ічний\s+звіт|[Гг]одовой\s+отч[её]т|[Гг]адавая\s+справаздача",
        r"|Jahresbericht|Geschäftsbericht|[Rr]apport\s+annuel|[Rr]aport\s+roczny)",
        r"(?P<year>\s(?:for\s|за\s)?(?:19|20)\d\d(?:\s(?:рік|год|гады|год\.))?)(?P<after>[\s,.(]|$)",
    ))
    .expect("annual title pattern")
});

/// The note with its annual title in italics, or `None` when it has none
/// or the title is already quoted or marked.
pub(super) fn marked(note: &str) -> Option<String> {
    let c = TITLE.captures(note)?;
    let title = c.name("title")?;
    let year = c.name("year")?;
    // "“Annual Report 2022,”", "*Annual Report 2022*": marked already.
    let before = note[..title.start()].trim_end().chars().next_back();
    if before.is_some_and(|b| matches!(b, '"' | '“' | '«' | '„' | '*' | '‘')) {
        return None;
    }
    let (start, end) = (title.start(), year.end());
    Some(format!(
        "{}*{}*{}",
        &note[..start],
        &note[start..end],
        &note[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_annual_title_is_marked_as_a_title() {
        assert_eq!(
            marked("Naftogaz of Ukraine, Annual Report 2022 (Kyiv: Naftogaz, 2023), 48.")
                .as_deref(),
            Some("Naftogaz of Ukraine, *Annual Report 2022* (Kyiv: Naftogaz, 2023), 48.")
        );
        assert_eq!(
            marked("Нафтогаз України. Річний звіт за 2023 рік. Київ, 2024.").as_deref(),
            Some("Нафтогаз України. *Річний звіт за 2023 рік*. Київ, 2024.")
        );
        for note in [
            "Lukoil, “Annual Report 2021,” 12.",
            "Lukoil, *Annual Report 2021*, 12.",
            "Lukoil, Annual Report (Moscow, 2021).",
            // A year that opens a number ("2021-22") or a date.
            "Lukoil, Annual Report 2021-22, 12.",
        ] {
            assert_eq!(marked(note), None, "{note}");
        }
    }
}
