//! Abbreviated journals in the sciences' reference lists, where the
//! labeller, which expects a title before a journal written out, splits
//! them elsewhere: references without a title read by their whole forms
//! (ACS, RSC, astronomy), a last author's family name cut into the journal
//! (`… and A. M. | Polyakov, Phys. Lett. B`), a first page that looks like
//! a year (`SIAM J. Comput. 26, 1484 (1997)`), a journal cut after its first
//! abbreviation or read into the title (`Nat. | Mater.`, `Bell Syst. | Tech.
//! J.`, `Trans. Am. Inst. | Electr. Eng.`), and a journal after a title that
//! ends in a question (MDPI, ACS).

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::{Date, Name};
use crate::parse::Work;

/// References without a title, whose whole form is exact (the labeller,
/// which expects a title, splits them anywhere):
/// - ACS, "Becke, A. D. J. Chem. Phys. 1993, 98, 5648–5652.": a journal
///   opening with an initial ("J." for Journal, "Z." for Zeitschrift)
///   right after the authors' initials;
/// - RSC, "A. K. Geim and K. S. Novoselov, Nat. Mater., 2007, 6, 183–191.":
///   journal, year, volume and pages joined by commas;
/// - astronomy, "Riess A. G., Filippenko A. V., et al., 1998, AJ, 116,
///   1009", "Planck Collaboration 2020, A&A, 641, A6": year, journal,
///   volume and first page.
pub(super) fn untitled_reference(plain: &str, work: &mut Work) {
    // "A. K. Geim", "K. S. Novoselov"; "Riess A. G.", "Perlmutter S.".
    const INITIALS_FIRST: &str = r"(?:\p{Lu}\.\s?(?:-?\p{Lu}\.\s?)*)\s?\p{Lu}[\p{L}'’ʼ-]+";
    const FAMILY_FIRST: &str = r"\p{Lu}[\p{L}'’ʼ-]+(?:\s\p{Lu}\.(?:\s?-?\p{Lu}\.)*)";
    const PAGES: &str = r"(?P<pages>[A-Za-z]?\d+(?:[–-][A-Za-z]?\d+)?)\.?$";
    static FORMS: LazyLock<[Regex; 3]> = LazyLock::new(|| {
        [
            format!(
                r"^(?P<authors>\p{{Lu}}[\p{{L}}'’ʼ-]+,\s.*?\p{{Lu}}\.)\s(?P<journal>[JZ]\.\s\p{{Lu}}\p{{Ll}}+\.?(?:\s\p{{Lu}}[\p{{L}}]*\.?)*)\s(?P<year>(?:1[89]|20)\d\d),\s(?P<volume>\d{{1,4}}),\s{PAGES}"
            ),
            format!(
                r"^(?P<authors>{INITIALS_FIRST}(?:(?:,\s|,?\sand\s){INITIALS_FIRST})*(?:,?\set\sal\.)?),\s(?P<journal>\p{{Lu}}[^,\d]*?(?:,\sInt\.\sEd\.)?),?\s(?P<year>(?:1[89]|20)\d\d),\s(?P<volume>\d{{1,4}}),\s{PAGES}"
            ),
            format!(
                r"^(?P<authors>{FAMILY_FIRST}(?:,\s{FAMILY_FIRST})*(?:,?\s(?:and\s|&\s){FAMILY_FIRST})?(?:,?\set\sal\.)?|\p{{Lu}}\w+\sCollaboration),?\s(?P<year>(?:1[89]|20)\d\d)[a-z]?,\s(?P<journal>\p{{Lu}}[^,\d]*?),\s(?P<volume>\d{{1,4}}),\s{PAGES}"
            ),
        ]
        .map(|form| Regex::new(&form).expect("untitled reference pattern"))
    });
    // The patterns are tried only on short references ending in a page,
    // with a year between commas.
    let trimmed = plain.trim();
    let ends_in_page = trimmed
        .trim_end_matches('.')
        .ends_with(|c: char| c.is_ascii_digit());
    if !ends_in_page || trimmed.len() > 300 || !YEAR_BETWEEN_COMMAS.is_match(trimmed) {
        return;
    }
    let Some(c) = FORMS.iter().find_map(|form| form.captures(trimmed)) else {
        return;
    };
    let (authors, _) = crate::parse::names::parse_author_segment(&c["authors"]);
    if authors.is_empty() || c["journal"].split_whitespace().count() > 8 {
        return;
    }
    work.authors = authors;
    work.title = None;
    work.container = Some(c["journal"].to_string());
    work.date = c["year"].parse().ok().map(Date::year);
    work.volume = Some(c["volume"].to_string());
    work.number = None;
    work.pages = Some(crate::parse::details::page_range(&c["pages"]));
    work.publisher = None;
}

