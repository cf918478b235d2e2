//! Corrections of the labeller's reading where a note's layout says
//! otherwise, each exact and narrow, in groups: ABNT's and
//! other Spanish and Portuguese forms ([`abnt`]), where author and
//! title meet ([`authorship`], [`name_lists`]), organisations as authors
//! ([`organizations`]; a body heading its document in GOST's form,
//! [`gost_bodies`]), the book or journal a work is in ([`container`],
//! [`serials`] for journals and series and their numbers;
//! the French chapter form and publishers, [`french_forms`]; a chapter's
//! book left in its title after `In:`, [`chapters`]; a journal's
//! issue as the French portals print it, [`portals`]; Czech journals
//! before `roč.`, [`central_forms`]; GOST's serials, proceedings and
//! lists of pages after `//`, [`gost_serials`]),
//! places and publishers ([`places`]), a place and a day in brackets with
//! no publisher ([`dated_imprints`]), imprints of several places
//! ([`several_places`]), the rest of the imprint after the
//! title ([`imprint`]), the Bluebook's forms ([`bluebook`]), other legal
//! and official forms ([`legal_forms`]), where a
//! book's title ends ([`title_end`]) and what follows it ([`additions`]),
//! reports' codes ([`codes`]), the layouts of the sciences' reference lists
//! ([`sciences`]) and their abbreviated journals ([`journals`]), and the
//! shapes of web pages and reports ([`web`]), of wikis' citation
//! templates ([`wiki`]) and of Russian databases' exports ([`exports`]),
//! and medicine's details, imprints and patents ([`medicine`]).
//! They read the note's text without italic marks and change the assembled
//! [`Work`].

mod abnt;
mod abstracts;
mod additions;
mod authorship;
mod bluebook;
mod bodies_as_people;
mod bodies_as_titles;
mod central_forms;
mod chapters;
mod codes;
mod container;
mod cut_titles;
mod dated_imprints;
mod editors_after;
mod exports;
mod french_forms;
mod gost_bodies;
mod gost_serials;
mod imprint;
mod interviews;
mod journals;
mod legal_forms;
mod medicine;
mod name_lists;
mod organizations;
mod papers;
mod places;
mod portals;
mod sciences;
mod serials;
mod several_places;
mod speeches;
mod subtitles;
mod title_end;
mod un_documents;
mod web;
mod wiki;

