//! Where a book's title ends, as humanities notes write it: a year range
//! that closes the title before the imprint ("…, 1200-1500, Baltimore
//! 1997"), a bracket the labeller cut at an abbreviation's stop ("(fino al
//! sec. XVI)") or an ordinal's ("im 19. Jahrhundert"), a conjunction
//! ending a cut title, a GOST place or an imprint run into it, and the year
//! of the imprint where a year inside the title (or ending it: "Annual
//! Report 2022 (Minsk, 2023)") was taken for the date; collected works
//! cited by their abbreviated title ("Соч.") and the number of a GOST
//! work's volumes read as the volume cited. What follows a
//! title (editions, volumes, editors, reprints, series) is
//! [`super::additions`]'.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;

/// A year range at the start of the text, each year perhaps "c.", then a
/// comma: "1200-1500,", "c. 1250-c. 1650,".
static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:c\.\s?)?(1\d{3}|20\d\d)\s?[-–]\s?(?:c\.\s?)?(1\d{3}|20\d\d),")
        .expect("year range pattern")
});

/// "The Venetian Money Market. Banks, Panics, and the Public Debt,
/// 1200-1500, Baltimore-London 1997": the years the book covers, read as
/// its pages. A range of years right after the title (or the subtitle the
/// labeller took for a container) and before the imprint's place, in a work
/// with no volume, ends the title.
pub(super) fn year_range_ends_title(plain: &str, work: &mut Work) {
    if work.volume.is_some() || work.number.is_some() {
        return;
    }
    let Some(pages) = work.pages.as_deref() else {
        return;
    };
    let field = if work.container.is_some() {
        &mut work.container
    } else {
        &mut work.title
    };
    let Some(text) = field.as_deref() else {
        return;
    };
    let Some(at) = plain.find(&format!("{text}, ")) else {
        return;
    };
    let after = &plain[at + text.len() + 2..];
    let Some(c) = YEAR_RANGE.captures(after) else {
        return;
    };
    let range = c.get(0).map_or("", |m| m.as_str()).trim_end_matches(',');
    let numbers: Vec<&str> = pages
        .split(|ch: char| !ch.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect();
    let same = numbers.first() == Some(&&c[1]) && numbers.get(1).is_none_or(|n| *n == &c[2]);
    let ordered = c[1] < c[2];
    if !same || !ordered {
        return;
    }
    *field = Some(format!("{text}, {range}"));
    work.pages = None;
}

/// "Problemi monetari veneziani (fino a tutto il sec. XVI), Padova 1937":
/// a title cut inside its bracket, at an abbreviation's stop; the rest of
/// the bracket went to the place, publisher or container after it.
pub(super) fn bracket_closes_title(plain: &str, work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if title.matches('(').count() <= title.matches(')').count() {
        return;
    }
    let Some(at) = plain.find(title) else {
        return;
    };
    let after = &plain[at + title.len()..];
    let Some(close) = after.find(')') else {
        return;
    };
    let rest = after[..=close].trim();
    if rest.is_empty() || rest.contains('(') || rest.len() > 40 {
        return;
    }
    let joined = format!("{} {rest}", title.trim_end());
    for field in [&mut work.location, &mut work.publisher, &mut work.container] {
        let Some(value) = field.as_deref() else {
            continue;
        };
        if let Some(left) = value.strip_prefix(rest) {
            let left = left.trim_start_matches([',', ' ']).to_string();
            *field = Some(left).filter(|l| !l.is_empty());
            work.title = Some(joined);
            return;
        }
    }
}

/// A year right after the text.
static YEAR_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ ((?:1[5-9]|20)\d\d)(?:\D|$)").expect("year after pattern"));

/// "Tradesmen and Traders. The World of the Guilds …, c. 1250-c. 1650,
/// London-Sydney 1987": a year inside the title taken for the date, where
/// the imprint ("Place Year") gives another. A book (no volume or issue, a
/// year alone) is dated by its imprint.
pub(super) fn imprint_year(plain: &str, work: &mut Work) {
    let Some(date) = work.date.filter(|d| d.month.is_none()) else {
        return;
    };
    if work.volume.is_some() || work.number.is_some() {
        return;
    }
    let Some(place) = work.location.as_deref().or(work.publisher.as_deref()) else {
        return;
    };
    let Some(at) = plain.find(place) else {
        return;
    };
    let Some(c) = YEAR_AFTER.captures(&plain[at + place.len()..]) else {
        return;
    };
    let Ok(year) = c[1].parse::<i32>() else {
        return;
    };
    // The date's year stands before the place: inside the title.
    if year != date.year && plain[..at].contains(&date.year.to_string()) {
        work.date = Date::new(year, None, None);
    }
}

/// "Annual Report 2022 (Minsk, 2023)", "Global Trends 2040 (Washington,
/// DC: NIC, 2021)", "Threat Assessment 2024 (Vilnius, 2024)", "… Rights in
/// Belarus, 2022 (Minsk: PEN Belarus, 2023)", "… in the Republic of
/// Belarus, 2022: Statistical Book (Minsk: …)": a title ending in a year
/// (and its subtitle),
/// before a bracketed imprint with its own year. The labeller
/// took the title's year for the date and the place for a publisher; the
/// year is the title's, the imprint's the date's.
pub(super) fn year_ends_title_before_imprint(plain: &str, work: &mut Work) {
    static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(,?) ((?:19|20)\d\d)(: \p{Lu}[^()]+?)? \((\p{Lu}[^():,]{1,30}?(?:, [A-Z]{2})?)(?:: ([^()]{2,80}?))?, ((?:19|20)\d\d)\)")
            .expect("year before imprint pattern")
    });
    // "Body, International Security and Estonia 2023 (Tallinn, 2023)": the
    // title, year and all, read as a journal.
    let journal = work.container.as_deref().filter(|_| work.title.is_none());
    let (Some(title), Some(date)) = (work.title.as_deref().or(journal), work.date) else {
        return;
    };
    // "… în anul 2022 (Chișinău, 2023)": a title a correction before read
    // whole, with its year, the date still that year.
    let year = date.year.to_string();
    let title = match title.strip_suffix(year.as_str()) {
        Some(head) if journal.is_none() && head.len() > 1 && head.ends_with(' ') => head.trim_end(),
        _ => title,
    };
    let Some(at) = plain.find(title) else {
        return;
    };
    let Some(c) = IMPRINT.captures(&plain[at + title.len()..]) else {
        return;
    };
    let title = title.to_string();
    if journal.is_some() {
        work.container = None;
    }
    // "Threat Assessment 2024 (Vilnius, 2024)": the same year twice, the
    // first still the title's, as a date never precedes the imprint.
    if c[2] != date.year.to_string() {
        return;
    }
    let place = c[4].to_string();
    // "…Cultural Rights in Belarus, 2022 (Minsk: PEN Belarus, 2023)": the
    // year after a comma, the period the report covers; "…, 2022:
    // Statistical Book (Minsk: …)", with a subtitle after it.
    let subtitle = c.get(3).map_or("", |m| m.as_str());
    work.title = Some(format!("{title}{} {}{subtitle}", &c[1], &c[2]));
    work.date = c[6].parse().ok().and_then(|y| Date::new(y, None, None));
    for name in [&mut work.publisher, &mut work.institution] {
        if name
            .as_deref()
            .is_some_and(|p| p.trim_end_matches([',', '.', ' ']) == place)
        {
            *name = None;
        }
    }
    if let Some(publisher) = c.get(5) {
        work.publisher = Some(publisher.as_str().trim().to_string());
    }
    work.location = Some(place);
}

