//! Heads of references the rules read exactly, replacing the labeller's
//! reading of authors and title where a form leaves no doubt: a quoted
//! title after the authors, GOST's sides of `//` and a GOST book up to its
//! imprint; first, the heads whose whole form one style fixes
//! ([`super::style_heads`]: GB/T 7714, APA without author, the Italian
//! form with the journal in guillemets).

use super::after_quote::{
    body_before_kind_of_paper, book_after_quote, outlet_after_quote, translation_in_container,
    words_lost_before_container, yearly_report_after_quote,
};
use super::gost_heads::{
    drop_title_read_as_author, gost_book_container, gost_book_head_end, gost_container,
    gost_volume_and_years,
};
use super::rules::{authorish, gost_left, quoted_head, quoted_title, title_opening_before_quote};
use super::text::{self, find_quoted};
use super::{Trace, Work, dates, label, style_heads};
use crate::entry::Name;

/// "Клинические рекомендации «Туберкулез у взрослых» / Минздрав …": words
/// run into a quote with no stop or comma, and GOST's statement after it:
/// the words name the document's kind and head its title (a name before a
/// quote ends with an initial's stop or a comma).
fn kind_before_gost_quote(before: &str, after: &str) -> bool {
    after.starts_with(" / ")
        && before.ends_with(' ')
        && before
            .trim_end()
            .chars()
            .last()
            .is_some_and(char::is_lowercase)
}