use crate::parse::Work;
use abnt::{
    given_name_before_editors_mark, imprint_read_as_container, journal_cut_before_issue,
    newspaper_read_as_editors, place_after_journal, title_head_in_capitals, translator_after_title,
};
use additions::{
    edition_ends_title, named_series_after_title, report_series_ends_title, reprint_after_title,
    series_after_imprint, series_after_title, special_volume_after_book, volume_ends_container,
    volume_ends_title, volume_title_read_as_container, years_of_volumes_as_pages,
};
use authorship::{
    author_before_colon_in_title, book_authors_before_book, editors_mark_before_title,
    elided_family_in_title, initials_read_into_title, second_author_is_title, slashed_editors,
    title_after_colon_in_author, title_after_editors_mark, title_after_given_name,
    title_after_initials, title_and_volume_inside_author, title_head_after_names_colon,
    title_head_read_as_given_names, title_inside_author, title_words_after_editors_mark,
    title_words_after_person, year_in_author_is_title,
};
use bluebook::{bluebook_article, bluebook_dated_piece, congress_document};
use codes::{
    code_after_series, code_after_title, code_before_imprint, code_between_title_and_imprint,
    index_number_after_imprint, rfc_read_as_journal,
};
use container::{
    book_after_in_editors, book_after_quoted_title, container_read_as_editors,
    edited_book_as_container, edition_read_as_volume, editors_inside_container,
    imprint_inside_title, subtitle_as_publisher, subtitle_before_imprint, subtitle_before_in,
};
use editors_after::{
    editors_after_title, editors_list_read_as_authors, editors_read_as_title,
    editors_read_into_title, german_editors_after_title, title_before_editors_mark,
    title_read_as_author_before_editors,
};
use french_forms::{book_after_french_editors, publisher_cut_before_small_words};
use imprint::{
    conference_place_and_dates, gost_thesis, imprint_in_container, issue_of_year,
    latin_gost_heading, month_after_publisher, oscola_imprint, parliament_codes_after_title,
    series_in_brackets,
};
use journals::{
    date_word_ends_newspaper, family_cut_into_container, journal_after_question,
    journal_cut_at_abbreviation, journal_head_after_title, journal_split_from_title,
    page_read_as_year, quoted_journal_ends_title, translation_ends_title, untitled_reference,
};
use legal_forms::{
    act_of_a_date, house_paper, mcgill_editors_before_book, numbered_act, oscola_article,
    un_resolution,
};
use medicine::{
    ama_chapter_imprint, preprint_server, vancouver_details, vancouver_editors_head,
    vancouver_thesis_bracket,
};
use name_lists::{
    gerund_read_as_given_name, possessive_after_names, title_after_listed_initials,
    title_word_after_names,
};
use organizations::{
    body_of_acronym_read_into_title, kind_before_quoted_title, organization_before_year,
    organization_cut_by_title, organization_inside_title, slashed_acronyms_before_title,
    title_head_inside_organization, title_word_after_organization, title_words_ending_in_particle,
};
use places::{
    apa_publisher_read_as_journal, article_of_publisher_in_place, container_runs_into_place,
    gost_container_cut_as_publisher, gost_place_read_as_container, known_place_read_as_journal,
    place_after_publisher_before_year, place_at_container_end, place_at_title_end,
    place_cut_as_publisher, place_inside_publisher, place_split_at_title_end,
    publisher_after_comma_in_place, publisher_after_place, publisher_before_place_in_place,
    publisher_word_in_place, subtitle_read_as_places,
};
use portals::portal_issue;
use sciences::{
    acl_imprint, acronym_year_in_container, acs_title_and_year, apa_thesis_bracket,
    body_year_colon_head, place_after_proceedings, title_inside_journal,
};
use serials::{
    issue_mark_ends_container, issue_without_volume, number_in_series, title_words_after_in,
    title_words_read_as_container, year_in_container_name,
};
use several_places::several_places;
use subtitles::{
    question_read_into_container, subtitle_before_bracketed_imprint, subtitle_inside_journal,
    subtitle_lost_before_in, subtitle_read_as_container, subtitle_runs_to_in,
    title_cut_after_ordinal,
};
use title_end::{
    bracket_closes_title, bracketed_years_end_title, collected_works_after_names,
    collected_works_read_as_names, gost_place_ends_title, imprint_inside_title_end, imprint_year,
    ordinal_in_title, place_and_year_end_title, volume_count_read_as_volume,
    year_ends_title_before_imprint, year_heads_title, year_inside_title, year_opens_title,
    year_range_ends_title,
};
use web::{
    apa_title_first, blog_named, podcast_show, site_after_title_sentence, statement_of_a_body,
    title_read_as_site, updated_date,
};

pub(in crate::parse::label) use bluebook::bluebook_book;
pub(in crate::parse) use bluebook::without_bluebook_tail;
pub(in crate::parse::label) use papers::apa_title_cut_at_in;
pub(in crate::parse) use sciences::{state_in_brackets, without_collaboration};
pub(in crate::parse) use web::tidy_ends;

pub(in crate::parse) use imprint::bracketed_imprint_ends_title;
pub(super) use imprint::date_in_words;
pub(in crate::parse) use un_documents::document_symbol_in_publisher;

/// The note's text after a field's first occurrence, without the stop the
/// field was trimmed of and the space after it; `None` when the note does
/// not hold the field as it stands.
fn text_after<'a>(plain: &'a str, field: &str) -> Option<&'a str> {
    let at = plain.find(field)?;
    Some(
        plain[at + field.len()..]
            .trim_start_matches('.')
            .trim_start(),
    )
}

