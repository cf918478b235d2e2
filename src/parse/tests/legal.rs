//! Unit tests of the readings the set of law-review and legal notes
//! (`tests/data/footnotes/works-law.tsv`) led to: the Bluebook's books
//! with the page cited before the year, essays in edited books, working
//! papers, pieces dated in brackets, press releases, student notes, what
//! the Bluebook adds after a citation (parentheticals, "[hereinafter …]",
//! later history), American reporters, bills, the code, executive orders,
//! reports and hearings of Congress, treaties and EU acts in its form; the
//! ICJ, Canadian neutral citations, German courts' decisions, the McGill
//! Guide's editors and British command and House papers; and the short
//! form of a case; and, from the Ukrainian policy set
//! (`ukrainian-policy.tsv`), post-Soviet acts in their register forms
//! (`Закон Респ. Беларусь, 4 июня 2015 г., № 268-З`), a body heading an
//! act's title, a romanized title before `Law of Ukraine No.`. Each note
//! is made up, in a shape real notes have, and differs from the set's.
use crate::entry::Name;
use crate::parse::*;

fn year(w: &Work) -> Option<i32> {
    w.date.map(|d| d.year)
}

fn families(w: &Work) -> Vec<String> {
    w.authors
        .iter()
        .map(|n| match n {
            Name::Person { family, .. } => family.clone(),
            Name::Organization(o) => o.clone(),
            Name::Others => "others".to_string(),
        })
        .collect()
}