/// Where the rules are exact, their reading of the authors and title
/// replaces the labeller's: a quoted title after the authors (the quote
/// bounds the title), and the left side of a GOST reference ("Фамилия И. О.
/// Заглавие // …", where names and title differ in form).
pub(super) fn exact_heads(md: &str, labelled: &mut label::assemble::Assembled, how: &mut Trace) {
    if super::gbt::head(md, labelled)
        || style_heads::apa_title_first(md, labelled)
        || style_heads::journal_in_guillemets(md, labelled)
    {
        how.rules_title = true;
        return;
    }
    let found = find_quoted(md);
    let quoted = found.filter(|q| {
        !speaker_before_gost_quote(&md[..q.start], &md[q.end..])
            && !body_named_in_quotes(&md[..q.start], &md[q.end..])
            && !kind_before_gost_quote(&md[..q.start], &md[q.end..])
            && authorish(&md[..q.start])
            && !inside_italics(&md[..q.start])
            && !title_goes_on(
                &md[q.start..q.inner_start],
                &md[q.inner_start..q.inner_end],
                &md[q.end..],
            )
    });
    if let Some(q) = &quoted
        && md[q.end..].trim_start_matches([',', ' ']).starts_with('[')
    {
        translation_in_container(&md[q.end..], labelled);
    }
    // "The Economist, \"…\"": a known outlet before an unsigned item's
    // quotation, where the words before it read as no author.
    if quoted.is_none()
        && let Some(q) = found
        && labelled.work.authors.len() == 1
        && labelled.work.container.is_none()
        && quoted_title(md, &q).0 == labelled.work.title
    {
        outlet_before_item(md, q.start, labelled);
    }
    // The authors before a quote are read only where its title differs:
    // the same title leaves the labeller's reading as it is.
    if let Some(q) = quoted
        && quoted_title(md, &q).0 == labelled.work.title
        && title_opening_before_quote(md, &q).is_none()
    {
        outlet_before_item(md, q.start, labelled);
        yearly_report_after_quote(&md[q.end..], labelled);
        // "“…”, Kommersant, August 14, 2020": an outlet the labeller took
        // for a place.
        if labelled.work.location.is_some() {
            outlet_after_quote(&md[q.end..], labelled);
        }
        return;
    }
    let opens_note = quoted.is_some_and(|q| md[..q.start].trim().is_empty());
    let mut take = |title: Option<String>,
                    translation: Option<String>,
                    authors: Vec<Name>,
                    editors: Vec<Name>,
                    quoted: bool| {
        if title.is_none() {
            return;
        }
        if title == labelled.work.title {
            // "Коваль, И. Н. Title / И. Н. Коваль, А. М. Лукашевич // …":
            // the statement names more authors than the heading the
            // labeller read.
            let heading = labelled.work.authors.first().map(Name::family);
            if authors.len() > labelled.work.authors.len()
                && heading.is_some()
                && authors.first().map(Name::family) == heading
            {
                labelled.work.authors = authors;
            }
            return;
        }
        labelled.work.title = title;
        labelled.work.title_translated = translation;
        labelled.quoted |= quoted;
        how.rules_title = true;
        if !authors.is_empty() || !editors.is_empty() {
            labelled.work.authors = authors;
            labelled.work.editors = editors;
        } else if opens_note
            && let Some(first) = labelled
                .work
                .title
                .as_deref()
                .and_then(|t| t.split_whitespace().next())
            && !labelled.work.authors.is_empty()
            && labelled
                .work
                .authors
                .iter()
                .all(|a| a.display().contains(first))
        {
            // "“Belarus,” in The World Factbook …": a quote that opens the
            // reference has no author before it; the names the labeller
            // made of the quoted words go.
            labelled.work.authors.clear();
        }
    };
    if let Some(q) = quoted {
        let head = quoted_head(md, q);
        take(
            head.title,
            head.translation,
            head.authors,
            head.editors,
            true,
        );
        outlet_before_item(md, q.start, labelled);
        if how.rules_title {
            // "Body, „Belarus", Länderanalysen, 12. Mai 2023": a container
            // the labeller ran over the quote is no container.
            let inner = text::plain(&md[q.inner_start..q.inner_end]);
            if labelled
                .work
                .container
                .as_deref()
                .is_some_and(|c| c.contains(inner.trim()) && c.len() > inner.trim().len() + 4)
            {
                labelled.work.container = None;
            }
            words_lost_before_container(&md[q.end..], labelled);
            body_before_kind_of_paper(&md[q.end..], labelled);
            book_after_quote(&md[q.end..], labelled);
            yearly_report_after_quote(&md[q.end..], labelled);
            outlet_after_quote(&md[q.end..], labelled);
        }
        // "Зеркало, «Курс …», 17.03.2023, URL": the labeller may have read
        // the date into the title the quote replaced; the first full date
        // after the quote is the work's (access and archive dates were cut
        // out with the links, by `links::extract`).
        // A year alone may be a day's too, where the labeller read the day
        // and month into the container ("…, 12. Mai 2023").
        if how.rules_title && labelled.work.date.is_none_or(|d| d.month.is_none()) {
            let year = labelled.work.date.map(|d| d.year);
            if let Some(day) = dates::find_dates(&md[q.end..])
                .into_iter()
                .find(|d| d.precision() == 3 && year.is_none_or(|y| y == d.date.year))
            {
                labelled.work.date = Some(day.date);
            }
        }
    } else if let Some(split) = md.find(" // ") {
        let mut head = Work::default();
        gost_left(&md[..split], &mut head);
        let unsigned = head.authors.is_empty() && head.editors.is_empty();
        take(
            head.title,
            head.title_translated,
            head.authors,
            head.editors,
            false,
        );
        if let Some((book, editors)) = gost_book_container(&md[split + 4..]) {
            // "// Book : сб. док. / сост. А. И. Залесский. Минск : …": the
            // book and its editors, up to the statement's slash; the
            // labeller's reading of them gives way.
            labelled.work.container = Some(book);
            labelled.cues.in_collection = true;
            if !editors.is_empty() {
                labelled.work.editors = editors;
            }
            labelled.work.authors.retain(
                |a| !matches!(a, Name::Organization(o) if o.starts_with(char::is_lowercase)),
            );
        } else if labelled.work.container.is_none() {
            labelled.work.container = gost_container(&md[split + 4..]);
        }
        if unsigned {
            drop_title_read_as_author(&mut labelled.work);
        }
    } else if let Some(end) = gost_book_head_end(md) {
        // A GOST book: "Автор. Заглавие / под ред. … – Место : Издательство".
        let mut head = Work::default();
        gost_left(&md[..end], &mut head);
        let statement_read = !head.editors.is_empty() || !head.authors.is_empty();
        let unsigned = !statement_read;
        let editors = head.editors.clone();
        let authors = head.authors.clone();
        take(
            head.title,
            head.title_translated,
            head.authors,
            head.editors,
            false,
        );
        // "под ред.": the editors even where the labeller had the title,
        // in the nominative the rules give them ("под ред. А. Н. Яковлева").
        // The labeller's author that is an editor with the mark ("упор. Р.
        // Я. Пиріг") is none.
        if !editors.is_empty() || labelled.work.editors.is_empty() {
            let marked = |n: &Name| match n {
                Name::Organization(o) => o.starts_with(char::is_lowercase),
                Name::Person { family, .. } => editors
                    .iter()
                    .any(|e| matches!(e, Name::Person { family: f, .. } if f == family)),
                Name::Others => false,
            };
            if authors.is_empty() && !editors.is_empty() {
                labelled.work.authors.retain(|a| !marked(a));
            }
            labelled.work.editors = editors;
        }
        // "Лаврентий Берия. 1953. Стенограмма … М. : МФД, 1999": a year
        // inside the title is the title's; the work's is the imprint's.
        if let (Some(title), Some(date)) = (labelled.work.title.as_deref(), labelled.work.date)
            && title.contains(&date.year.to_string())
            && let Some(imprint) = dates::find_dates(&md[end..])
                .into_iter()
                .find(|d| d.date.year != date.year)
        {
            labelled.work.date = Some(imprint.date);
        }
        // "/ В. П. Кириленко, Г. В. Алексеев": every author the statement
        // names, where the labeller had only the heading's.
        // "/ А. Каваленя [і інш.]": the statement's names, where the
        // labeller read them as one body.
        let read_as_body = match (labelled.work.authors.as_slice(), authors.first()) {
            ([Name::Organization(body)], Some(Name::Person { family, .. })) => {
                body.contains(family.as_str())
            }
            _ => false,
        };
        if read_as_body
            || (authors.len() > labelled.work.authors.len()
                && labelled.work.authors.first() == authors.first())
        {
            labelled.work.authors = authors;
        }
        if unsigned {
            drop_title_read_as_author(&mut labelled.work);
        }
        gost_volume_and_years(&mut labelled.work);
        // "Гісторыя Беларусі: у 6 т. Т. 4. …", "… землях. 1864 – люты
        // 1917 г.": the labeller's container was part of the title the
        // rules read whole.
        let work = &mut labelled.work;
        if let (Some(title), Some(container)) = (work.title.as_deref(), work.container.as_deref())
            && container.len() > 3
            && (title.starts_with(container)
                || (container.contains(' ') && title.contains(container)))
        {
            work.container = None;
        }
        if statement_read
            && labelled
                .work
                .container
                .as_deref()
                .is_some_and(|c| c.trim_start().starts_with('/'))
        {
            labelled.work.container = None;
        }
    }
}

