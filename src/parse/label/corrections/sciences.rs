//! The layouts of the sciences' reference lists: IEEE's conference place
//! after the proceedings (`in Proc. … (CVPR), Las Vegas, NV, USA`), ACM's
//! title and journal after the year (`2008. Title. Commun. ACM 51, 1`),
//! ACS chemistry's title after the authors' initials and year after the
//! journal (`Kolb, H. C.; … Click Chemistry: …. Angew. Chem., Int. Ed.
//! 2001, 40, …`), ACL's imprint after the pages, a body, year and colon
//! before a title (`IPCC, 2021:`), a conference's acronym cut at its year
//! (`(NIPS 2013)`), APA's thesis (`[Doctoral dissertation, University]`),
//! and, before labelling, a collaboration after `et al.` and Vancouver's
//! state in brackets (`Cold Spring Harbor (NY):`). The labeller, trained
//! mostly on humanities and policy notes, splits these where their layouts
//! do not; abbreviated journals are [`super::journals`]'.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::{Date, Name};
use crate::parse::Work;

/// "in Proc. IEEE Conf. … (CVPR), Las Vegas, NV, USA, Jun. 2016": the city
/// of a conference read into the proceedings' name, its state or country
/// as the place.
pub(super) fn place_after_proceedings(work: &mut Work) {
    static REGION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[A-Z]{2}(?:, USA)?|USA|UK|Canada|Australia|Germany|France|Italy|Spain|Japan|China|Korea|Sweden|Switzerland|Austria|Netherlands|Belgium|Greece|Portugal|Singapore|Brazil|India)$")
            .expect("region pattern")
    });
    let (Some(container), Some(place)) = (work.container.as_deref(), work.location.as_deref())
    else {
        return;
    };
    if !REGION.is_match(place) {
        return;
    }
    let Some((name, city)) = container.rsplit_once(", ") else {
        return;
    };
    let lower = crate::letters::lowercase(name);
    let conference = name.ends_with(')')
        || ["proc", "conf", "symp", "workshop"]
            .iter()
            .any(|w| lower.contains(w));
    let city_words = city.split_whitespace().count();
    if !conference
        || !(1..=3).contains(&city_words)
        // "…, WWW, Switzerland": an acronym is the conference's, no city.
        || !city
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
        || city.contains(|c: char| c.is_ascii_digit() || c == '.')
    {
        return;
    }
    let place = format!("{city}, {place}");
    work.container = Some(name.to_string());
    work.location = Some(place);
}

/// "Jeffrey Dean and Sanjay Ghemawat. 2008. MapReduce: simplified data
/// processing on large clusters. Commun. ACM 51, 1": ACM's title and
/// journal after the year, read as one journal. The title is the first
/// sentence, one with small words a journal's name lacks. After GOST's
/// "//" the whole is the journal ("Вестник Харьковского университета.
/// Серия: …"): the title is before the slashes.
pub(super) fn title_inside_journal(plain: &str, work: &mut Work) {
    if work.title.is_some()
        || work.authors.is_empty()
        || work.date.is_none()
        || plain.contains(" // ")
    {
        return;
    }
    let Some(container) = work.container.as_deref() else {
        return;
    };
    let Some((title, journal)) = container.split_once(". ") else {
        return;
    };
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() < 3
        || !words[1..]
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_lowercase()))
        || !journal.starts_with(char::is_uppercase)
    {
        return;
    }
    let (title, journal) = (title.to_string(), journal.to_string());
    work.title = Some(title);
    work.container = Some(journal);
}

/// "Kolb, H. C.; Finn, M. G.; Sharpless, K. B. Click Chemistry: Diverse
/// …": ACS separates authors by semicolons and puts the title right after
/// the last initials; the title's words before a colon were read into the
/// last name. "Angew. Chem., Int. Ed. 2001, 40, 2004–2021": the year after
/// the journal's name, read into it.
pub(super) fn acs_title_and_year(plain: &str, work: &mut Work) {
    static HEAD_END: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r";\s*\p{Lu}[\p{L}'’ʼ-]+,\s*(?:\p{Lu}\.\s?-?){1,3}\s+(\p{Lu}[^;.:]*:)\s*$")
            .expect("ACS head pattern")
    });
    static YEAR_AFTER_JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(.+?)\s+((?:1[89]|20)\d\d)$").expect("year after journal pattern")
    });
    if let Some(title) = work.title.as_deref()
        && plain.contains("; ")
        && let Some(at) = plain.find(title)
        && let Some(c) = HEAD_END.captures(&plain[..at])
    {
        let title = format!("{} {title}", &c[1]);
        work.title = Some(title);
    }
    if work.date.is_none()
        && let Some(container) = work.container.as_deref()
        && plain.contains(&format!("{container}, "))
        && let Some(c) = YEAR_AFTER_JOURNAL.captures(container)
    {
        let (journal, year) = (c[1].to_string(), c[2].parse().ok());
        work.container = Some(journal);
        work.date = year.map(Date::year);
    }
}

