//! Unit tests of name reading: orders, initials, particles, organisations,
//! compound family names.
use super::*;

#[test]
fn the_interviewer_is_no_author() {
    let (names, _) = parse_author_segment("Anna Example, interview by Boris Sample,");
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(matches!(&names[0], Name::Person { family, .. } if family == "Example"));
}

fn names(text: &str) -> Vec<String> {
    scan_names(text)
        .map(|l| l.names.iter().map(Name::display).collect())
        .unwrap_or_default()
}

#[test]
fn given_family_pairs() {
    assert_eq!(
        names("Pavel Matsukevich and Rylor Astapenia. Title"),
        ["Matsukevich, Pavel", "Astapenia, Rylor"]
    );
    assert_eq!(
        names("Андрей Елисеев and Ольга Алешко-Лесселс."),
        ["Елисеев, Андрей", "Алешко-Лесселс, Ольга"]
    );
    assert_eq!(names("Мария Друк."), ["Друк, Мария"]);
}

#[test]
fn inverted_and_initials() {
    assert_eq!(
        names("Bergk, V., Haefeli, W. E., Gasse, C. & Martin-Facklam, M. Information deficits"),
        [
            "Bergk, V.",
            "Haefeli, W. E.",
            "Gasse, C.",
            "Martin-Facklam, M."
        ]
    );
    assert_eq!(names("Lepsius, M. Rainer (1990):"), ["Lepsius, M. Rainer"]);
    assert_eq!(
        names("Sasayama, D. Hattori, K. Sensitive assays"),
        ["Sasayama, D.", "Hattori, K."]
    );
    assert_eq!(
        names("Nichols, Bill. “Getting to Know You”"),
        ["Nichols, Bill"]
    );
    assert_eq!(
        names("Derrick, D., I. Stavness and B. Gick (2015)"),
        ["Derrick, D.", "Stavness, I.", "Gick, B."]
    );
    assert_eq!(
        names("O. Ambacher, B. Foutz, J. R. Shealy, and M. Stutzmann, J. Appl. Phys. 87,"),
        [
            "Ambacher, O.",
            "Foutz, B.",
            "Shealy, J. R.",
            "Stutzmann, M."
        ]
    );
}

#[test]
fn compound_families_after_initials() {
    let mut list = scan_names("D. Mack Smith, J. Vicens Vives and M. Rainer Lepsius,")
        .map(|l| l.names)
        .unwrap_or_default();
    join_compound_families(&mut list, false);
    let shown: Vec<String> = list.iter().map(Name::display).collect();
    assert_eq!(
        shown,
        ["Mack Smith, D.", "Vicens Vives, J.", "Lepsius, M. Rainer"]
    );
    // In Spanish, after a given name written out too; not after two given
    // names ("Juan Pablo Fusi").
    let mut list = scan_names("Gabriel García Márquez and Juan Pablo Fusi,")
        .map(|l| l.names)
        .unwrap_or_default();
    join_compound_families(&mut list, true);
    let shown: Vec<String> = list.iter().map(Name::display).collect();
    assert_eq!(shown, ["García Márquez, Gabriel", "Fusi, Juan Pablo"]);
}

#[test]
fn gost_and_vancouver() {
    assert_eq!(
        names("Турарбекова Р. Белорусско-китайские отношения // Журнал"),
        ["Турарбекова, Р."]
    );
    assert_eq!(
        names("Иванов И. И., Петров П. П. Название"),
        ["Иванов, И. И.", "Петров, П. П."]
    );
    assert_eq!(
        names("Bergk V, Haefeli WE. Title"),
        ["Bergk, V", "Haefeli, WE"]
    );
    assert_eq!(
        names("Smith J, Doe A, et al. Title"),
        ["Smith, J", "Doe, A", "others"]
    );
}

#[test]
fn patronymics_and_particles() {
    assert_eq!(names("Иванов Иван Иванович."), ["Иванов, Иван Иванович"]);
    assert_eq!(names("Ludwig van Beethoven,"), ["van Beethoven, Ludwig"]);
}

#[test]
fn organisations() {
    for org in [
        "National Statistical Committee of the Republic of Belarus",
        "Президент Республики Беларусь",
        "Министерство иностранных дел Республики Беларусь",
        "БелТА",
        "Посольство КНР в РБ",
        "World Health Organization",
    ] {
        assert!(is_organization(org), "{org}");
    }
    for person in [
        "Pavel Matsukevich and Rylor Astapenia",
        "Роза Турарбекова",
        "J. R. Shealy",
    ] {
        assert!(!is_organization(person), "{person}");
    }
    // An organisation marked as editor.
    assert_eq!(
        parse_author_segment("Statistisches Bundesamt (Hrsg.)"),
        (
            vec![Name::Organization("Statistisches Bundesamt".into())],
            true
        )
    );
}

#[test]
fn others_in_german() {
    let list = scan_names("Vester, Michael u. a.: Soziale Milieus").expect("names");
    assert_eq!(list.names.len(), 2, "{list:?}");
    assert_eq!(list.names[1], Name::Others);
}

#[test]
fn a_generation_is_the_last_name_s_suffix() {
    let suffix_of = |segment: &str| match parse_author_segment(segment).0.as_slice() {
        [Name::Person { family, suffix, .. }] => Some((family.clone(), suffix.clone())),
        _ => None,
    };
    assert_eq!(
        suffix_of("Arthur M. Schlesinger, Jr."),
        Some(("Schlesinger".into(), "Jr.".into()))
    );
    assert_eq!(
        suffix_of("Gates, Henry Louis, Jr."),
        Some(("Gates".into(), "Jr.".into()))
    );
    assert_eq!(
        suffix_of("Daniel Okrent III"),
        Some(("Okrent".into(), "III".into()))
    );
    // A single word before the mark is no name with a generation.
    assert_ne!(suffix_of("Henry III").map(|(_, s)| s), Some("III".into()));
}