/// "'Pluralism by default' in the post-Soviet states.": a quotation that
/// opens a title, which goes on after it in small letters. "“Title,” in
/// Book" and "‘Title’, in Book" end theirs. German notes quote a word that
/// opens a title and give its subtitle after a stop: "„Arbeitsgesellschaft“.
/// Strukturprobleme …, Frankfurt 1984" (where "„Title“. In: …" ends it).
/// A title opened by a quotation goes on after a colon.
fn title_goes_on(open: &str, inner: &str, after: &str) -> bool {
    if inner.ends_with([',', '.', '?', '!', ';', ':']) {
        return false;
    }
    // "…关于印发《“十四五”现代能源体系规划》的通知": a Chinese title that
    // names a document and goes on with "的" (of) after it.
    if after.starts_with('的') {
        return true;
    }
    // Italian notes do so with guillemets: "«Nazione e lavoro». Saggio
    // sulla cultura borghese …, Venezia 1979" (a journal there follows a
    // comma).
    let guillemet = open == "«" && !inner.chars().any(crate::letters::is_cyrillic);
    if (open == "„" || guillemet)
        && let Some(next) = after.strip_prefix(". ")
    {
        let word = next.split_whitespace().next().unwrap_or("");
        return word.starts_with(|c: char| c.is_uppercase())
            && !matches!(
                word,
                "In" | "In:" | "Im" | "Hg." | "Hrsg." | "Ders." | "Dies." | "Id." | "Ivi" | "Dans"
            );
    }
    // "«Мы не позволим»: что сказал …", "'Our Glorious Past': Lukashenka's
    // Belarus …": a title opened by a quotation goes on after a colon
    // (a title's own quote closes before its comma or stop).
    if let Some(subtitle) = after.strip_prefix(": ") {
        return subtitle
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || "«\"“'‘".contains(c));
    }
    // "«Білорусь готується до наступу» – розвідка // …": a quotation with
    // the one who said it after a dash is the whole title of a GOST item.
    if let Some((said, _)) = after
        .strip_prefix(" – ")
        .or_else(|| after.strip_prefix(" — "))
        .and_then(|rest| rest.split_once(" // "))
    {
        let words = said.split_whitespace().count();
        return (1..=6).contains(&words) && !said.contains(['«', '"', '“', '.']);
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let small = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
    match words.next() {
        // Polish containers follow "w:" ("„Czarny rynek" w Polsce …" goes
        // on).
        Some("in" | "im" | "dans" | "в") => small(words.next()),
        first => small(first),
    }
}

