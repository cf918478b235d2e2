//! The shared last stage of reading a note, whichever reader read it:
//! the identifiers the exact rules cut out put back, the language, the
//! type inferred (or named by the note), a report's code and a GOST
//! document's kind cut from its title, a season cut from a journal's name,
//! the page cited told from a book's extent, the confidence and the fields
//! missing.

use std::sync::LazyLock;

use regex::Regex;

use super::vocabulary::SLAVIC_REPORT_WORDS;
use super::{ParsedNote, Work, kind, label, links, names};
use crate::entry::{Date, Name};
use crate::lang;

/// The work with the identifiers the exact rules cut out of the note.
pub(super) fn with_identifiers(mut work: Work, ids: &links::Identifiers) -> Work {
    work.url.clone_from(&ids.url);
    work.doi.clone_from(&ids.doi);
    work.isbn.clone_from(&ids.isbn);
    // A GB/T access date ("[2021-03-05]") read with the head stays.
    work.urldate = ids.urldate.or(work.urldate);
    work.archivedate = ids.archivedate;
    work.archiveurl.clone_from(&ids.archiveurl);
    work.eprint.clone_from(&ids.eprint);
    work
}

/// The last stage for the labeller's reading, with the identifiers the
/// exact rules found.
pub(super) fn finish_labelled(
    a: label::assemble::Assembled,
    ids: &links::Identifiers,
) -> ParsedNote {
    let mut work = with_identifiers(a.work, ids);
    site_as_publisher(&mut work);
    let cues = kind::Cues {
        online_label: ids.online_label,
        ..a.cues
    };
    let mut parsed = finish(work, cues, a.pinpoint, a.note_words, a.quoted);
    if let Some(code) = a.type_code {
        retype(&mut parsed, code);
    }
    parsed
}

/// A note read whole by one of the readers of its parts (archives,
/// parliamentary records, editions of state papers): its work finished as
/// any other, of the type the reader found, with the place it cites.
pub(super) fn read_whole(work: Work, code: &'static str, pinpoint: Option<String>) -> ParsedNote {
    let mut parsed = finish(work, kind::Cues::default(), None, 0, false);
    retype(&mut parsed, code);
    parsed.pinpoint = pinpoint;
    parsed
}

/// The type a note names itself (a GB/T 7714 code, the Chinese footnote
/// form's parts) in place of the one inferred.
pub(super) fn retype(parsed: &mut ParsedNote, code: &'static str) {
    let work = &mut parsed.work;
    work.entry_type = code;
    work.newspaper = kind::is_newspaper(work, code);
    // A thesis's university and a report's institution publish them.
    if matches!(code, "thesis" | "report") && work.institution.is_none() {
        work.institution = work.publisher.take();
    }
    parsed.missing = kind::missing_fields(work, code);
}

/// `Title. Carnegie Moscow Center. https://…`: a page's site read as its
/// publisher. With a link (not a DOI) and nothing else of a book's imprint
/// (place, ISBN, extent, edition, editors, numbers), the name is the site
/// the page is on, its container.
fn site_as_publisher(work: &mut Work) {
    let bookish = work.location.is_some()
        || work.isbn.is_some()
        || work.pagetotal.is_some()
        || work.edition.is_some()
        || !work.editors.is_empty()
        || work.volume.is_some()
        || work.number.is_some()
        || work.pages.is_some();
    // A PDF, a report or a book seen in a catalogue is published, not on
    // a site.
    let document = || {
        work.url
            .as_deref()
            .is_some_and(|u| kind::is_pdf_url(u) || u.to_ascii_lowercase().contains("books."))
            || work.title.as_deref().is_some_and(kind::is_report_series)
    };
    if work.url.is_some()
        && work.doi.is_none()
        && work.container.is_none()
        && work.publisher.is_some()
        && !bookish
        && !document()
    {
        work.container = work.publisher.take();
    }
}

