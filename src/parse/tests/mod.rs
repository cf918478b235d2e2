//! Unit tests of the note parser on whole notes.

// The unit tests of the readings each set of notes led to, one module
// per set, with notes that differ from the set's.
mod author_date;
mod belarus;
mod central;
mod chinese;
mod culture;
mod dev_styles;
mod digital;
mod economics;
mod education;
mod elections;
mod energy;
mod environment;
mod french;
mod history;
mod humanities;
mod ibero;
mod investigations;
mod labour;
mod layouts;
mod legal;
mod lists;
mod locators;
mod media;
mod medicine;
mod migration;
mod outlets;
mod pasted;
mod policy;
mod policy_pasted;
mod prose;
mod prose_world;
mod reports;
mod romanized;
mod sciences;
mod security;
mod serials;
mod series;
mod slavic;
mod sources;
mod styles;
mod world;

use super::*;
use crate::entry::Name;
use crate::lang::Language;

#[test]
fn seed_style_note() {
    let p = parse_note(
        "Евгения Крючкова. \"Россия и Беларусь пришли к балансу [Russia and Belarus came to a balance].\" *Коммерсант*, March 27, 2023. <https://www.kommersant.ru/doc/5900590#:~:text=a>",
    );
    let w = &p.work;
    assert_eq!(w.authors, vec![Name::person("Крючкова", "Евгения")]);
    assert_eq!(
        w.title.as_deref(),
        Some("Россия и Беларусь пришли к балансу")
    );
    assert_eq!(
        w.title_translated.as_deref(),
        Some("Russia and Belarus came to a balance")
    );
    assert_eq!(w.container.as_deref(), Some("Коммерсант"));
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2023-03-27"));
    assert_eq!(w.entry_type, "article");
    assert_eq!(w.language.map(Language::iso), Some("ru"));
    assert!(p.confidence > 0.8, "{}", p.confidence);
}

#[test]
fn gost_article() {
    let p = parse_note(
        "Турарбекова Р. Белорусско-китайские отношения // Журнал международного права. 2020. № 1–2. С. 72–78.",
    );
    let w = &p.work;
    assert_eq!(w.authors, vec![Name::person("Турарбекова", "Р.")]);
    assert_eq!(w.title.as_deref(), Some("Белорусско-китайские отношения"));
    assert_eq!(w.container.as_deref(), Some("Журнал международного права"));
    assert_eq!(w.pages.as_deref(), Some("72--78"));
    assert_eq!(w.entry_type, "article");
}

#[test]
fn apa_article() {
    let p = parse_note(
        "Smith, J. A., & Doe, R. (2019). Belarus between Russia and China. Journal of Eurasian Studies, 10(2), 101–115. https://doi.org/10.1016/j.euras.2019.01.001",
    );
    let w = &p.work;
    assert_eq!(w.authors.len(), 2);
    assert_eq!(w.title.as_deref(), Some("Belarus between Russia and China"));
    assert_eq!(w.container.as_deref(), Some("Journal of Eurasian Studies"));
    assert_eq!(w.volume.as_deref(), Some("10"));
    assert_eq!(w.number.as_deref(), Some("2"));
    assert_eq!(w.doi.as_deref(), Some("10.1016/j.euras.2019.01.001"));
    assert_eq!(w.date, Some(Date::year(2019)));
}

#[test]
fn ibid_is_a_back_reference() {
    let p = parse_note("Ibid., 45.");
    assert_eq!(
        p.back_reference,
        Some(BackReference::Ibid {
            pinpoint: Some("45".into())
        })
    );
}

