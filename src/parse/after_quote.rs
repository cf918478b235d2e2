//! What follows a quoted title, which the labeller ran into the title the
//! quote replaced: a translation in brackets, the container's first words,
//! the book a chapter is in, the outlet an item appeared in and the yearly
//! report a country's chapter belongs to. Each reads the text after the
//! closing quote and mends the labeller's container where its form is
//! plain.

use std::sync::LazyLock;

use regex::Regex;

use super::{dates, label, names};

/// "“Novaya Yevropa” [The New Europe], Moscow Carnegie Center": the
/// translation in brackets after a quoted title, which the labeller read
/// into the container, whole or from a word inside it ("… technology
/// power], Qiushi").
pub(super) fn translation_in_container(
    after_quote: &str,
    labelled: &mut label::assemble::Assembled,
) {
    let Some((inside, _)) = after_quote
        .trim_start_matches([',', ' '])
        .strip_prefix('[')
        .and_then(|a| a.split_once(']'))
    else {
        return;
    };
    let work = &mut labelled.work;
    let Some(container) = work.container.as_deref() else {
        return;
    };
    // The bracket the container holds closes the one after the quote.
    let Some(close) = container
        .find(']')
        .filter(|&i| !container[..i].trim_start_matches('[').contains('['))
    else {
        return;
    };
    if !container.starts_with('[') && !inside.ends_with(container[..close].trim()) {
        return;
    }
    let rest = container[close + 1..]
        .trim_start_matches([',', '.', ' '])
        .to_string();
    if rest.is_empty() {
        return;
    }
    if work.title_translated.is_none() {
        work.title_translated = Some(inside.trim().to_string());
    }
    work.container = Some(rest);
}

/// "“…” [Russia and Belarus], Russian International Affairs Council": the
/// labeller ran the title on past its quote into the container's first
/// words; the quote replaced the title, and the words go back to the
/// container they open.
pub(super) fn words_lost_before_container(
    after_quote: &str,
    labelled: &mut label::assemble::Assembled,
) {
    let Some(container) = labelled.work.container.as_deref() else {
        return;
    };
    let mut after = after_quote.trim_start_matches([',', ' ']);
    if after.starts_with('[') {
        after = after.find(']').map_or(after, |i| &after[i + 1..]);
    }
    let after = after.trim_start_matches([',', ' ']);
    let Some(at) = after.find(container).filter(|&at| at > 0) else {
        return;
    };
    let lost = after[..at].trim();
    let words = lost.split_whitespace().count();
    if !(1..=3).contains(&words)
        || !lost.starts_with(|c: char| c.is_uppercase())
        || lost.contains(|c: char| c.is_ascii_digit() || ",.:;()[]\"«»“”".contains(c))
    {
        return;
    }
    labelled.work.container = Some(format!("{lost} {container}"));
}

/// "„Rosja wobec Białorusi…", w: Polityka wschodnia Polski, red. Jan Kowal
/// (Warszawa: PISM, 2021)": the book a quoted chapter is in, after Polish
/// "w:" (or "in", "в", "у"), with its editors, which the labeller ran into
/// the title the quote replaced.
pub(super) fn book_after_quote(after_quote: &str, labelled: &mut label::assemble::Assembled) {
    static BOOK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^,?\s+(?:w|in|в|у):?\s+(\p{Lu}[^,()]{2,150}?)(?:,\s+(?:red\.|ed\.|eds\.|под\s+ред\.|за\s+ред\.|рэд\.)\s+([^(]{2,120}?))?\s*\(")
            .expect("book after quote pattern")
    });
    if !after_quote.contains(" (") {
        return;
    }
    let Some(c) = BOOK.captures(after_quote) else {
        return;
    };
    // A container the labeller read elsewhere stands; one read inside the
    // book and its editors ("Adam Lis") gives way.
    if let Some(existing) = labelled.work.container.as_deref()
        && !c[0].contains(existing)
    {
        return;
    }
    let book = c[1].trim();
    // "in: Geschichte und Gesellschaft 38 (1999)": a journal's volume and
    // year after its name, not a book's imprint.
    let year_after = c.get(0).map_or("", |m| &after_quote[m.end()..]);
    if let Some((journal, volume)) = book.rsplit_once(' ')
        && volume.bytes().all(|b| b.is_ascii_digit())
        && c.get(2).is_none()
        && year_after.len() > 4
        && year_after.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && year_after[4..].starts_with(')')
    {
        labelled.work.container = Some(journal.to_string());
        labelled
            .work
            .volume
            .get_or_insert_with(|| volume.to_string());
        return;
    }
    labelled.work.container = Some(book.to_string());
    labelled.cues.in_collection = true;
    if let Some(editors) = c.get(2)
        && labelled.work.editors.is_empty()
    {
        labelled.work.editors = names::scan_names(editors.as_str().trim())
            .map(|list| list.names)
            .unwrap_or_default();
    }
}