#[test]
fn a_bluebook_book_with_the_page_cited_before_its_year() {
    let p = parse_note(
        "Martha Minow & Rachel Kleinfeld, Governing the Commons of Data 211–14 (2d ed. 2020).",
    );
    let w = &p.work;
    assert_eq!(families(w), ["Minow", "Kleinfeld"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Governing the Commons of Data"));
    assert_eq!(year(w), Some(2020));
    assert_eq!(w.edition.as_deref(), Some("2"));
    assert_eq!(w.entry_type, "book");
    assert_eq!(p.pinpoint.as_deref(), Some("211–14"));
    assert_eq!(w.publisher, None);
}

#[test]
fn a_bluebook_books_title_may_hold_an_apostrophe() {
    let p = parse_note("Danielle Keats Citron, The Fight for Privacy's Future 45 (2022).");
    assert_eq!(
        p.work.title.as_deref(),
        Some("The Fight for Privacy's Future"),
        "{:?}",
        p.work
    );
    assert_eq!(p.work.entry_type, "book");
    assert_eq!(p.pinpoint.as_deref(), Some("45"));
}

#[test]
fn a_bluebook_book_whose_title_ends_in_a_number_cites_at_a_page() {
    let p = parse_note("Yochai Benkler, Networks 3.0, at 45 (2011).");
    assert_eq!(
        p.work.title.as_deref(),
        Some("Networks 3.0"),
        "{:?}",
        p.work
    );
    assert_eq!(p.pinpoint.as_deref(), Some("45"));
    assert_eq!(p.work.entry_type, "book");
}

#[test]
fn an_essay_in_an_edited_book_in_the_bluebooks_form() {
    let p = parse_note(
        "Olivia Marsh, What Courts Owe Platforms, in Speech After the Internet 201, 209 (Ada Lin & Tomas Berg eds., 2019).",
    );
    let w = &p.work;
    assert_eq!(
        w.title.as_deref(),
        Some("What Courts Owe Platforms"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Speech After the Internet"));
    assert_eq!(w.editors.len(), 2);
    assert_eq!(w.pages.as_deref(), Some("201"));
    assert_eq!(p.pinpoint.as_deref(), Some("209"));
    assert_eq!(w.entry_type, "incollection");
}

#[test]
fn a_working_paper_in_the_bluebooks_bracket() {
    let w = parse_note("Priya Raman, Algorithmic Pricing and Collusion 7 (Geo. Mason L. & Econ. Research Paper No. 21-14, 2021).").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Algorithmic Pricing and Collusion"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("21-14"));
    assert_eq!(year(&w), Some(2021));
}

#[test]
fn other_styles_are_no_bluebook_books() {
    // An inverted name and a journal's numbers are another style's.
    let w = parse_note("Hart, Herbert, Positivism and the Separation of Law and Morals, Harvard Law Review 71, pp 593–629 (1958)").work;
    assert_ne!(
        w.title.as_deref(),
        Some("Positivism and the Separation of Law and Morals, Harvard Law Review 71, pp"),
        "{w:?}"
    );
    assert_eq!(w.entry_type, "article");
    // A journal's one-word name, its volume and page, after a full name.
    let w = parse_note("Laura Chen, Science 312, 1012 (2006).").work;
    assert_eq!(w.container.as_deref(), Some("Science"), "{w:?}");
    assert_eq!(w.entry_type, "article");
    let w = parse_note("Laura Chen, Physical Review Letters 85, 2341 (2000).").work;
    assert_ne!(w.entry_type, "book", "{w:?}");
    // A working paper in brackets is no explanatory parenthetical.
    assert_eq!(
        label::without_bluebook_tail("Maria Lopez, Working Memory (1999) (working paper)."),
        None
    );
}

#[test]
fn a_newspaper_piece_dated_in_brackets() {
    let w = parse_note("Cecilia Kang, Senators Press Platforms on Election Ads, Wash. Post (Oct. 3, 2024, 6:00 AM), https://www.washingtonpost.com/example/2024/10/03/ads/.").work;
    assert_eq!(families(&w), ["Kang"], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Senators Press Platforms on Election Ads")
    );
    assert_eq!(w.container.as_deref(), Some("Wash. Post"));
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2024-10-03"));
}

#[test]
fn a_press_release_names_its_body_before_its_title() {
    let w = parse_note(
        "Press Release, U.S. Dep't of Just., Justice Department Sues Ticket Seller (May 23, 2024).",
    )
    .work;
    assert_eq!(families(&w), ["U.S. Dep't of Just."], "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Justice Department Sues Ticket Seller")
    );
}

#[test]
fn a_student_note_names_no_author() {
    let w = parse_note(
        "Comment, The Limits of Notice and Consent, 72 Stan. L. Rev. 1210, 1215 (2020).",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("The Limits of Notice and Consent"));
    assert_eq!(w.container.as_deref(), Some("Stan. L. Rev."));
}

#[test]
fn what_the_bluebook_adds_after_the_year_is_no_field() {
    let w = parse_note("Ari Ezra Waldman, Privacy's False Promise, 97 Wash. U. L. Rev. 773, 790 (2020) (arguing that notice fails users) [hereinafter Waldman, False Promise].").work;
    assert_eq!(w.title.as_deref(), Some("Privacy's False Promise"), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Wash. U. L. Rev."));
    assert_eq!(w.volume.as_deref(), Some("97"));
    let w = parse_note("Doe v. Roe Media, Inc., 612 F. Supp. 3d 455, 460 (S.D.N.Y. 2022), aff'd, 81 F.4th 12 (2d Cir. 2023).").work;
    assert_eq!(w.title.as_deref(), Some("Doe v. Roe Media, Inc."), "{w:?}");
    assert_eq!(year(&w), Some(2022));
    assert_eq!(w.entry_type, "jurisdiction");
}

#[test]
fn american_reporters_and_neutral_citations_name_cases() {
    for (note, name) in [
        (
            "See also People v. Alvarez, 52 N.E.3d 117, 120 (Ill. 2016).",
            "People v. Alvarez",
        ),
        (
            "Haldane v Ontario, 2019 ONCA 88 at para 12.",
            "Haldane v Ontario",
        ),
        (
            "Aurora Holdings, Inc. v. Reyes, 140 S. Ct. 1001 (2020).",
            "Aurora Holdings, Inc. v. Reyes",
        ),
    ] {
        let w = parse_note(note).work;
        assert_eq!(w.entry_type, "jurisdiction", "{note}: {w:?}");
        assert_eq!(w.title.as_deref(), Some(name), "{note}: {w:?}");
        assert!(w.authors.is_empty(), "{note}: {w:?}");
    }
}

#[test]
fn the_icj_and_german_courts_name_their_decisions() {
    let w = parse_note(
        "Certain Iranian Assets (Iran v. U.S.), Judgment, 2023 I.C.J. 51, ¶ 40 (Mar. 30).",
    )
    .work;
    assert_eq!(w.entry_type, "jurisdiction", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Certain Iranian Assets"));
    let w = parse_note(
        "BGH, Urteil vom 12.07.2018 – III ZR 183/17, NJW 2018, 3178 – Digitaler Nachlass.",
    )
    .work;
    assert_eq!(w.entry_type, "jurisdiction", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Digitaler Nachlass"));
    assert_eq!(w.number.as_deref(), Some("III ZR 183/17"));
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2018-07-12"));
    assert_eq!(w.institution.as_deref(), Some("BGH"));
}

#[test]
fn bills_the_code_and_orders_have_no_author() {
    let w = parse_note("Kids Online Safety Act, S. 1409, 118th Cong. § 3 (2023).").work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Kids Online Safety Act"));
    assert_eq!(w.number.as_deref(), Some("S. 1409"));
    let w = parse_note("15 U.S.C. § 6502(b) (2018).").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("15 U.S.C. § 6502(b)"));
    let w = parse_note("Exec. Order No. 13,873, 84 Fed. Reg. 22,689 (May 15, 2019).").work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Exec. Order No. 13,873"));
    assert_eq!(year(&w), Some(2019));
}

#[test]
fn reports_and_hearings_of_congress() {
    let w = parse_note("S. Rep. No. 116-290, at 12 (2020).").work;
    assert_eq!(w.title.as_deref(), Some("S. Rep. No. 116-290"), "{w:?}");
    assert!(w.authors.is_empty());
    assert_eq!(year(&w), Some(2020));
    let w = parse_note("Protecting Kids Online: Hearing Before the Subcomm. on Consumer Prot., 117th Cong. 15 (2021) (testimony of Jane Roe).").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Protecting Kids Online: Hearing Before the Subcomm. on Consumer Prot."),
        "{w:?}"
    );
    assert_eq!(w.institution.as_deref(), Some("Subcomm. on Consumer Prot."));
    assert_eq!(year(&w), Some(2021));
}

#[test]
fn treaties_and_eu_acts_in_the_bluebooks_form() {
    let w = parse_note("Convention for the Protection of Individuals with Regard to Automatic Processing of Personal Data, Jan. 28, 1981, E.T.S. No. 108.").work;
    assert_eq!(w.subtype, Some("treaty"), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some(
            "Convention for the Protection of Individuals with Regard to Automatic Processing of Personal Data"
        )
    );
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("1981-01-28"));
    let w = parse_note("Regulation 2016/679, of the European Parliament and of the Council of 27 April 2016 on the Protection of Natural Persons, 2016 O.J. (L 119) 1.").work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("2016/679"));
    assert_eq!(w.volume, None);
}

#[test]
fn the_mcgill_guides_editors_before_the_book() {
    let w = parse_note("Karen Eltis, \"The Judicial System in the Digital Age\" in Jane Doe & Max Roe, eds, Courts and Technology (Toronto: Irwin Law, 2018) 45 at 50.").work;
    assert_eq!(w.editors.len(), 2, "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Courts and Technology"));
    assert_eq!(w.entry_type, "incollection");
}

#[test]
fn british_command_and_house_papers() {
    let w =
        parse_note("Home Office, Tackling Violent Crime at Home (Cm 9542, 2018) para 2.4.").work;
    assert_eq!(families(&w), ["Home Office"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Tackling Violent Crime at Home"));
    assert_eq!(w.number.as_deref(), Some("Cm 9542"));
    assert_eq!(year(&w), Some(2018));
    let w = parse_note("Intelligence and Security Committee, Russia (HC 2019–21, 632).").work;
    assert_eq!(w.title.as_deref(), Some("Russia"), "{w:?}");
    assert_eq!(year(&w), Some(2019));
}

#[test]
fn a_cases_short_form_points_back_at_it() {
    assert_eq!(
        short::detect("Alvarez, 52 N.E.3d at 122."),
        Some(short::BackReference::Case {
            party: "Alvarez".into(),
            pinpoint: Some("122".into())
        })
    );
    assert_eq!(
        short::detect("Aurora Holdings, 140 S. Ct. at 1004–05."),
        Some(short::BackReference::Case {
            party: "Aurora Holdings".into(),
            pinpoint: Some("1004–05".into())
        })
    );
}

#[test]
fn post_soviet_acts_in_their_register_forms() {
    // The Belarusian register's form: commas, an abbreviated month.
    let w = parse_note("О культуре : Закон Респ. Беларусь, 4 июня 2015 г., № 268-З // Нац. реестр правовых актов Респ. Беларусь. 2015. № 2. 2/2281.").work;
    assert_eq!(w.entry_type, "legislation");
    assert_eq!(w.title.as_deref(), Some("О культуре"));
    assert_eq!(w.number.as_deref(), Some("268-З"));
    assert_eq!(w.date.map(|d| (d.month, d.day)), Some((Some(6), Some(4))));
    assert_eq!(
        w.container.as_deref(),
        Some("Нац. реестр правовых актов Респ. Беларусь")
    );
    let w = parse_note("Об образовании : закон Респ. Беларусь от 13 янв. 2011 г. № 243-З.").work;
    assert_eq!(w.title.as_deref(), Some("Об образовании"));
    assert_eq!(w.pages, None);
    // A body heading the act's title is no part of it.
    let w = parse_note("Мінекономіки України. Про затвердження Порядку ліцензування : постанова Кабінету Міністрів України від 12.03.2021 № 210.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Про затвердження Порядку ліцензування")
    );
    // A romanized title, then the act's kind and number in English.
    let w = parse_note(
        "\"Pro osvitu\" [On Education], Law of Ukraine No. 2145-VIII, September 5, 2017.",
    )
    .work;
    assert_eq!(w.entry_type, "legislation");
    assert_eq!(w.number.as_deref(), Some("2145-VIII"));
    // A newspaper's piece named "Закон …", dated with commas, is no act.
    let w = parse_note("Петров П. Закон и порядок // Труд, 3 мая 2018 г., № 40.").work;
    assert_ne!(w.entry_type, "legislation");
}