/// "…, pages 2227–2237, New Orleans, Louisiana. Association for
/// Computational Linguistics.": the ACL Anthology's imprint after the
/// pages, a place and its state or country, then the publisher.
pub(super) fn acl_imprint(plain: &str, work: &mut Work) {
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"pages\s+\d+[–-]\d+,\s+(\p{Lu}[\p{L} .]{1,40}?,\s+\p{Lu}[\p{L} ]{1,30}?)\.\s+(\p{Lu}[^.]{2,120}?)\.?$")
            .expect("ACL imprint pattern")
    });
    if work.publisher.is_some() || !plain.contains("pages ") {
        return;
    }
    let Some(c) = TAIL.captures(plain.trim()) else {
        return;
    };
    work.location = Some(c[1].to_string());
    work.publisher = Some(c[2].to_string());
}

/// "IPCC, 2021: Summary for Policymakers. In: …": a body, the year and a
/// colon before the title (the IPCC's and the WMO's own form), read as
/// one title.
pub(super) fn body_year_colon_head(work: &mut Work) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Lu}[\p{L}&.\- ]{1,60}?), ((?:19|20)\d\d)[a-z]?: (\p{Lu}.+)$")
            .expect("body, year and colon pattern")
    });
    if !work.authors.is_empty() {
        return;
    }
    let Some(c) = work.title.as_deref().and_then(|t| HEAD.captures(t)) else {
        return;
    };
    let (body, year, title) = (c[1].to_string(), c[2].parse().ok(), c[3].to_string());
    work.authors = vec![Name::Organization(body)];
    work.date = work.date.or(year.map(Date::year));
    work.title = Some(title);
}

/// "In Advances in Neural Information Processing Systems 26 (NIPS 2013).":
/// a conference's acronym with its year in brackets, the year read as the
/// date and the bracket left open.
pub(super) fn acronym_year_in_container(plain: &str, work: &mut Work) {
    let (Some(container), Some(date)) = (work.container.as_deref(), work.date) else {
        return;
    };
    if container.matches('(').count() <= container.matches(')').count() {
        return;
    }
    let whole = format!("{container} {})", date.year);
    if plain.contains(&whole) {
        work.container = Some(whole);
    }
}

/// "Essays on trade … [Doctoral dissertation, University of California,
/// Berkeley]. ProQuest Dissertations and Theses Global.": APA's thesis,
/// its kind and university in brackets after the title (the database
/// after it is where it was found, not its publisher).
pub(super) fn apa_thesis_bracket(plain: &str, work: &mut Work) {
    static BRACKET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\s\[((?:Unpublished\s+)?(?:Doctoral|Master['’ʼ]s|PhD|Ph\.D\.)\s+(?:dissertation|thesis)),\s*([^\]]+)\]")
            .expect("APA thesis pattern")
    });
    let Some(title) = work.title.as_deref() else {
        return;
    };
    if !plain.contains(" [") {
        return;
    }
    let Some(c) = BRACKET.captures(plain) else {
        return;
    };
    let head = title.split(" [").next().unwrap_or(title).to_string();
    work.title = Some(head);
    work.thesis = Some(c[1].to_string());
    // The university publishes it (a thesis's publisher becomes its
    // institution when the entry is finished).
    work.publisher = Some(c[2].trim().to_string());
    work.location = None;
}

/// "B. P. Abbott et al. (LIGO Scientific Collaboration and Virgo
/// Collaboration), Phys. Rev. Lett. 116, 061102 (2016).": physics names the
/// collaboration behind a list cut short; the bracket is taken out before
/// labelling (the labeller read it as a date and title).
pub(in crate::parse) fn without_collaboration(note: &str) -> Option<String> {
    static BRACKET: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(et\s+al\.?)\s*\([^()]{0,160}(?:Collaboration|Consortium|Investigators|Study Group|Working Group)[^()]{0,80}\)")
            .expect("collaboration pattern")
    });
    if !note.contains("et al") || !note.contains(" (") {
        return None;
    }
    let out = BRACKET.replace(note, "$1");
    (out.len() != note.len()).then(|| out.into_owned())
}

