//! A subtitle after a stop that the labeller read as the container. German
//! and other continental styles set a title's second sentence after a stop
//! (`Risikogesellschaft. Auf dem Weg in eine andere Moderne.`), where
//! English puts a colon; the labeller, trained mostly on English, reads that
//! sentence as the journal or series. Each correction gives the sentence
//! back to the title only where the note's layout says there is no other
//! container, and only in a language that writes subtitles so.

use std::sync::LazyLock;

use crate::parse::Work;

use super::places::PLACE;

/// Words that name a journal, yearbook or series, which a subtitle does not
/// open or hold as its head noun.
const CONTAINER_WORDS: &[&str] = &[
    "zeitschrift",
    "journal",
    "jahrbuch",
    "review",
    "revue",
    "rivista",
    "vierteljahr",
    "blätter",
    "archiv",
    "bulletin",
    "quarterly",
    "annals",
    "annales",
    "mitteilungen",
    "berichte",
    "reihe",
    "series",
    "beiträge",
    "schriften",
    "studies",
    "proceedings",
    "sonderheft",
    "sonderband",
];

fn names_a_container(text: &str) -> bool {
    let lower = crate::letters::lowercase(text);
    CONTAINER_WORDS.iter().any(|w| lower.contains(w))
}

/// The title and subtitle are in a language that sets a subtitle after a
/// stop (anything but English, as the language reader tells).
fn continental(title: &str, subtitle: &str) -> bool {
    crate::lang::detect(&format!("{title}. {subtitle}"))
        .is_some_and(|l| !matches!(l.langid(), "english"))
}

/// A sentence that can be a subtitle: several words, no stop inside (an
/// abbreviated journal has them), at least one word in lower case (an
/// article, a preposition, an adjective), no journal's word.
fn sentence_like(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words >= 2
        && !text.contains('.')
        && text
            .split_whitespace()
            .any(|w| w.chars().count() >= 2 && w.starts_with(|c: char| c.is_lowercase()))
        && !names_a_container(text)
}

/// "Hradil, Stefan, 1987: Sozialstrukturanalyse in einer fortgeschrittenen
/// Gesellschaft. Von Klassen und Schichten zu Lagen und Milieus. Opladen:
/// Leske + Budrich.": a book's subtitle, then its place and publisher after
/// a stop, read as a series or container. A book with an imprint and no
/// "In:" has no container there. A last sentence of the subtitle that is a
/// place before more places ("… Ertrag. Frankfurt/M., New York: Campus")
/// goes to the location.
pub(super) fn subtitle_read_as_container(plain: &str, work: &mut Work) {
    let (Some(title), Some(container), Some(location)) = (
        work.title.as_deref(),
        work.container.as_deref(),
        work.location.as_deref(),
    ) else {
        return;
    };
    if work.volume.is_some()
        || work.number.is_some()
        || work.pages.is_some()
        || !work.editors.is_empty()
    {
        return;
    }
    let head = format!("{title}. {container}");
    let Some(at) = plain.find(&head) else {
        return;
    };
    let after = &plain[at + head.len()..];
    let (subtitle, place) = match container.rsplit_once(". ") {
        // "… Ertrag. Frankfurt/M" before ".,  New York:".
        Some((subtitle, place))
            if (after.starts_with(&format!("., {location}"))
                || after.starts_with(&format!(", {location}")))
                && let Some(place) = place_written(place) =>
        {
            (subtitle, Some(place))
        }
        _ if after.starts_with(&format!(". {location}")) => (container, None),
        _ => return,
    };
    if !sentence_like(subtitle) || !continental(title, subtitle) {
        return;
    }
    work.title = Some(format!("{title}. {subtitle}"));
    if let Some(place) = place {
        work.location = Some(format!("{place}; {location}"));
    }
    work.container = None;
    work.series = None;
}