/// Language, entry type, type-specific field moves, confidence and missing
/// fields: the last stage of every parser.
pub(super) fn finish(
    mut work: Work,
    cues: kind::Cues,
    mut pinpoint: Option<String>,
    leftover_words: usize,
    quoted: bool,
) -> ParsedNote {
    others_mark_opens_title(&mut work);
    work.language = match work.title.as_deref() {
        // "La questione del sale": not English, whatever the journal's name
        // would suggest.
        Some(title) if lang::not_english(title) => lang::detect(title),
        Some(title) => {
            lang::detect(title).or_else(|| work.container.as_deref().and_then(lang::detect))
        }
        None => work.container.as_deref().and_then(lang::detect),
    };
    // Compound family names after initials ("D. Mack Smith") are read in
    // Romance-language notes, or where the title is not English and its
    // language is unsure ("Storia d'Italia dal 1861 al 1958").
    let romance = match work.language {
        Some(l) => matches!(l.langid(), "italian" | "spanish" | "portuguese" | "french"),
        None => work.title.as_deref().is_some_and(lang::not_english),
    };
    if romance {
        let spanish = work.language.is_some_and(|l| l.langid() == "spanish");
        names::join_compound_families(&mut work.authors, spanish);
        names::join_compound_families(&mut work.editors, spanish);
    }
    // "Google, Transparency Report (2021)": an organisation read together
    // with the title that follows it, when no title was found.
    if work.title.is_none()
        && let [Name::Organization(whole)] = work.authors.as_slice()
        && let Some((author, title)) = whole.split_once(", ")
        && author.split_whitespace().count() <= 3
        && title.split_whitespace().count() >= 2
        && (without_document_words(title) != title
            || !title
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| !w.is_empty() && names::is_organization_word(&w.to_lowercase())))
    {
        let (author, title) = (author.to_string(), title.to_string());
        work.authors = vec![Name::Organization(author)];
        work.title = Some(title);
        // "Euroclear, Annual Report 2023 (Brussels: Euroclear, 2024)": the
        // imprint's bracket run in with them.
        super::label::bracketed_imprint_ends_title(&mut work);
        // "UN Security Council, 8979th meeting, S/PV.8979": a document's
        // symbol after its title.
        super::label::document_symbol_in_publisher(&mut work);
    }
    // GB/T 7714 "国际问题研究, 2021(4): 12-25": a year and an issue where
    // a volume would stand, and no other date.
    if work.date.is_none()
        && work.number.is_some()
        && let Some(year) = work.volume.as_deref().and_then(year_alone)
    {
        work.date = Some(Date::year(year));
        work.volume = None;
    }
    // "… : доклад", "…: аналітична записка": a report by its own word.
    // "…, thèse de doctorat …", "…, rapport de l'IRSEM": what the work is,
    // named after its title.
    let mut report_kind = super::descriptions::after_title(&mut work);
    if let Some(title) = work.title.as_mut() {
        // "…, R47068": a report's code after its title; "… : доклад": the
        // document's kind after a GOST title.
        if let Some(c) = REPORT_CODE.captures(title)
            && work.number.is_none()
        {
            work.number = Some(c[1].to_string());
            title.truncate(c.get(0).map_or(title.len(), |m| m.start()));
        }
        // (Every kind follows a colon, most titles have none, and every
        // kind is in Cyrillic letters.)
        if title.contains(':')
            && cyrillic_after_colon(title)
            && let Some(m) = GOST_KIND.find(title)
        {
            let kind = m.as_str().to_lowercase();
            report_kind = SLAVIC_REPORT_WORDS.iter().any(|w| kind.contains(w));
            // «…: аналітична записка»: inside the quotes, the kind is
            // the title's own words (GOST spaces the colon before a kind
            // it adds: "… : аналітычная запіска").
            if !cues.quoted_title || m.as_str().starts_with(char::is_whitespace) {
                title.truncate(m.start());
            }
        }
        // "“Preempting Democracy: The Case of Belarus, Journal …": a quote
        // the note opened and never closed is no part of the title.
        if let Some(rest) = title.strip_prefix(['“', '«', '„', '"'])
            && !rest.contains(['”', '»', '“', '"'])
        {
            *title = rest.trim_start().to_string();
        }
        // "Что надо делать : научное обоснование …": GOST's spaced colon
        // before other title information is the description's punctuation;
        // the title has a colon as any other ("La Russie et l'Ukraine :
        // …" keeps French spacing).
        if title.contains(" : ") && title.chars().any(crate::letters::is_cyrillic) {
            *title = title.replace(" : ", ": ");
        }
    }
    // "BEROC Policy Paper № 112": the number's mark, cut from its number,
    // is no part of the series' name.
    if let Some(container) = work.container.as_mut()
        && let Some(kept) = [" №", " no.", " No.", " Nr."]
            .iter()
            .find_map(|mark| container.strip_suffix(mark))
    {
        let kept = kept.trim_end_matches([',', ' ']).len();
        container.truncate(kept);
    }
    // "China Quarterly, Spring 2020": the season belongs to the date.
    if let Some(container) = work.container.as_mut() {
        let lower = container.to_lowercase();
        if let Some(season) = SEASONS.iter().find(|s| {
            lower
                .strip_suffix(**s)
                .is_some_and(|rest| rest.ends_with(' '))
        }) {
            let cut = container.len() - season.len();
            container.truncate(cut);
            let kept = container.trim_end_matches([',', ' ']).len();
            container.truncate(kept);
        }
    }
    // "Title [Internet]": NLM's medium, no translated title.
    if work
        .title_translated
        .as_deref()
        .is_some_and(|t| t.eq_ignore_ascii_case("internet"))
    {
        work.title_translated = None;
        work.title_addon = Some("[Internet]".to_string());
    }
    // "N. Bobbio ed., Dizionario di politica, Torino 1976": a book by its
    // editors alone, its title read as the book a chapter would be in (no
    // chapter's title, no author, no "in").
    if work.title.is_none()
        && work.authors.is_empty()
        && !work.editors.is_empty()
        && !cues.in_collection
        && work.pages.is_none()
    {
        work.title = work.container.take();
    }
    // "SIPRI Military Expenditure Database, 2024, https://…": a database
    // named at the note's head is its title, not its author.
    if work.title.is_none()
        && let [Name::Organization(name)] = work.authors.as_slice()
        && (name.ends_with(" Database") || name.ends_with(" Dataset"))
    {
        work.title = Some(name.clone());
        work.authors.clear();
    }
    // "2019;61(5):327-35": the range's end as the style shortened it,
    // written out.
    if let Some(whole) = work
        .pages
        .as_deref()
        .and_then(super::details::expanded_range)
    {
        work.pages = Some(whole);
    }
    let placed = place_after_container(&mut work);
    work.entry_type = kind::infer(&work, cues);
    // A periodical names no place: the container with one is a book.
    if placed && work.entry_type == "article" {
        work.entry_type = "incollection";
    }
    // "Кракаўскія пагадненні // Беларуская энцыклапедыя …": an entry of a
    // reference work is a chapter of it, however the note set it out.
    if matches!(work.entry_type, "article" | "book" | "misc")
        && work
            .container
            .as_deref()
            .is_some_and(super::reference_entries::is_reference_work)
    {
        work.entry_type = "incollection";
    }
    // "2019,40(03):51-60": CNKI writes an article's issue with a leading
    // zero, which no catalogue keeps.
    if work.entry_type == "article"
        && let Some(number) = work.number.as_deref()
        && number.len() > 1
        && number.starts_with('0')
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        work.number = Some(number.trim_start_matches('0').to_string()).filter(|n| !n.is_empty());
    }
    // "Банк России. Доклад о денежно-кредитной политике. 2023. № 2 (42).":
    // a body's periodic report, its name read as a series with no title;
    // the name is the title.
    if work.entry_type == "report"
        && work.title.is_none()
        && !work.authors.is_empty()
        && work
            .container
            .as_deref()
            .is_some_and(kind::names_paper_series)
    {
        work.title = work.container.take();
    }
    // "…," dataset, last updated March 15, 2024": the kind and the words
    // of its date name no container.
    if work.entry_type == "dataset"
        && work.container.as_deref().is_some_and(|c| {
            c.get(..8)
                .is_some_and(|h| h.eq_ignore_ascii_case("dataset,"))
                && c[8..].split_whitespace().all(|w| {
                    matches!(
                        w,
                        "last" | "updated" | "weekly" | "daily" | "monthly" | "accessed"
                    )
                })
        })
    {
        work.container = None;
    }
    // "Партизанское движение в Белоруссии : сб. док.": the kind of a GOST
    // container (which told the type) is no part of its name; a
    // conference's papers keep theirs, which names its place and days
    // (see `conference_place_and_dates`).
    if let Some(container) = work.container.as_mut()
        && container.contains(" :")
        && cyrillic_after_colon(container)
        && let Some(m) = GOST_KIND.find(container)
        && !m.as_str().contains("атер")
        && !m.as_str().contains("атэр")
    {
        container.truncate(m.start());
    }
    // "… : аналітычны даклад. Вільня, 2023. URL: …": a report on the web.
    if report_kind && matches!(work.entry_type, "book" | "online") {
        work.entry_type = "report";
    }
    if matches!(work.entry_type, "book" | "collection" | "report" | "thesis")
        && work.pages.as_deref().is_some_and(|p| !p.contains("--"))
    {
        // A single page in a note on a book or report is the page cited.
        pinpoint = pinpoint.or(work.pages.take());
    }
    if matches!(work.entry_type, "report" | "thesis") {
        // The publisher read is the institution; one read as such stays.
        work.institution = work.publisher.take().or(work.institution.take());
    }
    // "…," Carnegie Endowment for International Peace, February 2018, 12":
    // a report whose container is the body that issued it, not a series; a
    // body numbers no volumes, so the number read as one is the page cited.
    if work.entry_type == "report"
        && work.institution.is_none()
        && let Some(body) = work.container.as_deref()
        && !kind::is_report_series(body)
        && super::names::has_organization_word(&crate::letters::lowercase(body))
    {
        work.institution = work.container.take();
        if work.number.is_none() && pinpoint.is_none() {
            pinpoint = work.volume.take();
        }
    }
    if work.entry_type == "report" && work.number.is_none() {
        // A report series counts its papers by number, not by volume.
        work.number = work.volume.take();
    }
    work.newspaper = kind::is_newspaper(&work, work.entry_type);
    let confidence = kind::confidence(&work, work.entry_type, leftover_words, quoted);
    let missing = kind::missing_fields(&work, work.entry_type);
    ParsedNote {
        work,
        back_reference: None,
        pinpoint,
        confidence,
        missing,
        same_author: false,
        same_author_edits: false,
    }
}