/// "Cold Spring Harbor (NY): Cold Spring Harbor Laboratory Press; 1989"
/// (Vancouver): a US state in brackets after the place, written as the
/// other styles write it ("Cold Spring Harbor, NY: …") before labelling,
/// which reads that form.
pub(in crate::parse) fn state_in_brackets(note: &str) -> Option<String> {
    static PLACE_STATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,3})\s\(([A-Z]{2})\):\s([^;]{2,120});\s((?:1[5-9]|20)\d\d)")
            .expect("place and state pattern")
    });
    if !note.contains("): ") {
        return None;
    }
    let out = PLACE_STATE.replace(note, "$1, $2: $3; $4");
    (out.len() != note.len()).then(|| out.into_owned())
}

#[cfg(test)]
mod tests {
    use crate::parse::parse_note;

    #[test]
    fn a_conference_city_is_the_place_not_the_proceedings() {
        let w = parse_note("A. Novak and B. Ortiz, \"Sparse attention for long documents,\" in Proc. Int. Conf. Learn. Represent. (ICLR), Vienna, Austria, May 2021, pp. 1–12.").work;
        assert_eq!(
            w.container.as_deref(),
            Some("Proc. Int. Conf. Learn. Represent. (ICLR)"),
            "{w:?}"
        );
        assert_eq!(w.location.as_deref(), Some("Vienna, Austria"));
        assert_eq!(w.entry_type, "inproceedings");
    }

    #[test]
    fn acm_title_and_journal_after_the_year() {
        let w = parse_note("Maria Ortega and Lin Wei. 2015. Consistent hashing for mobile caches at scale. Commun. ACM 58, 4 (April 2015), 77–85.").work;
        assert_eq!(
            w.title.as_deref(),
            Some("Consistent hashing for mobile caches at scale"),
            "{w:?}"
        );
        assert_eq!(w.container.as_deref(), Some("Commun. ACM"));
        assert_eq!(w.volume.as_deref(), Some("58"));
        assert_eq!(w.number.as_deref(), Some("4"));
        assert_eq!(w.publisher, None);
    }

    #[test]
    fn acs_title_after_initials_and_year_after_journal() {
        let w = parse_note("Ivanova, E. P.; Brandt, K. Flow Chemistry: Safer Routes to Reactive Intermediates. Chem. Rev., Engl. Ed. 2017, 117, 1100–1150.").work;
        assert_eq!(
            w.title.as_deref(),
            Some("Flow Chemistry: Safer Routes to Reactive Intermediates"),
            "{w:?}"
        );
        assert_eq!(w.date.map(|d| d.year), Some(2017));
    }

    #[test]
    fn a_journal_opening_with_an_initial_is_no_name() {
        let w = parse_note("Perdew, J. P. J. Chem. Phys. 1996, 105, 9982–9985.").work;
        assert_eq!(w.container.as_deref(), Some("J. Chem. Phys."), "{w:?}");
        assert_eq!(w.title, None);
    }

    #[test]
    fn a_collaboration_after_et_al_is_no_title() {
        let w =
            parse_note("R. Aaij et al. (LHCb Collaboration), Phys. Rev. Lett. 115, 072001 (2015).")
                .work;
        assert_eq!(w.title, None, "{w:?}");
        assert_eq!(
            w.container.as_deref().map(|c| c.trim_end_matches('.')),
            Some("Phys. Rev. Lett")
        );
    }

    #[test]
    fn an_apa_thesis_names_its_university_in_brackets() {
        let w = parse_note("Okafor, C. N. (2020). Remittances and household investment in Nigeria [Master's thesis, University of Ibadan]. Institutional Repository.").work;
        assert_eq!(
            w.title.as_deref(),
            Some("Remittances and household investment in Nigeria"),
            "{w:?}"
        );
        assert_eq!(w.institution.as_deref(), Some("University of Ibadan"));
        assert_eq!(w.entry_type, "thesis");
    }
}