/// "Sozialgeschichte … an der Ruhr im 19. Jahrhundert, Bonn 1977": a
/// German ordinal's stop taken for the title's end, its noun for the start
/// of the place.
pub(super) fn ordinal_in_title(plain: &str, work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(number) = title.rsplit(' ').next() else {
        return;
    };
    if !(1..=2).contains(&number.len()) || !number.chars().all(|c| c.is_ascii_digit()) {
        return;
    }
    let Some(at) = plain.find(&format!("{title}. ")) else {
        return;
    };
    let after = &plain[at + title.len() + 2..];
    let Some((noun, _)) = after.split_once(", ") else {
        return;
    };
    if noun.contains(' ') || !noun.starts_with(char::is_uppercase) {
        return;
    }
    for field in [&mut work.location, &mut work.publisher] {
        let Some(rest) = field
            .as_deref()
            .and_then(|v| v.strip_prefix(noun))
            .and_then(|v| v.strip_prefix(", "))
        else {
            continue;
        };
        *field = Some(rest.to_string());
        work.title = Some(format!("{title}. {noun}"));
        return;
    }
}

/// "Il movimento contadino nel Lazio (1870-1922), ivi, 1952": the years a
/// book covers, in brackets after its title, which the labeller read apart.
/// They are the title's where the work's own date comes later.
pub(super) fn bracketed_years_end_title(plain: &str, work: &mut Work) {
    static YEARS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s\((1\d{3}|20\d\d)\s?[-–]\s?(1\d{3}|20\d\d)\)").expect("bracketed years")
    });
    let (Some(title), Some(date)) = (work.title.as_deref(), work.date) else {
        return;
    };
    let Some(at) = plain.find(title) else {
        return;
    };
    let Some(m) = YEARS.find(&plain[at + title.len()..]) else {
        return;
    };
    // The work's date is another year than the range's.
    if m.as_str().contains(&date.year.to_string()) {
        return;
    }
    work.title = Some(format!("{title}{}", m.as_str()));
}

