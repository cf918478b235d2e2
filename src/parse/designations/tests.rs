//! Fields of the kinds of sources a note names exactly, from made-up notes.

use super::*;
use crate::parse::parse_note;

/// The fields one reader (`french::act`, `central::case`, …) finds in a
/// note, or None when it reads none.
pub(super) fn read(f: fn(&str, &mut Work) -> bool, text: &str) -> Option<Work> {
    let mut work = Work::default();
    f(text, &mut work).then_some(work)
}

fn fields(
    note: &str,
) -> (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    usize,
) {
    let w = parse_note(note).work;
    (
        w.entry_type.to_string(),
        w.title,
        w.number,
        w.date.map(|d| d.to_string()),
        w.authors.len(),
    )
}

#[test]
fn designations_and_case_numbers_are_numbers() {
    let mut work = Work {
        authors: vec![Name::Organization("ISO 8601-1:2019".into())],
        title: Some("Date and time".into()),
        ..Default::default()
    };
    let text = "ISO 8601-1:2019. Date and time. Geneva: ISO, 2019.";
    let kind = super::super::special::detect(text, None).expect("standard");
    refine(kind, text, &mut work);
    assert!(work.authors.is_empty());
    assert_eq!(work.number.as_deref(), Some("ISO 8601-1:2019"));
    assert_eq!(work.title.as_deref(), Some("Date and time"));
    let text = "Case C-131/12 Google Spain v AEPD [2014] ECLI:EU:C:2014:317.";
    let mut work = Work {
        authors: vec![Name::Organization("Case C-131".into())],
        ..Default::default()
    };
    let kind = super::super::special::detect(text, None).expect("case");
    refine(kind, text, &mut work);
    assert!(work.authors.is_empty());
    assert_eq!(work.number.as_deref(), Some("C-131/12"));
    assert_eq!(work.title.as_deref(), Some("Google Spain v AEPD"));
    assert_eq!(work.date.map(|d| d.to_string()).as_deref(), Some("2014"));
}

#[test]
fn acts_are_named_by_title_number_and_date() {
    assert_eq!(
        fields(
            "Федеральный закон от 14.07.2022 № 266-ФЗ «О внесении изменений в Закон о персональных данных»."
        ),
        (
            "legislation".into(),
            Some("О внесении изменений в Закон о персональных данных".into()),
            Some("266-ФЗ".into()),
            Some("2022-07-14".into()),
            0
        )
    );
    assert_eq!(
        fields("Указ Президента Республики Беларусь от 25.02.2022 № 50."),
        (
            "legislation".into(),
            Some("Указ Президента Республики Беларусь от 25.02.2022 № 50".into()),
            Some("50".into()),
            Some("2022-02-25".into()),
            0
        )
    );
    // The date in words; the title before the date.
    assert_eq!(
        fields("Закон Республики Беларусь от 5 мая 2019 г. № 12-З «Об охране недр»."),
        (
            "legislation".into(),
            Some("Об охране недр".into()),
            Some("12-З".into()),
            Some("2019-05-05".into()),
            0
        )
    );
    assert_eq!(
        fields("Закон України «Про медіа» від 13.12.2022 № 2849-IX."),
        (
            "legislation".into(),
            Some("Про медіа".into()),
            Some("2849-IX".into()),
            Some("2022-12-13".into()),
            0
        )
    );
    let eu = fields(
        "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on artificial intelligence [2024] OJ L 1689.",
    );
    assert_eq!(eu.2.as_deref(), Some("2024/1689"));
    assert_eq!(eu.3.as_deref(), Some("2024-06-13"));
    assert_eq!(eu.4, 0);
    assert!(eu.1.is_some_and(|t| t.ends_with("on artificial intelligence")));
    // No date in the title: the Official Journal's, never the number's
    // second half.
    let eu = fields("Markets Act, Regulation (EU) 2021/1234, OJ L 200, 14.09.2021, p. 1–9.");
    assert_eq!(eu.3.as_deref(), Some("2021-09-14"));
    for (note, title, number, date) in [
        (
            "Example Protection Act 2018, s 3.",
            Some("Example Protection Act 2018"),
            None,
            "2018",
        ),
        (
            "Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 on examples [1995] OJ L281/31.",
            Some(
                "Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 on examples",
            ),
            Some("95/46"),
            "1995-10-24",
        ),
        (
            "Council Decision (CFSP) 2020/1 of 2 October 2020 concerning examples [2020] OJ L1/1.",
            Some("Council Decision (CFSP) 2020/1 of 2 October 2020 concerning examples"),
            Some("2020/1"),
            "2020-10-02",
        ),
        (
            // A code is known by its name; its date and number are apart.
            "Кодекс Республики Беларусь о примерах от 13.01.2011 № 1-З.",
            Some("Кодекс Республики Беларусь о примерах"),
            Some("1-З"),
            "2011-01-13",
        ),
        (
            "Постанова Кабінету Міністрів України від 18.03.2022 № 5 «Про приклади».",
            Some("Про приклади"),
            Some("5"),
            "2022-03-18",
        ),
        (
            "Treaty on Examples [2012] OJ C1/13, art 2.",
            Some("Treaty on Examples"),
            None,
            "2012",
        ),
        ("1 U.S.C. § 1701 (2018).", None, None, "2018"),
    ] {
        let (ty, t, n, d, authors) = fields(note);
        assert_eq!((ty.as_str(), authors), ("legislation", 0), "{note}");
        if title.is_some() {
            assert_eq!(t.as_deref(), title, "{note}");
        }
        assert_eq!((n.as_deref(), d.as_deref()), (number, Some(date)), "{note}");
    }
    let us = fields("Protecting Examples Act, Pub. L. No. 101-23, 103 Stat. 12 (1989).");
    assert_eq!(us.1.as_deref(), Some("Protecting Examples Act"));
    assert_eq!(us.2.as_deref(), Some("101-23"));
    assert_eq!(us.4, 0);
}

