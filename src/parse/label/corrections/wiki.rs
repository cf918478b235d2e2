//! The shapes of references as wikis' citation templates print them, where
//! the labeller, which met few of them, reads a part as another:
//! an unsigned headline opening with a name and a conjunction, the news
//! agency after a headline's comma in the Russian template, a body's name
//! where the English template names the site, a German site's address
//! with its publisher after it, and a page of a body read whole as its
//! author.

use crate::entry::Name;
use crate::parse::Work;
use crate::parse::names::has_organization_word;

/// "Мінск і Масква падпісалі …": a headline whose first word and a
/// conjunction the labeller read as an author's name. A name does not end
/// on a conjunction; the words go back to the title.
pub(super) fn conjunction_ends_author(plain: &str, work: &mut Work) {
    const CONJUNCTIONS: [&str; 9] = ["і", "и", "та", "й", "and", "und", "et", "i", "y"];
    let [Name::Organization(head)] = work.authors.as_slice() else {
        return;
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if words.len() != 2 || !CONJUNCTIONS.contains(&words[1]) {
        return;
    }
    let joined = format!("{head} {title}");
    if !plain.starts_with(&joined) {
        return;
    }
    work.title = Some(joined);
    work.authors.clear();
}

/// "Минск стал полноправным членом ШОС, РИА Новости (4 июля 2024).": the
/// Russian template's news item, its agency after the headline's comma and
/// the day in brackets after the agency.
pub(super) fn agency_after_headline_comma(plain: &str, work: &mut Work) {
    if work.container.is_some() || !work.authors.is_empty() {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some((headline, agency)) = title.rsplit_once(", ") else {
        return;
    };
    let words: Vec<&str> = agency.split_whitespace().collect();
    let Some(after) = plain
        .find(title)
        .map(|at| plain[at + title.len()..].trim_start())
    else {
        return;
    };
    let dated = after.strip_prefix('(').is_some_and(|inside| {
        crate::parse::dates::find_dates(inside)
            .first()
            .is_some_and(|d| d.start == 0 && d.precision() == 3)
    });
    if !dated
        || !(1..=3).contains(&words.len())
        || !words.iter().all(|w| w.starts_with(char::is_uppercase))
        || headline.split_whitespace().count() < 3
    {
        return;
    }
    work.container = Some(agency.to_string());
    work.title = Some(headline.to_string());
    work.newspaper = true;
}

/// "\"World Economic Outlook Database, April 2023\". International Monetary
/// Fund. April 2023.": where the English template names the site, a
/// body's name is whom the page is by, not a periodical.
pub(super) fn body_named_as_site(plain: &str, work: &mut Work) {
    const PERIODICAL: [&str; 12] = [
        "news", "times", "post", "daily", "digest", "monitor", "journal", "review", "gazette",
        "herald", "press", "weekly",
    ];
    let Some(site) = work.container.as_deref() else {
        return;
    };
    // The cheap tests first: most works with a container fail them.
    if work.volume.is_some()
        || work.number.is_some()
        || work.pages.is_some()
        || work.publisher.is_some()
        || work.doi.is_some()
        || site.split_whitespace().count() < 3
    {
        return;
    }
    let quoted_before = |q: &str| plain.contains(&format!("{q}. {site}."));
    if !(quoted_before("\"") || quoted_before("”")) {
        return;
    }
    let lower = crate::letters::lowercase(site);
    if lower.split_whitespace().any(|w| PERIODICAL.contains(&w)) || !has_organization_word(&lower) {
        return;
    }
    work.publisher = work.container.take();
}

/// "In: tagesschau.de. Norddeutscher Rundfunk, 16. August 2020": the
/// German template's site by its address, then the body that publishes
/// it.
pub(super) fn publisher_after_site_address(work: &mut Work) {
    let Some((site, publisher)) = work.container.as_deref().and_then(|c| c.split_once(". ")) else {
        return;
    };
    if !crate::parse::kind::is_site_address(site)
        || work.publisher.is_some()
        || publisher.split_whitespace().count() > 6
    {
        return;
    }
    let (site, publisher) = (site.to_string(), publisher.to_string());
    work.container = Some(site);
    work.publisher = Some(publisher);
}

/// "Перепись населения 2019 года. Национальный статистический комитет
/// Республики Беларусь. Дата обращения: …": an unsigned page and the body
/// that publishes it, read whole as one author. The sentence before the
/// body's name is the title.
pub(super) fn page_and_body_read_as_author(work: &mut Work) {
    if work.title.is_some() {
        return;
    }
    let [Name::Organization(whole)] = work.authors.as_slice() else {
        return;
    };
    let Some((title, body)) = whole.split_once(". ") else {
        return;
    };
    if body.contains(". ")
        || body.contains(|c: char| c.is_ascii_digit())
        || title.split_whitespace().count() < 2
        || title
            .split_whitespace()
            .last()
            .is_some_and(|w| w.chars().count() < 3)
        || !has_organization_word(&crate::letters::lowercase(body))
        || has_organization_word(&crate::letters::lowercase(title))
    {
        return;
    }
    let (title, body) = (title.to_string(), body.to_string());
    work.authors.clear();
    work.title = Some(title);
    work.publisher = Some(body);
}

#[cfg(test)]
mod tests {
    use crate::parse::parse_note;

    #[test]
    fn wiki_shapes() {
        let w = parse_note(
            "Мінск і Масква падпісалі пагадненне аб адзіных правілах (бел.). Наша Ніва (12 верасня 2021). Праверана 14 верасня 2021.",
        )
        .work;
        assert!(w.authors.is_empty(), "{w:?}");
        assert_eq!(
            w.title.as_deref(),
            Some("Мінск і Масква падпісалі пагадненне аб адзіных правілах")
        );
        let w = parse_note(
            "Минск стал полноправным членом ШОС (рус.), РИА Новости (4 июля 2024). Архивировано 5 июля 2024 года. Дата обращения: 6 июля 2024.",
        )
        .work;
        assert_eq!(w.container.as_deref(), Some("РИА Новости"), "{w:?}");
        assert_eq!(
            w.title.as_deref(),
            Some("Минск стал полноправным членом ШОС")
        );
        let w = parse_note(
            "\"World Economic Outlook Database, April 2023\". International Monetary Fund. April 2023. Retrieved 10 May 2023.",
        )
        .work;
        assert_eq!(w.container, None, "{w:?}");
        assert_eq!(w.publisher.as_deref(), Some("International Monetary Fund"));
        let w = parse_note(
            "Proteste in Belarus: Tausende demonstrieren in Minsk. In: tagesschau.de. Norddeutscher Rundfunk, 16. August 2020, abgerufen am 18. August 2020.",
        )
        .work;
        assert_eq!(w.container.as_deref(), Some("tagesschau.de"), "{w:?}");
        assert_eq!(w.publisher.as_deref(), Some("Norddeutscher Rundfunk"));
        let w = parse_note(
            "Перепись населения 2019 года (рус.). Национальный статистический комитет Республики Беларусь. Дата обращения: 4 мая 2021.",
        )
        .work;
        assert_eq!(
            w.title.as_deref(),
            Some("Перепись населения 2019 года"),
            "{w:?}"
        );
        assert!(w.authors.is_empty());
    }
}