/// "Беларусь и Евразийский союз. – М. : Наука, 2015": GOST's separator
/// and the place's abbreviation run into a book's title.
pub(super) fn gost_place_ends_title(plain: &str, work: &mut Work) {
    static PLACE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(.+?)\.\s+[–—-]\s+\p{Lu}[\p{L}\-]{0,12}\.?$")
            .expect("GOST place at title end pattern")
    });
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(c) = PLACE_AT_END.captures(title) else {
        return;
    };
    // The place is followed by the publisher's colon or the year's comma.
    let Some(after) = super::text_after(plain, title) else {
        return;
    };
    if !(after.starts_with(':') || after.starts_with(',')) {
        return;
    }
    let head = c[1].to_string();
    work.title = Some(head);
}

/// "Storia dell'Italia repubblicana, Venezia, Marsilio, 1992": the place
/// and publisher of an Italian imprint, run into the title where the year
/// follows it. Only a known publishing city opens an imprint: a title may
/// list words with commas too.
pub(super) fn imprint_inside_title_end(plain: &str, work: &mut Work) {
    if work.location.is_some() || work.publisher.is_some() || work.container.is_some() {
        return;
    }
    let (Some(title), Some(date)) = (work.title.as_deref(), work.date) else {
        return;
    };
    let Some((rest, publisher)) = title.rsplit_once(", ") else {
        return;
    };
    let Some((head, place)) = rest.rsplit_once(", ") else {
        return;
    };
    let capitalised = publisher.split_whitespace().count() <= 4
        && publisher.starts_with(|c: char| c.is_uppercase())
        && !publisher.contains(|c: char| c.is_ascii_digit());
    if !capitalised
        || !crate::parse::gazetteer::is_publishing_place(place)
        || !plain.contains(&format!("{title}, {}", date.year))
    {
        return;
    }
    let (head, place, publisher) = (head.to_string(), place.to_string(), publisher.to_string());
    work.title = Some(head);
    work.location = Some(place);
    work.publisher = Some(publisher);
}

