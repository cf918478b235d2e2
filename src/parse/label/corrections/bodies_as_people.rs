//! A body's name the labeller read as a person's: a body that publishes
//! its own work ("Access Now, Title (New York: Access Now, 2023)"), an
//! acronym or one word before a title ("Belstat, Foreign Trade of …"), and
//! a body whose name opens its own product's title ("Climate TRACE, Climate
//! TRACE Emissions Inventory"). A person's name is none of these.

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

/// "Climate TRACE, Climate TRACE Emissions Inventory, v2024.1 (2024)":
/// a name read as a person's that opens the title after it, whole. A body
/// names its products, databases and yearbooks after itself; a person's
/// name does not open the title of the work they wrote.
pub(super) fn body_named_in_its_title(plain: &str, work: &mut Work) {
    let ([Name::Person { prefix, .. }], Some(title)) =
        (work.authors.as_slice(), work.title.as_deref())
    else {
        return;
    };
    let Some((head, _)) = plain.split_once(", ") else {
        return;
    };
    // The title's opening asked first: most titles open otherwise.
    if !title.starts_with(head)
        || !title[head.len()..].starts_with(' ')
        || !prefix.is_empty()
        || !(2..=4).contains(&head.split(' ').count())
        || head.contains(|c: char| c.is_ascii_digit() || c == '.')
    {
        return;
    }
    work.authors = vec![Name::Organization(head.to_string())];
}