#[test]
fn cases_are_named_by_their_parties() {
    let case = |note: &str| {
        let (ty, title, number, date, authors) = fields(note);
        assert_eq!((ty.as_str(), authors), ("jurisdiction", 0), "{note}");
        (title, number, date)
    };
    assert_eq!(
        case("R (Smith) v Minister for Examples [2019] UKSC 9, [2020] AC 1 [12]."),
        (
            Some("R (Smith) v Minister for Examples".into()),
            None,
            Some("2019".into())
        )
    );
    assert_eq!(
        case("Alpha v. Beta, 590 U.S. 100 (2020)."),
        (Some("Alpha v. Beta".into()), None, Some("2020".into()))
    );
    assert_eq!(
        case("Judgment of 3 March 2016, Alpha and Beta, C-12/15, EU:C:2016:100, paragraph 4."),
        (
            Some("Alpha and Beta".into()),
            Some("C-12/15".into()),
            Some("2016-03-03".into())
        )
    );
    assert_eq!(
        case("Conseil d'État, 1er mars 2021, Association Exemple, n° 400100."),
        (
            Some("Association Exemple".into()),
            Some("400100".into()),
            Some("2021-03-01".into())
        )
    );
    assert_eq!(
        case("Alpha v. Beta, Applications nos. 100/19 and 200/20, decision of 4 May 2021, § 9."),
        (
            Some("Alpha v. Beta".into()),
            Some("100/19 and 200/20".into()),
            Some("2021-05-04".into())
        )
    );
    assert_eq!(
        case("Case of Example v. Ruritania (no. 2), no. 100/19, § 5, 3 March 2020.")
            .0
            .as_deref(),
        Some("Example v. Ruritania (no. 2)")
    );
    assert_eq!(
        case("Alpha v Beta (2006) 42 EHRR 41 [8]."),
        (Some("Alpha v Beta".into()), None, Some("2006".into()))
    );
    assert_eq!(
        case("Alpha v Beta App nos 100/13 and 200/14 (ECtHR, 25 May 2021)."),
        (Some("Alpha v Beta".into()), None, Some("2021-05-25".into()))
    );
    assert_eq!(
        case("Gamma v Council (Joined Cases C-1/05 P and C-2/05 P) [2008] ECR I-1.")
            .0
            .as_deref(),
        Some("Gamma v Council")
    );
    assert_eq!(
        case("Определение Верховного Суда РФ от 01.02.2021 № 5-КГ21-1.")
            .1
            .as_deref(),
        Some("5-КГ21-1")
    );
    assert_eq!(
        case(
            "Постановление Конституционного Суда РФ от 01.02.2019 № 7-П «По делу о проверке конституционности статьи 5»."
        ),
        (
            Some("По делу о проверке конституционности статьи 5".into()),
            Some("7-П".into()),
            Some("2019-02-01".into())
        )
    );
}