/// Made-up notes of the classes real notes show, one per language and
/// style; each asserts the fields that class is about.
#[test]
fn note_classes_in_several_languages_and_styles() {
    let year = |p: &ParsedNote| p.work.date.map(|d| d.year);
    // GOST with a short title: the names end where the title begins.
    let p = parse_note("Иванов И. И. Заглавие статьи // Вопросы экономики. 2017, № 15. С. 5–9.");
    assert_eq!(p.work.authors, vec![Name::person("Иванов", "И. И.")]);
    assert_eq!(p.work.title.as_deref(), Some("Заглавие статьи"));
    assert_eq!(p.work.container.as_deref(), Some("Вопросы экономики"));
    assert_eq!(p.work.number.as_deref(), Some("15"));
    // GB/T 7714 with a type code and "等".
    let p = parse_note("张三，李四，等. 中白工业园发展研究[J]. 国际问题研究, 2019, 40(3): 5-9.");
    assert_eq!(p.work.entry_type, "article");
    assert_eq!(p.work.title.as_deref(), Some("中白工业园发展研究"));
    assert_eq!(p.work.container.as_deref(), Some("国际问题研究"));
    assert_eq!(
        (p.work.volume.as_deref(), p.work.number.as_deref()),
        (Some("40"), Some("3"))
    );
    // German: "in:" container, S. pages.
    let p = parse_note("Klaus Müller: Die Macht der Erinnerung, in: Osteuropa 68 (2018), S. 5–29.");
    assert_eq!(p.work.container.as_deref(), Some("Osteuropa"));
    assert_eq!(p.work.pages.as_deref(), Some("5--29"));
    assert_eq!(year(&p), Some(2018));
    // Italian: «Journal» after the title.
    let p =
        parse_note("M. Rossi, La tassa sul sale, «Rivista storica italiana», 74 (1962), pp. 5-9.");
    assert_eq!(
        p.work.container.as_deref(),
        Some("Rivista storica italiana")
    );
    assert_eq!(p.work.volume.as_deref(), Some("74"));
    // An archive date is not the work's date; an arXiv identifier is an eprint.
    let p = parse_note(
        "Ivan Petrov, “Trade in Minsk,” Meduza, archived 3 November 2020, https://meduza.io/a.",
    );
    assert_eq!(p.work.date, None);
    assert_eq!(
        p.work.archivedate.map(|d| d.to_string()).as_deref(),
        Some("2020-11-03")
    );
    let p = parse_note("Doe, J. Deep nets for parsing. arXiv:2201.01234 (2022).");
    assert_eq!(p.work.eprint.as_deref(), Some("2201.01234"));
    assert_eq!(p.work.volume, None);
    // Slashes and capitals in author lists.
    let p =
        parse_note("Müller, Klaus/Schmidt, Anna (2019): Grenzregime. In: Osteuropa 61, S. 5–9.");
    assert_eq!(
        p.work.authors,
        vec![
            Name::person("Müller", "Klaus"),
            Name::person("Schmidt", "Anna")
        ]
    );
    let p = parse_note(
        "MCCARTHY, Thomas and HILL, Mary. Border regimes in Europe. Survival. 2019. Vol. 61, no. 2, p. 5–9.",
    );
    assert_eq!(
        p.work.authors,
        vec![
            Name::person("Mccarthy", "Thomas"),
            Name::person("Hill", "Mary")
        ]
    );
}

#[test]
fn an_italic_title_is_never_cut_between_author_and_title() {
    let p = parse_note(
        "Karen M. Sutter, *U.S. Export Control Policy and China*, CRS Report R47684 (Washington, DC: Congressional Research Service, 2023).",
    );
    assert_eq!(p.work.authors, vec![Name::person("Sutter", "Karen M.")]);
    assert_eq!(
        p.work.title.as_deref(),
        Some("U.S. Export Control Policy and China")
    );
}

#[test]
fn in_before_a_journal_volume_is_an_article() {
    let p = parse_note("Müller, Hans: Die Außenpolitik, in: Osteuropa 12 (2019), S. 5-9.");
    assert_eq!(p.work.entry_type, "article");
    assert_eq!(p.work.container.as_deref(), Some("Osteuropa"));
    let chapter = parse_note(
        "Müller, Hans: Die Außenpolitik, in: Schmidt, Karl (Hrsg.): Handbuch Osteuropa, Berlin 2019, S. 5-9.",
    );
    assert_eq!(chapter.work.entry_type, "incollection");
}

#[test]
fn a_place_and_year_imprint_is_a_book_of_no_guessed_language() {
    let p = parse_note("A. Rossi, Storia del sale, Padova 1962, pp. 5-9.");
    assert_eq!(p.work.entry_type, "book");
    assert_eq!(p.work.location.as_deref(), Some("Padova"));
    // Italian function words: not English, and no unsure guess either.
    assert_eq!(p.work.language, None);
}

#[test]
fn compact_dates_of_press_releases() {
    let p = parse_note(
        "Ministry of Foreign Affairs, Press release, 20190520, https://mfa.gov.by/press/news/1234/",
    );
    assert_eq!(
        p.work.date.map(|d| d.to_string()).as_deref(),
        Some("2019-05-20")
    );
}

