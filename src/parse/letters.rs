//! Letters cited by writer and addressee, with their day, in the edition
//! or collection that prints them: "Kennan to Marshall, 6 March 1948, in
//! Foreign Relations of the United States, …", "Adenauer an Dulles,
//! 12.3.1955, in: Adenauer. Briefe 1953–1955, …", "Cavour a Nigra, 24
//! luglio 1858, in Il carteggio …", "Clemenceau à Foch, 3 avril 1919, in
//! …". Read as a reference, the letter's head was an author's name and the
//! collection's title the letter's.
//!
//! The letter is the work (its head the title) in the collection, read as
//! a note of its own: its title becomes the container, its authors (an
//! edition of one person's letters) stay the authors, and its date is the
//! date where it has one.

use std::sync::LazyLock;

use regex::Regex;

use super::{ParsedNote, dates};

/// A letter's head: a name of one to four words (initials, particles and
/// regnal numbers allowed), the word for "to" in English, German, Italian
/// ("a", or "ad" before a vowel), French, Spanish, Dutch or Polish, another
/// such name, then a comma.
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}'’.\-]*(?:\s(?:von|van|de|di|da|du|la|le|\p{Lu}[\p{L}'’.\-]*)){0,3}";
    Regex::new(&format!(
        r"^(?P<head>{name}\s(?:to|an|a|ad|à|al|aan|do)\s{name}),\s(?P<rest>.+)$"
    ))
    .expect("letter head pattern")
});

/// The head of a letter, its day and the collection printing it, if the
/// note opens so: "Lenin to Gorky, 15 September 1919, in V. I. Lenin, …".
pub(super) fn split(note: &str) -> Option<(&str, dates::DateMatch, &str)> {
    // The head ends at the note's first comma and holds the word for "to";
    // most notes open with an author's name, which does not.
    let comma = super::text::comma_space(note)?;
    let head = &note[..comma];
    let joined = || {
        memchr::memchr_iter(b' ', head.as_bytes()).any(|at| {
            let word = head[at + 1..].split(' ').next().unwrap_or_default();
            matches!(word, "to" | "an" | "a" | "ad" | "à" | "al" | "aan" | "do")
        })
    };
    if comma > 120 || !note.starts_with(|c: char| c.is_uppercase()) || !joined() {
        return None;
    }
    let c = HEAD.captures(note)?;
    let head = c.name("head")?.as_str();
    let rest = c.name("rest")?.as_str();
    // The day the letter was written ("6 March 1948", "12.3.1955", or
    // "March 6, 1948" over two parts), then the collection.
    let whole_date = |day: &str| dates::alone(day).filter(|d| d.date.month.is_some());
    // "Roma, 3 aprile 1906, in …": the place it was written at, first.
    let place = |words: &str| {
        (1..=3).contains(&words.split(' ').count())
            && words.split(' ').all(|w| w.starts_with(char::is_uppercase))
            && !words.contains(|c: char| c.is_ascii_digit())
    };
    let rest = match rest.split_once(", ") {
        Some((at, more))
            if place(at)
                && more
                    .split_once(", ")
                    .is_some_and(|(d, _)| whole_date(d).is_some()) =>
        {
            more
        }
        _ => rest,
    };
    let (date, after) = match rest.split_once(", ") {
        Some((day, after)) if whole_date(day).is_some() => (whole_date(day)?, after),
        _ => {
            let (month_day, more) = rest.split_once(", ")?;
            let (year, after) = more.split_once(", ")?;
            let end = month_day.len() + 2 + year.len();
            (whole_date(&rest[..end])?, after)
        }
    };
    let collection = after
        .strip_prefix("in: ")
        .or_else(|| after.strip_prefix("in "))
        .unwrap_or(after);
    Some((head, date, collection))
}