/// "S. S. Gubser, I. R. Klebanov and A. M. Polyakov, Phys. Lett. B 428":
/// the last author's family name read as the journal's first word, its
/// initials left behind at the end of the authors.
pub(super) fn family_cut_into_container(plain: &str, work: &mut Work) {
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let Some((family, journal)) = container.split_once(", ") else {
        return;
    };
    if !crate::parse::names::is_name_word(family) || journal.is_empty() {
        return;
    }
    let Some(at) = plain.find(container) else {
        return;
    };
    let before = plain[..at].trim_end();
    // The initials left over at the authors' end: "and A. M.", ", A. M.".
    let start = before
        .trim_end_matches(|c: char| c.is_uppercase() || matches!(c, '.' | ' ' | '-'))
        .len();
    let (head, initials) = before.split_at(start);
    let initials = initials.trim();
    let dangling = !initials.is_empty()
        && initials.ends_with('.')
        && initials
            .split_whitespace()
            .all(|w| w.len() <= 4 && w.ends_with('.'))
        && (head.ends_with(" and") || head.ends_with(',') || head.ends_with(" &"));
    if !dangling || work.authors.is_empty() {
        return;
    }
    work.authors.push(Name::person(family, initials));
    work.container = Some(journal.to_string());
}

/// "SIAM J. Comput. 26, 1484 (1997)": a first page that looks like a year,
/// read with the year as the date, or as the date itself, and the volume
/// left in the journal.
pub(super) fn page_read_as_year(plain: &str, work: &mut Work) {
    static VOLUME_PAGE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\.? (\d{1,4}), (\d{1,6}) \(((?:1[5-9]|20)\d\d)\)")
            .expect("volume page year pattern")
    });
    // The volume left in the journal, or a date read off the page.
    let volume_left = work.volume.is_none()
        && work
            .container
            .as_deref()
            .is_some_and(|c| c.ends_with(|c: char| c.is_ascii_digit()));
    if work.pages.is_some() || !(volume_left || work.volume.is_some() && work.date.is_some()) {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let journal = match container.rsplit_once(' ') {
        Some((journal, volume))
            if work.volume.is_none() && volume.bytes().all(|b| b.is_ascii_digit()) =>
        {
            journal
        }
        _ => container,
    };
    let Some(at) = plain.find(journal).filter(|_| !journal.is_empty()) else {
        return;
    };
    let Some(c) = VOLUME_PAGE_YEAR.captures(&plain[at + journal.len()..]) else {
        return;
    };
    if work.volume.as_deref().is_some_and(|v| v != &c[1]) {
        return;
    }
    let (journal, volume, page) = (journal.to_string(), c[1].to_string(), c[2].to_string());
    work.date = c[3].parse().ok().map(Date::year).or(work.date);
    work.container = Some(journal);
    work.volume = Some(volume);
    work.pages = Some(page);
}

/// A year between commas, or after a name and before a comma, as the
/// untitled forms have it.
static YEAR_BETWEEN_COMMAS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\s,]\s?(?:1[89]|20)\d\d[a-z]?,\s").expect("year pattern"));

/// "The rise of graphene Nat. Mater. 6 183–91" (IOP, no punctuation),
/// "On the evolution of random graphs, Magyar Tud. Akad. Mat. Kutató Int.
/// Közl. 5 (1960)" (AMS): an abbreviated journal cut after its first
/// abbreviation, which stayed with the title.
pub(super) fn journal_cut_at_abbreviation(plain: &str, work: &mut Work) {
    /// Words that open abbreviated journal names.
    const OPENINGS: &[&str] = &[
        "Nat",
        "Phys",
        "Rev",
        "Chem",
        "Proc",
        "Ann",
        "Int",
        "Appl",
        "Biol",
        "Med",
        "Sci",
        "Lett",
        "Math",
        "Mol",
        "Mater",
        "Commun",
        "Trans",
        "Eur",
        "Geophys",
        "Astron",
        "Astrophys",
        "Nucl",
        "Opt",
        "Soc",
        "Acta",
        "Bull",
        "Comput",
        "Theor",
        "Econ",
    ];
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    if !plain.contains(&format!("{title}. {container}")) {
        return;
    }
    let abbreviations = container.matches(". ").count() + usize::from(container.ends_with('.'));
    // AMS: the journal's words after the title's comma, when the rest of
    // the journal is abbreviated too.
    let tail = match title.rsplit_once(", ") {
        Some((_, part))
            if abbreviations >= 2
                && (1..=3).contains(&part.split_whitespace().count())
                && part
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase)) =>
        {
            part
        }
        // "… migration. Proc. Natl | Acad. Sci. USA", "… aquifers. Eur. J |
        // Public Health" (Vancouver with stops): the journal's first
        // abbreviations after the title's last stop.
        _ => match abbreviations_ending(title) {
            Some(tail) => tail,
            None => match title.rsplit_once(' ') {
                Some((_, word)) if OPENINGS.contains(&word) => word,
                _ => return,
            },
        },
    };
    let head = title[..title.len() - tail.len()]
        .trim_end_matches([',', ' ', '.'])
        .to_string();
    if head.split_whitespace().count() < 2 {
        return;
    }
    let journal = format!("{tail}. {container}");
    work.title = Some(head);
    work.container = Some(journal);
}

