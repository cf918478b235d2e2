//! Places and publishers after a title: the labeller's reading of where
//! a work was published and by whom, corrected where the imprint's layout
//! says otherwise. A place at a title's or container's end, places run into
//! a publisher or a publisher into the place, the orders `Place: Publisher`,
//! `Place, Publisher` (French and Italian), `Publisher, Place` (the
//! sciences) and Springer's `Publisher, Place (Year)`; a GOST place read as
//! a journal, a site's name after `//` read as a publisher, a subtitle read
//! as places. The patterns for a place ([`PLACE`]) and an imprint at a
//! text's end ([`IMPRINT_AT_END`]) serve the corrections of containers too.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// A place of publication's name, shared by [`IMPRINT_AT_END`] and
/// [`PLACE`]: a capitalised word, perhaps with a second ("New York",
/// "Frankfurt a. M.") or "/M.", then more places joined by a dash or slash
/// ("Roma-Bari", "Weinheim/München", "Frankfurt/M.–New York").
macro_rules! place_name {
    () => {
        r"\p{Lu}\p{Ll}+(?:\s(?:\p{Lu}\p{Ll}+|\p{Ll}\.\s?\p{Lu}\.)|/M\.)?(?:[-–/]\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)*"
    };
}

/// A place and year that end a book's subtitle, and a chapter or page after
/// them: "…, Wiesbaden 2001, Kap. 2", "…, Frankfurt/M.–New York 1989".
pub(super) static IMPRINT_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r", (",
        place_name!(),
        r") ",
        r"((?:1[5-9]|20)\d\d)(?P<chapter>,\s*(?:Kap|Kapitel|ch|chap|cap|S|p|pp)\.?(?:\s*[\d–-]+(?:\s*ff?\.)?)?)?\.?$",
    ))
    .expect("imprint at end pattern")
});

