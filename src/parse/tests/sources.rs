//! Unit tests of the readings the fifth and sixth sets of policy endnotes
//! (`tests/data/footnotes/policy-fifth.tsv`, `policy-sixth.tsv`) led to: a GOST headline that
//! quotes someone, GOST containers in Latin letters, bodies before GOST
//! titles, conferences' dates in brackets, Polish and German issue marks,
//! German newspapers' dates, series after titles, the French editors' mark,
//! Bluebook law reviews, UN resolutions, bodies with long names, posts and
//! podcasts, repositories and statistical tables; a speaker before a GOST
//! quotation, GOST statements naming every author, a body before a
//! report's title head, European acts by their date, a Cyrillic page's
//! title read as its site, `. – М.` at a GOST title's end, `№ 2 (101)`,
//! yearbooks with volume and pages, journalism that names no journal.
//! Each note is made up, in
//! a shape real notes have, and differs from the set's.
use super::date;
use super::org;
use crate::entry::Name;
use crate::parse::*;

#[test]
fn a_gost_headline_quoting_someone_keeps_who_said_it() {
    let w = parse_note("Петренко О. «Мы не отступим» – министр // Белорусский рынок. 2023. 4 мая.")
        .work;
    assert_eq!(
        w.title.as_deref(),
        Some("«Мы не отступим» – министр"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Белорусский рынок"));
    assert_eq!(date(&w).as_deref(), Some("2023-05-04"));
}

#[test]
fn a_gost_container_in_latin_letters() {
    let w = parse_note(
        "Орлов Д. Почему рубль снова падает // Meduza. 2022. 3 марта. URL: https://meduza.example/x (дата обращения: 05.03.2022).",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Почему рубль снова падает"),
        "{w:?}"
    );
    assert_eq!(w.container.as_deref(), Some("Meduza"));
    assert_eq!(date(&w).as_deref(), Some("2022-03-03"));
}

#[test]
fn a_gost_kind_of_book_after_the_spaced_colon() {
    let w =
        parse_note("Іваноў П. Горад і людзі : нарысы. Мінск : Мастацкая літаратура, 2019. 200 с.")
            .work;
    assert_eq!(w.title.as_deref(), Some("Горад і людзі"), "{w:?}");
}

#[test]
fn a_body_before_its_yearbook_in_gost() {
    let w = parse_note(
        "Министерство финансов Республики Беларусь. Бюджет Республики Беларусь на 2024 год : стат. сб. Минск, 2024. 150 с.",
    )
    .work;
    assert_eq!(
        org(&w),
        Some("Министерство финансов Республики Беларусь"),
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref(),
        Some("Бюджет Республики Беларусь на 2024 год")
    );
    assert_eq!(date(&w).as_deref(), Some("2024"));
}

#[test]
fn a_conferences_place_and_days_in_brackets_are_not_the_imprint() {
    let w = parse_note(
        "Сидоров К. Л. Таможня и ЕАЭС // Экономика и право : материалы науч. конф. (Гомель, 5–6 апр. 2023 г.). Гомель : ГГУ, 2023. С. 10–12.",
    )
    .work;
    assert_eq!(date(&w).as_deref(), Some("2023"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Гомель"));
    assert_eq!(w.publisher.as_deref(), Some("ГГУ"));
}

#[test]
fn a_polish_series_number_after_the_quoted_title() {
    let w = parse_note(
        "Anna Nowak, „Litwa wobec Białorusi”, Analizy OSW, nr 301, Ośrodek Studiów Wschodnich, 3.02.2021.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Analizy OSW"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("301"));
}

#[test]
fn a_german_heft_after_the_year() {
    let w =
        parse_note("Jan Kusber, „Russland und Europa\", in: Osteuropa 68 (2018), H. 3–4, S. 5–20.")
            .work;
    assert_eq!(w.volume.as_deref(), Some("68"), "{w:?}");
    assert_eq!(w.number.as_deref(), Some("3–4"));
}

#[test]
fn a_german_newspapers_day_after_its_name() {
    let w =
        parse_note("Kerstin Holm: Moskaus neue Töne, in: Süddeutsche Zeitung, 03.05.2019, S. 11.")
            .work;
    assert_eq!(date(&w).as_deref(), Some("2019-05-03"), "{w:?}");
    assert_eq!(w.entry_type, "article");
    assert_eq!(w.volume, None);
}

#[test]
fn a_series_after_a_reports_title() {
    let w = parse_note(
        "Jane Doe, Arctic Security in Flux, Future of Alliances Series (London: Example Institute, 2021), 4.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Arctic Security in Flux"), "{w:?}");
    assert_eq!(w.series.as_deref(), Some("Future of Alliances Series"));
}

#[test]
fn a_french_edited_book_with_its_publishers_series() {
    let w = parse_note(
        "Marc Durand (dir.), Les Balkans et l'Europe, Notes de l'Ifri, Paris, Ifri, mars 2022.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Les Balkans et l'Europe"), "{w:?}");
    assert_eq!(w.series.as_deref(), Some("Notes de l'Ifri"));
    assert!(w.editors.len() == 1 && w.authors.is_empty(), "{w:?}");
}

#[test]
fn a_law_review_in_the_bluebooks_form() {
    let w =
        parse_note("Samuel Issacharoff, Fragile Democracies, 120 Harv. L. Rev. 1405, 1410 (2007).")
            .work;
    assert_eq!(w.entry_type, "article", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Fragile Democracies"));
    assert_eq!(w.container.as_deref(), Some("Harv. L. Rev."));
    assert_eq!(w.volume.as_deref(), Some("120"));
    assert_eq!(w.pages.as_deref(), Some("1405"));
    assert_eq!(date(&w).as_deref(), Some("2007"));
    // A case in the US Reports is no article.
    let case = parse_note("Medellín v. Texas, 552 U.S. 491 (2008).").work;
    assert_eq!(case.entry_type, "jurisdiction");
}

#[test]
fn a_un_resolution_by_its_number() {
    let w = parse_note(
        "Human Rights Council resolution 52/29, Situation of human rights in Belarus, A/HRC/RES/52/29 (4 April 2023).",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Situation of human rights in Belarus"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("A/HRC/RES/52/29"));
    assert_eq!(org(&w), Some("United Nations Human Rights Council"));
    assert_eq!(date(&w).as_deref(), Some("2023-04-04"));
}

#[test]
fn a_bodys_long_name_before_its_report() {
    let w = parse_note(
        "UN Human Rights Monitoring Mission in Ukraine, Periodic Update 12/2023, 5 December 2023, https://ukraine.example.org/x.",
    )
    .work;
    assert_eq!(
        org(&w),
        Some("UN Human Rights Monitoring Mission in Ukraine"),
        "{w:?}"
    );
    assert_eq!(w.title.as_deref(), Some("Periodic Update 12/2023"));
}

#[test]
fn a_post_quoted_before_its_channel() {
    let w = parse_note(
        "«Колонна идёт на Минск», Telegram-канал «Пул Первого», 3 июня 2021, https://t.me/pul_1/100.",
    )
    .work;
    assert_eq!(org(&w), Some("Пул Первого"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Колонна идёт на Минск"));
}

#[test]
fn a_podcasts_episode() {
    let w = parse_note(
        "Anna Smith, \"Sanctions That Bite,\" The Eurasia Hour (podcast), episode 57, March 3, 2022.",
    )
    .work;
    assert_eq!(w.entry_type, "online", "{w:?}");
    assert_eq!(w.subtype, Some("podcast"));
    assert_eq!(w.container.as_deref(), Some("The Eurasia Hour"));
    assert_eq!(w.number.as_deref(), Some("57"));
    assert_eq!(w.title.as_deref(), Some("Sanctions That Bite"));
}

#[test]
fn a_repository_by_its_author_name_version_and_host() {
    let w = parse_note(
        "Olga Ivanova, minsk-geo (version 0.3.1), GitLab, 2022, https://gitlab.com/oi/minsk-geo.",
    )
    .work;
    assert_eq!(w.entry_type, "software", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("minsk-geo"));
    assert_eq!(w.version.as_deref(), Some("0.3.1"));
    assert!(matches!(w.authors.as_slice(), [Name::Person { family, .. }] if family == "Ivanova"));
}

#[test]
fn a_statistical_table_by_its_code() {
    let w = parse_note(
        "Eurostat, \"Population on 1 January by age and sex\" (demo_pjan), last updated 2 March 2024.",
    )
    .work;
    assert_eq!(w.entry_type, "dataset", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Population on 1 January by age and sex")
    );
}

#[test]
fn a_speaker_before_a_gost_quotation_is_the_headline() {
    let w = parse_note(
        "Зеленский: \"Мы выстоим\" // Интерфакс-Украина. – 2022. – 5 марта. – Режим доступа: https://interfax.example/1 – Дата доступа: 06.03.2022.",
    )
    .work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Зеленский: \"Мы выстоим\""));
    assert_eq!(
        date(&w).as_deref(),
        Some("2022-03-05"),
        "the access date is no date"
    );
}

#[test]
fn a_gost_statement_names_every_author() {
    let w = parse_note(
        "Смирнов А. А. Экономика Беларуси / А. А. Смирнов, Б. Б. Орлов, В. В. Петров. – СПб. : Питер, 2019. – 200 с.",
    )
    .work;
    assert_eq!(w.authors.len(), 3, "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Экономика Беларуси"));
}

#[test]
fn a_body_before_its_reports_title_head() {
    let w = parse_note(
        "Amnesty International, Annual Report 2023: The State of Rights (London: AI, 2024), 12.",
    )
    .work;
    assert_eq!(org(&w), Some("Amnesty International"), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Annual Report 2023: The State of Rights")
    );
}

#[test]
fn a_european_act_by_its_date() {
    let w = parse_note(
        "European Parliament, Resolution of 16 September 2021 on the direction of EU–Russia political relations, P9_TA(2021)0383.",
    )
    .work;
    assert_eq!(org(&w), Some("European Parliament"), "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Resolution of 16 September 2021 on the direction of EU–Russia political relations")
    );
    assert_eq!(date(&w).as_deref(), Some("2021-09-16"));
    assert_eq!(w.number.as_deref(), Some("P9_TA(2021)0383"));
}

#[test]
fn a_cyrillic_pages_title_read_as_its_site() {
    let w = parse_note(
        "Министерство иностранных дел Республики Беларусь. О визите делегации в Пекин [Электронный ресурс]. – 2024. – 2 мая. – URL: https://mfa.example/1.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("О визите делегации в Пекин"),
        "{w:?}"
    );
    // A journal cited without an article's title keeps its name.
    let j = parse_note("[3] A. Smith, J. Appl. Phys. 1999, 85, 100.").work;
    assert_eq!(j.title, None, "{j:?}");
}

#[test]
fn a_gost_place_after_the_title() {
    let w = parse_note("Орлова Е. Город и власть. – Минск : Беларусь, 2018. – 150 с.").work;
    assert_eq!(w.title.as_deref(), Some("Город и власть"), "{w:?}");
}

#[test]
fn a_running_number_between_gost_dashes() {
    let w =
        parse_note("Петров И. И. Союзное государство // Политэкс. – 2020. – № 3 (77). – С. 10–20.")
            .work;
    assert_eq!(w.number.as_deref(), Some("3"), "{w:?}");
}

#[test]
fn a_yearbook_with_volume_and_pages_is_a_journal() {
    let w = parse_note(
        "Anna Kowal, \"Belarus and the Baltic States,\" Baltic Security Yearbook 7 (2021): 45–60.",
    )
    .work;
    assert_eq!(w.entry_type, "article", "{w:?}");
}

#[test]
fn journalism_names_no_journal() {
    let w = parse_note(
        "Ivan Petrov, \"Newsrooms in Exile,\" Baltic Centre for Journalism, 2022, https://bcj.example.org/exile.",
    )
    .work;
    assert_eq!(w.entry_type, "online", "{w:?}");
}

#[test]
fn a_broadcasters_service_named_by_slashed_acronyms() {
    let w = parse_note(
        "RFE/RL's Russian Service, \"Moscow Tightens Internet Rules,\" RFE/RL, May 2, 2023, https://rferl.example/a/1.html.",
    )
    .work;
    assert_eq!(org(&w), Some("RFE/RL's Russian Service"), "{w:?}");
}