/// "Лукашенко: "Мы не будем воевать" // БелТА": a name and a colon before
/// a quotation, the whole left side of GOST's slashes, is the headline of
/// an unsigned item: who is quoted, not who wrote it.
fn speaker_before_gost_quote(before: &str, after: &str) -> bool {
    let name = before.trim_end();
    after.trim_start().starts_with("//")
        && name.strip_suffix(':').is_some_and(|n| {
            !n.is_empty()
                && !n.contains(char::is_whitespace)
                && n.starts_with(|c: char| c.is_uppercase())
        })
}

/// "Праваабарончы цэнтр «Вясна». Палітвязні …", "Центр «Нова Європа».":
/// a body's word right before a quote, and a stop or comma right after it:
/// the quote is the body's name, not a title.
fn body_named_in_quotes(before: &str, after: &str) -> bool {
    let Some(word) = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next()) else {
        return false;
    };
    after.starts_with(['.', ','])
        && word.chars().all(char::is_alphabetic)
        && crate::parse::names::names_body_before_quote(word)
}

/// "TASS, “…,” 14 September 2022": a news outlet alone before an unsigned
/// item's quoted title is where it appeared, not its author.
fn outlet_before_item(md: &str, quote_start: usize, labelled: &mut label::assemble::Assembled) {
    let before = md[..quote_start]
        .trim_end()
        .trim_end_matches([',', ':'])
        .trim();
    // "Ukrainska Pravda" may have been read as a person's name.
    let as_written = match labelled.work.authors.as_slice() {
        [Name::Organization(outlet)] => Some(outlet.clone()),
        [
            Name::Person {
                given,
                family,
                prefix,
                ..
            },
        ] => Some(
            [given.as_str(), prefix.as_str(), family.as_str()]
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => None,
    };
    if let Some(outlet) = as_written
        && outlet == before
        && labelled.work.container.is_none()
        && super::vocabulary::is_news_outlet(&outlet)
    {
        labelled.work.container = Some(outlet);
        labelled.work.authors.clear();
    }
}

/// Whether the text before a quote leaves an italic span open: quotes in
/// an italic title (`*Belarus: Time for a "Principled" Re-engagement*`)
/// are a word's, not the title's.
fn inside_italics(before: &str) -> bool {
    before.rfind(text::ITALIC_OPEN) > before.rfind(text::ITALIC_CLOSE)
}