/// "…, in G. Borelli (a cura di), Il sistema fiscale veneto, Verona 1982":
/// the place of a book's imprint read with the book as its container. A
/// container's name does not end in ", Place" before a bare year.
pub(super) fn place_at_container_end(plain: &str, work: &mut Work) {
    if work.location.is_some() {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let Some((book, place)) = container.rsplit_once(", ") else {
        return;
    };
    let followed_by_year = plain
        .find(&format!("{container} "))
        .is_some_and(|at| YEAR_START.is_match(&plain[at + container.len() + 1..]));
    if book.is_empty() || !PLACE.is_match(place) || !followed_by_year {
        return;
    }
    work.location = Some(place.to_string());
    work.container = Some(book.to_string());
}

/// "… // Официальный интернет-портал Президента Республики Беларусь. 2021.":
/// a site's name after GOST's "//" cut in two, its last words read as a
/// publisher. A publisher follows a place and colon, not the container's
/// words with a space between.
pub(super) fn gost_container_cut_as_publisher(plain: &str, work: &mut Work) {
    if work.location.is_some() || !plain.contains("//") {
        return;
    }
    let (Some(container), Some(publisher)) = (work.container.as_deref(), work.publisher.as_deref())
    else {
        return;
    };
    let whole = format!("{container} {publisher}");
    if plain.contains(&format!("// {whole}")) {
        work.container = Some(whole);
        work.publisher = None;
    }
}

/// "Sasse, Gwendolyn: Der Krieg gegen die Ukraine. Hintergründe, Ereignisse,
/// Folgen, München: C.H. Beck 2022": a subtitle of words joined by commas
/// read with the place that follows it. Imprints join two places with a
/// comma ("Frankfurt, New York"), not three; the words before the last go
/// back to the title, after the stop that ends it in the note.
pub(super) fn subtitle_read_as_places(plain: &str, work: &mut Work) {
    let (Some(title), Some(location)) = (work.title.as_deref(), work.location.as_deref()) else {
        return;
    };
    let Some((subtitle, place)) = location.rsplit_once(", ") else {
        return;
    };
    if subtitle.matches(", ").count() < 2
        || subtitle.contains(|c: char| c.is_ascii_digit())
        || !PLACE.is_match(place)
        || !plain.contains(&format!("{title}. {location}"))
    {
        return;
    }
    work.title = Some(format!("{title}. {subtitle}"));
    work.location = Some(place.to_string());
}

/// "Смалянчук А. Паміж краёвасцю … 1864–1917. Гародня, 2001. С. 88.": a
/// GOST book's place, one word in Cyrillic between the title's stop and
/// ", year", read as a journal (as places the labeller has not seen are). A
/// journal's name in GOST follows "//".
pub(super) fn gost_place_read_as_container(plain: &str, work: &mut Work) {
    if work.location.is_some() || work.publisher.is_some() || plain.contains("//") {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let one_word = container.chars().next().is_some_and(char::is_uppercase)
        && container
            .chars()
            .all(|c| crate::letters::is_cyrillic(c) || c == '-');
    if !one_word || work.title.is_none() {
        return;
    }
    let after_stop = plain
        .find(&format!(". {container}, "))
        .is_some_and(|at| YEAR_START.is_match(&plain[at + container.len() + 4..]));
    if after_stop {
        work.location = work.container.take();
    }
}

/// "I nunzi e la Repubblica, Città del Vaticano 1971, p. 9": a place refman
/// knows, right before a bare year (or a comma and the year that ends the
/// note: "…», Астана, 2023."), read as a journal. A journal gives a volume
/// or an issue; the place and year are the imprint.
pub(super) fn known_place_read_as_journal(plain: &str, work: &mut Work) {
    let Some(place) = work.container.as_deref() else {
        return;
    };
    if work.location.is_some()
        || work.publisher.is_some()
        || work.volume.is_some()
        || work.number.is_some()
        || place.split_whitespace().count() > 3
        || !crate::parse::gazetteer::is_publishing_place(place)
    {
        return;
    }
    // "…», Астана, 2023.": the place and a comma before the year, which
    // ends the note.
    let before_year = plain
        .find(&format!(", {place} "))
        .is_some_and(|at| YEAR_START.is_match(&plain[at + place.len() + 3..]))
        || plain.find(&format!(", {place}, ")).is_some_and(|at| {
            let rest = plain[at + place.len() + 4..].trim_end_matches('.');
            rest.len() == 4 && YEAR_START.is_match(rest)
        });
    if before_year {
        work.location = work.container.take();
    }
}

/// "…, Frankfurt a. M./New York 1991", "…, Bonn-Bad Godesberg 1977": a
/// place of two words cut by the labeller, its first part left at the
/// title's end and the rest read as the place or a journal. The two parts
/// stand together before the year in the note; they are the place.
pub(super) fn place_split_at_title_end(plain: &str, work: &mut Work) {
    // The last comma by a byte search; a space after it.
    let Some((head, tail)) = work
        .title
        .as_deref()
        .and_then(|t| t.rsplit_once(','))
        .and_then(|(head, tail)| Some((head, tail.strip_prefix(' ')?)))
    else {
        return;
    };
    if head.is_empty()
        || !tail.starts_with(char::is_uppercase)
        || tail.split_whitespace().count() > 2
        || tail.contains(|c: char| c.is_ascii_digit())
    {
        return;
    }
    let journal = work.volume.is_none() && work.number.is_none() && work.location.is_none();
    let rest = match (work.location.as_deref(), work.container.as_deref()) {
        (Some(place), _) => place,
        (None, Some(container)) if journal => container,
        _ => return,
    };
    let joined = format!("{tail} {rest}");
    let before_year = plain
        .find(&format!("{head}, {joined} "))
        .is_some_and(|at| YEAR_START.is_match(&plain[at + head.len() + 2 + joined.len() + 1..]));
    if !before_year || rest.contains(|c: char| c.is_ascii_digit()) {
        return;
    }
    if work.location.is_none() {
        work.container = None;
    }
    work.location = Some(joined);
    work.title = Some(head.to_string());
}

/// "Zivilgesellschaft in Russland. Eine Bestandsaufnahme, Bremen 2017": a
/// book's title run into the place of its imprint, where the note gives
/// place and year without a comma between them.
pub(super) fn place_at_title_end(plain: &str, work: &mut Work) {
    if work.container.is_some() || work.location.is_some() {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    // "…, Kassel 2004, Kap. 3": the whole imprint, and the chapter whose
    // number the labeller may have read as an edition, inside the title.
    if work.date.is_none()
        && let Some(c) = IMPRINT_AT_END.captures(title)
        && let Some(whole) = c.get(0)
        && let Ok(year) = c[2].parse::<i32>()
        && whole.start() > 0
    {
        if c.name("chapter").is_some()
            && work
                .edition
                .as_deref()
                .is_some_and(|e| e.trim_end_matches('.').chars().all(|c| c.is_ascii_digit()))
        {
            work.edition = None;
        }
        work.location = Some(c[1].to_string());
        work.date = crate::entry::Date::new(year, None, None);
        work.title = Some(title[..whole.start()].to_string());
        return;
    }
    let Some((head, place)) = title.rsplit_once(", ") else {
        return;
    };
    let followed_by_year = plain
        .find(&format!("{title} "))
        .is_some_and(|at| YEAR_START.is_match(&plain[at + title.len() + 1..]));
    // "…, Weinheim/München: Juventa 1992": the place before the publisher's
    // colon.
    let followed_by_publisher = work
        .publisher
        .as_deref()
        .is_some_and(|p| plain.contains(&format!("{title}: {p}")));
    if head.is_empty() || !PLACE.is_match(place) || !(followed_by_year || followed_by_publisher) {
        return;
    }
    work.location = Some(place.to_string());
    work.title = Some(head.to_string());
}

/// A place of publication: one or two capitalised words ("Venezia",
/// "Frankfurt a. M.", "New York", "Roma-Bari"), or places joined by
/// slashes ("Weinheim/München").
pub(super) static PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(concat!(r"^", place_name!(), r"$")).expect("place pattern"));

/// A year at the start, then no more digits: "1979, pp. 33".
pub(super) static YEAR_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:1[5-9]|20)\d\d(?:\D|$)").expect("year start pattern"));

/// "(Kyiv: New Europe Center, 2019)": the labeller may end the place after
/// the publisher's first word ("Kyiv: New"). Words after the place's colon
/// begin the publisher.
/// With no publisher read, a known place's colon and a publisher of a few
/// words without digits ("Kraków: Znak") are place and publisher.
pub(super) fn publisher_word_in_place(work: &mut Work) {
    let Some(location) = work.location.as_deref() else {
        return;
    };
    let Some((place, word)) = location.split_once(':') else {
        return;
    };
    let (place, word) = (place.trim(), word.trim());
    if place.is_empty() || word.is_empty() || !PLACE.is_match(place) {
        return;
    }
    let publisher = match work.publisher.as_deref() {
        Some(publisher) => format!("{word} {publisher}"),
        None if crate::parse::gazetteer::is_publishing_place(place)
            && word.split_whitespace().count() <= 5
            && !word.contains(|c: char| c.is_ascii_digit() || c == ',') =>
        {
            word.to_string()
        }
        None => return,
    };
    work.location = Some(place.to_string());
    work.publisher = Some(publisher);
}

/// "W. W. Norton & Company", "W. H. Freeman": a publisher named with
/// initials, which the labeller read as an editor's name before the rest.
/// Initials alone, straight before the publisher, with no editors' mark,
/// open its name.
pub(super) fn initials_opening_publisher(plain: &str, work: &mut Work) {
    initialled_publisher_read_as_editor(plain, work);
    let ([_], Some(publisher)) = (work.editors.as_slice(), work.publisher.as_deref()) else {
        return;
    };
    let Some(at) = plain.find(publisher) else {
        return;
    };
    let before = plain[..at].trim_end();
    // "W. W.": one to three capitals, each with its stop.
    let mut head = before;
    let mut initials = 0;
    while let Some(rest) = head.strip_suffix('.')
        && let Some(letter) = rest.chars().last()
        && letter.is_uppercase()
    {
        let rest = &rest[..rest.len() - letter.len_utf8()];
        if !(rest.is_empty() || rest.ends_with(' ')) {
            return;
        }
        head = rest.trim_end();
        initials += 1;
    }
    // The initials follow the title's stop or the year's bracket.
    if !(1..=3).contains(&initials) || !head.ends_with(['.', ')', ',']) {
        return;
    }
    let name = format!("{} {publisher}", before[head.len()..].trim());
    work.editors.clear();
    work.publisher = Some(name);
}

/// "(W. W. Norton, 1981)", APA's "… of nature. W. H. Freeman.": a
/// publisher named with initials, read whole as an editor (and, in
/// brackets, as the publisher too). Initials and one name, straight
/// before the year's comma or at the note's end, with no editors' mark in
/// the note, are the publisher's name.
fn initialled_publisher_read_as_editor(plain: &str, work: &mut Work) {
    let [
        crate::entry::Name::Person {
            family,
            given,
            prefix,
            ..
        },
    ] = work.editors.as_slice()
    else {
        return;
    };
    if !prefix.is_empty() || !given.split(' ').all(crate::parse::names::is_initials) {
        return;
    }
    let name = format!("{given} {family}");
    let Some(at) = plain.find(&name) else {
        return;
    };
    let after = plain[at + name.len()..].trim_end();
    let imprint_end = after.is_empty()
        || after == "."
        || after.starts_with(", ") && after[2..].starts_with(|c: char| c.is_ascii_digit());
    let marked = ["ed.", "eds", "Ed.", "Eds", "edited", "(ed", "(Ed"]
        .iter()
        .any(|mark| plain.contains(mark));
    let as_publisher = work
        .publisher
        .as_deref()
        .is_none_or(|p| p.trim_end_matches([',', '.']) == name);
    if !imprint_end || marked || !as_publisher {
        return;
    }
    work.editors.clear();
    work.publisher = Some(name);
}

/// "Kraków: Wydawnictwo | Znak, 2016", "Ośrodek Studiów | Wschodnich,
/// 2021": a publisher the labeller cut before its last capitalised words,
/// which run to the comma before the year.
pub(super) fn publisher_cut_before_capitalised_words(plain: &str, work: &mut Work) {
    static YEAR_NEXT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^, (?:1[5-9]|20)\d\d(?:\D|$)").expect("year next pattern"));
    let Some(publisher) = work.publisher.as_deref() else {
        return;
    };
    let Some(after) = plain
        .find(publisher)
        .and_then(|at| plain[at + publisher.len()..].strip_prefix(' '))
    else {
        return;
    };
    let Some(end) = after.find(',') else {
        return;
    };
    let words = &after[..end];
    // "Springer Berlin, 1997", "БГУ. – Минск, 2021": a place after the
    // publisher is no part of its name.
    let place = crate::parse::gazetteer::is_publishing_place(words)
        || crate::parse::gazetteer::COUNTRIES_AND_STATES.contains(&words)
        || work.location.as_deref() == Some(words);
    if !place
        && publisher.ends_with(char::is_alphanumeric)
        && words.split(' ').count() <= 2
        && words
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && YEAR_NEXT.is_match(&after[end..])
    {
        work.publisher = Some(format!("{publisher} {words}"));
    }
}

/// "Weinheim/Basel: Beltz Juventa": places and their colon the labeller
/// read into the publisher, where it read no place.
pub(super) fn place_inside_publisher(work: &mut Work) {
    static PLACES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(\p{Lu}\p{Ll}+(?:\s(?:a\.\s?M\.|am\s+Main)|/M\.)?(?:/\p{Lu}\p{Ll}+)*)\s?:\s+(\p{Lu}.*)$",
        )
        .expect("places before publisher pattern")
    });
    if work.location.is_some() {
        return;
    }
    let Some(c) = work.publisher.as_deref().and_then(|p| PLACES.captures(p)) else {
        return;
    };
    let (place, publisher) = (c[1].to_string(), c[2].trim().to_string());
    work.location = Some(place);
    work.publisher = Some(publisher);
}

