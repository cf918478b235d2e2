//! Unit tests of the readings Polish, Czech, Slovak, Lithuanian and
//! Hungarian notes need: journals in low quotes after an unquoted title
//! (with several authors, and closed by a straight quote), a day read as
//! pages, a title the labeller left as commentary, the repeats and signals
//! of those languages (`Tamže`, `Ten pat`, `Uo.`, `tenże`, `Plg.`, `Vö.`),
//! descriptions and editions after a title (`przeł.`, `praca doktorska`,
//! `wyd. 2 popr.`), chapters after `[w:]`, Czech journals before `roč.`,
//! a Lithuanian journal after a comma, a body after a page's title,
//! Hungarian names, a ministry's statement, a report by its genre, a
//! translator read as a publisher and imprints with a colon. Each note is
//! made up in a shape real notes have.
use crate::entry::Name;
use crate::parse::*;

fn family(w: &Work, i: usize) -> String {
    w.authors
        .get(i)
        .map(|n| n.family().to_string())
        .unwrap_or_default()
}

#[test]
fn polish_journals_in_low_quotes_after_the_title() {
    let w = parse_note(
        "T. Kapuśniak, K. Fedorowicz, Partnerstwo Wschodnie po dekadzie, „Rocznik Instytutu Europy Środkowej\" 2019, z. 3, s. 9–28.",
    )
    .work;
    assert_eq!(family(&w, 0), "Kapuśniak", "{w:?}");
    assert_eq!(family(&w, 1), "Fedorowicz", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Partnerstwo Wschodnie po dekadzie")
    );
    assert_eq!(
        w.container.as_deref(),
        Some("Rocznik Instytutu Europy Środkowej")
    );
    // The day after the series' number is the date, the access date apart.
    let w = parse_note(
        "P. Żochowski, Mińsk wobec sankcji, „Analizy OSW\", nr 412, 03.02.2022, https://www.osw.waw.pl/pl/publikacje/analizy/2022-02-03/minsk [dostęp: 4.02.2022].",
    )
    .work;
    assert_eq!(
        w.date.map(|d| (d.year, d.month, d.day)),
        Some((2022, Some(2), Some(3))),
        "{w:?}"
    );
    assert_eq!(w.urldate.map(|d| d.day), Some(Some(4)));
    // A semicolon after a low quote closed by a straight one cuts two works.
    let pieces = split::pieces(
        "E. Kowalczyk, Unia brzeska, „Przegląd Historyczny\" 2001, t. 92, s. 5–20; tenże, Cerkiew i państwo, Lublin 2008, s. 3.",
    );
    assert_eq!(pieces.len(), 2, "{pieces:?}");
}

#[test]
fn repeats_and_signals_of_central_european_notes() {
    assert!(short::detect("Tamže, s. 14.").is_some());
    assert!(short::detect("Ten pat, p. 9.").is_some());
    assert!(short::detect("Uo. 212.").is_some());
    assert!(short::detect("Ten participants were interviewed.").is_none());
    // The signals are taken off when the note is cut into its citations.
    let piece = split::pieces("Plg. J. Jurkiewicz, Nowogródzkie ziemie, Poznań 1983, s. 12.");
    assert_eq!(
        family(&parse_note(&piece[0]).work, 0),
        "Jurkiewicz",
        "{piece:?}"
    );
    let piece = split::pieces("Vö. Kovács Gábor: A magyar politika. Budapest, Osiris, 2001. 33.");
    assert_eq!(
        family(&parse_note(&piece[0]).work, 0),
        "Kovács",
        "{piece:?}"
    );
    let parsed = parse_note("Tenże, Litwa i Białoruś, Warszawa 2004, s. 3.");
    assert!(parsed.same_author, "{parsed:?}");
}