/// A place as the note writes it, its stop cut off by the labeller or not
/// ("Frankfurt/M" for "Frankfurt/M.").
fn place_written(place: &str) -> Option<String> {
    let bare = place.trim_end_matches('.');
    if PLACE.is_match(bare) {
        Some(bare.to_string())
    } else {
        let stopped = format!("{bare}.");
        PLACE.is_match(&stopped).then_some(stopped)
    }
}

/// "Kohli, Martin, 1985: Die Institutionalisierung des Lebenslaufs.
/// Historische Befunde und theoretische Argumente. Kölner Zeitschrift für
/// Soziologie und Sozialpsychologie 37: 1–29.": the subtitle and the
/// journal read as one journal. The journal starts after the subtitle's
/// stop.
pub(super) fn subtitle_inside_journal(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    if work.volume.is_none() && work.pages.is_none() {
        return;
    }
    let Some((subtitle, journal)) = container.split_once(". ") else {
        return;
    };
    if journal.split_whitespace().count() < 2
        || !journal.starts_with(|c: char| c.is_uppercase())
        || !plain.contains(&format!("{title}. {container}"))
        || !sentence_like(subtitle)
        || !continental(title, subtitle)
        || names_periodical(subtitle, journal)
    {
        return;
    }
    work.title = Some(format!("{title}. {subtitle}"));
    work.container = Some(journal.to_string());
}

/// "Вестник Российского университета дружбы народов. Серия: Международные
/// отношения", "Журнал Белорусского государственного университета.
/// Международные отношения": a journal named by its periodical's word and
/// its series after a stop, no subtitle.
fn names_periodical(first: &str, rest: &str) -> bool {
    const PERIODICALS: &[&str] = &[
        "Вестник",
        "Вісник",
        "Веснік",
        "Журнал",
        "Часопіс",
        "Известия",
        "Труды",
        "Ученые",
        "Учёные",
        "Записки",
        "Journal",
        "Bulletin",
        "Annals",
        "Zeitschrift",
        "Jahrbuch",
        "Revue",
        "Rivista",
        "Przegląd",
    ];
    const SERIES: &[&str] = &["Серия", "Серія", "Серыя", "Сер.", "Series"];
    let opening = first.split_whitespace().next().unwrap_or_default();
    PERIODICALS.contains(&opening) || SERIES.iter().any(|s| rest.starts_with(s))
}

/// "Bürgertum … im 19. Jahrhundert. Europäische Entwicklungen und deutsche
/// Eigenarten, in: ders. (Hrsg.), Bürgertum …": a subtitle between the
/// title and the mark of the chapter's book, which the labeller read as a
/// second container and lost to the book. It goes back to the title.
pub(super) fn subtitle_lost_before_in(plain: &str, work: &mut Work) {
    let (Some(title), Some(book)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    // Only notes with the mark: "n: " found by a searcher built once.
    static MARK: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"n: "));
    if MARK.find(plain.as_bytes()).is_none() {
        return;
    }
    let head = format!("{title}. ");
    let Some(at) = plain.find(&head) else {
        return;
    };
    let rest = &plain[at + head.len()..];
    let Some(marker) = [", in: ", ", In: ", ". In: "]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
    else {
        return;
    };
    let subtitle = &rest[..marker];
    // Words of a subtitle, not the book, its editors or a date.
    if subtitle.split_whitespace().count() < 2
        || !subtitle.starts_with(char::is_uppercase)
        || subtitle.contains(['(', ')'])
        || book.contains(subtitle)
        || subtitle.contains(book)
        || rest[marker..].find(book).is_none()
    {
        return;
    }
    work.title = Some(format!("{title}. {subtitle}"));
}

