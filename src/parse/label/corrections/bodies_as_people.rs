//! A body's name the labeller read as a person's: a body that publishes
//! its own work ("Access Now, Title (New York: Access Now, 2023)"), an
//! acronym or one word before a title ("Belstat, Foreign Trade of …"), a
//! known body's acronym before a title's head ("OECD, Education Policy
//! Outlook 2022: …"), and a body whose name opens its own product's title
//! ("Climate TRACE, Climate TRACE Emissions Inventory"). A person's name
//! is none of these.

use crate::entry::Name;
use crate::parse::Work;

/// "Access Now, Title (New York: Access Now, 2023)": a body that publishes
/// its own work, its name read as a person's. A name the imprint repeats
/// as its publisher is the body's.
pub(super) fn publisher_read_as_person(work: &mut Work) {
    let (
        [
            Name::Person {
                family,
                given,
                prefix,
                ..
            },
        ],
        Some(publisher),
    ) = (work.authors.as_slice(), work.publisher.as_deref())
    else {
        return;
    };
    if given.is_empty() || !prefix.is_empty() || !publisher.ends_with(family.as_str()) {
        return;
    }
    if publisher == format!("{given} {family}") {
        let body = publisher.to_string();
        work.authors = vec![Name::Organization(body)];
    }
}

/// "Belstat, Foreign Trade of the Republic of Belarus": an acronym or a
/// one-word body before a title, read as a family name and a given name. A
/// person's given name is followed by a mark ("Doe, John, Title", "Doe,
/// John: Title"); here the word runs on into the title.
pub(super) fn body_before_title_read_as_person(plain: &str, work: &mut Work) {
    let (
        [
            Name::Person {
                family,
                given,
                prefix,
                ..
            },
        ],
        Some(title),
    ) = (work.authors.as_slice(), work.title.as_deref())
    else {
        return;
    };
    if !prefix.is_empty()
        || family.contains(' ')
        || given.contains([' ', '.'])
        || !given.starts_with(|c: char| c.is_uppercase())
        || !plain.starts_with(&format!("{family}, {given} {title}"))
    {
        return;
    }
    let (body, title) = (family.clone(), format!("{given} {title}"));
    work.authors = vec![Name::Organization(body)];
    work.title = Some(title);
}

/// "OECD, Education Policy Outlook 2022: Transforming Pathways for
/// Lifelong Learners (Paris: …)": a known body's acronym and the title's
/// head read as a family and given names, the rest as the title. No one's
/// family name is an international body's acronym; the words between it
/// and the title open the title.
pub(super) fn body_acronym_before_title_head(plain: &str, work: &mut Work) {
    let ([Name::Person { family, given, .. }], Some(title)) =
        (work.authors.as_slice(), work.title.as_deref())
    else {
        return;
    };
    if !crate::parse::names::is_body_acronym(family) {
        return;
    }
    let Some(rest) = plain
        .strip_prefix(family.as_str())
        .and_then(|r| r.strip_prefix(", "))
    else {
        return;
    };
    let Some(head) = rest.find(title).map(|at| rest[..at].trim_end()) else {
        return;
    };
    let first_given = given.split(' ').next().unwrap_or_default();
    if head.is_empty() || first_given.is_empty() || !head.starts_with(first_given) {
        return;
    }
    let title = format!("{head} {title}");
    work.authors = vec![Name::Organization(family.clone())];
    work.title = Some(title);
}

/// "Climate TRACE, Climate TRACE Emissions Inventory, v2024.1 (2024)":
/// a name read as a person's that opens the title after it, whole or by
/// its acronym ("QS Quacquarelli Symonds, QS World University Rankings").
/// A body names its products, databases and yearbooks after itself; a
/// person's name does not open the title of the work they wrote.
pub(super) fn body_named_in_its_title(plain: &str, work: &mut Work) {
    let ([Name::Person { prefix, .. }], Some(title)) =
        (work.authors.as_slice(), work.title.as_deref())
    else {
        return;
    };
    let Some((head, _)) = plain.split_once(", ") else {
        return;
    };
    // "QS Quacquarelli Symonds, QS World University Rankings 2025": or
    // the body's acronym, its first word.
    let acronym = head
        .split_once(' ')
        .map(|(first, _)| first)
        .filter(|a| a.len() >= 2 && a.bytes().all(|b| b.is_ascii_uppercase()));
    let opens = |start: &str| title.starts_with(start) && title[start.len()..].starts_with(' ');
    // The title's opening asked first: most titles open otherwise.
    if !(opens(head) || acronym.is_some_and(opens))
        || !prefix.is_empty()
        || !(2..=4).contains(&head.split(' ').count())
        || head.contains(|c: char| c.is_ascii_digit() || c == '.')
    {
        return;
    }
    work.authors = vec![Name::Organization(head.to_string())];
}