#[test]
fn descriptions_and_editions_after_a_polish_title() {
    let w =
        parse_note("A. Applebaum, Czerwony głód, przeł. B. Gadomska, Warszawa 2017, s. 201.").work;
    assert_eq!(w.title.as_deref(), Some("Czerwony głód"), "{w:?}");
    assert_eq!(w.publisher, None, "{w:?}");
    let w = parse_note(
        "K. Wróbel, Mniejszości w Wilnie 1920–1939, praca magisterska, Uniwersytet Jagielloński, Kraków 2015, s. 40.",
    )
    .work;
    assert_eq!(w.thesis.as_deref(), Some("praca magisterska"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Mniejszości w Wilnie 1920–1939"));
    let w = parse_note("J. Żarnowski, Społeczeństwo Polski, wyd. 3 zm., Wrocław 1984, s. 77.").work;
    assert_eq!(w.edition.as_deref(), Some("3"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Społeczeństwo Polski"));
}

#[test]
fn chapters_after_the_polish_mark() {
    let w = parse_note(
        "J. Borzęcki, Traktat ryski, [w:] Polska i jej sąsiedzi, t. 2, red. A. Czubiński, Poznań 1996, s. 33–51.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Traktat ryski"), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Polska i jej sąsiedzi"));
    assert_eq!(w.volume.as_deref(), Some("2"));
    assert_eq!(w.editors.first().map(Name::family), Some("Czubiński"));
    let w = parse_note(
        "E. Mironowicz, Cerkiew, [w:] S. Wierzchosławski (red.), Kościoły na Kresach, Olsztyn 2005, s. 11.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Kościoły na Kresach"), "{w:?}");
    assert_eq!(w.editors.first().map(Name::family), Some("Wierzchosławski"));
}

#[test]
fn czech_lithuanian_and_hungarian_forms() {
    let w = parse_note(
        "NOVÁK, Petr. Volby v Bělorusku. Mezinárodní vztahy, 2011, roč. 46, č. 2, s. 50–66.",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("Mezinárodní vztahy"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Volby v Bělorusku"));
    assert_eq!(
        (w.volume.as_deref(), w.number.as_deref()),
        (Some("46"), Some("2"))
    );
    let w =
        parse_note("R. Miknys, Vilniaus klausimas 1920 m., Lituanistica, 2004, t. 58, p. 3–17.")
            .work;
    assert_eq!(w.container.as_deref(), Some("Lituanistica"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Vilniaus klausimas 1920 m."));
    let w = parse_note(
        "J. Jurkutė, Kas bus po rinkimų?, Rytų Europos studijų centras, 2021-03-02, https://www.eesc.lt/2021/03/02/po-rinkimu/.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Kas bus po rinkimų?"), "{w:?}");
    let w = parse_note(
        "V. Sirutavičius, Lietuvos žydai, Vilnius: Lietuvos istorijos instituto leidykla, 2012, p. 4.",
    )
    .work;
    assert_eq!(w.location.as_deref(), Some("Vilnius"), "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Lietuvos žydai"));
    let w = parse_note("Nagy László: A második világháború. Budapest, Kossuth, 1995. 12.").work;
    assert_eq!(family(&w, 0), "Nagy", "{w:?}");
}

#[test]
fn bodies_reports_and_imprints_of_polish_notes() {
    let w = parse_note(
        "Stanowisko Ministerstwa Spraw Zagranicznych w sprawie wyborów na Ukrainie, 22 listopada 2004, https://www.msz.gov.pl/stanowisko.",
    )
    .work;
    assert_eq!(family(&w, 0), "Ministerstwo Spraw Zagranicznych", "{w:?}");
    let w = parse_note("Raport: Polska wobec Ukrainy, Warszawa: Fundacja Batorego, 2015.").work;
    assert_eq!(w.title.as_deref(), Some("Polska wobec Ukrainy"), "{w:?}");
    assert_eq!(family(&w, 0), "Fundacja Batorego");
    let w = parse_note("M. Janicki, Historia Litwy, Poznań: Rebis, 2013, s. 4.").work;
    assert_eq!(
        (w.location.as_deref(), w.publisher.as_deref()),
        (Some("Poznań"), Some("Rebis")),
        "{w:?}"
    );
}

#[test]
fn a_title_the_labeller_left_as_commentary() {
    let w = parse_note(
        "K. Nowicka, Mińsk odpowiada Warszawie, rp.pl, 12.09.2021, https://www.rp.pl/swiat/art123.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Mińsk odpowiada Warszawie"),
        "{w:?}"
    );
    assert_eq!(w.date.map(|d| d.year), Some(2021));
}

#[test]
fn the_years_a_volume_covers_are_no_pages() {
    let p = parse_note("M. Kowalska, Dzieje Litwy, t. 2: 1569–1795, Warszawa 2011, s. 12.");
    assert_eq!(p.work.volume.as_deref(), Some("2"), "{:?}", p.work);
    assert_eq!(p.work.pages, None);
    assert_eq!(p.pinpoint.as_deref(), Some("12"));
    // A journal's pages that look like years stay pages.
    let w = parse_note("P. Nowak, Unia i Litwa, „Kwartalnik Historyczny” 2009, t. 116: 1750–1754.")
        .work;
    assert_eq!(w.pages.as_deref(), Some("1750--1754"), "{w:?}");
}