/// "Pappi (1977): Sozialstruktur … Wahlabsicht. Ergebnisse eines
/// Zeitvergleichs des deutschen Elektorats 1953 und 1976. In: Politische
/// Vierteljahresschrift 18, S. 195-229.": a subtitle with years in it, read
/// as a journal, a date and more title, before the journal after "In:".
/// The subtitle runs to "In:"; the journal from there to its volume.
pub(super) fn subtitle_runs_to_in(plain: &str, work: &mut Work) {
    let (Some(title), Some(container), Some(volume)) = (
        work.title.as_deref(),
        work.container.as_deref(),
        work.volume.as_deref(),
    ) else {
        return;
    };
    let head = format!("{title}. {container}");
    let Some(at) = plain.find(&head) else {
        return;
    };
    let rest = &plain[at + title.len() + 2..];
    let Some(marker) = rest.find(". In: ").or_else(|| rest.find(", in: ")) else {
        return;
    };
    let subtitle = &rest[..marker];
    let after = &rest[marker + 6..];
    let Some(end) = after.find(&format!(" {volume}")) else {
        return;
    };
    let journal = after[..end].trim_end_matches([',', ' ']);
    // The subtitle holds the labeller's container and at most a few words
    // and years more; the journal is a name, not a sentence.
    if subtitle.len() <= container.len()
        || subtitle.contains(". ")
        || journal.split_whitespace().count() > 8
        || journal.is_empty()
        || !subtitle[container.len()..]
            .split_whitespace()
            .all(|w| w.len() <= 4 || w.starts_with(|c: char| c.is_ascii_digit()))
        || !continental(title, subtitle)
    {
        return;
    }
    work.title = Some(format!("{title}. {subtitle}"));
    work.container = Some(journal.to_string());
}

/// A question that ends a title or a book's title, where the labeller went
/// on past its mark:
/// - "… Diskriminierung oder Unterinvestition in Humankapital? Kölner
///   Zeitschrift …": the title's "in" read as the container's mark, so
///   the question's last words open the journal; they go back to the
///   title.
/// - "In: Heitmeyer, W. (Hg.): Was hält die Gesellschaft zusammen?
///   Frankfurt/M.: Suhrkamp": the book's place read with its title.
pub(super) fn question_read_into_container(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let Some((question, rest)) = container.split_once("? ") else {
        return;
    };
    if rest.is_empty() || question.contains(". ") || question.split_whitespace().count() > 12 {
        return;
    }
    // "Frankfurt/M" before the note's ".:", or the whole "Frankfurt/M.:
    // Suhrkamp".
    let (place, publisher) = match rest.split_once(':') {
        Some((place, publisher)) => (place, Some(publisher.trim())),
        None => (rest, None),
    };
    let imprint_follows = publisher.is_some_and(|p| !p.is_empty())
        || plain.find(container).is_some_and(|at| {
            let after = &plain[at + container.len()..];
            after.starts_with(':') || after.starts_with(".:")
        });
    let same_place = |p: &str| {
        work.location
            .as_deref()
            .is_none_or(|l| l.trim_end_matches('.') == p.trim_end_matches('.'))
    };
    if imprint_follows
        && let Some(place) = place_written(place)
        && same_place(&place)
    {
        let publisher = publisher.filter(|p| !p.is_empty()).map(str::to_string);
        work.container = Some(format!("{question}?"));
        work.location = Some(place);
        if work.publisher.is_none() {
            work.publisher = publisher;
        }
        return;
    }
    if rest.starts_with(char::is_uppercase)
        && title.ends_with(char::is_alphabetic)
        && question.split_whitespace().count() <= 6
        && plain.contains(&format!("{title} in {container}"))
    {
        work.title = Some(format!("{title} in {question}?"));
        work.container = Some(rest.to_string());
    }
}

/// "Sozialgeschichte des 15.–18. Jahrhunderts, München 1985": a German
/// ordinal's stop read as the title's end and the words after it as a
/// journal. A journal gives a volume or an issue; with neither, and the
/// two standing together in the note, they are one title.
pub(super) fn title_cut_after_ordinal(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    let ordinal = title.strip_suffix('.').is_some_and(|t| {
        t.ends_with(|c: char| c.is_ascii_digit()) && !t.ends_with(char::is_whitespace)
    });
    if !ordinal
        || work.volume.is_some()
        || work.number.is_some()
        || !container.starts_with(char::is_uppercase)
        || !plain.contains(&format!("{title} {container}"))
    {
        return;
    }
    work.title = Some(format!("{title} {container}"));
    work.container = None;
}