#[test]
fn gb_t_7714_heads_by_their_form() {
    let online = parse_note(
        "李强. 一带一路与中白合作[EB/OL]. (2019-06-20)[2021-03-05]. http://www.example.cn/a.html.",
    );
    let w = &online.work;
    assert_eq!(online.work.entry_type, "online");
    assert_eq!(w.authors, vec![Name::Organization("李强".into())]);
    assert_eq!(w.title.as_deref(), Some("一带一路与中白合作"));
    assert_eq!(w.date.map(|d| d.to_string()).as_deref(), Some("2019-06-20"));
    assert_eq!(
        w.urldate.map(|d| d.to_string()).as_deref(),
        Some("2021-03-05")
    );
    let latin = parse_note(
        "SMITH J, BROWN A, LEE C, et al. Trade corridors across Eurasia[J]. Journal of Eurasian Studies, 2019, 10(2): 101-115.",
    );
    assert_eq!(
        latin.work.authors,
        vec![
            Name::person("Smith", "J."),
            Name::person("Brown", "A."),
            Name::person("Lee", "C."),
            Name::Others
        ]
    );
    assert_eq!(
        latin.work.title.as_deref(),
        Some("Trade corridors across Eurasia")
    );
    let thesis = parse_note("王伟. 中白工业园发展研究[D]. 北京: 北京大学, 2020.");
    assert_eq!(thesis.work.entry_type, "thesis");
    assert_eq!(thesis.work.institution.as_deref(), Some("北京大学"));
}

