//! Notes in forms the labeller reads wrong, read apart before it: each
//! reader here takes out or rewrites what it knows (a translation's marks,
//! a wiki's, a review's description, a talk's event, a reference work's
//! headword, a series, a work's state) and the rest is read again from the
//! top, its fields then given back what was taken out. Notes of none of
//! these forms (nearly all) fall through to the labeller and the rules.

use super::{
    ParsedNote, Parser, Trace, annual_titles, chinese, dates, films_and_maps, finish, forms, gbt,
    label, parse_fields, presentations, pubstate, reference_entries, reviews, rewrites, series,
    statement, translation, wiki_marks,
};

/// The note read by the first reader whose form it has, or `None`.
pub(super) fn reread(note: &str, parser: Parser, trace: bool) -> Option<(ParsedNote, Trace)> {
    // "Yan Xuetong 阎学通, Lishi de guanxing 历史的惯性 […]": read without the
    // characters; a title gets its own back.
    if let Some((latin, runs)) = chinese::characters_after_pinyin(note) {
        let (mut parsed, how) = parse_fields(&latin, parser, trace);
        if let Some(title) = parsed.work.title.as_mut()
            && let Some(run) = runs.iter().find(|r| note.contains(&format!("{title} {r}")))
        {
            title.push(' ');
            title.push_str(run);
        }
        return Some((parsed, how));
    }
    // "[w:] Białoruś w XX stuleciu, red. …": Polish and Czech marks of
    // the book a chapter is in, read as the "In:" the labeller knows.
    if let Some(marked) = rewrites::in_mark(note) {
        return Some(parse_fields(&marked, parser, trace));
    }
    // "in: Ders., Über Deutschland, München 1998": a chapter in a book of
    // the author's own; a place of print says the book is no journal.
    if let Some(unmarked) = rewrites::stand_in_after_in(note) {
        let (mut parsed, how) = parse_fields(&unmarked, parser, trace);
        let work = &parsed.work;
        if work.entry_type == "article" && work.container.is_some() && work.location.is_some() {
            finish::retype(&mut parsed, "incollection");
        }
        return Some((parsed, how));
    }
    // "trad. it., Torino 1973 (ed. or. Strasbourg 1924)", "übers. v. …":
    // a translation's and a first edition's marks read apart.
    if let Some(edition) = rewrites::translated_edition(note) {
        let (mut parsed, how) = parse_fields(&edition.rest, parser, trace);
        if parsed.work.translators.is_empty() {
            parsed.work.translators = edition.translators;
        }
        parsed.work.origdate = parsed.work.origdate.or(edition.origdate);
        return Some((parsed, how));
    }
    // "5 voll., Torino 1969-1990, vol. II": the count of volumes out, the
    // volume cited kept.
    if let Some(rest) = rewrites::count_of_volumes_before_volume(note) {
        return Some(parse_fields(&rest, parser, trace));
    }
    // "R. Romeo ed E. Ragionieri": Italian's "and" read as such.
    if let Some(rest) = rewrites::italian_and_between_names(note) {
        return Some(parse_fields(&rest, parser, trace));
    }
    // "Frankfurt a. M. ³1979": the edition read apart, the year as a year.
    if let Some((plain_year, edition)) = rewrites::superscript_edition(note) {
        let (mut parsed, how) = parse_fields(&plain_year, parser, trace);
        parsed.work.edition.get_or_insert(edition);
        return Some((parsed, how));
    }
    // "Abbott et al. (LIGO Scientific Collaboration), Phys. Rev. Lett.":
    // the collaboration behind a list is no part of the reference's fields.
    // "Cold Spring Harbor (NY): Publisher; 1989": Vancouver's state in
    // brackets, written as a comma. "(2018) (describing …)": the
    // Bluebook's additions after a citation's year.
    if let Some(rest) = label::without_collaboration(note)
        .or_else(|| label::state_in_brackets(note))
        .or_else(|| label::without_bluebook_tail(note))
    {
        return Some(parse_fields(&rest, parser, trace));
    }
    // "王磊,李洋.题名[J].刊名,2019,40(03):51-60.": CNKI's unspaced GB/T.
    if let Some(spaced) = gbt::spaced(note) {
        return Some(parse_fields(&spaced, parser, trace));
    }
    // The rarer forms below, by their words, found in one pass.
    let forms = forms::present(note);
    // "Naftogaz of Ukraine, Annual Report 2022 (Kyiv: …, 2023)": a title
    // ending with its year, marked as a title and read again.
    if forms.has(forms::ANNUAL_TITLE)
        && let Some(marked) = annual_titles::marked(note)
    {
        return Some(parse_fields(&marked, parser, trace));
    }
    // "Encyclopaedia Britannica Online, s.v. \"Belarus,\" …": an entry of a
    // reference work, written as a chapter of it.
    if forms.has(forms::REFERENCE_ENTRY)
        && let Some(rest) = reference_entries::rewritten(note)
    {
        return Some(parse_fields(&rest, parser, trace));
    }
    // "Lucan Way, review of Title, by Andrew Wilson, Slavic Review …": the
    // reviewed book's description taken out while the review is read.
    if forms.has(forms::REVIEW)
        && let Some(review) = reviews::review(note)
    {
        let (mut parsed, how) = parse_fields(&review.note, parser, trace);
        reviews::restore(review, &mut parsed.work);
        return Some((parsed, how));
    }
    // "… / Нац. стат. комитет Респ. Беларусь. Минск, 2023.": a body in
    // abbreviations after the title, its author.
    if note.contains(" / ")
        && let Some((rest, body)) = statement::abbreviated_body(note)
    {
        let (mut parsed, how) = parse_fields(&rest, parser, trace);
        // The title read where a body's name would stand.
        if parsed.work.title.is_none()
            && let [crate::entry::Name::Organization(title)] = parsed.work.authors.as_slice()
        {
            parsed.work.title = Some(title.clone());
        }
        parsed.work.authors = vec![crate::entry::Name::Organization(body)];
        if parsed.work.entry_type == "misc" {
            finish::retype(&mut parsed, "book");
        }
        return Some((parsed, how));
    }
    // "Anna Prokop, dir., Title (…, 2021), documentary, 72 min.", "Масштаб
    // 1:750 000": a film's or a map's marks.
    if forms.has(forms::FILM_OR_MAP)
        && let Some((rest, film)) = films_and_maps::without_marks(note)
    {
        let (mut parsed, how) = parse_fields(&rest, parser, trace);
        // "Карта железных дорог …. Минск : …": a map's title, read where
        // a body's name would stand.
        if parsed.work.title.is_none()
            && let [crate::entry::Name::Organization(name)] = parsed.work.authors.as_slice()
        {
            parsed.work.title = Some(name.clone());
            parsed.work.authors.clear();
        }
        if film {
            parsed.work.subtype = Some("video");
            let code = if parsed.work.url.is_some() {
                "online"
            } else {
                "misc"
            };
            finish::retype(&mut parsed, code);
        }
        return Some((parsed, how));
    }
    // "Title [Paper presentation]. Event, Place.": a talk, its event and
    // place apart while the rest is read.
    if forms.has(forms::TALK)
        && let Some(talk) = presentations::presentation(note)
    {
        let (mut parsed, how) = parse_fields(&talk.note, parser, trace);
        presentations::restore(talk, &mut parsed);
        return Some((parsed, how));
    }
    // "…, in: Osteuropa (im Erscheinen).": a work not published yet.
    if forms.has(forms::STATE)
        && let Some((rest, state)) = pubstate::without_state(note)
    {
        let (mut parsed, how) = parse_fields(&rest, parser, trace);
        parsed.work.pubstate = Some(state);
        parsed.work.undated = false;
        return Some((parsed, how));
    }
    // "\"Title\". Kommersant (in Russian). … ISSN 0261-3077.": the marks a
    // wiki's templates print out; the language they name and an access
    // date kept.
    if let Some((rest, marks)) = wiki_marks::without_marks(note) {
        let (mut parsed, how) = parse_fields(&rest, parser, trace);
        if marks.language.is_some() {
            parsed.work.language = marks.language;
        }
        parsed.work.urldate = parsed.work.urldate.or(marks.urldate);
        if marks.report && matches!(parsed.work.entry_type, "misc" | "book" | "online") {
            finish::retype(&mut parsed, "report");
        }
        return Some((parsed, how));
    }
    // "\"Title\" [in Ukrainian], 12 May 2023": the language apart (read
    // again from the whole note after parsing).
    if let Some((rest, bracket)) = translation::without_language_note(note) {
        let (mut parsed, how) = parse_fields(&rest, parser, trace);
        parsed.work.title_addon.get_or_insert(bracket);
        return Some((parsed, how));
    }
    // "“Pochemu Minsk molchit” [Why Minsk is silent], Kommersant": the
    // translation apart, the title's own.
    if let Some((rest, translated)) = translation::without_translated_title(note) {
        let (mut parsed, how) = parse_fields(&rest, parser, trace);
        // The first bracket is the title's; a later one, read in the
        // rest, a book's ("in Belarus’ na pereput’e [Belarus at a
        // crossroads], ed. …").
        parsed.work.title_translated = Some(translated);
        return Some((parsed, how));
    }
    // "Paris, Seuil, coll. « Points Histoire », 1986": the series apart.
    if let Some(series) = series::take(note) {
        let (mut parsed, how) = parse_fields(&series.rest, parser, trace);
        parsed.work.series.get_or_insert(series.name);
        if let Some(number) = series.number {
            parsed.work.number.get_or_insert(number);
        }
        series::imprint_before_series(&mut parsed);
        return Some((parsed, how));
    }
    if let Some(first_day) = dates::first_day_of_range(note) {
        return Some(parse_fields(&first_day, parser, trace));
    }
    None
}
