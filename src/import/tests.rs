//! Unit tests of the import plan: back-references, cross-references and
//! short forms resolved to earlier notes, commentary notes, works reused
//! from the library.
use super::*;
use crate::article::read_notes;
use crate::library::Library;

fn article(notes: &[&str]) -> Article {
    let mut text = String::from("Body.\n\nNotes\n\n");
    for (i, n) in notes.iter().enumerate() {
        text.push_str(&format!("{}. {n}\n", i + 1));
    }
    read_notes(&text).unwrap()
}

#[test]
fn ibid_and_short_forms_resolve_to_earlier_notes() {
    let a = article(&[
        "Роза Турарбекова. \"Белорусско-китайские отношения: экспертные оценки.\" December 2020. https://x.org/a.pdf",
        "Ibid., 5.",
        "Роза Турарбекова. \"Белорусско-китайские отношения.\"",
        "Turarbekova, op. cit., p. 7.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    let statuses: Vec<_> = p.works().map(|w| w.status).collect();
    assert_eq!(
        statuses,
        [Status::New, Status::Repeat, Status::Repeat, Status::Repeat]
    );
    assert_eq!(p.new_entries.len(), 1);
    assert_eq!(p.notes[1].works[0].pinpoint.as_deref(), Some("5"));
    assert_eq!(p.notes[2].works[0].short_form_of.as_deref(), Some("1"));
    assert_eq!(p.notes[3].key(), Some("turarbekova2020"));
}

#[test]
fn cross_references_and_several_works_per_note() {
    let a = article(&[
        "Andrew Wilson, “Belarus: From a Social Contract to a Security Pact,” Journal of Democracy 32, no. 2 (2021): 36–50.",
        "See Margarita Balmaceda, Living the High Life in Minsk (Budapest: CEU Press, 2014), 112; cf. Wilson (n 1) 41.",
        "The official figures for 2020 were never published.",
        "ibid para 4; Katsiaryna Shmatsina, “Belarus and China: A Partnership Under Strain,” Policy Paper 3 (2020).",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    let shape: Vec<usize> = p.notes.iter().map(|n| n.works.len()).collect();
    assert_eq!(shape, [1, 2, 0, 2], "{:#?}", p.notes);
    let second = &p.notes[1].works[1];
    assert_eq!(second.status, Status::Repeat);
    assert_eq!(second.short_form_of.as_deref(), Some("1"));
    assert_eq!(second.pinpoint.as_deref(), Some("41"));
    let ibid = &p.notes[3].works[0];
    assert_eq!(ibid.status, Status::Repeat, "ibid of the last work cited");
    assert_eq!(ibid.key(), p.notes[1].works[1].key());
    assert_eq!(ibid.pinpoint.as_deref(), Some("para 4"));
    assert_eq!(p.notes[3].works[1].status, Status::New);
    assert_eq!(p.new_entries.len(), 3);
}

#[test]
fn a_cross_reference_picks_the_work_its_words_name() {
    let a = article(&[
        "Anna Sample, \"First Title,\" Journal of Examples 3, no. 1 (2020): 5–9; cf. Boris Example, \"Second Title,\" Review of Examples 7 (2019): 10–20.",
        "Example (n 1) 12.",
        "Sample, supra note 1, at 6.",
        "A. de Sample, Le titre des exemples, Paris, Exemple, 2021, p. 4.",
        "A. de Sample, op. cit., p. 8.",
        "Петров И. И. Новый порядок: очерки истории. М. : Наука, 2019. С. 34.",
        "Петров И. И. Новый порядок. С. 50.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    let key = |n: usize, w: usize| p.notes[n].works[w].key();
    assert_eq!(p.notes[1].works[0].status, Status::Repeat);
    assert_eq!(key(1, 0), key(0, 1), "the second work of note 1");
    assert_eq!(key(2, 0), key(0, 0), "the first work of note 1");
    assert_eq!(
        p.notes[4].works[0].status,
        Status::Repeat,
        "{:#?}",
        p.notes[4]
    );
    assert_eq!(key(4, 0), key(3, 0), "the family name, not its particle");
    assert_eq!(p.notes[6].works.len(), 1, "a short form in sentences");
    assert_eq!(key(6, 0), key(5, 0));
    assert_eq!(p.notes[6].works[0].pinpoint.as_deref(), Some("50"));
}

#[test]
fn a_cases_short_form_names_one_of_its_parties() {
    let a = article(&[
        "See Harlow v. Mendes Media, Inc., 412 F. Supp. 3d 88, 92 (D. Mass. 2019); Carla Ruiz, Platform Duties, 98 Tex. L. Rev. 301 (2019).",
        "See also People v. Alvarez, 52 N.E.3d 117, 120 (Ill. 2016).",
        "Harlow, 412 F. Supp. 3d at 95.",
        "Ortiz, 77 F.4th at 12.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    let first = &p.notes[2].works[0];
    assert_eq!(first.status, Status::Repeat, "{:#?}", p.notes[2]);
    assert_eq!(first.key(), p.notes[0].works[0].key());
    assert_eq!(first.pinpoint.as_deref(), Some("95"));
    assert_eq!(
        p.notes[1].works[0]
            .entry
            .as_ref()
            .and_then(|e| e.text("title")),
        Some("People v. Alvarez".to_string())
    );
    // A party no earlier case has is not taken for another work.
    assert_ne!(p.notes[3].works[0].status, Status::Repeat);
}

#[test]
fn op_cit_with_a_short_title_or_idem_picks_that_work() {
    let a = article(&[
        "J. Roux, Les Foires de Beaucaire, Paris 1970, p. 9; et, du même auteur, Le Sel du Rhône, Paris 1975.",
        "Id., Les Foires, op. cit., p. 12.",
        "Roux, Le Sel cit., p. 3.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    let shape: Vec<usize> = p.notes.iter().map(|n| n.works.len()).collect();
    assert_eq!(shape, [2, 1, 1], "{:#?}", p.notes);
    let second = p.notes[0].works[1].entry.as_deref().expect("entry");
    assert_eq!(
        second.authors(),
        p.notes[0].works[0]
            .entry
            .as_deref()
            .expect("entry")
            .authors()
    );
    let idem = &p.notes[1].works[0];
    assert_eq!(idem.status, Status::Repeat, "{:#?}", p.notes[1]);
    assert_eq!(idem.key(), p.notes[0].works[0].key());
    assert_eq!(p.notes[2].works[0].key(), p.notes[0].works[1].key());
}

#[test]
fn short_titles_in_quotes_and_of_key_words_repeat_their_work() {
    let a = article(&[
        "Anna Brandt and Piotr Lis, \"The Harbour of Gdańsk: Trade and Labour in the 1990s,\" Baltic Review 12, no. 2 (2004): 40–61.",
        "Brandt and Lis, \"Harbour of Gdańsk,\" 45.",
        "Mark Oates, \"Minsk's Northern Quarter after 2010,\" Urban Studies East 4 (2015): 1–19.",
        "Oates, \"Northern Quarter,\" 7.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    for (later, earlier, page) in [(1, 0, "45"), (3, 2, "7")] {
        let w = &p.notes[later].works[0];
        assert_eq!(w.status, Status::Repeat, "{:#?}", p.notes[later]);
        assert_eq!(w.key(), p.notes[earlier].works[0].key());
        assert_eq!(w.pinpoint.as_deref(), Some(page));
    }
}

#[test]
fn an_edited_book_is_repeated_by_its_editor() {
    let a = article(&[
        "Siehe Winter, Jonas (Hrsg.): Bürger und Stadt im 19. Jahrhundert, Kassel 1988.",
        "Winter, a.a.O., S. 21.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    let repeat = &p.notes[1].works[0];
    assert_eq!(repeat.status, Status::Repeat, "{:#?}", p.notes);
    assert_eq!(repeat.key(), p.notes[0].key());
}

#[test]
fn one_long_word_of_the_title_stands_for_it() {
    let a = article(&[
        "See P. Ward, Harbours of the Northern Sea (London: Verso, 1994), 15–42.",
        "Ward, Harbours, 20.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    let short = &p.notes[1].works[0];
    assert_eq!(short.status, Status::Repeat, "{:#?}", p.notes[1]);
    assert_eq!(short.key(), p.notes[0].key());
}

#[test]
fn an_author_and_a_page_repeat_that_authors_work() {
    let a = article(&[
        "John Smith, Anna Brown and Lee Chen, The Salt Tax in Belarus (London: Verso, 2019), 45.",
        "Petr Ivanov, Trade Corridors (Minsk: Belarus, 2018), 3.",
        "Smith et al., 7.",
        "Иванов и др., С. 12.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    let third = &p.notes[2].works[0];
    assert_eq!(third.status, Status::Repeat, "{:#?}", p.notes[2]);
    assert_eq!(third.short_form_of.as_deref(), Some("1"));
    assert_eq!(third.pinpoint.as_deref(), Some("7"));
    // Across scripts: Иванов is Ivanov.
    assert_eq!(p.notes[3].works[0].short_form_of.as_deref(), Some("2"));
    assert_eq!(p.new_entries.len(), 2);
}

#[test]
fn ders_and_idem_name_the_author_cited_before() {
    let a = article(&[
        "Martin Kohli, Die Institutionalisierung des Lebenslaufs, in: Kölner Zeitschrift für Soziologie und Sozialpsychologie 37 (1985), S. 1–29.",
        "Ders., Lebenslauf und Lebensalter als gesellschaftliche Konstruktionen, in: Josef Ehmer (Hrsg.), Das Alter im Spiel der Generationen, Wien 2000, S. 2–13.",
        "Он же. Курс русской истории. М., 1987. Т. 1. С. 34.",
    ]);
    let plan = plan(&a, &Library::empty("lib"));
    let authors = |n: usize| {
        plan.notes[n]
            .first()
            .and_then(|w| w.entry.as_ref())
            .map(|e| e.authors())
            .unwrap_or_default()
    };
    assert_eq!(authors(1), authors(0), "{:?}", plan.notes[1]);
    assert_eq!(authors(2), authors(0));
    let title = plan.notes[1]
        .first()
        .and_then(|w| w.entry.as_ref())
        .and_then(|e| e.text("title"));
    assert_eq!(
        title.as_deref(),
        Some("Lebenslauf und Lebensalter als gesellschaftliche Konstruktionen")
    );
}

#[test]
fn a_reference_list_dash_names_the_authors_or_editors_before() {
    let a = article(&[
        "Sassen, Saskia. 1991. The Global City: New York, London, Tokyo. Princeton, NJ: Princeton University Press.",
        "———. 1998. Globalization and Its Discontents. New York: New Press.",
        "———, ed. 2002. Global Networks, Linked Cities. New York: Routledge.",
    ]);
    let plan = plan(&a, &Library::empty("lib"));
    let names = |n: usize, field: &str| {
        plan.notes[n]
            .first()
            .and_then(|w| w.entry.as_ref())
            .map(|e| e.names(field))
            .unwrap_or_default()
    };
    assert_eq!(
        names(1, "author"),
        names(0, "author"),
        "{:?}",
        plan.notes[1]
    );
    // "———, ed.": the names before are the editors, and the name put in
    // for the dash while the note was read is no one's.
    assert_eq!(
        names(2, "editor"),
        names(0, "author"),
        "{:?}",
        plan.notes[2]
    );
    assert!(names(2, "author").is_empty(), "{:?}", plan.notes[2]);
}

#[test]
fn commentary_notes_cite_nothing() {
    let a = article(&[
        "Andrew Wilson, “Belarus: From a Social Contract to a Security Pact,” Journal of Democracy 32, no. 2 (2021): 36–50.",
        "The author thanks the anonymous reviewers for their comments on an earlier draft.",
    ]);
    let p = plan(&a, &Library::empty("lib"));
    assert!(p.notes[1].is_commentary());
    assert_eq!(p.commentary(), 1);
}

#[test]
fn works_in_the_library_are_reused() {
    let lib = Library::from_source(
        "lib",
        "@online{mine, title = {Other}, url = {https://x.org/a.pdf}}".to_string(),
    )
    .unwrap();
    let a = article(&["Роза Турарбекова. \"Title.\" 2020. https://x.org/a.pdf"]);
    let p = plan(&a, &lib);
    assert_eq!(p.notes[0].works[0].status, Status::Existing);
    assert_eq!(p.notes[0].key(), Some("mine"));
    assert!(p.new_entries.is_empty());
}

#[test]
fn ibid_without_earlier_note_is_unresolved() {
    let a = article(&["Ibid.", "Smith, J. \"A title.\" 2020."]);
    let p = plan(&a, &Library::empty("lib"));
    assert_eq!(p.notes[0].works[0].status, Status::Unresolved);
    assert!(
        p.warnings
            .contains(&Warning::UnresolvedBackReference("1".into()))
    );
}