/// The journal abbreviations that end a title after its last sentence
/// ("Proc. Natl" of "… migration. Proc. Natl"), two at least.
fn abbreviations_ending(title: &str) -> Option<&str> {
    let pieces: Vec<&str> = title.split(". ").collect();
    let abbreviated = pieces
        .iter()
        .rev()
        .take_while(|w| {
            w.starts_with(char::is_uppercase)
                && w.len() <= 8
                && w.chars().all(char::is_alphabetic)
                && crate::parse::abbreviations::is_abbreviation(w)
        })
        .count();
    let head = pieces.len().checked_sub(abbreviated)?;
    if abbreviated < 2 || head == 0 || pieces[..head].join(". ").split_whitespace().count() < 2 {
        return None;
    }
    let tail_len = pieces[head..].iter().map(|p| p.len() + 2).sum::<usize>() - 2;
    Some(&title[title.len() - tail_len..])
}

/// "A mathematical theory of communication. Bell Syst. Tech. J. 27(3),
/// 379–423 (1948)" (Springer): an abbreviated journal without a container
/// of its own, its first words read as the title's last sentence and the
/// rest as the work's kind.
pub(super) fn journal_split_from_title(plain: &str, work: &mut Work) {
    static ABBREVIATIONS_THEN_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:\s\p{Lu}[\p{L}&]{0,8}\.)+)\s+\d").expect("abbreviations pattern")
    });
    if work.volume.is_none() {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some((head, last)) = title.rsplit_once(". ") else {
        return;
    };
    // Capitalised short words (tested again with the stop below).
    if head.split_whitespace().count() < 2
        || last.split_whitespace().count() > 4
        || !last
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.len() <= 10)
    {
        return;
    }
    let Some(at) = plain.find(title) else {
        return;
    };
    // The title's last stop was trimmed off with it.
    let after = &plain[at + title.len()..];
    let (stop, after) = match after.strip_prefix('.') {
        Some(rest) => (".", rest),
        None => ("", after),
    };
    // "Bell Syst.": capitalised words, all abbreviated but perhaps one.
    let sentence = format!("{last}{stop}");
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let journal_like = (1..=4).contains(&words.len())
        && sentence.ends_with('.')
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.len() <= 10
                && w.trim_end_matches('.').chars().all(char::is_alphabetic)
        })
        && words.iter().filter(|w| !w.ends_with('.')).count() <= 1;
    if !journal_like {
        return;
    }
    // The journal's other words: the container read apart ("Trans. Am.
    // Inst. | Electr. Eng."), or abbreviations up to the volume.
    let rest = match work.container.as_deref() {
        Some(container) if after.trim_start().starts_with(container) => format!(" {container}"),
        Some(_) => return,
        None => match ABBREVIATIONS_THEN_VOLUME.captures(after) {
            Some(c) => c[1].to_string(),
            None => return,
        },
    };
    let journal = format!("{sentence}{rest}");
    work.title = Some(head.to_string());
    work.container = Some(journal);
}

/// "K. Kłysiński, P. Żochowski, Białoruś po wyborach: …, „Komentarze OSW”
/// 2020, nr 350.": Polish notes set the journal in quotation marks after the
/// title's comma, its year right after; the labeller ran it into the title.
pub(super) fn quoted_journal_ends_title(plain: &str, work: &mut Work) {
    static JOURNAL_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(.{3,}?),\s+[„«]([^„“”«»]{2,80})[“”»]$").expect("quoted journal pattern")
    });
    if work.container.is_some() {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if !title.ends_with(['”', '“', '»']) {
        return;
    }
    let Some(c) = JOURNAL_AT_END.captures(title) else {
        return;
    };
    let year_follows = super::text_after(plain, title).is_some_and(|after| {
        super::places::YEAR_START.is_match(after.trim_start_matches([',', ' ']))
    });
    if year_follows {
        work.container = Some(c[2].to_string());
        work.title = Some(c[1].to_string());
    }
}