/// "Addison-Wesley, Reading (1994)", "Springer, Cham (2019)": Springer's
/// imprint names the publisher, then the place, then the year in brackets
/// at the reference's end; the labeller read the place with the publisher.
pub(super) fn place_after_publisher_before_year(plain: &str, work: &mut Work) {
    if work.location.is_some() {
        return;
    }
    let (Some(publisher), Some(date)) = (work.publisher.as_deref(), work.date) else {
        return;
    };
    let Some((name, place)) = publisher.rsplit_once(", ") else {
        return;
    };
    let words = place.split_whitespace().count();
    if !(1..=2).contains(&words)
        || !place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        || place.contains(['.', '&'])
        || !plain
            .trim_end()
            .trim_end_matches('.')
            .ends_with(&format!("{publisher} ({})", date.year))
    {
        return;
    }
    let (name, place) = (name.to_string(), place.to_string());
    work.publisher = Some(name);
    work.location = Some(place);
}

/// "VCH, Weinheim, 1996", "5th Ed., Pearson, Hoboken, NJ.", "(Pergamon,
/// Oxford, 1977)": the sciences' imprint names the publisher before the
/// place, both read as the place. A known publishing city, or a city with
/// its state or country, after the first comma is the place.
pub(super) fn publisher_before_place_in_place(work: &mut Work) {
    use crate::parse::gazetteer::{COUNTRIES_AND_STATES, is_publishing_place};
    if work.publisher.is_some() {
        return;
    }
    let Some(location) = work.location.as_deref() else {
        return;
    };
    let location = location
        .trim_start_matches('(')
        .trim_end_matches([',', ' ']);
    let Some((publisher, place)) = location.split_once(", ") else {
        return;
    };
    let city = place.split(", ").next().unwrap_or(place);
    let region = place.split_once(", ").map(|(_, r)| r);
    let placed = match region {
        None => is_publishing_place(city),
        Some(r) => {
            (r.len() == 2 && r.chars().all(|c| c.is_ascii_uppercase()))
                || COUNTRIES_AND_STATES.contains(&r)
        }
    };
    if !placed
        || is_publishing_place(publisher)
        || !publisher.starts_with(char::is_uppercase)
        || publisher.split_whitespace().count() > 6
        || publisher.contains(|c: char| c.is_ascii_digit())
        || !city.starts_with(char::is_uppercase)
        // "Scottsdale, AZ, USA": a city and its state, no publisher.
        || !city.chars().any(char::is_lowercase)
    {
        return;
    }
    let (publisher, place) = (publisher.to_string(), place.to_string());
    work.publisher = Some(publisher);
    work.location = Some(place);
}

