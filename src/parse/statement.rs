//! GOST's statement of responsibility, after a title's " / ": the editors
//! or compilers its marks name ("под ред. А. Н. Яковлева", "сост. А. И.
//! Залесский", "редкол.: … (отв. ред.)"), in the nominative the marks'
//! genitive hides, and the authors it names otherwise ("/ Р. Турарбекова,
//! М. Данилович", "/ Национальный статистический комитет").

use super::names;
use super::text::trim_separators;
use crate::entry::Name;

/// Marks in a GOST statement that name its editors or compilers, longer
/// before shorter, and whether the names after them are in the genitive
/// ("под ред. А. Н. Яковлева") or as written ("сост. А. И. Залесский").
const EDITORS_MARKS: [(&str, bool); 25] = [
    ("под общ. ред.", true),
    ("под общей редакцией", true),
    ("под ред.", true),
    ("под редакцией", true),
    ("пад агул. рэд.", true),
    ("пад рэд.", true),
    ("за заг. ред.", true),
    ("за ред.", true),
    ("редкол.:", false),
    ("рэдкал.:", false),
    ("сост.", false),
    ("упор.", false),
    ("уклад.", false),
    ("склад.", false),
    ("отв. ред.", false),
    // Chief, scientific and responsible editors in Russian, Ukrainian and
    // Belarusian.
    ("гл. ред.", false),
    ("гол. ред.", false),
    ("гал. рэд.", false),
    ("науч. ред.", false),
    ("наук. ред.", false),
    ("навук. рэд.", false),
    ("відп. ред.", false),
    ("адк. рэд.", false),
    ("рэд.", false),
    ("ред.", false),
];

/// The editors or compilers a GOST statement names after its mark ("под
/// ред. А. Н. Яковлева", "упор. Р. Я. Пиріг", "ГрГУ ; редкол.: А. В.
/// Петров (отв. ред.) [и др.]"), in the nominative; `None` without a mark
/// at the start of one of its parts.
pub(super) fn statement_editors(statement: &str) -> Option<Vec<Name>> {
    let (rest, genitive) = trim_separators(statement).split(" ; ").find_map(|part| {
        EDITORS_MARKS
            .iter()
            .find_map(|(mark, genitive)| Some((part.strip_prefix(mark)?, *genitive)))
    })?;
    let names = names::scan_names(rest.trim()).map_or_else(Vec::new, |list| list.names);
    Some(if genitive {
        names.into_iter().map(nominative).collect()
    } else {
        names
    })
}