/// "Chiesa e Stato …, Città del Vaticano 1964 (Studi e testi, 239)": a
/// book's place and year run into its title, where the labeller knew no
/// place of several words. Only a known publishing city ends the title so,
/// and only where the year follows it in the note.
pub(super) fn place_and_year_end_title(plain: &str, work: &mut Work) {
    if work.location.is_some() || work.publisher.is_some() || work.container.is_some() {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some((head, tail)) = title.rsplit_once(", ") else {
        return;
    };
    let (place, year) = match tail.rsplit_once(' ') {
        Some((place, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            (place, year.parse::<i32>().ok())
        }
        _ => (tail, None),
    };
    let year_after = || {
        plain
            .find(title)
            .and_then(|at| YEAR_AFTER.captures(&plain[at + title.len()..]))
            .and_then(|c| c[1].parse::<i32>().ok())
    };
    let Some(year) = year.or_else(year_after) else {
        return;
    };
    if head.split_whitespace().count() < 3
        || !crate::parse::gazetteer::is_publishing_place(place)
        || work.date.is_some_and(|d| d.year != year)
    {
        return;
    }
    let (head, place) = (head.to_string(), place.to_string());
    work.title = Some(head);
    work.location = Some(place);
    work.date.get_or_insert(crate::entry::Date::year(year));
}

/// "… склав 14,6 млрд куб. м. – Київ, 2024": a unit's abbreviation at a
/// title's end ("куб. м.", "кв. км."), its last word in small letters taken
/// for the place before GOST's dash. A place is capitalised ("М." is
/// Moscow; "м. Київ", the city of Kyiv, has no dash after "м."): the word
/// goes back to the title.
pub(super) fn unit_read_as_place(work: &mut Work) {
    let Some(place) = work.location.as_deref() else {
        return;
    };
    let Some((word, rest)) = place.split_once(" – ").or_else(|| place.split_once(" — ")) else {
        return;
    };
    let letters = word.trim_end_matches('.');
    if !word.ends_with('.')
        || letters.is_empty()
        || letters.chars().count() > 3
        || !letters.chars().all(char::is_lowercase)
        || !work.title.as_deref().is_some_and(|t| t.ends_with('.'))
    {
        return;
    }
    let (word, rest) = (word.to_string(), rest.trim().to_string());
    if let Some(title) = work.title.as_mut() {
        title.push(' ');
        title.push_str(&word);
    }
    work.location = Some(rest).filter(|r| !r.is_empty());
}

/// "Statistisches Jahrbuch 2019 für die Bundesrepublik Deutschland": the
/// labeller may cut a title at a year inside it and read its head as a
/// container before the title ("Datenreport 2021. Ein Sozialbericht …"). A
/// container written before the title, with only the year between them, is
/// the title's head.
pub(super) fn year_inside_title(plain: &str, work: &mut Work) {
    let (Some(container), Some(title)) = (work.container.as_deref(), work.title.as_deref()) else {
        return;
    };
    if container.split_whitespace().count() > 6 {
        return;
    }
    let Some(at) = plain.find(container) else {
        return;
    };
    let after = &plain[at + container.len()..];
    let Some(year) = after
        .strip_prefix(' ')
        .and_then(|a| a.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
    else {
        return;
    };
    // "Datenreport 2021. Ein Sozialbericht …": the year may end the title's
    // first sentence.
    let Some(joint) = [" ", ". ", ": "].into_iter().find(|j| {
        after[5..]
            .strip_prefix(j)
            .is_some_and(|a| a.starts_with(title))
    }) else {
        return;
    };
    work.title = Some(format!("{container} {year}{joint}{title}"));
    work.container = None;
}

/// "Jacques Lévesque, 1989. La fin d'un empire, Paris, …, 1995": a title
/// that opens with a year, which the labeller read as the date. The year
/// stands between the author's comma and the title's first words, and the
/// imprint after the title has a year of its own, which is the date.
pub(super) fn year_opens_title(plain: &str, work: &mut Work) {
    let (Some(title), Some(date)) = (work.title.as_deref(), work.date) else {
        return;
    };
    // The first ", 1989. " of the note, after names in natural order with
    // no comma of their own: "Smith, J., 2019. Title" is the Harvard form,
    // whose year is the date.
    if work.authors.is_empty() || year_after_comma(plain).is_none_or(|at| plain[..at].contains(','))
    {
        return;
    }
    let opening = format!(", {}. {title}", date.year);
    let Some(at) = plain.find(&opening) else {
        return;
    };
    static IMPRINT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r",\s((?:1[5-9]|20)\d\d)(?:[,.;)]|$)").expect("imprint year pattern")
    });
    let after = &plain[at + opening.len()..];
    let Some(year) = IMPRINT_YEAR
        .captures(after)
        .and_then(|c| c[1].parse::<i32>().ok())
        .filter(|y| *y >= date.year)
    else {
        return;
    };
    work.title = Some(format!("{}. {title}", date.year));
    work.date = Some(Date::year(year));
}

/// "Reporters Without Borders, 2024 World Press Freedom Index (Paris: RSF,
/// 2024)": a body's yearly title opening with its year, which the
/// labeller read as the date before the title; the imprint's year after
/// the title is the date.
pub(super) fn year_heads_title(plain: &str, work: &mut Work) {
    let (Some(title), Some(date)) = (work.title.as_deref(), work.date) else {
        return;
    };
    if !matches!(
        work.authors.as_slice(),
        [crate::entry::Name::Organization(_)]
    ) || !title.starts_with(|c: char| c.is_uppercase())
    {
        return;
    }
    let year = date.year.to_string();
    let Some(at) = memchr::memmem::find(plain.as_bytes(), format!(", {year} ").as_bytes())
        .map(|at| at + year.len() + 3)
        .filter(|&at| plain[at..].starts_with(title))
    else {
        return;
    };
    // The imprint in brackets after the title gives a year of its own.
    let after = &plain[at + title.len()..];
    if !after.starts_with(" (") {
        return;
    }
    let imprint = &after[2..after.find(')').unwrap_or(after.len())];
    let Some(imprint_year) = imprint
        .rsplit(", ")
        .next()
        .and_then(|y| y.trim().parse::<i32>().ok())
        .filter(|y| *y >= date.year && imprint.contains(':'))
    else {
        return;
    };
    work.title = Some(format!("{year} {title}"));
    work.date = Some(Date::year(imprint_year));
}

