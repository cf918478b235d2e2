//! Organisations as authors, where the labeller read them wrong: run into
//! their document's title ("World Health Organization. Global tuberculosis
//! report"), a title's first word taken into them, a German author-date
//! head's organisation read as the title, a title's first words up to a
//! particle read into the body before it, a body and its database read as
//! one. An organisation's name is told by its words ("Ministry",
//! "Council", "Assemblée") and its capitals (`organization_name`, which
//! `bodies_as_titles.rs`, for bodies read as titles, shares).

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// "International Monetary Fund, Republic of Belarus: 2019 Article IV
/// Consultation…", "World Bank, Belarus: Country Economic Memorandum": a
/// body, then its report on a country, named with a colon. The labeller
/// read the country into the body and the year after the colon as the
/// date; the title runs from the country to the title's end.
pub(super) fn country_title_after_body(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some((body, country)) = org.rsplit_once(", ") else {
        return;
    };
    // The note names body and country with the colon after them.
    let Some(at) = plain.find(&format!("{org}: ")) else {
        return;
    };
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if !crate::parse::names::is_organization(body)
        || country.split_whitespace().count() > 4
        || !country.starts_with(char::is_uppercase)
    {
        return;
    }
    let start = at + body.len() + 2;
    // The labeller's title after the colon ("Belarus" may be in the
    // country's name too).
    let after = start + country.len() + 2;
    let Some(gap) = plain[after..].find(title) else {
        return;
    };
    // Only the year may stand between the colon and the labeller's title.
    let between = plain[after..after + gap].trim();
    if !(between.is_empty() || crate::parse::dates::year_alone(between).is_some()) {
        return;
    }
    work.title = Some(plain[start..after + gap + title.len()].to_string());
    work.authors = vec![crate::entry::Name::Organization(body.to_string())];
}

/// "OSCE/ODIHR, Republic of Belarus, Presidential Election, 9 August 2020:
/// … Report": a body named by slashed acronyms opens the note, and what
/// follows its comma up to the title's end is the title, however much of it
/// the labeller read as further authors or a date.
pub(super) fn slashed_acronyms_before_title(plain: &str, work: &mut Work) {
    static ACRONYMS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Lu}{2,}(?:/\p{Lu}{2,})+),\s+").expect("slashed acronyms pattern")
    });
    let Some(c) = ACRONYMS.captures(plain) else {
        return;
    };
    let (Some(whole), Some(body)) = (c.get(0), c.get(1)) else {
        return;
    };
    let Some(title) = work.title.clone() else {
        return;
    };
    let rest = &plain[whole.end()..];
    let Some(at) = rest.find(title.as_str()) else {
        return;
    };
    // The labeller may also cut the title at the date inside it: the
    // title runs to the imprint in brackets ("(Warsaw, 2020)").
    static IMPRINT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s\([^()]*(?:1[5-9]|20)\d\d\)").expect("imprint pattern"));
    let end = IMPRINT
        .find(rest)
        .map(|m| m.start())
        .filter(|&end| end > at + title.len())
        .unwrap_or(at + title.len());
    let full = rest[..end].trim();
    if at > 0 || end > at + title.len() {
        work.title = Some(full.to_string());
        // A date the labeller read out of the title is the event's; the
        // imprint's year after the title is the report's.
        let in_title = crate::parse::dates::find_dates(full)
            .into_iter()
            .any(|d| Some(d.date) == work.date);
        if in_title
            && let Some(year) = crate::parse::dates::find_dates(&rest[end..])
                .into_iter()
                .next()
        {
            work.date = Some(year.date);
        }
    }
    work.authors = vec![crate::entry::Name::Organization(body.as_str().to_string())];
}