/// "Londres, Hurst, 2012", "Paris, Gallimard, 1990": French and Italian
/// imprints join place and publisher with a comma, which the labeller may
/// read whole as the place. A known publishing city before the comma is
/// the place; anything before a colon is.
pub(super) fn publisher_after_comma_in_place(work: &mut Work) {
    if work.publisher.is_some() {
        return;
    }
    // "Bonn-Bad Godesberg: BfN": a place and its publisher after the
    // imprint's colon, which no place's name holds.
    if let Some((place, publisher)) = work.location.as_deref().and_then(|l| l.split_once(": "))
        && publisher.starts_with(char::is_uppercase)
        && (1..=6).contains(&publisher.split_whitespace().count())
        && !publisher.contains(|c: char| c.is_ascii_digit())
    {
        let (place, publisher) = (place.to_string(), publisher.to_string());
        work.location = Some(place);
        work.publisher = Some(publisher);
        return;
    }
    let Some((place, publisher)) = work.location.as_deref().and_then(|l| l.split_once(", ")) else {
        return;
    };
    // "Boston, MA", "Pisa, Italy", "Berkeley, CA, USA": a state or
    // country, not a publisher.
    let region = publisher.split(", ").next().unwrap_or(publisher);
    if !crate::parse::gazetteer::is_publishing_place(place)
        || !publisher.starts_with(|c: char| c.is_uppercase())
        || region.chars().count() <= 2
        || crate::parse::gazetteer::COUNTRIES_AND_STATES.contains(&region)
        || publisher.split_whitespace().count() > 5
        || publisher.contains(|c: char| c.is_ascii_digit())
    {
        return;
    }
    work.publisher = Some(publisher.to_string());
    work.location = Some(place.to_string());
}