/// Where the text first has ", 1989. ": a year between a comma and a stop
/// (a quick test before [`year_opens_title`] looks for the title).
fn year_after_comma(plain: &str) -> Option<usize> {
    let bytes = plain.as_bytes();
    memchr::memmem::find_iter(bytes, b", ").find(|&at| {
        bytes
            .get(at + 2..at + 8)
            .is_some_and(|w| w[..4].iter().all(u8::is_ascii_digit) && w[4] == b'.' && w[5] == b' ')
    })
}

/// "Маркс К., Энгельс Ф. Соч. 2-е изд. Т. 4. С. 459.": collected works
/// cited by their abbreviated title after GOST names, which the labeller
/// read into the names. The note has no other title.
pub(super) fn collected_works_after_names(plain: &str, work: &mut Work) {
    static COLLECTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"\p{Lu}\.\s+((?:Полн\.\s*собр\.\s*соч|Собр\.\s*соч|Избр\.\s*(?:произв|соч)|Соч",
            r"|Повн\.\s*зібр\.\s*тв|Зібр\.\s*тв|Твори|Поўн\.\s*зб\.\s*тв|Зб\.\s*тв)\.)",
            r"(?:\s|$)",
        ))
        .expect("collected works pattern")
    });
    if work.title.is_some()
        || work.authors.is_empty()
        || !["соч.", "Соч.", " тв.", "Твори"]
            .iter()
            .any(|w| plain.contains(w))
    {
        return;
    }
    let Some(found) = COLLECTED.captures(plain).and_then(|c| c.get(1)) else {
        return;
    };
    work.title = Some(found.as_str().to_string());
    // The names before it, where the labeller ran them into one body.
    if let [crate::entry::Name::Organization(_)] = work.authors.as_slice()
        && let Some(list) = crate::parse::names::scan_names(plain[..found.start()].trim())
    {
        work.authors = list.names;
    }
}

/// "Otto von Bismarck, Gesammelte Werke, Bd. 6, Berlin 1929": collected
/// works cited by their title after the author's name, which the labeller
/// read as a second name. The note has no other title.
pub(super) fn collected_works_read_as_names(plain: &str, work: &mut Work) {
    static COLLECTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r", ((?:Gesammelte|Sämtliche|Ausgewählte) (?:Werke|Schriften|Briefe)",
            r"|(?:Collected|Complete|Selected) (?:Works|Writings|Papers)",
            r"|Opere (?:complete|scelte)|Œuvres complètes|Oeuvres complètes",
            r"|Obras completas|Dzieła (?:wszystkie|zebrane))(?:,|\.|\s\(|$)",
        ))
        .expect("collected works in names pattern")
    });
    // A note without a title and with two names is rare; only it is read.
    if work.title.is_some() || work.authors.len() < 2 {
        return;
    }
    let Some(found) = COLLECTED.captures(plain).and_then(|c| c.get(1)) else {
        return;
    };
    let Some(list) = crate::parse::names::scan_names(plain[..found.start() - 2].trim()) else {
        return;
    };
    if list.names.is_empty() {
        return;
    }
    work.title = Some(found.as_str().to_string());
    work.authors = list.names;
}

/// "Собр. соч. : в 22 т. Т. 5.", "… модерну : в 3 т. СПб. : …, 2015. Т.
/// 2.": the number of a GOST work's volumes is not the volume cited, which
/// "Т." names after it; the "в" of the count is no series.
pub(super) fn volume_count_read_as_volume(plain: &str, work: &mut Work) {
    static COUNT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)[ву]\s+(\d{1,3})\s+(?:т|тт|кн)\.").expect("volume count pattern")
    });
    static CITED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:Т|Кн)\.\s*(\d{1,3})(?:[.,:\s]|$)").expect("cited volume pattern")
    });
    // The labeller reads the count as the volume, or its "в" as a series.
    if (work.volume.is_none() && work.series.is_none() && work.container.is_none())
        || !plain.contains(" т.")
    {
        return;
    }
    let Some(count) = COUNT.captures(plain) else {
        return;
    };
    for field in [&mut work.series, &mut work.container] {
        if field
            .as_deref()
            .is_some_and(|s| matches!(s.trim_matches([':', ' ']), "в" | "у"))
        {
            *field = None;
        }
    }
    let end = count.get(0).map_or(0, |m| m.end());
    let Some(cited) = CITED.captures(&plain[end..]) else {
        return;
    };
    if work.volume.as_deref().is_none_or(|v| v == &count[1]) {
        work.volume = Some(cited[1].to_string());
    }
}