/// "Polish Ministry of Infrastructure, Annual Report on Rail": where the
/// labeller took the title's first word into an organisation as author
/// (the comma reads like "Family, Given"), the word goes back to the title
/// when it runs straight into it in the note.
pub(super) fn title_word_after_organization(plain: &str, work: &mut Work) {
    // "UNHCR, Ukraine Refugee Situation": an acronym and the title's first
    // word read as a family and a given name.
    let acronym = |w: &str| {
        (2..=10).contains(&w.chars().count())
            && w.chars().all(|c| c.is_uppercase() || c == '/')
            && w.chars().filter(|c| c.is_uppercase()).count() >= 2
    };
    let org = match work.authors.as_slice() {
        [crate::entry::Name::Organization(org)] => org.clone(),
        [
            crate::entry::Name::Person {
                family,
                given,
                prefix,
                ..
            },
        ] if prefix.is_empty()
            && acronym(&family.to_uppercase())
            && !given.contains([' ', '.'])
            && !crate::parse::names::is_given_name(given) =>
        {
            // The name's parts as the note wrote them.
            let upper = family.to_uppercase();
            if !plain.contains(&format!("{upper}, {given}")) {
                return;
            }
            format!("{upper}, {given}")
        }
        _ => return,
    };
    let Some((head, word)) = org.rsplit_once(", ") else {
        return;
    };
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let first = title.split_whitespace().next().unwrap_or("");
    let starts_upper = word
        .chars()
        .next()
        .is_some_and(crate::letters::is_uppercase);
    // "International Crisis Group, Belarus: The Long Haul": the word may
    // join the title with a colon.
    let Some(joint) = ["", ":"]
        .into_iter()
        .find(|sep| plain.contains(&format!("{word}{sep} {first}")))
    else {
        return;
    };
    if word.contains(' ')
        || !starts_upper
        || !(crate::parse::names::is_organization(head) || acronym(head))
    {
        return;
    }
    work.title = Some(format!("{word}{joint} {title}"));
    work.authors = vec![crate::entry::Name::Organization(head.to_string())];
}

/// "Organisation for Economic Co-operation and Development, OECD Economic
/// Surveys: Ukraine 2021": an organisation's name that the labeller ran into
/// the title of a work with no author. The name before the first comma is
/// the author when it reads as an organisation's (a word such as
/// "Organisation", "Ministry", "Council"; capitalised words).
pub(super) fn organization_inside_title(work: &mut Work) {
    if !work.editors.is_empty() {
        return;
    }
    // "Council of the European Union, Council Conclusions on Belarus": the
    // same run together as the author, with no title.
    let whole = match (work.authors.as_slice(), work.title.as_deref()) {
        ([], Some(title)) => title,
        ([crate::entry::Name::Organization(org)], None) => org.as_str(),
        _ => return,
    };
    // "Statistisches Bundesamt (Hrsg.): Datenreport …": German notes end
    // the name with a colon, and may mark it as the editor; Vancouver with
    // a stop ("World Health Organization. Global tuberculosis report").
    let by_stop = whole
        .split_once(". ")
        .filter(|(head, _)| organization_by_its_ends(head));
    let Some((head, rest)) = [", ", ": "]
        .into_iter()
        .filter_map(|joint| whole.split_once(joint))
        .chain(by_stop)
        .min_by_key(|(head, _)| head.len())
    else {
        return;
    };
    let head = crate::parse::names::without_editors_mark(head).unwrap_or(head);
    if !organization_name(head)
        || !rest
            .chars()
            .next()
            .is_some_and(crate::letters::is_uppercase)
    {
        return;
    }
    let (mut author, mut title) = (head.to_string(), rest);
    // "Assemblée nationale, Commission des affaires étrangères, Rapport …":
    // a body within the first, named after it.
    while let Some((body, after)) = title.split_once(", ")
        && organization_name(body)
        && after
            .chars()
            .next()
            .is_some_and(crate::letters::is_uppercase)
    {
        author = format!("{author}, {body}");
        title = after;
    }
    work.title = Some(title.to_string());
    work.authors = vec![crate::entry::Name::Organization(author)];
}

