//! The strings Russian scholarly databases give for a reference's "cite"
//! button, which people paste as they come: CyberLeninka sets the issue
//! against its mark (`№7 (411)`) and names the author in full before the
//! title (read with GOST's heading, in [`crate::parse::rules`]); eLibrary
//! gives a thesis's specialty and degree after its title.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// "… // Социологические исследования. 2018. №7 (411). URL: …": the
/// issue's mark set against its number, with the running number in
/// brackets, which the labeller left out as a note.
pub(super) fn issue_mark_read_as_note(plain: &str, work: &mut Work) {
    static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\.\s*(?:19|20)\d\d\.\s*№\s?(\d{1,3}(?:-\d{1,3})?)(?:\s*\(\d{1,5}\))?\.")
            .expect("issue after year pattern")
    });
    if work.number.is_some() || work.container.is_none() || !plain.contains(" // ") {
        return;
    }
    if let Some(c) = ISSUE.captures(plain) {
        work.number = Some(c[1].to_string());
    }
}

/// "Title : специальность 23.00.04 \"…\" : диссертация на соискание ученой
/// степени кандидата политических наук": eLibrary's thesis, the specialty
/// and the degree after the title. The title ends before the specialty.
pub(super) fn thesis_with_specialty(plain: &str, work: &mut Work) {
    static DEGREE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r":\s*((?:автореферат\s+)?(?:диссертаци[яи]|дисертаці[яї]|дысертацыя)\s+на\s+[^/:]{10,120}?(?:наук|навук))")
            .expect("degree pattern")
    });
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(c) = DEGREE.captures(plain) else {
        return;
    };
    let cut = [": специальность", ": спеціальність", ": спецыяльнасць"]
        .iter()
        .filter_map(|mark| title.find(mark))
        .chain(title.find(": диссертация"))
        .chain(title.find(": дисертація"))
        .min();
    if let Some(at) = cut {
        work.title = Some(title[..at].trim_end().to_string());
    }
    work.thesis
        .get_or_insert_with(|| c[1].split_whitespace().collect::<Vec<_>>().join(" "));
}

#[cfg(test)]
mod tests {
    use crate::parse::parse_note;

    #[test]
    fn russian_database_exports() {
        let w = parse_note(
            "Сидоренко Олег Николаевич Экономические связи Гродно и Белостока // Вестник ГрГУ. Серия 1. 2015. №3. URL: https://cyberleninka.ru/article/n/x (дата обращения: 12.05.2023).",
        )
        .work;
        assert_eq!(
            w.title.as_deref(),
            Some("Экономические связи Гродно и Белостока"),
            "{w:?}"
        );
        assert_eq!(w.number.as_deref(), Some("3"));
        let w = parse_note(
            "Петрова А. В. Миграционная политика Беларуси // Социологические исследования. 2019. №4 (420). URL: https://cyberleninka.ru/article/n/y (дата обращения: 03.02.2024).",
        )
        .work;
        assert_eq!(w.number.as_deref(), Some("4"), "{w:?}");
        assert_eq!(w.entry_type, "article");
        let w = parse_note(
            "Коваль, И. Н. Белорусский экспорт калия / И. Н. Коваль, А. М. Лукашевич, О. В. Ким // Вопросы экономики. – 2021. – № 7. – С. 40-52.",
        )
        .work;
        assert_eq!(w.authors.len(), 3, "{w:?}");
        let w = parse_note(
            "Ким, О. В. Союзное государство как институт : специальность 23.00.02 \"Политические институты\" : диссертация на соискание ученой степени кандидата политических наук / Ким Ольга Викторовна. – Минск, 2016. – 180 с.",
        )
        .work;
        assert_eq!(
            w.title.as_deref(),
            Some("Союзное государство как институт"),
            "{w:?}"
        );
        assert_eq!(w.entry_type, "thesis");
    }
}
