//! Lists of names that the labeller read too far: a list of family names
//! with their initials after them (`Korosteleva E.A., White S., Lewis P.
//! Postcommunist Belarus. Lanham : …`) has no mark between the last
//! initials and the title but a stop, and the labeller may take the title
//! for one more name; a short note's family name before a title that opens
//! with a gerund (`Ioffe, Reassessing Lukashenka: Belarus in …`) reads as
//! the German head `Family, Given: Title`; names in natural order before a
//! stop (`Андрей Солдатов, Ирина Бороган. Битва за Рунет.`), the last read
//! into the title.

use std::sync::LazyLock;

use regex::Regex;

use crate::parse::Work;

/// Two or more names as `Family I. I.,`, the last one's initials, then a
/// capitalised title up to its stop.
static LISTED_INITIALS_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:\p{Lu}[\p{L}'’ʼ-]+,?\s(?:\p{Lu}\.\s?){1,3},\s)+",
        r"\p{Lu}[\p{L}'’ʼ-]+,?\s(?:\p{Lu}\.\s?){0,2}\p{Lu}\.\s+",
        r"(?P<title>\p{Lu}[^.]{2,}?)\.\s+(?P<rest>.+)$",
    ))
    .expect("listed initials and title pattern")
});

/// The same list before a title and an imprint in brackets, as a Chicago
/// note has it (`Bornukova K., Kruk D. Belarus Economic Monitor, no. 2
/// (Vilnius: BEROC, 2022), 7.`): the title runs up to its number or the
/// bracket.
static LISTED_INITIALS_BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:\p{Lu}[\p{L}'’ʼ-]+,?\s(?:\p{Lu}\.\s?){1,3},\s)+",
        r"\p{Lu}[\p{L}'’ʼ-]+,?\s(?:\p{Lu}\.\s?){0,2}\p{Lu}\.\s+",
        r"(?P<title>\p{Lu}[^.()]{2,}?)(?:,\s+(?:no|No|vol|Vol)\.\s*\d+)?\s+\((?P<rest>.+)$",
    ))
    .expect("listed initials and bracketed imprint pattern")
});

/// Where the labeller found no title after such a list, the words between
/// the last initials and the imprint (the place, publisher or year that
/// follows them) are the title.
pub(super) fn title_after_listed_initials(plain: &str, work: &mut Work) {
    if work.title.is_some() || work.authors.len() < 2 {
        return;
    }
    let year = work.date.as_ref().map(|d| d.year.to_string());
    let title = [&*LISTED_INITIALS_TITLE, &*LISTED_INITIALS_BRACKETED]
        .into_iter()
        .filter_map(|pattern| pattern.captures(plain))
        .find(|c| {
            [&work.location, &work.publisher, &year]
                .iter()
                .filter_map(|f| f.as_deref())
                .any(|f| c["rest"].starts_with(f))
        })
        .map(|c| c["title"].trim().to_string());
    if title.is_some() {
        work.title = title;
    }
}