/// "Bundesministerium für Arbeit und Soziales (2021): Lebenslagen in
/// Deutschland. Der Sechste … Berlin: BMAS.", "Comisión Económica para
/// América Latina y el Caribe. (2022). Panorama Social …": an organisation
/// before the year of the author-date head, which the labeller read as the
/// title. The title runs from the colon or stop to the place and publisher.
pub(super) fn organization_before_year(plain: &str, work: &mut Work) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?P<org>[^():]{3,120}?)\.?\s*\((?:1[5-9]|20)\d\d[a-z]?\)[:.]\s+(?P<rest>.+)$")
            .expect("organisation before year pattern")
    });
    static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\.\s+\p{Lu}[\p{L}/. ]+?:\s+[^.]+\.?$").expect("imprint pattern")
    });
    let year_closes = plain.contains(") ") || plain.contains("):") || plain.contains(").");
    if !work.authors.is_empty() || !year_closes {
        return;
    }
    let Some(c) = HEAD.captures(plain) else {
        return;
    };
    let org = c["org"].trim();
    if work.title.as_deref() != Some(org) || !organization_name(org) {
        return;
    }
    let rest = c["rest"].trim();
    // Without a clean imprint at the end (an address's scraps after it),
    // the title ends before the place the labeller found.
    let before_place = || {
        let place = work.location.as_deref()?;
        rest.find(&format!(". {place}")).map(|at| &rest[..at])
    };
    let title = match IMPRINT.find(rest) {
        Some(m) => &rest[..m.start()],
        None => before_place().unwrap_or_else(|| rest.trim_end_matches('.')),
    };
    if title.is_empty() {
        return;
    }
    if work
        .container
        .as_deref()
        .is_some_and(|k| title.contains(k.trim_end_matches('.')))
    {
        work.container = None;
    }
    work.authors = vec![crate::entry::Name::Organization(org.to_string())];
    work.title = Some(title.to_string());
}

/// "OSCE Special Monitoring Mission to Ukraine, Daily Report 45/2021": a
/// body's long name cut in two, its tail read as the title. Where the
/// author and the title make the note's first comma segment, and that
/// segment names an organisation, it is the author and the next segment
/// the title.
pub(super) fn organization_cut_by_title(plain: &str, work: &mut Work) {
    let ([_], Some(title)) = (work.authors.as_slice(), work.title.as_deref()) else {
        return;
    };
    let Some((first, rest)) = plain.split_once(", ") else {
        return;
    };
    // "UN Human | Rights Monitoring Mission in Ukraine, Protection of …":
    // the title may run past the comma into the next segment.
    let cut = title.split(", ").next().unwrap_or(title);
    let Some(head) = first.strip_suffix(cut.trim_end_matches(',')) else {
        return;
    };
    if !head.ends_with(' ') || head.trim().is_empty() || !organization_name(first) {
        return;
    }
    let next = rest.split(", ").next().unwrap_or("").trim();
    // "Moscow's Gold: … in the UK (HC 2017-19, 932)": a bracket the comma
    // cut opens what follows the title.
    let next = match next.find(" (") {
        Some(open) if !next[open..].contains(')') => &next[..open],
        _ => next,
    };
    let words = next.split_whitespace().count();
    if !(1..=12).contains(&words)
        || !next.starts_with(|c: char| c.is_uppercase())
        // "Daily Report 45/2021" may hold a year; a date is no title.
        || crate::parse::dates::find_dates(next)
            .iter()
            .any(|d| d.precision() > 1 || d.end - d.start + 2 >= next.len())
        || next.contains("://")
    {
        return;
    }
    let next = next.to_string();
    work.authors = vec![crate::entry::Name::Organization(first.to_string())];
    if work.container.as_deref().is_some_and(|c| next.contains(c)) {
        work.container = None;
    }
    if work.number.as_deref().is_some_and(|n| next.contains(n)) {
        work.number = None;
    }
    work.title = Some(next);
}

/// "Human Rights Watch, World Report 2024: Events of 2023": a body, a
/// comma and the title's head read as one organisation, the subtitle as
/// the title. The body's name ends at the comma (or at a stop, where a
/// colon ends the head: "UNAIDS. Ukraine: HIV and AIDS estimates").
pub(super) fn title_head_inside_organization(plain: &str, work: &mut Work) {
    let ([crate::entry::Name::Organization(org)], Some(title)) =
        (work.authors.as_slice(), work.title.as_deref())
    else {
        return;
    };
    // "UNAIDS. Ukraine: HIV and AIDS estimates 2022": Vancouver's body
    // ends at a stop, and the title's head runs to a colon.
    let (body, head, joints): (&str, &str, &[&str]) = match org.split_once(", ") {
        Some((body, head)) => (body, head, &[": ", ". ", " "]),
        None => match org.split_once(". ") {
            Some((body, head)) if head.split_whitespace().count() <= 4 => (body, head, &[": "]),
            _ => return,
        },
    };
    let acronym = joints.len() == 1
        && body.chars().count() >= 3
        && body.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    if !head.starts_with(|c: char| c.is_uppercase()) || !(acronym || organization_name(body)) {
        return;
    }
    // "Ministry of …, Department of …": a body within a body, unless a
    // year and a colon follow it (below).
    let head_is_body = organization_name(head);
    // "Национальный статистический комитет …, Труд и занятость …
    // Республики Беларусь, 2023: статистический сборник (Минск: …)": the
    // year the yearbook covers between the head and the colon, which the
    // labeller read as a date. (The head may end in a republic's name,
    // which reads as a body's.)
    let year_joint = || {
        let after = &plain[plain.find(org.as_str())? + org.len()..];
        let year = after.strip_prefix(", ")?.get(..4)?;
        let rest = after.get(6..)?.strip_prefix(": ")?;
        (joints.len() == 3 && year.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with(title))
            .then(|| format!(", {year}: "))
    };
    let Some(joint) = joints
        .iter()
        .filter(|_| !head_is_body)
        .find(|j| plain.contains(&format!("{org}{j}{title}")))
        .map(|j| j.to_string())
        .or_else(year_joint)
    else {
        return;
    };
    let whole = format!("{head}{joint}{title}");
    let body = body.to_string();
    work.authors = vec![crate::entry::Name::Organization(body)];
    work.title = Some(whole.trim_end_matches(". ").to_string());
}