/// "Bologna, il Mulino, 2010": the publisher's article in small letters
/// read with the place before it. It opens the publisher's name.
pub(super) fn article_of_publisher_in_place(plain: &str, work: &mut Work) {
    let (Some(location), Some(publisher)) = (work.location.as_deref(), work.publisher.as_deref())
    else {
        return;
    };
    let Some((place, article)) = location.rsplit_once([' ', ',']) else {
        return;
    };
    if !["il", "la", "le", "les", "el", "lo", "l'"].contains(&article)
        || !plain.contains(&format!("{article} {publisher}"))
    {
        return;
    }
    let whole = format!("{article} {publisher}");
    work.location = Some(place.trim_end_matches([',', ' ']).to_string());
    work.publisher = Some(whole);
}

/// "Berlin: Stiftung Wissenschaft und Politik, Februar 2021": the name
/// after a place and its colon is the publisher, whatever the labeller
/// called it; a month before the year is the date's.
pub(super) fn publisher_after_place(plain: &str, work: &mut Work) {
    if work.publisher.is_some() {
        return;
    }
    let (Some(place), Some(container)) = (work.location.as_deref(), work.container.as_deref())
    else {
        return;
    };
    // "Firenze, La Nuova Italia, 1940": Italian and French imprints join
    // a known publishing city and its publisher with a comma.
    let comma = crate::parse::gazetteer::is_publishing_place(place)
        && plain
            .find(&format!("{place}, {container}, "))
            .is_some_and(|at| {
                YEAR_START.is_match(&plain[at + place.len() + container.len() + 4..])
            });
    if !comma
        && ![": ", " : "]
            .iter()
            .any(|colon| plain.contains(&format!("{place}{colon}{container}")))
    {
        return;
    }
    let mut publisher = container;
    if let Some((name, month)) = container.rsplit_once(", ")
        && let Some(number) = crate::parse::dates::month_number(month)
    {
        publisher = name;
        if let Some(date) = work.date.as_mut()
            && date.month.is_none()
            && plain.contains(&format!("{month} {}", date.year))
        {
            date.month = Some(number);
        }
    }
    work.publisher = Some(publisher.to_string());
    work.container = None;
}