/// "Certain topics in telegraph transmission theory. Trans. Am. Inst.
/// Electr. Eng. 47(2)": a journal's first abbreviations, between the title
/// and the rest of the journal, read as something else ("Trans." as a
/// translator's mark).
pub(super) fn journal_head_after_title(plain: &str, work: &mut Work) {
    let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref()) else {
        return;
    };
    // Only an abbreviated journal is cut so.
    if !container.ends_with('.') && !container.contains(". ") {
        return;
    }
    let Some(after) = super::text_after(plain, title) else {
        return;
    };
    let Some(end) = after.find(container).filter(|&end| end > 0) else {
        return;
    };
    let between = &after[..end];
    let abbreviations = between.split_whitespace().all(|w| {
        w.ends_with('.')
            && w.starts_with(char::is_uppercase)
            && w.chars().count() <= 8
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    });
    if !abbreviations || between.split_whitespace().count() > 4 {
        return;
    }
    let journal = format!("{between}{container}");
    work.container = Some(journal);
}

/// "How many species are there on Earth and in the ocean? PLoS Biol. 2011,
/// 9, e1001127.": MDPI's and ACS's journal after a title that ends in a
/// question, read with the title; its volume and pages after the year.
pub(super) fn journal_after_question(plain: &str, work: &mut Work) {
    static DETAILS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s(?:1[89]|20)\d\d,\s(\d{1,4}),\s([A-Za-z]?\d+(?:[–-]\d+)?)\.?$")
            .expect("details pattern")
    });
    if work.container.is_some() {
        return;
    }
    let Some((question, journal)) = work.title.as_deref().and_then(|t| t.split_once("? ")) else {
        return;
    };
    let words = journal.split_whitespace().count();
    if !(1..=6).contains(&words)
        || !journal
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        || !journal.contains('.')
    {
        return;
    }
    let (title, journal) = (format!("{question}?"), journal.to_string());
    work.title = Some(title);
    work.container = Some(journal);
    if work.volume.is_none()
        && let Some(c) = DETAILS.captures(plain.trim())
    {
        work.volume = Some(c[1].to_string());
        work.pages = Some(crate::parse::details::page_range(&c[2]));
    }
}

/// "Belorusskaya model integratsii [The Belarusian model of integration].
/// Mirovaya ekonomika i mezhdunarodnye otnosheniya, 2020, vol. 64": the
/// translation in brackets ends the title (the transliterated reference
/// lists of Russian journals write it so); the journal after it, read into
/// the title, is the container.
pub(super) fn translation_ends_title(work: &mut Work) {
    if work.container.is_some() || work.title_translated.is_some() {
        return;
    }
    // A bracket's byte first: the phrase's search costs more to set up.
    let Some(title) = work.title.as_deref().filter(|t| t.contains(']')) else {
        return;
    };
    let Some(close) = title.find("]. ") else {
        return;
    };
    let (head, Some(translation)) = crate::parse::text::split_translation(&title[..=close]) else {
        return;
    };
    let journal = title[close + 3..].trim().trim_end_matches('.');
    if !translation.starts_with(|c: char| c.is_uppercase())
        || !journal.starts_with(|c: char| c.is_uppercase())
        || journal.split_whitespace().count() < 2
        || journal.contains(|c: char| c.is_ascii_digit() || "[]()".contains(c))
    {
        return;
    }
    let journal = journal.to_string();
    work.title = Some(head);
    work.title_translated = Some(translation);
    work.container = Some(journal);
}

/// "In: Süddeutsche Zeitung vom 12.03.2010, S. 4", "Le Monde du 12 mars
/// 2010", "Corriere della Sera del 5 maggio 1998": the word that joins a
/// newspaper to its day, read with the newspaper's name. The name ends
/// before it where the day follows.
pub(super) fn date_word_ends_newspaper(plain: &str, work: &mut Work) {
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let Some(name) = [" vom", " v.", " du", " del"]
        .into_iter()
        .find_map(|word| container.strip_suffix(word))
    else {
        return;
    };
    let day_follows = plain.find(container).is_some_and(|at| {
        let after = plain[at + container.len()..].trim_start();
        after.starts_with(|c: char| c.is_ascii_digit())
            && crate::parse::dates::find_dates(after)
                .first()
                .is_some_and(|d| d.start == 0 && d.date.day.is_some())
    });
    if day_follows && !name.trim().is_empty() {
        work.container = Some(name.trim().to_string());
    }
}