/// "World Bank, World Development Indicators, “Unemployment, total …”": a
/// body and its database or series before a quoted title, read as one
/// body. The body is the author, the database the container.
pub(super) fn body_before_its_database(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let quoted = plain
        .strip_prefix(org.as_str())
        .and_then(|after| after.strip_prefix(", "))
        .is_some_and(|after| after.starts_with(['“', '"', '«', '„', '‘']));
    let Some((body, rest)) = crate::parse::names::body_and_database(org).filter(|_| quoted) else {
        return;
    };
    let (body, rest) = (body.to_string(), rest.to_string());
    work.authors = vec![crate::entry::Name::Organization(body)];
    work.container.get_or_insert(rest);
}

/// Whether a name ends with a word such as "Organization" or
/// "Commission", or begins with one before "of" or "for" ("Bank of
/// Russia"): a title's first sentence ("Bank Runs and Stability") does
/// neither.
fn organization_by_its_ends(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| crate::letters::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let keyword =
        |w: Option<&String>| w.is_some_and(|w| crate::parse::names::is_organization_word(w));
    // "Евразийский банк развития", "Министерство иностранных дел …":
    // Slavic names put what the body does after its word, in the genitive.
    let slavic = text.chars().any(crate::letters::is_cyrillic)
        && words.len() <= 6
        && words.iter().any(|w| keyword(Some(w)));
    slavic
        || keyword(words.last())
        || (keyword(words.first()) && words.get(1).is_some_and(|w| w == "of" || w == "for"))
}

/// Whether a text reads as an organisation's full name: two to eight
/// capitalised words (function words between them; in Cyrillic, the first
/// word capitalised), one of them a word such as "Organisation",
/// "Ministry", "Council", "Bank".
pub(super) fn organization_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    // "European Commission for Democracy through Law (Venice
    // Commission)": a short name in brackets is capitalised too.
    let capitalised = words.iter().all(|w| {
        w.trim_start_matches('(')
            .chars()
            .next()
            .is_some_and(crate::letters::is_uppercase)
            || matches!(
                *w,
                "of" | "for"
                    | "through"
                    | "and"
                    | "the"
                    | "on"
                    | "in"
                    | "at"
                    | "to"
                    | "de"
                    | "du"
                    | "des"
                    | "la"
                    | "le"
                    | "pour"
                    | "et"
                    | "für"
                    | "und"
                    | "para"
                    | "del"
                    | "el"
                    | "y"
                    | "e"
                    | "da"
                    | "do"
                    | "dos"
                    | "das"
                    // Romanian: "Ministerul Educației și Cercetării al
                    // Republicii Moldova".
                    | "și"
                    | "al"
                    | "ale"
                    | "pentru"
            )
    });
    let keyword = words.iter().any(|w| {
        crate::parse::names::is_organization_word(&crate::letters::lowercase(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
        ))
    });
    // "Державна служба статистики України", "Assemblée nationale",
    // "Commission des affaires étrangères": Slavic and French names
    // capitalise the first word and proper nouns only. A French one begins
    // with its keyword, and has none of English's function words.
    let first_capitalised = words
        .first()
        .is_some_and(|w| w.chars().next().is_some_and(crate::letters::is_uppercase));
    let lowercase_rest = || {
        if text.chars().any(crate::letters::is_cyrillic) {
            return true;
        }
        const ENGLISH: [&str; 10] = [
            "the", "of", "and", "on", "for", "in", "to", "a", "with", "by",
        ];
        // "Natsyianal’ny statystychny kamitet Respubliki Belarus’": a
        // romanized name's keyword may stand anywhere.
        let romanized = || {
            words.iter().any(|w| {
                crate::parse::vocabulary::ROMANIZED_ORGANIZATION_WORDS
                    .iter()
                    .any(|stem| {
                        w.get(..stem.len())
                            .is_some_and(|head| head.eq_ignore_ascii_case(stem))
                    })
            })
        };
        !words[1..].iter().any(|w| ENGLISH.contains(w))
            && (words.first().is_some_and(|w| {
                crate::parse::names::is_organization_word(&crate::letters::lowercase(w))
            }) || romanized())
    };
    let sentence_case = || first_capitalised && words.len() <= 6 && lowercase_rest();
    (2..=8).contains(&words.len()) && (capitalised || sentence_case()) && keyword
}

