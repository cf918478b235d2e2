//! A body heading its document in GOST's form, which the labeller read
//! into one author or cut inside its name: "Белстат. Статыстычны
//! штогоднік …" (a body and the title read together, the body's name
//! ending at its stop), "Праваабарончы цэнтр «Вясна». Палітвязні …" (a
//! body named in guillemets after its word, which the labeller cut inside
//! the quote), "Национальный банк …. Обзор финансовой стабильности. 2022.
//! № 1." (a body's periodic report, its name read as a journal). The
//! title runs to the stop before the imprint's capital.

use std::sync::LazyLock;

use crate::parse::Work;

/// "Национальный статистический комитет Республики Беларусь. Статистический
/// ежегодник …, 2023 : стат. сб. Минск, 2023.": a body and its document's
/// title, in GOST's form, read together as one author. The body's name
/// ends at its stop; the title runs to the stop before the imprint's capital (an abbreviation's
/// stop, "стат. сб.", is followed by a small letter). A body of one word
/// ("Белстат") is taken so only where no title was found.
pub(super) fn body_and_title_read_as_author(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Organization(org)] = work.authors.as_slice() else {
        return;
    };
    let Some((body, _)) = org.split_once(". ") else {
        return;
    };
    // GOST's form: English bodies before their titles are read by
    // `body_read_as_title` and its kin.
    // "Росстат. Здравоохранение в России. 2023 : стат. сб.": a body
    // without a word of bodies, where the labeller's title is only the
    // document's kind.
    let kind_as_title = work.title.as_deref().is_some_and(|t| {
        matches!(
            t.trim_matches([':', '.', ' ']),
            "стат" | "стат. сб" | "стат. зб" | "сб. ст" | "сб. док" | "зб. док"
        )
    });
    // "Белстат. Статыстычны штогоднік …": a body of one word, where the
    // labeller found no title at all.
    let one_word_untitled = work.title.is_none() && !body.contains(' ');
    if !body.chars().any(crate::letters::is_cyrillic)
        || !plain.starts_with(body)
        || !(super::organizations::organization_name(body) || kind_as_title || one_word_untitled)
    {
        return;
    }
    // "National Research Council. Committee on …. Title": a body within a
    // body, where the labeller found the title after both.
    let after_author = plain.get(org.len()..).unwrap_or("");
    if work.title.as_deref().is_some_and(|t| {
        t.split_whitespace().count() >= 2
            && t.starts_with(|c: char| c.is_alphanumeric())
            && after_author.contains(t)
    }) {
        return;
    }
    let rest = plain[body.len()..].trim_start_matches(['.', ' ']);
    let end = rest
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| rest[i + 2..].starts_with(crate::letters::is_uppercase))
        .unwrap_or(rest.len());
    let title = rest[..end].trim();
    // A second body's name ("… Bureau of Labor Statistics") is no title.
    if title.split_whitespace().count() < 2 || super::organizations::organization_name(title) {
        return;
    }
    let (body, title) = (body.to_string(), title.to_string());
    work.authors = vec![crate::entry::Name::Organization(body)];
    work.title = Some(title);
}

/// "Росстат. Рабочая сила, занятость и безработица в России (…). 2022 :
/// стат. сб. М., 2022.": the year between the title's stop and GOST's
/// spaced colon before the kind of document is the title's (the year a
/// yearbook covers), which the labeller read as the date; the imprint
/// gives the date.
pub(super) fn year_before_kind_in_title(plain: &str, work: &mut Work) {
    // GOST's spaced colon after a year: asked of the bytes before the
    // title is looked for.
    static KIND_MARK: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" : "));
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let bytes = plain.as_bytes();
    let year_before_mark = KIND_MARK
        .find_iter(bytes)
        .any(|i| i >= 4 && bytes[i - 4..i].iter().all(u8::is_ascii_digit));
    if !year_before_mark {
        return;
    }
    let Some(at) = plain.find(title) else {
        return;
    };
    let after = &plain[at + title.len()..];
    let Some(rest) = after.strip_prefix(". ") else {
        return;
    };
    let Some((year, kind)) = rest.split_at_checked(4) else {
        return;
    };
    let spaced_colon = kind
        .strip_prefix(" : ")
        .is_some_and(|k| k.starts_with(crate::letters::is_lowercase));
    if !spaced_colon || !year.bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    work.title = Some(format!("{title}. {year}"));
}

/// "Праваабарончы цэнтр «Вясна». Палітвязні Беларусі: …", "Центр «Нова
/// Європа». Білорусь після війни : аналіт. доп.": a body whose name ends
/// in guillemets after its word heads the note, its title after the stop;
/// the labeller cuts the name inside the quote. The title runs to the stop
/// before a capital or a digit.
///
/// "Правозащитный центр «Весна», «Политзаключённые …», 1 января 2024": the
/// title in guillemets of its own after a comma.
pub(super) fn body_named_in_guillemets(plain: &str, work: &mut Work) {
    // The first closing guillemet with a stop, or a comma and an opening
    // one, after it.
    let Some(close) = memchr::memmem::find_iter(plain.as_bytes(), "»".as_bytes()).find(|&at| {
        let rest = &plain[at + '»'.len_utf8()..];
        rest.starts_with(". ") || rest.starts_with(", «")
    }) else {
        return;
    };
    let head = &plain[..close + '»'.len_utf8()];
    let Some(open) = head.find('«') else {
        return;
    };
    let before = &head[..open];
    let word = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next());
    if !before.starts_with(crate::letters::is_uppercase)
        || before.contains(['.', ',', ':'])
        || before.split_whitespace().count() > 5
        || !word.is_some_and(crate::parse::names::names_body_before_quote)
    {
        return;
    }
    let rest = &plain[close + "». ".len()..];
    let title = match rest.strip_prefix('«') {
        Some(quoted) => quoted.find('»').map(|end| quoted[..end].trim()),
        None => Some(title_to_stop(rest)),
    };
    let Some(title) = title.filter(|t| t.split_whitespace().count() >= 2) else {
        return;
    };
    work.authors = vec![crate::entry::Name::Organization(head.to_string())];
    work.title = Some(title.to_string());
    // The labeller's container, when it began with the body, was the head.
    if work
        .container
        .as_deref()
        .is_some_and(|c| c.starts_with(head) || title.starts_with(c))
    {
        work.container = None;
    }
}

/// The title after a body's name: up to the stop before a capital or a
/// digit; an abbreviation keeps its stop ("… на 1 студзеня 2023 г.").
fn title_to_stop(rest: &str) -> &str {
    let end = rest
        .match_indices(". ")
        .map(|(i, _)| i)
        .find(|&i| rest[i + 2..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .unwrap_or(rest.len());
    crate::parse::text::trim_keeping_abbreviation(&rest[..(end + 1).min(rest.len())])
}

/// "Национальный банк Республики Беларусь. Обзор финансовой стабильности.
/// 2022. № 1.": a body's periodic report in GOST's form, its name read as
/// the journal of an untitled part. Without `//`, GOST names no container:
/// the name after the body is the title.
pub(super) fn body_s_serial_read_as_container(plain: &str, work: &mut Work) {
    if work.title.is_some() || plain.contains("//") {
        return;
    }
    let [crate::entry::Name::Organization(body)] = work.authors.as_slice() else {
        return;
    };
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let follows = plain
        .strip_prefix(body.as_str())
        .and_then(|rest| rest.strip_prefix(". "))
        .is_some_and(|rest| rest.starts_with(container));
    if follows && container.chars().any(crate::letters::is_cyrillic) {
        work.title = work.container.take();
    }
}