/// "« … », France Inter, chronique « Géopolitique », 12 août 2020": the
/// labeller ran the title on past its quote over the outlet, which the
/// quote's title replaced; a name of a few capitalised words between the
/// quote and the next comma is where the item appeared.
pub(super) fn outlet_after_quote(after_quote: &str, labelled: &mut label::assemble::Assembled) {
    let work = &labelled.work;
    if work.container.is_some() {
        return;
    }
    if let Some(rest) = after_quote.strip_prefix(". ") {
        work_after_stop(rest, labelled);
        return;
    }
    // The comma may stand inside the quote ("…,\" Body, May 2022").
    let after_quote = after_quote.trim_start_matches(['"', '”', '»', '’']);
    let Some(rest) = after_quote
        .strip_prefix(", ")
        .or_else(|| after_quote.strip_prefix(' '))
    else {
        return;
    };
    // "„…”, „Komentarze OSW” 2020, nr 350.": Polish notes quote the
    // journal or series too, its year right after.
    if let Some(quoted) = rest.strip_prefix('„').or_else(|| rest.strip_prefix('«'))
        && let Some((name, after_name)) = quoted.split_once(['”', '“', '»'])
        && let Some(after_name) = after_name.strip_prefix(' ')
        && after_name
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        && !name.is_empty()
        && name.len() <= 80
    {
        labelled.work.container = Some(name.trim().to_string());
        // "… 2020, nr 350": the item's number, read as pages.
        let number = after_name[4..].trim_start_matches([',', ' ']);
        let number = number
            .strip_prefix("nr ")
            .or_else(|| number.strip_prefix("nr. "));
        let number = number.map(|n| n.trim_end_matches('.'));
        if labelled.work.number.is_none()
            && labelled
                .work
                .pages
                .as_deref()
                .is_some_and(|p| Some(p) == number)
        {
            labelled.work.number = labelled.work.pages.take();
            labelled.work.volume = labelled.work.volume.take().filter(|v| v != "nr");
        }
        return;
    }
    let Some((name, after_name)) = rest.split_once(", ") else {
        return;
    };
    // "„…“, Russland-Analysen Nr. 447 (2024), S. 2–6": the series with the
    // item's number and year run into its name.
    let (name, numbered) = series_number_run_in(name).map_or((name, None), |(n, k)| (n, Some(k)));
    // Whether a date opens what follows the name (`day`: a full one).
    let date_follows = |day: bool| {
        after_name.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
            && dates::find_dates(after_name)
                .first()
                .is_some_and(|d| d.start == 0 && (!day || d.precision() == 3))
    };
    // "“…”, Kommersant, August 14, 2020": a name the labeller took for a
    // place, where no publishing city stands, or cut into a place and a
    // publisher ("Moscow Carnegie Center, 2 June 2019"), is the outlet's
    // where a day follows it.
    if let Some(place) = work.location.as_deref() {
        let alone = work.publisher.is_none()
            && place == name
            && !crate::parse::gazetteer::is_publishing_place(name);
        let cut = work.publisher.as_deref().is_some_and(|publisher| {
            name.strip_prefix(place).and_then(|r| r.strip_prefix(' ')) == Some(publisher)
        });
        if !(alone || cut) || !date_follows(true) {
            return;
        }
        labelled.work.location = None;
        labelled.work.publisher = None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // "German Marshall Fund of the United States": a body's longer name,
    // with its small words.
    let body =
        words.len() <= 9 && super::names::has_organization_word(&crate::letters::lowercase(name));
    const SMALL: [&str; 10] = [
        "of", "the", "for", "and", "on", "de", "la", "für", "und", "du",
    ];
    const ENGLISH_SMALL: [&str; 6] = ["in", "to", "a", "an", "at", "by"];
    // "Ievropeiska pravda, September 24, 2020": a romanized title keeps
    // its later words small; the date after it says it is the outlet.
    let romanized = (2..=4).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && !words
            .iter()
            .any(|w| SMALL.contains(w) || ENGLISH_SMALL.contains(w))
        && date_follows(false);
    if !(1..=4).contains(&words.len()) && !body
        || !romanized
            && !words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) || body && SMALL.contains(w))
        || name.contains(|c: char| c.is_ascii_digit() || "()[]«»\"“”*".contains(c))
        || dates::is_month(words[0])
        // The name after the quote may be the publisher the labeller found.
        || labelled.work.publisher.as_deref() == Some(name)
    {
        return;
    }
    labelled.work.container = Some(name.to_string());
    if let Some(number) = numbered {
        // The labeller read the number as a volume.
        if labelled.work.volume.as_deref() == Some(number) {
            labelled.work.volume = None;
        }
        labelled
            .work
            .number
            .get_or_insert_with(|| number.to_string());
        return;
    }
    // "„…”, Komentarze OSW, nr 482, …": the item's number in its series.
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[Nn]r\.?|[Nn]o\.|№|n°)\s*(\d{1,5}[a-z]?)(?:,|$)")
            .expect("series number pattern")
    });
    if labelled.work.number.is_none()
        && let Some(c) = NUMBER.captures(after_name)
    {
        labelled.work.number = Some(c[1].to_string());
    }
}