pub(super) use super::dates::year_alone;

/// "// Беларуская энцыклапедыя. Мінск, 1999.": GOST's place after a book
/// with no publisher, read with the book's name. A known place after the
/// container's last stop is the place, and says the container is a book
/// (true).
fn place_after_container(work: &mut Work) -> bool {
    if work.location.is_some() || work.publisher.is_some() {
        return false;
    }
    let Some((name, place)) = work.container.as_deref().and_then(|c| c.rsplit_once(". ")) else {
        return false;
    };
    let place = place.trim().trim_end_matches([',', '.']);
    if name.trim().is_empty() || !super::gazetteer::is_publishing_place(place) {
        return false;
    }
    work.location = Some(place.to_string());
    work.container = Some(name.trim().to_string());
    true
}

/// A report's code after its title: "…, R47068", "…, RL33460".
static REPORT_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s+([A-Z]{1,4}\d{4,6})$").expect("report code pattern"));

/// The kind of document after a GOST title: "… : доклад", "… : монография",
/// "… : выступленне" (a speech), "… : в 3 ч." (a work in three parts),
/// "… : нарысы" (essays), "… : стат. сб." (a statistical yearbook), "… :
/// стат. даведнік" (a statistical handbook), "… : сб. док." (documents),
/// "… : аналіт. доп." (an analytical report), "… : соціол. опитування" (a
/// survey), "… : посібник" (a textbook), "… : препринт" (a working paper),
/// "… : информационное сообщение" (a ministry's release),
/// "… : материалы Междунар. науч. конф., …" (a conference's papers), "… :
/// статьи 1997–2002 годов", "… : сюжет" (a broadcast's item), "… :
/// видео", "… : утв. распоряжением Правительства РФ …" (the act that
/// approved it), "… : крат. стат. сб." (a short statistical yearbook), "… :
/// стат. бюл." (a statistical bulletin). After a colon without GOST's space before it
/// the words are the title's, as written, but for the abbreviated kinds
/// ("…: вучэб. дапам.", "…: стат. сб."), which no title ends in.
static GOST_KIND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*:\s+(?:аналітична записка|аналитическая записка|аналітична доповідь|вучэб\. дапам|учеб\. пособие|навч\. посіб(?:ник)?|стат\. (?:сб|зб)|крат\. стат\. сб|сб\. ст|сб\. науч\. тр(?:удов)?|зб\. наук\. пр(?:аць)?)\.?$|\s+:\s+(?:очерки|нариси|нарысы|(?:офиц\.\s*|офіц\.\s*|афіц\.\s*)?стат(?:\.\s*(?:сб|зб))?|статистический сборник|статистичний збірник|статыстычны зборнік|доклад|аналитический доклад|аналит\. доклад|аналітычны даклад|аналіт\. даклад|аналітычная запіска|расследование|расследаванне|расьследаваньне|розслідування|монография|препринт|информационное сообщение|інформаційне повідомлення|учебное пособие|пособие|учебник|підручник|падручнік|навчальний посібник|посібник|посіб\.|дапаможнік|аналіт\.\s*доп(?:овідь)?|соціол\.?(?:\s*(?:опит(?:ування)?|дослідж(?:ення)?))?|социол\.?(?:\s*(?:опрос|исслед(?:ование)?))?|соціологічне опитування|вучэбны дапаможнік|хрестоматия|хрестоматія|хрэстаматыя|сборник статей|сборник научных трудов|материалы конференции|справочник|(?:стат\.\s*)?(?:даведнік|довідник|справ\.)|отч[её]т|доповідь|монографія|даклад|манаграфія|выступление|выступленне|виступ|интервью|інтэрв['’ʼ]ю|інтерв['’ʼ]ю|лекция|лекцыя|лекція|(?:видео|теле)?сюжет|(?:теле)?репортаж|відеосюжет|відео|видеозапись|видео|відеозапис|(?:документальный\s+)?фильм|(?:документальний\s+)?фільм|телепередача|радиопередача|[ву]\s+\d+(?:\s+(?:ч|т|кн)\.?)?(?:,\s*\d+\s+кн\.?)?|статьи(?:\s[^:]*)?|ежегодник|щорічник|штогоднік|сб\.\s*док|зб\.\s*док|сборник документов|збірник документів|зб\.\s*наук\.\s*пр(?:аць)?|зб\.\s*навук\.\s*прац|зборнік навуковых прац|зборнік артыкулаў|зборнік|сборник|збірник|зб\.\s*арт\.|сб\.\s*науч\.\s*тр(?:удов)?|(?:материалы|матеріали|матэрыялы)\s[^:]*|крат\.\s*стат\.\s*сб|стат\.\s*бюл(?:летень)?|статистический бюллетень|статистичний бюлетень|(?:утв|затв|зацв)\.\s[^:]*|(?:утверждена|утверждён|утвержден|затверджено|зацверджана)\s[^:]*)\.?$")
        .expect("GOST kind pattern")
});