/// A Russian or Ukrainian family name in the genitive, as editors' marks
/// govern it, in the nominative: "Яковлева" → "Яковлев", "Ивановой" →
/// "Иванова", "Гриценка" → "Гриценко", "Медика" → "Медик". Endings it does
/// not know stay.
fn nominative(mut name: Name) -> Name {
    const ENDINGS: [(&str, &str); 20] = [
        ("ского", "ский"),
        ("цкого", "цкий"),
        ("ського", "ський"),
        ("цького", "цький"),
        ("ской", "ская"),
        ("цкой", "цкая"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("ёвой", "ёва"),
        ("иной", "ина"),
        ("ыной", "ына"),
        ("ової", "ова"),
        ("евої", "ева"),
        ("іної", "іна"),
        ("енка", "енко"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ёва", "ёв"),
        ("ина", "ин"),
        ("ына", "ын"),
    ];
    if let Name::Person { family, .. } = &mut name
        && let Some(found) = ENDINGS.iter().find_map(|(genitive, nominative)| {
            family
                .strip_suffix(genitive)
                .filter(|stem| stem.chars().count() >= 2)
                .map(|stem| format!("{stem}{nominative}"))
        })
    {
        *family = found;
    } else if let Name::Person { family, .. } = &mut name {
        // "Медика" → "Медик", "Шевчука" → "Шевчук", "Коваля" → "Коваль": a
        // name ending in a consonant takes "-а" or, soft, "-я" (a name
        // ending in "-а" itself takes "-ы" or "-и").
        let chars: Vec<char> = family.chars().collect();
        if let [.., before, last] = chars.as_slice()
            && chars.len() >= 4
            && is_consonant(*before)
        {
            match last {
                'а' => {
                    family.pop();
                }
                'я' if matches!(before, 'л' | 'н' | 'р') => {
                    family.pop();
                    family.push('ь');
                }
                _ => {}
            }
        }
    }
    name
}

/// Whether a Cyrillic letter is a consonant.
fn is_consonant(c: char) -> bool {
    "бвгджзклмнпрстфхцчшщ".contains(c)
}

/// The authors in a GOST statement of responsibility ("/ Р. Турарбекова,
/// М. Данилович", "/ Национальный статистический комитет").
pub(super) fn statement_authors(statement: &str) -> Vec<Name> {
    let statement = trim_separators(statement);
    match names::scan_names(statement) {
        Some(list) if !names::is_organization(statement) || list.names.len() > 1 => list.names,
        _ if names::is_organization(statement) => {
            vec![Name::Organization(statement.to_string())]
        }
        _ => Vec::new(),
    }
}

/// "Статистический ежегодник …, 2023 / Нац. стат. комитет Респ. Беларусь.
/// Минск, 2023.": a body named in GOST's abbreviations after the title,
/// whose stops the labeller reads as the ends of fields. The statement
/// runs to the stop before a known place; a statement naming a body (and
/// no editors' mark) is taken out, the note read without it, and the
/// body made the author. Returns the note without it and the body.
pub(super) fn abbreviated_body(note: &str) -> Option<(String, String)> {
    let at = note.find(" / ")?;
    // A heading's or a statement's initials name people ("Колесникова А.
    // В. … / МГУ им. М. В. Ломоносова"): read elsewhere.
    if initials(note) {
        return None;
    }
    let after = &note[at + 3..];
    // The statement ends at ". Place" (", " or " : " after the place).
    let end = after.match_indices(". ").find_map(|(i, _)| {
        let next = &after[i + 2..];
        let place = next.split([',', ':']).next()?.trim();
        super::gazetteer::is_publishing_place(place).then_some(i)
    })?;
    let body = after[..end].trim();
    // Only a statement in abbreviations (one with a stop inside) needs
    // this; one written out is read as it is.
    if !body.contains(". ")
        || statement_editors(body).is_some()
        || body.contains([';', '['])
        || !names::has_organization_word(&crate::letters::lowercase(body))
        || !body.starts_with(char::is_uppercase)
    {
        return None;
    }
    Some((
        format!("{}{}", &note[..at], &after[end..]),
        body.to_string(),
    ))
}

/// Whether a text holds two initials in a row ("А. В.", "A.B.").
fn initials(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(4).any(|w| {
        w[0].is_uppercase()
            && w[1] == '.'
            && (w[2].is_uppercase() && w[3] == '.' || w[2] == ' ' && w[3].is_uppercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_in_abbreviations_after_the_title_is_taken_out() {
        assert_eq!(
            abbreviated_body(
                "Статистический ежегодник Республики Беларусь, 2023 / Нац. стат. комитет Респ. Беларусь. Минск, 2023. С. 45."
            ),
            Some((
                "Статистический ежегодник Республики Беларусь, 2023. Минск, 2023. С. 45."
                    .to_string(),
                "Нац. стат. комитет Респ. Беларусь".to_string()
            ))
        );
        // People and editors are read elsewhere.
        for note in [
            "Беларусь : энциклопедия / под ред. А. Н. Иванова. Минск, 2010.",
            "Беларусь / И. И. Иванов, П. П. Петров. Минск, 2010.",
            "Колесникова А. В. Трансформация : дис. … канд. полит. наук / Московский гос. ун-т им. М. В. Ломоносова. М., 2005.",
        ] {
            assert_eq!(abbreviated_body(note), None, "{note}");
        }
    }
}