/// "Cold Spring Harbor, NY: Cold Spring Harbor Laboratory Press; 1989": a
/// place of several words cut in two, its first words read as the
/// publisher; the publisher is the name after the place's colon.
pub(super) fn place_cut_as_publisher(plain: &str, work: &mut Work) {
    let (Some(publisher), Some(place)) = (work.publisher.as_deref(), work.location.as_deref())
    else {
        return;
    };
    // The place's end is a state's two capitals ("Harbor, NY").
    let state = place
        .rsplit_once(", ")
        .is_some_and(|(_, s)| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()));
    if !state {
        return;
    }
    let head = format!("{publisher} {place}: ");
    let Some(at) = plain.find(&head) else {
        return;
    };
    let after = &plain[at + head.len()..];
    let name = after[..after.find([';', ',']).unwrap_or(after.len())]
        .trim()
        .trim_end_matches('.');
    if !name.starts_with(char::is_uppercase) || !(1..=8).contains(&name.split_whitespace().count())
    {
        return;
    }
    let (place, name) = (format!("{publisher} {place}"), name.to_string());
    work.location = Some(place);
    work.publisher = Some(name);
}

/// "García Márquez, G. (1967). Cien años de soledad. Sudamericana.": APA
/// gives a book's publisher alone after its title, where a journal would
/// have its volume; a last name with no numbers, no place and no
/// periodical's word, read as a journal, is the publisher.
pub(super) fn apa_publisher_read_as_journal(plain: &str, work: &mut Work) {
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let bare = work.volume.is_none()
        && work.number.is_none()
        && work.pages.is_none()
        && work.publisher.is_none()
        && work.location.is_none()
        && work.url.is_none()
        && work.doi.is_none()
        && work.date.is_some_and(|d| d.month.is_none());
    // Not an abbreviated journal ("J. Appl. Physiol"), an acronym ("SSRN")
    // or a magazine after a quoted title.
    let abbreviated = container.contains('.')
        || container
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    if !bare
        || abbreviated
        || plain.contains(['"', '“', '«'])
        || container.split_whitespace().count() > 5
        || crate::parse::kind::names_periodical(container)
    {
        return;
    }
    // The publisher ends the reference, after the year in brackets.
    let Some(year) = work.date.map(|d| d.year) else {
        return;
    };
    let tail = plain.trim_end().trim_end_matches('.');
    if !tail.ends_with(container) || !plain.contains(&format!("({year})")) {
        return;
    }
    work.publisher = work.container.take();
}

/// "In: Berger, Peter A./Hradil, Stefan (Hrsg.): Lebenslagen, Lebensläufe,
/// Lebensstile. Göttingen: Schwartz": a book's title with commas, cut at
/// its first comma and the rest read with the place. The place is the
/// last sentence; what stands before it ends the book's title.
pub(super) fn container_runs_into_place(plain: &str, work: &mut Work) {
    let (Some(container), Some(location)) = (work.container.as_deref(), work.location.as_deref())
    else {
        return;
    };
    let Some((rest, place)) = location.rsplit_once(". ") else {
        return;
    };
    // "Lebensstile" has a place's shape; the gazetteer tells it is none.
    let known = |p: &str| crate::parse::gazetteer::is_publishing_place(p);
    if !PLACE.is_match(place)
        || known(rest)
        || rest.is_empty()
        || rest.contains(|c: char| c.is_ascii_digit())
        || !plain.contains(&format!("{container}, {location}"))
    {
        return;
    }
    work.container = Some(format!("{container}, {rest}"));
    work.location = Some(place.to_string());
}