/// "WHO Expert Committee on Biological Standardization. Seventy-fourth
/// report.": a body named after its parent's acronym, which the labeller
/// split, reading the acronym (or more) as the author and running the rest
/// of the name into the title.
pub(super) fn body_of_acronym_read_into_title(plain: &str, work: &mut Work) {
    let (Some((head, _)), Some(title)) = (plain.split_once(". "), work.title.as_deref()) else {
        return;
    };
    let Some(first) = head.split_whitespace().next() else {
        return;
    };
    if first.chars().count() < 2
        || !first.chars().all(char::is_uppercase)
        || head.split_whitespace().count() < 3
        || !organization_name(head)
    {
        return;
    }
    // The title opens with the name's last words and its stop.
    let Some(rest) = head
        .match_indices(' ')
        .find_map(|(i, _)| title.strip_prefix(&head[i + 1..])?.strip_prefix(". "))
    else {
        return;
    };
    if rest.trim().is_empty() {
        return;
    }
    let rest = rest.to_string();
    work.authors = vec![crate::entry::Name::Organization(head.to_string())];
    work.title = Some(rest);
}

/// "Клинические рекомендации «Туберкулез у взрослых» / Министерство
/// здравоохранения Российской Федерации. М., 2022.": a document's kind
/// before its quoted name is the head of its title, not a body that wrote
/// it; GOST names who did after the slash.
pub(super) fn kind_before_quoted_title(plain: &str, work: &mut Work) {
    let ([crate::entry::Name::Organization(kind)], Some(title)) =
        (work.authors.as_slice(), work.title.as_deref())
    else {
        return;
    };
    let quoted = format!("«{}»", title.trim_matches(['«', '»']));
    let whole = format!("{kind} {quoted}");
    let Some(statement) = plain
        .strip_prefix(whole.as_str())
        .and_then(|rest| rest.strip_prefix(" / "))
    else {
        return;
    };
    let statement = statement.split(". ").next().unwrap_or_default();
    work.authors = crate::parse::statement::statement_authors(statement);
    work.title = Some(whole);
}

/// "Insee, Tableaux de l'économie française. Édition 2020, Paris, …": a
/// body, a comma and the title's first words up to a particle, read as the
/// body's name. No name ends in "de", "von" or "di": the words after the
/// comma go back to the title they run into in the note.
pub(super) fn title_words_ending_in_particle(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let (Some((head, words)), Some(title)) = (org.split_once(", "), work.title.as_deref()) else {
        return;
    };
    let last = words.rsplit(' ').next().unwrap_or_default();
    let first_of_title = title.split_whitespace().next().unwrap_or_default();
    if words.contains(' ')
        && crate::parse::names::is_particle(last)
        && plain.contains(&format!("{words} {first_of_title}"))
    {
        work.title = Some(format!("{words} {title}"));
        work.authors = vec![crate::entry::Name::Organization(head.to_string())];
    }
}

#[cfg(test)]
mod tests {
    use super::organization_by_its_ends;

    #[test]
    fn an_organisation_ends_or_begins_with_its_keyword() {
        assert!(organization_by_its_ends("World Health Organization"));
        assert!(organization_by_its_ends("Bank of Finland"));
        // A title's first sentence is no organisation.
        assert!(!organization_by_its_ends("Bank Runs and Deposit Insurance"));
        assert!(!organization_by_its_ends("Council Conclusions"));
    }
}