/// "Ioffe, Reassessing Lukashenka: Belarus in Cultural and Geopolitical
/// Context": a family name alone (as a later note names an author cited
/// before) and a title whose first word is a gerund, which the labeller
/// read as "Family, Given: Title". A given name of seven letters or more
/// ending in "-ing" that is no known given name nor pinyin ("Xiaoming") is
/// the title's first word.
pub(super) fn gerund_read_as_given_name(plain: &str, work: &mut Work) {
    let [crate::entry::Name::Person { family, given, .. }] = work.authors.as_slice() else {
        return;
    };
    let Some(first) = given.split_whitespace().next() else {
        return;
    };
    let gerund = first.len() >= 7
        && first.ends_with("ing")
        && !crate::parse::names::is_given_name(first)
        && !crate::parse::names::looks_like_pinyin(first);
    if !gerund {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let head = format!("{family}, {given}: {title}");
    if !plain.contains(&head) {
        return;
    }
    let title = format!("{given}: {title}");
    work.authors = vec![crate::entry::Name::person(family, "")];
    work.title = Some(title);
}

/// "Isabelle Mandraud et Julien Théron, Poutine. La stratégie du désordre":
/// a title's first word after a list of names in their natural order, which
/// the labeller read with the names and the name parser then dropped. One
/// capitalised word that is no given name, between the last family name's
/// comma and the title's stop, opens the title.
pub(super) fn title_word_after_names(plain: &str, work: &mut Work) {
    // A list: one name alone before a title word is another correction's;
    // a book's (a title word after a journal article's names has not been
    // seen).
    if work.authors.len() < 2 || work.container.is_some() {
        return;
    }
    let Some((family, title, before)) = last_family_and_title(plain, work) else {
        return;
    };
    let Some(head) = before.trim_end().strip_suffix('.') else {
        return;
    };
    let Some((names, word)) = head.rsplit_once(", ") else {
        return;
    };
    let capitalised = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-');
    if !capitalised
        || !names.ends_with(family)
        || crate::parse::names::is_given_name(word)
        || crate::parse::names::is_organization_word(&crate::letters::lowercase(word))
        || work.authors.iter().any(|a| match a {
            crate::entry::Name::Person { family, given, .. } => {
                family.contains(word) || given.contains(word)
            }
            _ => true,
        })
    {
        return;
    }
    work.title = Some(format!("{word}. {title}"));
}

/// "Ryhor Astapenia and Lesia Rudnik, Belarusians’ Views on …": a
/// possessive opening the title right after the names' comma, which the
/// labeller read with the names and the name parser dropped. A
/// capitalised word ending in an apostrophe (or `’s`) and running into the
/// title opens it.
pub(super) fn possessive_after_names(plain: &str, work: &mut Work) {
    // (One character at a time: each is found by its bytes, where a set
    // of characters is decoded character by character.)
    if !plain.contains('’') && !plain.contains('\'') {
        return;
    }
    let Some((family, title, before)) = last_family_and_title(plain, work) else {
        return;
    };
    let Some((names, word)) = before.strip_suffix(' ').and_then(|h| h.rsplit_once(", ")) else {
        return;
    };
    let stem = ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .unwrap_or("");
    if stem.chars().count() < 3
        || !stem.starts_with(char::is_uppercase)
        || !stem.chars().all(char::is_alphabetic)
        || !names.ends_with(family)
    {
        return;
    }
    work.title = Some(format!("{word} {title}"));
}

/// The family name of the work's last author (a person's), its title, and
/// the note's text before the title.
fn last_family_and_title<'a>(
    plain: &'a str,
    work: &'a Work,
) -> Option<(&'a str, &'a str, &'a str)> {
    let Some(crate::entry::Name::Person { family, .. }) = work.authors.last() else {
        return None;
    };
    let title = work.title.as_deref()?;
    let at = plain.find(title)?;
    Some((family, title, &plain[..at]))
}

/// "Андрей Солдатов, Ирина Бороган. Битва за Рунет. – М. : …": authors in
/// natural order before the title's stop, the last read as the title's
/// head. A known given name and a capitalised family name before the stop,
/// after the first author's comma, are the second author.
pub(super) fn last_name_read_into_title(plain: &str, work: &mut Work) {
    let (Some(title), [crate::entry::Name::Person { given, .. }]) =
        (work.title.as_deref(), work.authors.as_slice())
    else {
        return;
    };
    if given.is_empty() {
        return;
    }
    let Some((name, rest)) = title.split_once(". ") else {
        return;
    };
    let Some((first, family)) = name.split_once(' ') else {
        return;
    };
    if !crate::parse::names::is_given_name(first)
        || !family.starts_with(char::is_uppercase)
        || family.contains(' ')
        || !rest.starts_with(char::is_uppercase)
        || !plain.contains(&format!(", {name}. {rest}"))
    {
        return;
    }
    let person = crate::entry::Name::Person {
        family: family.to_string(),
        given: first.to_string(),
        prefix: String::new(),
        suffix: String::new(),
    };
    let rest = rest.to_string();
    work.authors.push(person);
    work.title = Some(rest);
}

#[cfg(test)]
mod tests {
    use crate::parse::parse_note;

    #[test]
    fn title_after_a_list_of_names_with_initials() {
        let w =
            parse_note("Holt M.A., Kim B., Lund P. Harbour Towns. Leeds : Northway, 2004.").work;
        assert_eq!(w.title.as_deref(), Some("Harbour Towns"));
        assert_eq!(w.authors.len(), 3);
        assert_eq!(w.publisher.as_deref(), Some("Northway"));
    }

    #[test]
    fn a_title_opening_with_a_gerund_after_a_family_name() {
        let w = parse_note(
            "Marples, Rethinking Minsk: Urban Change in a Post-Soviet Capital (Leeds: Northway, 2009), 14.",
        )
        .work;
        assert_eq!(
            w.title.as_deref(),
            Some("Rethinking Minsk: Urban Change in a Post-Soviet Capital"),
            "{w:?}"
        );
        // A German head with a given name stays as it is.
        let w =
            parse_note("Schmidt, Manfred G.: Demokratietheorien. Eine Einführung, Wiesbaden 2010.")
                .work;
        assert_eq!(
            w.title.as_deref(),
            Some("Demokratietheorien. Eine Einführung"),
            "{w:?}"
        );
    }
}