#[test]
fn family_names_in_capitals_without_a_comma() {
    for note in [
        "ПЕТРЕНКО Олена, КОВАЛЬ Ігор. Економічні відносини України та Китаю // Економіка України. 2019. № 4. С. 5–19.",
        "ПЕТРЕНКО О., КОВАЛЬ І. Економічні відносини України та Китаю // Економіка України. 2019. № 4. С. 5–19.",
    ] {
        let w = parse_note(note).work;
        let families: Vec<String> = w
            .authors
            .iter()
            .filter_map(|n| match n {
                Name::Person { family, .. } => Some(family.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(families, ["Петренко", "Коваль"], "{note}");
        assert_eq!(
            w.title.as_deref(),
            Some("Економічні відносини України та Китаю")
        );
    }
    assert_eq!(
        crate::parse::names::comma_after_capitals("NATO Press Office, Annual report"),
        "NATO Press Office, Annual report"
    );
}

#[test]
fn gost_book_with_a_statement_of_editors() {
    let w = parse_note(
        "Лукашевич А. Внешняя политика Беларуси / под ред. И. И. Петрова. Минск : Беларуская навука, 2015. 312 с.",
    )
    .work;
    assert_eq!(w.entry_type, "book");
    assert_eq!(w.title.as_deref(), Some("Внешняя политика Беларуси"));
    assert_eq!(w.editors.len(), 1);
    assert_eq!(w.container, None);
    assert_eq!(w.publisher.as_deref(), Some("Беларуская навука"));
}

#[test]
fn apa_title_first_and_seasonal_issues() {
    let w = parse_note("*The Belarus Handbook*. (1995). London: Routledge.").work;
    assert!(w.authors.is_empty(), "{:?}", w.authors);
    assert_eq!(w.title.as_deref(), Some("The Belarus Handbook"));
    assert_eq!(w.date.map(|d| d.year), Some(1995));
    let w = parse_note(
        "Zhang Wei, \"Belt and Road in Belarus,\" *China Quarterly*, Spring 2020, 45–67.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("China Quarterly"));
    assert_eq!(w.date.map(|d| d.year), Some(2020));
}

#[test]
fn italian_journal_in_guillemets_after_dashed_authors() {
    let w = parse_note(
        "A. Rossi - B. Bianchi, Il commercio estero, «Rivista di politica economica», 45 (2003), pp. 12-30.",
    )
    .work;
    assert_eq!(w.authors.len(), 2);
    assert_eq!(w.title.as_deref(), Some("Il commercio estero"));
    assert_eq!(
        w.container.as_deref(),
        Some("Rivista di politica economica")
    );
    assert_eq!(w.volume.as_deref(), Some("45"));
    assert_eq!(w.entry_type, "article");
}

#[test]
fn an_organisation_and_a_title_read_together_are_split() {
    let w = parse_note("Google, Transparency Report (2021) https://transparencyreport.google.com/")
        .work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("Google".into())],
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Transparency Report"));
}

/// A name in its natural order and a title's first word after the comma
/// read together as "Family, Given": the word goes back to the title.
#[test]
fn a_title_word_after_a_natural_order_name_is_the_title_s() {
    for (note, family, title) in [
        (
            "Ulrich Beck, Risikogesellschaft. Auf dem Weg in eine andere Moderne, Frankfurt a. M. 1986.",
            "Beck",
            "Risikogesellschaft. Auf dem Weg in eine andere Moderne",
        ),
        (
            "Andrew Wilson, Belarus: The Last European Dictatorship (New Haven: Yale University Press, 2011), ch. 3.",
            "Wilson",
            "Belarus: The Last European Dictatorship",
        ),
        (
            "Karl Ulrich Mayer, Lebensverlauf, in: Bernhard Schäfers (Hrsg.), Handwörterbuch zur Gesellschaft Deutschlands, Opladen 1998, S. 438–451.",
            "Mayer",
            "Lebensverlauf",
        ),
    ] {
        let w = parse_note(note).work;
        assert!(
            matches!(w.authors.as_slice(), [Name::Person { family: f, .. }] if f == family),
            "{note}: {w:?}"
        );
        assert_eq!(w.title.as_deref(), Some(title), "{note}");
    }
    // A family name of two words before the given name stays a name.
    let w = parse_note(
        "García Márquez, Gabriel. Cien años de soledad. Buenos Aires: Sudamericana, 1967.",
    )
    .work;
    assert!(
        matches!(w.authors.as_slice(), [Name::Person { given, .. }] if given == "Gabriel"),
        "{w:?}"
    );
}

/// The labeller once read this head as commentary and kept only the
/// imprint.
#[test]
fn an_organisation_and_its_document_at_the_head_are_kept() {
    let p = parse_note("NATO Press Office, Annual report 2020, Brussels 2021.");
    let w = &p.work;
    assert_eq!(
        w.authors,
        vec![Name::Organization("NATO Press Office".to_string())]
    );
    assert_eq!(w.title.as_deref(), Some("Annual report 2020"));
    assert_eq!(w.date.map(|d| d.year), Some(2021));
}

#[test]
fn an_organisation_keeps_out_of_the_title_and_chinese_pages_are_read() {
    // Without italics the comma after the ministry reads like "Family, Given".
    let p = parse_note(
        "Ministry of Energy of Ukraine, Annual Report on Gas Transit 2022 (Kyiv, 2023), 12.",
    );
    assert_eq!(
        p.work.authors,
        vec![Name::Organization("Ministry of Energy of Ukraine".into())]
    );
    assert!(
        p.work
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Annual Report on Gas")),
        "{:?}",
        p.work.title
    );
    // "第12—30页" is a page range wherever the labeller put it.
    let p = parse_note("张伟：《中白工业园的发展》，《东欧研究》2021年第3期，第12—30页。");
    assert_eq!(p.work.pages.as_deref(), Some("12--30"));
    assert_eq!(p.work.number.as_deref(), Some("3"));
}

#[test]
fn an_edition_says_so() {
    let p = parse_note(
        "Кирпиченко В. А. Партнёрство Беларуси и Китая: дис. ... канд. полит. наук: 23.00.04. Минск, 2019. 180 с.",
    );
    assert_eq!(p.work.edition, None);
    let p = parse_note("Snyder, Timothy. *Bloodlands*. 2nd ed. New York: Basic Books, 2012.");
    assert_eq!(p.work.edition.as_deref(), Some("2"));
}

#[test]
fn the_page_cited_inside_an_article_s_range_is_the_pinpoint() {
    let p = parse_note(
        "Hans-Peter Müller, Sozialstruktur und Lebensstile, in: Kölner Zeitschrift für Soziologie und Sozialpsychologie 41 (1989), S. 53–71, hier S. 60.",
    );
    assert_eq!(p.work.pages.as_deref(), Some("53--71"), "{:?}", p.work);
    assert_eq!(p.pinpoint.as_deref(), Some("60"));
}

#[test]
fn a_same_author_word_is_no_author() {
    let p = parse_note(
        "Ders., Lebenslauf und Lebensalter, in: Josef Ehmer (Hrsg.), Das Alter, Wien 2000, S. 2–13.",
    );
    assert!(p.same_author && p.work.authors.is_empty(), "{p:?}");
    assert_eq!(p.work.title.as_deref(), Some("Lebenslauf und Lebensalter"));
    // A sentence that opens with the word is no such note.
    let p = parse_note(
        "Dies zeigt bereits Max Weber, Wirtschaft und Gesellschaft, Tübingen 1922, S. 122.",
    );
    assert!(!p.same_author, "{p:?}");
}

#[test]
fn slashed_names_are_people_and_places_keep_their_abbreviations() {
    let p = parse_note(
        "Vgl. Josef Ehmer/Peter Gutschner (Hrsg.), Das Alter im Spiel der Generationen, Frankfurt a. M. 2000.",
    );
    let people: Vec<&Name> = p.work.authors.iter().chain(&p.work.editors).collect();
    assert_eq!(people.len(), 2, "{:?}", p.work);
    assert!(
        people.iter().all(|n| matches!(n, Name::Person { .. })),
        "{:?}",
        p.work
    );
    assert_eq!(p.work.location.as_deref(), Some("Frankfurt a. M."));
}

#[test]
fn an_editors_mark_at_the_head_of_the_title_makes_editors() {
    let p = parse_note(
        "M. Isnenghi (a cura di), I luoghi della memoria. Simboli e miti dell'Italia unita, Roma-Bari 1996.",
    );
    assert_eq!(
        p.work.title.as_deref(),
        Some("I luoghi della memoria. Simboli e miti dell'Italia unita")
    );
    assert!(p.work.authors.is_empty(), "{:?}", p.work);
    assert_eq!(p.work.editors.len(), 1, "{:?}", p.work);
}

#[test]
fn year_and_issue_report_codes_and_gost_kinds() {
    let w = parse_note(
        "张伟, 李娜. 上海合作组织框架下的区域安全合作[J]. 国际问题研究, 2021(4): 12-25.",
    )
    .work;
    assert_eq!(w.date.map(|d| d.year), Some(2021), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("4"));
    assert_eq!(w.volume, None);
    let w = parse_note(
        "Congressional Research Service, Russia's War Against Ukraine: Overview of Conflict and U.S. Policy, R47068 (Washington, DC: CRS, 2023), 4.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Russia's War Against Ukraine: Overview of Conflict and U.S. Policy")
    );
    assert_eq!(w.number.as_deref(), Some("R47068"));
    let w = parse_note(
        "Министерство иностранных дел Республики Беларусь. О внешнеполитической деятельности в 2022 году : доклад. Минск, 2023. 48 с.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("О внешнеполитической деятельности в 2022 году")
    );
}

#[test]
fn an_oscola_imprint_and_an_update_give_the_date() {
    let w =
        parse_note("Lauri Mälksoo, Russian Approaches to International Law (OUP 2015) ch 4.").work;
    assert_eq!(w.date.map(|d| d.year), Some(2015), "{w:?}");
    let w = parse_note(
        "Viasna Human Rights Centre, \"Political Prisoners in Belarus,\" updated 1 May 2024, https://prisoners.spring96.org/en.",
    )
    .work;
    assert_eq!(
        w.date.map(|d| d.to_string()),
        Some("2024-05-01".into()),
        "{w:?}"
    );
}

#[test]
fn an_oscola_book_s_imprint_is_publisher_and_year() {
    let w = parse_note(
        "Anne Peters, Beyond Human Rights: The Legal Status of the Individual in International Law (CUP 2016) 45.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Beyond Human Rights: The Legal Status of the Individual in International Law"),
        "{w:?}"
    );
    assert_eq!(w.container, None);
    assert_eq!(w.publisher.as_deref(), Some("CUP"));
    assert_eq!(w.date.map(|d| d.year), Some(2016));
    let w = parse_note(
        "Martti Koskenniemi, From Apology to Utopia: The Structure of International Legal Argument (CUP 2005) 562–89.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("From Apology to Utopia: The Structure of International Legal Argument")
    );
}

/// A work's date as the tests compare it (`2023-06-29`); shared by the
/// tests of the other sets' readings.
pub(super) fn date(w: &Work) -> Option<String> {
    w.date.map(|d| d.to_string())
}

/// A work's one author when it is a body; shared by the tests of the
/// other sets' readings.
pub(super) fn org(w: &Work) -> Option<&str> {
    match w.authors.as_slice() {
        [Name::Organization(o)] => Some(o.as_str()),
        _ => None,
    }
}
