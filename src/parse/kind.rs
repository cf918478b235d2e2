//! What kind of work a note cites, inferred from the evidence the note
//! gives. How sure the parse is (a confidence and the fields a work of
//! that kind should have but the note did not give) is
//! in `completeness.rs`, re-exported here for the callers.

use std::sync::LazyLock;

use regex::Regex;

use super::Work;
pub use super::completeness::{confidence, expected_fields, missing_fields};
use super::container_words::{Words, journal_named};
pub use super::container_words::{is_report_series, names_paper_series, names_periodical};

/// Whether a link points at a PDF file (its path, without query or
/// fragment, ends in `.pdf`).
pub fn is_pdf_url(url: &str) -> bool {
    url.to_ascii_lowercase()
        .split(['?', '#'])
        .next()
        .is_some_and(|p| p.ends_with(".pdf"))
}

/// Whether proceedings name the meeting ("Proc. SIGPLAN 86 Symposium on
/// …"), not only a society's "Proceedings", which may be a journal's name.
fn names_meeting(container: Option<&str>) -> bool {
    let lower = crate::letters::lowercase(container.unwrap_or_default());
    [
        "conf",
        "symposium",
        "workshop",
        "congress",
        "colloquium",
        "meeting",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// "In Advances in Neural Information Processing Systems 26 (NIPS 2013)",
/// "in Proc. … (CVPR)": a conference's acronym, with or without its year,
/// in brackets in the name of the book a work is in.
fn conference_acronym(container: Option<&str>) -> bool {
    static ACRONYM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\((?:[A-Z][A-Za-z]*[A-Z])(?:[-\s]?'?(?:\d{2}|\d{4}))?\)")
            .expect("acronym pattern")
    });
    container.is_some_and(|c| c.contains('(') && ACRONYM.is_match(c))
}

/// Whether a publisher is a body that issues papers (an institute, a
/// centre) rather than a publisher of books, which prints series of
/// monographs.
fn issues_papers(publisher: &str) -> bool {
    let p = crate::letters::lowercase(publisher);
    (super::names::has_organization_word(&p) || super::names::named_house(publisher))
        && !["press", "book", "publish", "verlag", "edition"]
            .iter()
            .any(|w| p.contains(w))
}

/// Evidence beyond the work's fields that bears on its type.
#[derive(Debug, Default, Clone, Copy)]
pub struct Cues {
    pub in_collection: bool,
    pub container_italic: bool,
    pub title_italic: bool,
    pub online_label: bool,
    /// The container is in brackets after the title, as APA gives a
    /// report's kind or series: "(Research Paper)", "(Report No. 12)".
    pub bracketed_series: bool,
    /// The title is in quotation marks: a part or a paper, not a book.
    pub quoted_title: bool,
    /// The note names its kind in words the labeller left as a note:
    /// "…," dataset, last updated …".
    pub dataset_named: bool,
    /// The pages are German's ("S. 17–32").
    pub german_pages: bool,
}

/// The BibLaTeX type the evidence points to.
/// "Measles cases and outbreaks [Internet]. Atlanta (GA): CDC; 2024
/// [cited …]": NLM's medium after a body's title marks its web page; a
/// person's or an editor's book on the Internet stays a book.
fn body_page_on_the_internet(work: &Work) -> bool {
    work.title_addon.as_deref() == Some("[Internet]")
        && (work.url.is_some() || work.urldate.is_some())
        && work.container.is_none()
        && work.editors.is_empty()
        && work.isbn.is_none()
        && work
            .authors
            .iter()
            .all(|a| matches!(a, crate::entry::Name::Organization(_)))
}

/// "tagesschau.de", "belstat.gov.by": a site named by its address, a host
/// without spaces and a top-level domain of small letters.
pub fn is_site_address(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(host, tld)| {
        !host.is_empty()
            && !host.contains(' ')
            && !host.ends_with('.')
            && (2..=4).contains(&tld.len())
            && tld.bytes().all(|b| b.is_ascii_lowercase())
    })
}

/// Whether `acronym` (three to six capitals) is a body's: a word of its
/// name ("KSE Institute") or its words' capitals in order ("International
/// Monetary Fund", "Instituto Brasileiro de Geografia e Estatística").
fn acronym_of(acronym: &str, body: &str) -> bool {
    if !(3..=6).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    if body
        .split_whitespace()
        .any(|w| w.trim_matches(['(', ')', ',']) == acronym)
    {
        return true;
    }
    let mut initials = body
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    let mut letters = acronym.chars();
    letters.next() == initials.next() && letters.all(|l| initials.any(|i| i == l))
}

/// A ministry, embassy or government office named as where a text is
/// ("Ministry of Foreign Affairs of the PRC", "Посольство Беларуси"): a
/// body whose statements are on its site, never a periodical.
pub fn government_body(name: &str) -> bool {
    const HEADS: &[&str] = &[
        "ministry ",
        "embassy ",
        "office of ",
        "department of ",
        "government of ",
        "министерство ",
        "міністерство ",
        "міністэрства ",
        "посольство ",
        "пасольства ",
    ];
    crate::letters::with_lowercase(name, |lower| HEADS.iter().any(|h| lower.starts_with(h)))
}

/// "Журналістыка-2018 : матэрыялы … канф.", "… : тези доп. … конф.":
/// GOST's words after a book's title that it holds a conference's papers
/// or their abstracts, whatever words the title has ("Журналістыка" has a
/// journal's).
fn gost_conference_papers(container: Option<&str>) -> bool {
    container.is_some_and(|c| {
        [
            " : материалы ",
            " : матэрыялы ",
            " : матеріали ",
            " : тезисы ",
            " : тэзісы ",
            " : тези ",
        ]
        .iter()
        .any(|m| c.contains(m))
            && (c.contains("онф") || c.contains("анф"))
    })
}

pub fn infer(work: &Work, cues: Cues) -> &'static str {
    let container = work.container.as_deref();
    let title = work.title.as_deref();
    let words = Words::of(container);
    let has_numbers = work.volume.is_some() || work.number.is_some() || work.pages.is_some();
    let full_date = work.date.is_some_and(|d| d.day.is_some());
    let pdf = work.url.as_deref().is_some_and(is_pdf_url);
    let online = work.url.is_some() || cues.online_label;
    // A date of access or of an archived copy says a work without a
    // container was read on the web, where a pasted note lost its address
    // (a periodical's piece stays an article).
    let read_online = online || work.urldate.is_some() || work.archivedate.is_some();

    if work.thesis.is_some() {
        return "thesis";
    }
    // A speech or testimony, told by the note's words (see
    // `label::corrections::speeches`), whatever its place or container.
    match work.subtype {
        Some("speech") => return if online { "online" } else { "misc" },
        Some("hearing") => return "misc",
        // A post on a blog (`label::corrections::web::blog_named`).
        Some("blog") => return "online",
        _ => {}
    }
    // "in: Osteuropa 12 (2019), S. 5-9": an "in:" before a journal's
    // volume, with no editor, publisher or place of a book.
    // "in: Frankfurter Allgemeine Zeitung, 12.08.2020, S. 2": or before a
    // newspaper's day; "in: Monatsbericht, Juni 2022, S. 17–32": or before
    // a German monthly's month and its pages (an English conference's
    // month before "pp." stays a book's part).
    let monthly = cues.german_pages && work.date.is_some_and(|d| d.month.is_some());
    let journal_after_in = cues.in_collection
        && work.editors.is_empty()
        && work.publisher.is_none()
        && work.location.is_none()
        && (work.volume.is_some() && work.pages.is_some()
            || (full_date || monthly) && work.volume.is_none())
        && !words.has(Words::PROCEEDINGS | Words::BOOK);
    // "In: tagesschau.de. Norddeutscher Rundfunk, 16. August 2020": a site
    // named by its address holds pages, not chapters.
    if container.is_some_and(is_site_address) && !has_numbers && work.editors.is_empty() {
        return "online";
    }
    if container.is_some() && !journal_after_in && (cues.in_collection || !work.editors.is_empty())
    {
        return if words.has(Words::PROCEEDINGS) || conference_acronym(container) {
            "inproceedings"
        } else {
            "incollection"
        };
    }
    if container.is_some() && cues.bracketed_series {
        return "report";
    }
    // "SIPRI Military Expenditure Database, 2024, https://…": a database
    // named alone, by its own word.
    let database = container.is_none()
        && work.authors.is_empty()
        && work.volume.is_none()
        && work.title.as_deref().is_some_and(|t| {
            t.ends_with(" Database")
                || t.ends_with(" Dataset")
                || t.contains(" Database, ")
                || t.contains(" Dataset, ")
        });
    // "…," dataset migr_asyappctza, accessed …", "…," dataset, last
    // updated …": the note names the kind.
    if cues.dataset_named
        || database
        || container.is_some_and(|c| {
            c.get(..8).is_some_and(|head| {
                head.eq_ignore_ascii_case("dataset ") || head.eq_ignore_ascii_case("dataset,")
            })
        })
    {
        return "dataset";
    }
    // "…," survey, wave 7 (Warsaw: BAW, March 2023)": a poll's results,
    // the kind written in lowercase where a container would stand (a
    // journal's name, "Survey of Current Business", is capitalised).
    if container.is_some_and(|c| {
        ["survey", "opinion poll", "poll "]
            .iter()
            .any(|w| c.starts_with(w))
    }) {
        return "report";
    }
    if container.is_some() {
        // A series named "… Briefing" publishes reports; a title that
        // mentions a briefing is not one. A "brief" cited by its address
        // and day, with no number ("Carbon Brief, 5 October 2021,
        // https://…"), is a site's piece, not a numbered paper.
        let site_piece = !words.has(Words::REPORT)
            && work.number.is_none()
            && work.volume.is_none()
            && work.url.is_some()
            && work.date.is_some_and(|d| d.day.is_some());
        if words.has(Words::REPORT | Words::BRIEF) && !site_piece {
            return "report";
        }
        // "OSW Commentary, no. 383": a think tank's commentaries numbered
        // as a series are its papers ("ECFR Commentary, March 4, 2022",
        // unnumbered, is a piece on its site).
        if work.number.is_some()
            && work.volume.is_none()
            && container.is_some_and(|c| c.ends_with(" Commentary"))
        {
            return "report";
        }
        // "Polish Political Science Yearbook 51 (2022): 113–130": a volume
        // and pages after a yearbook's name are a journal's.
        let journal_numbers = work.volume.is_some() && work.pages.is_some() && !cues.in_collection;
        // "\"Belarus,\" The World Factbook, accessed …, https://…": a page of
        // a site named like a book, with no publisher or numbers.
        let web_page = online && work.publisher.is_none() && !has_numbers;
        if words.has(Words::BOOK) && !words.has(Words::JOURNAL) && !journal_numbers && !web_page {
            return "book";
        }
        // "Proc. IEEE, vol. 86, no. 11": a journal named "Proceedings"
        // has issues; a conference's proceedings have none.
        let issue = work.volume.is_some() && work.number.is_some() && !names_meeting(container);
        // "Carnegie-Rochester Conference Series on Public Policy 1: 19–46":
        // a conference's series of volumes is a journal.
        let series = words.has(Words::SERIES) && work.volume.is_some() && work.pages.is_some();
        if words.has(Words::PROCEEDINGS) && !words.has(Words::JOURNAL) && !issue && !series
            || gost_conference_papers(container)
        {
            return "inproceedings";
        }
        // "Paper presented at the meeting of the American Educational
        // Research Association": APA's talk at a meeting.
        if container.is_some_and(|c| c.contains("resented at ")) {
            return "inproceedings";
        }
        // "Algebra, 3rd ed., Graduate Texts in Mathematics, vol. 211,
        // Springer-Verlag": an edition is a book's, its volume a series'.
        if work.edition.is_some()
            && work.publisher.is_some()
            && work.pages.is_none()
            && work.number.is_none()
        {
            return "book";
        }
        // "OSW Commentary no. 293, Centre for Eastern Studies": a paper
        // numbered in an institution's series, with no volume or pages.
        let numbered_paper = work.number.is_some()
            && work.volume.is_none()
            && work.pages.is_none()
            && work.publisher.as_deref().is_some_and(issues_papers);
        if numbered_paper && !journal_named(container, words) {
            return "report";
        }
        // "…," Carnegie Endowment for International Peace, February 2018,
        // 12, https://…/CP_330.pdf": a body's PDF with the page cited.
        if pdf
            && work.number.is_none()
            && let Some(body) = container
            && !journal_named(container, words)
            && super::names::has_organization_word(&crate::letters::lowercase(body))
        {
            return "report";
        }
        // "OSW Studies 57 (Warsaw: Centre for Eastern Studies, 2016)": a
        // number before a place and publisher is a series' paper's, not a
        // journal's volume (a journal names neither).
        // (A month dates a journal's issue: "Poetry 37 (February 1931)".)
        // So is a number without volume or pages ("Morse Theory, Annals of
        // Mathematics Studies, No. 51, Princeton University Press, Princeton"),
        // or with the one page cited ("OIES Paper NG 186 (Oxford: …), 9").
        let one_page = work.pages.as_deref().is_none_or(|p| !p.contains('-'));
        let series_number = (work.volume.is_some() && work.number.is_none())
            || (work.number.is_some() && work.volume.is_none() && one_page);
        // A month with a town of print before it dates a paper ("(Oxford:
        // OIES, October 2022)"), and a title in quotation marks names one.
        if series_number
            && !cues.in_collection
            && let (Some(publisher), Some(place)) =
                (work.publisher.as_deref(), work.location.as_deref())
            && (work.date.is_none_or(|d| d.month.is_none())
                || super::gazetteer::is_publishing_place(place))
        {
            return if issues_papers(publisher) || cues.quoted_title && work.number.is_some() {
                "report"
            } else {
                "book"
            };
        }
        if has_numbers || journal_named(container, words) {
            return "article";
        }
        if cues.container_italic && (online || full_date) {
            return "article";
        }
        if work.publisher.is_some() {
            return "book";
        }
        // "\"China's Position on …,\" Ministry of Foreign Affairs of the
        // PRC, February 24, 2023": a body's statement is on its site, not
        // in a periodical.
        return if online || container.is_some_and(government_body) {
            "online"
        } else {
            "article"
        };
    }
    // ("…: country reports" edited by two people: a book of reports.)
    let edited_by_people = !work.editors.is_empty()
        && work
            .editors
            .iter()
            .all(|e| matches!(e, crate::entry::Name::Person { .. }));
    if Words::of(title).has(Words::REPORT) && !edited_by_people {
        return "report";
    }
    // "Belarus: An Overview, IF10814 (…: CRS, …)", "A/HRC/50/58": a code
    // of letters or slashes numbers a report or a document, not a book.
    let coded = work.number.as_deref().is_some_and(|n| {
        n.chars().any(|c| c.is_ascii_digit())
            && n.chars().any(|c| c.is_ascii_alphabetic() || c == '/')
    });
    if coded && work.volume.is_none() && work.isbn.is_none() {
        return "report";
    }
    if body_page_on_the_internet(work) {
        return "online";
    }
    // "…,” Free Russia Foundation, September 2020, 12–15": a body that
    // issues papers, dated to the month (or to the year, the title in
    // quotation marks as a paper's is), with no place of a book's imprint.
    if work.location.is_none()
        && work.isbn.is_none()
        && work
            .date
            .is_some_and(|d| (d.month.is_some() || cues.quoted_title) && d.day.is_none())
        && work.publisher.as_deref().is_some_and(issues_papers)
    {
        return "report";
    }
    // "Belarus Economic Monitor: Quarterly Review, no. 1 (Vilnius: BEROC,
    // 2023)": a paper numbered with no series named, published by a body
    // named by its acronym: an issue of the body's papers (a publisher of
    // books, "Dalloz", "Springer-Verlag", numbers a series' volumes).
    if work
        .number
        .as_deref()
        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        && work.volume.is_none()
        && work.isbn.is_none()
        && work
            .publisher
            .as_deref()
            .is_some_and(|p| p.chars().count() >= 3 && p.chars().all(|c| c.is_ascii_uppercase()))
    {
        return "report";
    }
    // "International Monetary Fund, World Economic Outlook (Washington, DC:
    // IMF, April 2023)": a body's work it issues itself, under its acronym
    // (under its whole name, a foundation's manual or a firm's book may be
    // meant).
    if let [crate::entry::Name::Organization(body)] = work.authors.as_slice()
        && work.isbn.is_none()
        && work.edition.is_none()
        && work.editors.is_empty()
        && work
            .publisher
            .as_deref()
            .is_some_and(|p| acronym_of(p, body))
    {
        return "report";
    }
    // "\"Joint Statement …\". U.S. Department of State. 8 September 2020.
    // Retrieved …": a body's page read on the web, dated to the day or not
    // at all, with nothing of a book's imprint.
    if read_online
        && (full_date || work.date.is_none())
        && work.publisher.is_some()
        && work.location.is_none()
        && work.isbn.is_none()
        && work.pagetotal.is_none()
        && work.edition.is_none()
        && work.editors.is_empty()
    {
        return "online";
    }
    if work.publisher.is_some() || work.isbn.is_some() || work.pagetotal.is_some() {
        // An edited volume without authors is a collection.
        return if work.authors.is_empty() && !work.editors.is_empty() {
            "collection"
        } else {
            "book"
        };
    }
    if pdf {
        return "report";
    }
    if online {
        return "online";
    }
    // "Interview by the author, Vilnius, 12 October 2022": where and when
    // an interview took place, no imprint.
    if title.is_some_and(|t| {
        let t = crate::letters::lowercase(t);
        t.starts_with("interview ")
            || t.starts_with("interviews ")
            || ((t.starts_with("author’s ") || t.starts_with("author's "))
                && t.contains(" interview"))
            || t.ends_with("interview by the author")
            || [
                "entretien ",
                "entrevista ",
                "intervista ",
                "gespräch ",
                "интервью ",
                "wywiad ",
            ]
            .iter()
            .any(|w| t.starts_with(w))
    }) {
        return "misc";
    }
    // "OSCE/ODIHR, Statement of Preliminary Findings (Tbilisi, 27 October
    // 2024)": a body's work issued at a place on a day or in a month, with
    // no publisher, is its report. (A Chinese person's name is written
    // whole, as a body's is.)
    if let [crate::entry::Name::Organization(body)] = work.authors.as_slice()
        && !body.chars().any(super::label::tokens::is_cjk)
        && work.location.is_some()
        && work.date.is_some_and(|d| d.month.is_some())
        && work.container.is_none()
        && work.isbn.is_none()
    {
        return "report";
    }
    // "Storia del sale, Padova 1962": a place and a year are a book's
    // imprint.
    if work.location.is_some() && work.date.is_some() && title.is_some() {
        return "book";
    }
    if cues.title_italic {
        return "book";
    }
    if read_online {
        return "online";
    }
    // "《中国应对气候变化的政策与行动2022年度报告》": a Chinese title that
    // calls itself a report or a white or blue paper.
    if work.container.is_none()
        && title.is_some_and(|t| {
            [
                "报告",
                "报告书",
                "白皮书",
                "蓝皮书",
                "報告",
                "白皮書",
                "藍皮書",
            ]
            .iter()
            .any(|w| t.ends_with(w))
        })
    {
        return "report";
    }
    "misc"
}

/// Whether an article is a newspaper or magazine piece: dated to the day, no
/// volume, no range of pages (a newspaper's page is one: `С. 3`), and a
/// container that is not named like a journal.
pub fn is_newspaper(work: &Work, entry_type: &str) -> bool {
    entry_type == "article"
        && work.date.is_some_and(|d| d.day.is_some())
        && work.volume.is_none()
        && work.pages.as_deref().is_none_or(|p| !p.contains("--"))
        && !Words::of(work.container.as_deref()).has(Words::JOURNAL)
}