/// "Russland-Analysen Nr. 447 (2024)", "Policy Brief no. 12": a series'
/// name, then its mark and the item's number, perhaps the year in
/// brackets; the name and the number.
fn series_number_run_in(name: &str) -> Option<(&str, &str)> {
    let name = match name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
        Some((head, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => name,
    };
    let (head, number) = name.rsplit_once(' ')?;
    let head = [" Nr.", " No.", " no.", " №", " nr"]
        .iter()
        .find_map(|mark| head.strip_suffix(mark))?;
    (!head.is_empty()
        && !number.is_empty()
        && number.len() <= 5
        && number.bytes().all(|b| b.is_ascii_digit()))
    .then_some((head.trim_end(), number))
}

/// "\"…\". Kommersant. 3 March 2021.": Wikipedia's English templates close
/// a title's quote before its stop and name the newspaper or site after
/// it, then the day. A name of a few capitalised words with a date, a
/// volume or nothing after it is the work's container; a body's name
/// ("U.S. Department of State") publishes a page rather than contains it.
fn work_after_stop(rest: &str, labelled: &mut label::assemble::Assembled) {
    let end = rest.find(". ").unwrap_or(rest.trim_end_matches('.').len());
    let (name, after_name) = (&rest[..end], rest[end..].trim_start_matches(['.', ' ']));
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.starts_with(|c: char| c.is_uppercase()) || w.bytes().all(|b| b.is_ascii_digit())
    };
    let follows = after_name.is_empty()
        || after_name.starts_with("Vol. ")
        || dates::find_dates(after_name)
            .first()
            .is_some_and(|d| d.start == 0);
    if !(1..=5).contains(&words.len())
        || !words.iter().all(capitalised)
        || !words[0].starts_with(|c: char| c.is_uppercase())
        || matches!(words[0], "In" | "In:" | "Retrieved" | "Archived")
        || dates::is_month(words[0])
        || name.contains(|c: char| "()[]«»\"“”*:".contains(c))
        || !follows
        || super::names::has_organization_word(&crate::letters::lowercase(name))
        || labelled.work.publisher.as_deref() == Some(name)
    {
        return;
    }
    labelled.work.container = Some(name.to_string());
}