/// Applies the corrections that need the whole note (`plain`: its text
/// without italic marks) to the assembled work; returns the place cited
/// where a form read whole gives it.
pub(super) fn correct(plain: &str, work: &mut Work) -> Option<String> {
    let pinpoint = bluebook_article(plain, work);
    // Before the titles are read for dates and places inside them.
    let pinpoint = pinpoint.or_else(|| cut_titles::closed_imprint_ends_title(work));
    vancouver_details(plain, work);
    preprint_server(plain, work);
    vancouver_thesis_bracket(plain, work);
    ama_chapter_imprint(plain, work);
    un_resolution(plain, work);
    act_of_a_date(plain, work);
    numbered_act(plain, work);
    house_paper(plain, work);
    title_word_after_organization(plain, work);
    organization_cut_by_title(plain, work);
    gost_bodies::body_and_title_read_as_author(plain, work);
    gost_bodies::body_named_in_guillemets(plain, work);
    gost_bodies::year_before_kind_in_title(plain, work);
    gost_bodies::body_s_serial_read_as_container(plain, work);
    title_head_inside_organization(plain, work);
    organizations::body_before_its_database(plain, work);
    body_of_acronym_read_into_title(plain, work);
    kind_before_quoted_title(plain, work);
    slashed_acronyms_before_title(plain, work);
    organizations::country_title_after_body(plain, work);
    bodies_as_people::body_before_title_read_as_person(plain, work);
    title_words_after_person(plain, work);
    title_words_ending_in_particle(plain, work);
    latin_gost_heading(plain, work);
    title_inside_author(work);
    title_after_colon_in_author(plain, work);
    title_head_read_as_given_names(plain, work);
    initials_read_into_title(work);
    title_head_after_names_colon(plain, work);
    title_after_given_name(plain, work);
    year_in_author_is_title(plain, work);
    title_and_volume_inside_author(work);
    title_after_initials(plain, work);
    title_after_listed_initials(plain, work);
    name_lists::last_name_read_into_title(plain, work);
    gerund_read_as_given_name(plain, work);
    book_authors_before_book(work);
    elided_family_in_title(work);
    second_author_is_title(plain, work);
    title_word_after_names(plain, work);
    possessive_after_names(plain, work);
    author_before_colon_in_title(work);
    organization_inside_title(work);
    bodies_as_titles::body_read_as_title(plain, work);
    bodies_as_titles::body_alone_read_as_title(plain, work);
    bodies_as_titles::body_and_title_read_as_title(plain, work);
    bodies_as_people::publisher_read_as_person(work);
    cut_titles::title_cut_after_acronym(plain, work);
    cut_titles::acronym_and_year_read_into_body(plain, work);
    bodies_as_people::body_named_in_its_title(plain, work);
    bodies_as_people::body_acronym_before_title_head(plain, work);
    speeches::speech_by_speaker(plain, work);
    speeches::testimony_before_body(plain, work);
    interviews::interview_by_the_author(work);
    interviews::interview_held_by_the_author(plain, work);
    interviews::interview_named_by_subject(plain, work);
    interviews::correspondence_with_the_author(plain, work);
    interviews::interviewer_after_title(plain, work);
    papers::body_read_as_journal(plain, work);
    papers::place_after_kind_of_paper(work);
    papers::numbered_kind_of_paper(plain, work);
    papers::kind_cut_from_title(plain, work);
    papers::number_mark_ends_title(work);
    papers::publisher_after_bracketed_number(plain, work);
    papers::release_number_in_brackets(plain, work);
    papers::bracketed_kind_ends_title(plain, work);
    papers::series_read_into_title(plain, work);
    papers::series_and_number_read_as_author(plain, work);
    organization_before_year(plain, work);
    newspaper_read_as_editors(plain, work);
    given_name_before_editors_mark(plain, work);
    slashed_editors(plain, work);
    vancouver_editors_head(plain, work);
    editors_mark_before_title(work);
    title_after_editors_mark(plain, work);
    title_words_after_editors_mark(plain, work);
    editors_inside_container(plain, work);
    container_read_as_editors(plain, work);
    book_after_in_editors(plain, work);
    book_after_french_editors(plain, work);
    chapters::book_in_title(plain, work);
    chapters::various_authors_before_book(work);
    publisher_cut_before_small_words(plain, work);
    mcgill_editors_before_book(plain, work);
    additions::title_cut_before_edition(plain, work);
    imprint_inside_title(work);
    edited_book_as_container(plain, work);
    bracket_closes_title(plain, work);
    year_range_ends_title(plain, work);
    subtitle_before_in(plain, work);
    title_words_after_in(plain, work);
    title_words_read_as_container(plain, work);
    book_after_quoted_title(work);
    edition_read_as_volume(plain, work);
    subtitle_before_imprint(plain, work);
    subtitle_as_publisher(plain, work);
    subtitle_read_as_container(plain, work);
    subtitle_before_bracketed_imprint(plain, work);
    subtitle_inside_journal(plain, work);
    subtitle_runs_to_in(plain, work);
    subtitle_lost_before_in(plain, work);
    title_cut_after_ordinal(plain, work);
    question_read_into_container(plain, work);
    place_at_container_end(plain, work);
    place_after_journal(plain, work);
    container_runs_into_place(plain, work);
    imprint_read_as_container(plain, work);
    journal_cut_before_issue(plain, work);
    issue_mark_ends_container(work);
    gost_serials::journal_runs_past_year(plain, work);
    gost_serials::journal_cut_before_lowercase_words(plain, work);
    gost_serials::issue_named_part(plain, work);
    gost_place_read_as_container(plain, work);
    subtitle_read_as_places(plain, work);
    gost_container_cut_as_publisher(plain, work);
    place_split_at_title_end(plain, work);
    known_place_read_as_journal(plain, work);
    place_at_title_end(plain, work);
    imprint_year(plain, work);
    // Before the year after the title is read.
    cut_titles::in_inside_title(plain, work);
    year_ends_title_before_imprint(plain, work);
    cut_titles::title_ending_in_conjunction(plain, work);
    cut_titles::date_inside_title(plain, work);
    cut_titles::title_ending_in_small_word(plain, work);
    cut_titles::open_bracket_ends_title(plain, work);
    cut_titles::container_inside_title(plain, work);
    cut_titles::number_opens_title(plain, work);
    cut_titles::year_joined_to_title(plain, work);
    cut_titles::title_goes_on_after_quote(plain, work);
    publisher_after_place(plain, work);
    several_places(plain, work);
    dated_imprints::place_before_day_in_brackets(plain, work);
    report_series_ends_title(work);
    series_after_title(work);
    named_series_after_title(work);
    series_after_imprint(plain, work);
    special_volume_after_book(plain, work);
    gost_place_ends_title(plain, work);
    title_end::unit_read_as_place(work);
    years_of_volumes_as_pages(work);
    volume_ends_container(work);
    imprint_inside_title_end(plain, work);
    place_and_year_end_title(plain, work);
    ordinal_in_title(plain, work);
    edition_ends_title(plain, work);
    volume_ends_title(work);
    volume_title_read_as_container(plain, work);
    collected_works_after_names(plain, work);
    collected_works_read_as_names(plain, work);
    volume_count_read_as_volume(plain, work);
    bracketed_years_end_title(plain, work);
    editors_after_title(plain, work);
    title_before_editors_mark(plain, work);
    editors_read_into_title(plain, work);
    german_editors_after_title(plain, work);
    title_read_as_author_before_editors(plain, work);
    editors_read_as_title(plain, work);
    editors_list_read_as_authors(plain, work);
    reprint_after_title(plain, work);
    oscola_imprint(plain, work);
    issue_of_year(plain, work);
    issue_without_volume(plain, work);
    year_in_container_name(plain, work);
    year_inside_title(plain, work);
    year_opens_title(plain, work);
    year_heads_title(plain, work);
    number_in_series(plain, work);
    code_after_series(work);
    code_after_title(plain, work);
    code_before_imprint(work);
    code_between_title_and_imprint(plain, work);
    rfc_read_as_journal(plain, work);
    index_number_after_imprint(plain, work);
    series_in_brackets(plain, work);
    exports::thesis_with_specialty(plain, work);
    gost_thesis(plain, work);
    imprint_in_container(work);
    un_documents::un_doc_mark_ends_title(plain, work);
    un_documents::letter_dated(plain, work);
    document_symbol_in_publisher(work);
    parliament_codes_after_title(plain, work);
    publisher_word_in_place(work);
    places::publisher_cut_before_capitalised_words(plain, work);
    places::initials_opening_publisher(plain, work);
    article_of_publisher_in_place(plain, work);
    publisher_after_comma_in_place(work);
    publisher_before_place_in_place(work);
    place_inside_publisher(work);
    place_cut_as_publisher(plain, work);
    apa_publisher_read_as_journal(plain, work);
    place_after_publisher_before_year(plain, work);
    month_after_publisher(work);
    conference_place_and_dates(plain, work);
    gost_serials::proceedings_after_slashes(plain, work);
    place_after_proceedings(work);
    title_inside_journal(plain, work);
    acs_title_and_year(plain, work);
    family_cut_into_container(plain, work);
    page_read_as_year(plain, work);
    untitled_reference(plain, work);
    acronym_year_in_container(plain, work);
    apa_thesis_bracket(plain, work);
    journal_cut_at_abbreviation(plain, work);
    journal_split_from_title(plain, work);
    translation_ends_title(work);
    journal_head_after_title(plain, work);
    quoted_journal_ends_title(plain, work);
    // "„Komentarze OSW” 2020, nr 350": the series found just above.
    number_in_series(plain, work);
    journal_after_question(plain, work);
    portal_issue(plain, work);
    central_forms::czech_journal_in_title(plain, work);
    central_forms::journal_after_title_comma(plain, work);
    central_forms::body_after_page_title(work);
    central_forms::hungarian_name_order(plain, work);
    central_forms::statement_of_a_body(plain, work);
    central_forms::report_by_its_genre(work);
    central_forms::translator_read_as_publisher(plain, work);
    date_word_ends_newspaper(plain, work);
    body_year_colon_head(work);
    acl_imprint(plain, work);
    apa_title_first(plain, work);
    updated_date(plain, work);
    site_after_title_sentence(plain, work);
    podcast_show(plain, work);
    blog_named(plain, work);
    web::outlet_heads_unsigned_item(plain, work);
    title_read_as_site(plain, work);
    statement_of_a_body(plain, work);
    translator_after_title(work);
    title_head_in_capitals(work);
    french_forms::given_name_opens_title(plain, work);
    french_forms::one_word_title_after_name(plain, work);
    exports::issue_mark_read_as_note(plain, work);
    wiki::conjunction_ends_author(plain, work);
    wiki::agency_after_headline_comma(plain, work);
    wiki::body_named_as_site(plain, work);
    wiki::publisher_after_site_address(work);
    wiki::page_and_body_read_as_author(work);
    // Once every container is found: a journal's volume is followed by
    // its pages.
    additions::years_after_volume_as_pages(plain, work);
    abstracts::meeting_ends_title(plain, work);
    gost_serials::list_of_pages(plain, work);
    // Exact, and read last: the corrections above look for the shapes of
    // other styles in it (a body before a title's colon).
    bluebook_dated_piece(plain, work);
    congress_document(plain, work);
    un_documents::period_ends_title(plain, work);
    un_documents::imprint_read_as_title(plain, work);
    pinpoint.or_else(|| oscola_article(plain, work))
}