#[test]
fn treaties_standards_releases_and_software() {
    let t = fields(
        "Convention on Examples (adopted 3 May 2001, entered into force 1 June 2003) 2100 UNTS 5, art 2.",
    );
    assert_eq!(
        (t.0.as_str(), t.1.as_deref(), t.3.as_deref(), t.4),
        (
            "legislation",
            Some("Convention on Examples"),
            Some("2001-05-03"),
            0
        )
    );
    let s = fields(
        "ГОСТ Р 7.0.99–2018. Первая часть. Вторая часть. Москва : Стандартинформ, 2018. 12 с.",
    );
    assert_eq!(s.1.as_deref(), Some("Первая часть. Вторая часть"));
    assert_eq!(s.2.as_deref(), Some("ГОСТ Р 7.0.99–2018"));
    let s = fields("Example Standard for Widgets, IEEE Std 1234-2020 (New York: IEEE, 2020).");
    assert_eq!(s.1.as_deref(), Some("Example Standard for Widgets"));
    let s = fields("GB/T 1234—2019 示例标准[S]. 北京: 中国标准出版社, 2019.");
    assert_eq!(
        (s.1.as_deref(), s.2.as_deref()),
        (Some("示例标准"), Some("GB/T 1234—2019"))
    );
    let p = parse_note(
        "Example Agency, \"Agency Opens an Inquiry,\" press release IP/21/100, 4 May 2021.",
    )
    .work;
    assert_eq!(
        (p.entry_type, p.number.as_deref(), p.container.as_deref()),
        ("report", Some("IP/21/100"), None)
    );
    let p = parse_note(
        "Пресс-релиз Примерного банка от 14.06.2023 «О ставке». URL: https://example.by/p/1",
    )
    .work;
    assert_eq!(p.entry_type, "report");
    assert_eq!(p.title.as_deref(), Some("О ставке"));
    assert_eq!(p.date.map(|d| d.to_string()).as_deref(), Some("2023-06-14"));
    assert!(p.authors.is_empty(), "{:?}", p.authors);
    // A press release named in French, Italian or German after a comma;
    // the words in a title or a sentence name no release.
    for (note, title) in [
        (
            "Ministère des Armées, « Exercice conjoint en Lituanie », communiqué de presse, 3 mars 2023.",
            "Exercice conjoint en Lituanie",
        ),
        (
            "Ministero della Difesa, «Missione in Lettonia, nuovo contingente», comunicato stampa, 5 aprile 2022.",
            "Missione in Lettonia, nuovo contingente",
        ),
        (
            "Bundesamt für Beispiele, „Neue Zahlen zur Migration“, Pressemitteilung, 12. Mai 2022.",
            "Neue Zahlen zur Migration",
        ),
    ] {
        let p = parse_note(note).work;
        assert_eq!(
            (p.entry_type, p.subtype, p.title.as_deref()),
            ("report", Some("pressrelease"), Some(title)),
            "{note}"
        );
    }
    let b = parse_note("Marie Exemple, Le communiqué de presse comme genre, Lyon, Exemples, 2015.")
        .work;
    assert_eq!(b.entry_type, "book");
    let d = parse_note(
        "Example Bank. (2023). Example indicators [Data set]. https://data.example.org/x",
    )
    .work;
    assert_eq!(
        (d.entry_type, d.title.as_deref()),
        ("dataset", Some("Example indicators"))
    );
    let w = parse_note("Anna Sample, exampletool: Tools for Example Text, version 0.4 (2022), https://github.com/sample/exampletool.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("exampletool: Tools for Example Text")
    );
    assert_eq!(w.version.as_deref(), Some("0.4"));
    let s = fields("СТБ ISO 1234-2015 Первая часть. Вторая часть. Минск : Госстандарт, 2015.");
    assert_eq!(
        (s.1.as_deref(), s.2.as_deref()),
        (
            Some("Первая часть. Вторая часть"),
            Some("СТБ ISO 1234-2015")
        )
    );
    let w = parse_note("Ivanov, A. (2023). data-tool (Version 1.2.0) [Computer software]. GitHub. https://github.com/example/data-tool").work;
    assert_eq!(
        (w.entry_type, w.title.as_deref(), w.version.as_deref()),
        ("software", Some("data-tool"), Some("1.2.0"))
    );
    assert_eq!(w.container, None);
}