/// "“Belarus,” Freedom in the World 2024, Freedom House, URL": a country's
/// chapter of a yearly report, the report named with its year and the
/// body that publishes it after; the labeller ran both into the title the
/// quote replaced, or cut the report's name before its year.
pub(super) fn yearly_report_after_quote(
    after_quote: &str,
    labelled: &mut label::assemble::Assembled,
) {
    static REPORT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            // Unbounded runs, their lengths asked after: bounded ones of
            // these classes make a large automaton for every quoted note.
            r#"^(?:in\s+)?(\p{Lu}[^,()\[\]"“”«»:;]*?\s(?:for\s)?(?:19|20)\d\d),\s+(\p{Lu}[^,()\[\]"“”«»:;\d]*?)\s*(?:[,.]|$)"#,
        )
        .expect("yearly report pattern")
    });
    let rest = after_quote.trim_start_matches(['"', '”', '»', '’', ',', ' ']);
    // A capital opens the name, and a year ends it before the first
    // comma: cheap tests first.
    let first_ends_in_year = memchr::memchr(b',', rest.as_bytes())
        .filter(|&comma| comma >= 5)
        .and_then(|comma| rest.get(comma - 5..comma))
        .is_some_and(|y| {
            let y = y.as_bytes();
            y[0] == b' '
                && (y[1..3] == *b"19" || y[1..3] == *b"20")
                && y[3..].iter().all(u8::is_ascii_digit)
        });
    if !rest.starts_with(|c: char| c.is_uppercase() || c == 'i') || !first_ends_in_year {
        return;
    }
    let Some(c) = REPORT.captures(rest) else {
        return;
    };
    let (report, body) = (&c[1], c[2].trim());
    if report.len() > 120 || body.len() > 100 {
        return;
    }
    // "“…,” March 2023, Chatham House": a date is no report's name.
    if report
        .split_whitespace()
        .next()
        .is_some_and(dates::is_month)
    {
        return;
    }
    const SMALL: [&str; 7] = ["of", "the", "for", "and", "on", "in", "&"];
    let body_words: Vec<&str> = body.split_whitespace().collect();
    if body_words.len() > 8
        || dates::is_month(body_words[0])
        || !body_words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w))
    {
        return;
    }
    let work = &mut labelled.work;
    // The labeller's own container stands where it is not the report's
    // name cut short ("Nations in Transit").
    if work
        .container
        .as_deref()
        .is_some_and(|c| !report.starts_with(c.trim()))
    {
        return;
    }
    if work
        .series
        .as_deref()
        .is_some_and(|s| report.starts_with(s.trim()))
    {
        work.series = None;
    }
    // "World Report 2023": the report's year names it; it dates the
    // chapter only where the note gives it again.
    let year = &report[report.len() - 4..];
    if work
        .date
        .is_some_and(|d| d.month.is_none() && d.year.to_string() == year)
        && rest.matches(year).count() == 1
    {
        work.date = None;
    }
    work.container = Some(report.to_string());
    labelled.cues.in_collection = true;
    if work.publisher.is_none() && work.institution.is_none() {
        work.publisher = Some(body.to_string());
    }
}

/// "“Belarus 2030: Three Scenarios,” Centre for New Ideas, policy paper
/// no. 4, …": the body that issued a paper, between the quote and the
/// paper's kind in small letters, which the labeller ran into the title
/// the quote replaced. It publishes the paper.
pub(super) fn body_before_kind_of_paper(
    after_quote: &str,
    labelled: &mut label::assemble::Assembled,
) {
    let work = &mut labelled.work;
    let Some(kind) = work.container.as_deref() else {
        return;
    };
    if work.publisher.is_some() || !kind.starts_with(char::is_lowercase) {
        return;
    }
    let after = after_quote.trim_start_matches(['"', '”', '»', '’', ',', ' ']);
    let Some(at) = after.find(&format!(", {kind}")).filter(|&at| at > 0) else {
        return;
    };
    let body = after[..at].trim();
    if body.split_whitespace().count() > 8 || !names::is_organization(body) {
        return;
    }
    work.publisher = Some(body.to_string());
}