/// The letter as a work in the collection `printed` (the collection read
/// as a note of its own).
pub(super) fn in_collection(
    head: &str,
    day: Option<crate::entry::Date>,
    text: &str,
    mut printed: ParsedNote,
) -> ParsedNote {
    let work = &mut printed.work;
    let collection = work.title.take().or_else(|| work.container.take());
    work.container = collection;
    // "in: Adenauer. Briefe 1953–1955, bearb. von …": a person's name
    // alone opens the edition's title, read as a body for its author.
    if let [crate::entry::Name::Organization(name)] = work.authors.as_slice()
        && !name.contains(' ')
        && let Some(title) = work.container.as_deref()
        && text.starts_with(&format!("{name}. {title}"))
    {
        work.container = Some(format!("{name}. {title}"));
        work.authors.clear();
    }
    // "in Foreign Relations of the United States, 1948, vol. IV, Eastern
    // Europe": the series of volumes, read as a body for its author, is
    // the work the volume belongs to.
    if let [crate::entry::Name::Organization(series)] = work.authors.as_slice() {
        let series = series.clone();
        work.authors.clear();
        if work.container.is_some() {
            work.maintitle = Some(series);
        } else {
            work.container = Some(series);
        }
    }
    work.title = Some(head.to_string());
    work.date = work.date.or(day);
    work.entry_type = if work.authors.is_empty() {
        "incollection"
    } else {
        "inbook"
    };
    work.newspaper = false;
    printed.missing = super::kind::missing_fields(work, work.entry_type);
    printed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_head_its_day_and_the_collection() {
        let (head, day, rest) =
            split("Metternich an Gentz, 14.6.1815, in: Briefe von Gentz an Pilat, Bd. 2, Leipzig 1868, S. 12.")
                .expect("letter");
        assert_eq!(head, "Metternich an Gentz");
        assert_eq!(day.date.year, 1815);
        assert!(rest.starts_with("Briefe von Gentz"), "{rest}");
        let (head, _, rest) = split(
            "Lord Salisbury to Sir Edward Malet, 4 May 1887, in Letters of Queen Victoria, vol. 1 (London: Murray, 1930), 310.",
        )
        .expect("letter");
        assert_eq!(head, "Lord Salisbury to Sir Edward Malet");
        assert!(rest.starts_with("Letters of Queen Victoria"), "{rest}");
        // The American order of the day.
        let (head, day, rest) =
            split("Dulles to Eisenhower, March 12, 1954, in FRUS, 1952–1954, vol. XIII, 1102.")
                .expect("letter");
        assert_eq!(head, "Dulles to Eisenhower");
        assert_eq!(day.date.day, Some(12));
        assert!(rest.starts_with("FRUS"), "{rest}");
    }

    #[test]
    fn a_letter_with_the_place_it_was_written_at() {
        let (head, day, rest) = split(
            "Lettera di C. Cattaneo ad A. Bertani, Lugano, 5 giugno 1860, in C. Cattaneo, Epistolario, a cura di R. Caddeo, vol. III, Firenze 1954, p. 40.",
        )
        .expect("letter");
        assert_eq!(head, "Lettera di C. Cattaneo ad A. Bertani");
        assert_eq!(day.date.year, 1860);
        assert!(rest.starts_with("C. Cattaneo, Epistolario"), "{rest}");
    }

    #[test]
    fn a_letter_in_a_series_of_volumes() {
        let (head, day, rest) = split(
            "Bevin to Marshall, 9 June 1947, FRUS, 1947, vol. III, The British Commonwealth; Europe (Washington, DC: GPO, 1972), 254.",
        )
        .expect("letter");
        let printed = super::super::parse_note(rest);
        let p = in_collection(head, Some(day.date), rest, printed);
        assert_eq!(p.work.title.as_deref(), Some("Bevin to Marshall"));
        assert!(p.work.authors.is_empty(), "{:?}", p.work);
        assert_eq!(p.work.entry_type, "incollection");
        // The edition and its years above the volume's title.
        assert_eq!(
            p.work.maintitle.as_deref(),
            Some("FRUS, 1947"),
            "{:?}",
            p.work
        );
        assert_eq!(
            p.work.container.as_deref(),
            Some("The British Commonwealth; Europe")
        );
    }

    #[test]
    fn an_edition_titled_by_a_name() {
        let p = super::super::parse_note(
            "Stresemann an Briand, 3.5.1926, in: Stresemann. Vermächtnis, hrsg. von Henry Bernhard, Berlin 1932, S. 45.",
        );
        assert_eq!(p.work.title.as_deref(), Some("Stresemann an Briand"));
        assert_eq!(
            p.work.container.as_deref(),
            Some("Stresemann. Vermächtnis"),
            "{:?}",
            p.work
        );
        assert!(p.work.authors.is_empty(), "{:?}", p.work);
    }

    #[test]
    fn titles_from_one_name_to_another_are_no_letters() {
        for note in [
            "Richard Pipes, From Lenin to Stalin (London: Macmillan, 1960), 12.",
            "Lenin to Stalin, 1917-1953 (London: Penguin, 1990), 12.",
            "a cura di G. Rossi, Roma 1990",
        ] {
            assert!(split(note).is_none(), "{note}");
        }
    }
}