/// Whether the text after the last colon has a Cyrillic letter, as every
/// kind [`GOST_KIND`] reads does: a quick test before the pattern.
fn cyrillic_after_colon(text: &str) -> bool {
    text.rsplit(':')
        .next()
        .is_some_and(|tail| tail.chars().any(crate::letters::is_cyrillic))
}

/// A title without the words that name kinds of documents ("Transparency
/// Report" → "Transparency"): a title that has one is a document's.
fn without_document_words(title: &str) -> String {
    const DOCUMENT: [&str; 8] = [
        "report",
        "paper",
        "brief",
        "briefing",
        "review",
        "statement",
        "standards",
        "index",
    ];
    title
        .split_whitespace()
        .filter(|w| {
            !DOCUMENT.contains(
                &w.to_lowercase()
                    .trim_matches(|c: char| !c.is_alphanumeric()),
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Seasons that issues of journals are named by.
pub(super) const SEASONS: [&str; 11] = [
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "весна",
    "лето",
    "осень",
    "зима",
    "frühjahr",
    "herbst",
];

/// "Шальнова С. А., Деев А. Д., Баланова Ю. А. [и др.]. Двадцатилетние …":
/// the mark of further authors after GOST's list read as the title's head;
/// it goes back to the authors.
fn others_mark_opens_title(work: &mut Work) {
    static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\[?\s*(?:и\s+др|і\s+інш|і\s+ін|та\s+ін|и\s+д\.\s*р|et\s+al)\.?\s*\]?\.?\s+")
            .expect("others mark pattern")
    });
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(m) = OTHERS.find(title) else {
        return;
    };
    if work.authors.is_empty() || m.end() >= title.len() {
        return;
    }
    work.title = Some(title[m.end()..].to_string());
    if !work.authors.contains(&Name::Others) {
        work.authors.push(Name::Others);
    }
}