/// "Belarus Economic Monitor: Quarterly Review, no. 1 (Vilnius: BEROC,
/// 2023)": a subtitle after the title's colon, read as a journal, in a
/// note whose imprint stands in brackets (a place, a colon, a publisher): a
/// journal names no publisher, so the words after the colon are the
/// title's.
pub(super) fn subtitle_before_bracketed_imprint(plain: &str, work: &mut Work) {
    let (Some(title), Some(container), Some(place), Some(_)) = (
        work.title.as_deref(),
        work.container.as_deref(),
        work.location.as_deref(),
        work.publisher.as_deref(),
    ) else {
        return;
    };
    let subtitle_follows = plain.match_indices(title).any(|(at, _)| {
        plain[at + title.len()..]
            .strip_prefix(": ")
            .is_some_and(|rest| rest.starts_with(container))
    });
    let bracketed_place = plain
        .match_indices(place)
        .any(|(at, _)| plain[..at].ends_with('(') && plain[at + place.len()..].starts_with(':'));
    // A page alone after the bracket is the page cited, not an article's.
    if work.volume.is_some()
        || work
            .pages
            .as_deref()
            .is_some_and(|p| p.contains(['-', '–']))
        || !subtitle_follows
        || !bracketed_place
    {
        return;
    }
    work.title = Some(format!("{title}: {container}"));
    work.container = None;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(title: &str, container: &str) -> Work {
        Work {
            title: Some(title.into()),
            container: Some(container.into()),
            ..Work::default()
        }
    }

    #[test]
    fn a_german_subtitle_before_the_imprint_is_the_title_s() {
        let plain = "Vester, Michael, 2001: Soziale Milieus im gesellschaftlichen Strukturwandel. Zwischen Integration und Ausgrenzung. Frankfurt a. M.: Suhrkamp.";
        let mut w = work(
            "Soziale Milieus im gesellschaftlichen Strukturwandel",
            "Zwischen Integration und Ausgrenzung",
        );
        w.location = Some("Frankfurt a. M.".into());
        subtitle_read_as_container(plain, &mut w);
        assert_eq!(
            w.title.as_deref(),
            Some(
                "Soziale Milieus im gesellschaftlichen Strukturwandel. Zwischen Integration und Ausgrenzung"
            )
        );
        assert_eq!(w.container, None);
        // An English series before the imprint stays.
        let plain = "Smith, John. 2001. Social Milieus in Transition. Routledge Advances in Sociology. London: Routledge.";
        let mut w = work(
            "Social Milieus in Transition",
            "Routledge Advances in Sociology",
        );
        w.location = Some("London".into());
        subtitle_read_as_container(plain, &mut w);
        assert_eq!(
            w.container.as_deref(),
            Some("Routledge Advances in Sociology")
        );
    }

    #[test]
    fn a_place_ending_the_subtitle_joins_the_places_after_it() {
        let plain = "Ostner, Ilona (1995): Arbeit und Geschlecht. Die Teilung der Arbeit im Haushalt. Frankfurt/M., New York: Campus.";
        let mut w = work(
            "Arbeit und Geschlecht",
            "Die Teilung der Arbeit im Haushalt. Frankfurt/M",
        );
        w.location = Some("New York".into());
        subtitle_read_as_container(plain, &mut w);
        assert_eq!(
            w.title.as_deref(),
            Some("Arbeit und Geschlecht. Die Teilung der Arbeit im Haushalt")
        );
        assert_eq!(w.location.as_deref(), Some("Frankfurt/M.; New York"));
    }

    #[test]
    fn a_german_subtitle_before_a_journal_is_the_title_s() {
        let plain = "Mayer, Karl Ulrich, 1991: Soziale Ungleichheit und die Differenzierung von Lebensverläufen. Eine kurze Skizze der Befunde. Soziale Welt 42: 5–24.";
        let mut w = work(
            "Soziale Ungleichheit und die Differenzierung von Lebensverläufen",
            "Eine kurze Skizze der Befunde. Soziale Welt",
        );
        w.volume = Some("42".into());
        subtitle_inside_journal(plain, &mut w);
        assert_eq!(w.container.as_deref(), Some("Soziale Welt"));
        // A journal's own stop ("Journal of the Royal Statistical
        // Society. Series B") is kept.
        let plain = "Cox, D. R. (1972). Regression models and life-tables. Journal of the Royal Statistical Society. Series B 34: 187–220.";
        let mut w = work(
            "Regression models and life-tables",
            "Journal of the Royal Statistical Society. Series B",
        );
        w.volume = Some("34".into());
        subtitle_inside_journal(plain, &mut w);
        assert_eq!(
            w.container.as_deref(),
            Some("Journal of the Royal Statistical Society. Series B")
        );
    }

    #[test]
    fn a_subtitle_with_years_runs_to_in() {
        let plain = "Klein, Markus (2005): Die Wählerschaft der Parteien. Ein Vergleich der Bundestagswahlen 1994 und 1998. In: Zeitschrift für Parlamentsfragen 36, S. 12-30.";
        let mut w = work(
            "Die Wählerschaft der Parteien",
            "Ein Vergleich der Bundestagswahlen",
        );
        w.volume = Some("36".into());
        subtitle_runs_to_in(plain, &mut w);
        assert_eq!(
            w.title.as_deref(),
            Some("Die Wählerschaft der Parteien. Ein Vergleich der Bundestagswahlen 1994 und 1998")
        );
        assert_eq!(
            w.container.as_deref(),
            Some("Zeitschrift für Parlamentsfragen")
        );
    }

    #[test]
    fn a_question_read_into_the_container_goes_back() {
        let plain = "Kalter, Frank (2006): Auf der Suche nach einer Erklärung für die spezifischen Arbeitsmarktnachteile von Jugendlichen türkischer Herkunft. Diskriminierung oder Mangel an Kapital? Zeitschrift für Soziologie 35: 144–160.";
        let mut w = work(
            "Auf der Suche nach einer Erklärung für die spezifischen Arbeitsmarktnachteile von Jugendlichen türkischer Herkunft. Diskriminierung oder Mangel",
            "Kapital? Zeitschrift für Soziologie",
        );
        // The words before the question go back only after the title's
        // "in"; this note has "an", so nothing changes.
        question_read_into_container(plain, &mut w);
        assert_eq!(
            w.container.as_deref(),
            Some("Kapital? Zeitschrift für Soziologie")
        );
        let plain = "Esser, Hartmut (2004): Welche Alternativen zur Assimilation gibt es eigentlich in Europa? Zeitschrift für Soziologie 33: 1–20.";
        let mut w = work(
            "Welche Alternativen zur Assimilation gibt es eigentlich",
            "Europa? Zeitschrift für Soziologie",
        );
        question_read_into_container(plain, &mut w);
        assert_eq!(
            w.title.as_deref(),
            Some("Welche Alternativen zur Assimilation gibt es eigentlich in Europa?")
        );
        assert_eq!(w.container.as_deref(), Some("Zeitschrift für Soziologie"));
        let plain = "Beck, Ulrich (1997): Kinder der Freiheit. In: Beck, U. (Hg.): Wohin führt die Individualisierung? Berlin: Suhrkamp, S. 9–33.";
        let mut w = work(
            "Kinder der Freiheit",
            "Wohin führt die Individualisierung? Berlin",
        );
        question_read_into_container(plain, &mut w);
        assert_eq!(
            w.container.as_deref(),
            Some("Wohin führt die Individualisierung?")
        );
        assert_eq!(w.location.as_deref(), Some("Berlin"));
    }
}
