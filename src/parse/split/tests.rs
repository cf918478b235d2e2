//! Unit tests of how a note is cut into the works it cites.
use super::*;

#[test]
fn a_volume_listing_regions_is_one_work() {
    for n in [
        "FRUS, 1952–1954, vol. VIII, Eastern Europe; Soviet Union; Eastern Mediterranean, doc. 12.",
        "Foreign Relations of the United States, 1964–1968, vol. XVII, Eastern Europe; Austria; Finland (Washington, DC: GPO, 1996), 45.",
    ] {
        assert_eq!(pieces(n).len(), 1, "{n}: {:?}", pieces(n));
    }
    // A work after a volume and a place, whose author is no region.
    let p = pieces(
        "Smith, History, vol. 2, Paris 1990; Jones, Politics, vol. 3, Cambridge; Brown, Essays, Oxford 2001.",
    );
    assert!(p.last().is_some_and(|w| w.starts_with("Brown")), "{p:?}");
}

#[test]
fn one_citation_stays_whole() {
    let n = "Andrew Wilson, “Belarus: From a Social Contract to a Security Pact,” Journal of Democracy 32, no. 2 (2021): 36–50.";
    assert_eq!(pieces(n), [n.trim_end_matches('.').to_string() + "."]);
    // A semicolon inside an author list does not split.
    let n = "Smith, J.; Jones, K. (2019). A title. Journal, 3, 5-9.";
    assert_eq!(pieces(n).len(), 1);
}

#[test]
fn several_works_and_lead_ins() {
    let p = pieces(
        "See A. Smith, *Title One* (London: Routledge, 2019); cf. B. Jones, “Title Two,” Survival 62 (2020).",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with("A. Smith"), "{p:?}");
    assert!(p[1].starts_with("B. Jones"), "{p:?}");
    let p = pieces("Ibid; Google, “Transparency Report” (2021) https://example.org/t");
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0], "Ibid");
    // A work cited through another: both.
    let p = pieces(
        "PRADO JÚNIOR, Caio. Formação do Brasil contemporâneo. São Paulo: Brasiliense, 1942, p. 19 apud NOVAIS, Fernando. Portugal e Brasil. São Paulo: Hucitec, 1979, p. 58.",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[1].starts_with("NOVAIS"), "{p:?}");
    let p = pieces(
        "R. Pipes, Russia under the Old Regime (New York: Scribner, 1974), 112, quoted in O. Figes, A People's Tragedy (London: Pimlico, 1997), 45.",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[1].starts_with("O. Figes"), "{p:?}");
    // Author-date citations joined by a conjunction.
    let p = pieces("Cfr. Carr (1966), p. 12, y Fontana (1973), cap. 2.");
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[1].starts_with("Fontana"), "{p:?}");
    let p = pieces("Hobsbawm (1994), 5, and Judt (2005).");
    assert_eq!(p.len(), 2, "{p:?}");
    // Not a title's words.
    let p = pieces("M. Hale, Quoted in Court: Testimony and Memory (Boston: Beacon, 2001), 7.");
    assert_eq!(p.len(), 1, "{p:?}");
    // A reprint after a semicolon is the same work.
    let p = pieces("G. Rossi, L'Italia in marcia, Milano 1930; rist. anast. Roma 1990, p. 4.");
    assert_eq!(p.len(), 1, "{p:?}");
    // A whole reference, a comma and commentary with a lead-in.
    let p = pieces(
        "A. Neri, Il sale di Cervia, Milano 1990, si vedano le osservazioni di B. Verdi, Mercanti e saline, Roma 1995, pp. 3-9.",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[1].starts_with("B. Verdi,"), "{p:?}");
    let p = pieces("Smith, Title (2019). See also Jones, Other Title (2020).");
    assert_eq!(p.len(), 2, "{p:?}");
    let p = pieces("См.: Иванов И. И. Заглавие // Журнал. 2020. № 1. С. 5–9.");
    assert!(p[0].starts_with("Иванов"), "{p:?}");
}

#[test]
fn the_quick_test_passes_every_inner_lead_in() {
    let texts = [
        "For the older debate on the salt tax see also A. Rossi, La tassa, Padova 1962.",
        "A. Neri, Il sale, Milano 1990, si vedano le osservazioni di B. Verdi, Roma 1995.",
        "Об этом подробнее см. Иванов И. И. Заглавие. М., 2001.",
        "Dazu vgl. auch Müller, Titel, Berlin 2001.",
        "Zur Kritik an diesem Ansatz siehe Müller, Titel, Berlin 2001.",
        "Sur ce point, voir aussi P. Morel, Lyon, Paris 1971.",
        "Smith, Title (2019), cf. Jones, Other (2020).",
        "Andrew Wilson, Belarus (New Haven: Yale University Press, 2011), 45.",
        "Иванов И. И. Заглавие // Журнал. 2020. № 1. С. 5–9.",
    ];
    let turned_away =
        super::super::text::quick_test_turns_away(&texts, may_have_inner_lead_in, &LEAD_IN_INSIDE);
    assert_eq!(turned_away, 2);
}

#[test]
fn commentary_is_dropped() {
    let p = pieces(
        "For the older debate on the salt tax see also A. Rossi, La tassa sul sale, Padova 1962, pp. 5-9.",
    );
    assert_eq!(p, ["A. Rossi, La tassa sul sale, Padova 1962, pp. 5-9."]);
    assert!(pieces("The official figures are disputed by independent economists.").is_empty());
    assert!(pieces("Author's interview with a ministry official.").is_empty());
    assert_eq!(pieces("Wilson, 41.").len(), 1, "a short form with a page");
    let p = pieces(
        "For a sceptical reading of the 2020 protests, see the essay by G. Ioffe, \"Belarus in 2020,\" Eurasia Daily Monitor 17, no. 130 (2020).",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("G. Ioffe,"), "{p:?}");
    // German "siehe" inside a sentence of commentary.
    let p = pieces(
        "Zum Begriff der Institution in diesem Sinne siehe auch Arnold Gehlen, Urmensch und Spätkultur, Bonn 1956, S. 8.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("Arnold Gehlen,"), "{p:?}");
}

#[test]
fn commentary_words_before_an_author_are_dropped() {
    for (note, author) in [
        (
            "So auch Klaus von Beyme, Parteien in westlichen Demokratien, München 1982, S. 17.",
            "Klaus von Beyme,",
        ),
        (
            "Dazu kritisch: Wolfgang Streeck, Gekaufte Zeit, Berlin 2013, S. 77 ff.",
            "Wolfgang Streeck,",
        ),
        (
            "Siehe dazu Ulrich Beck, Risikogesellschaft, Frankfurt a. M. 1986.",
            "Ulrich Beck,",
        ),
        (
            "Zitiert nach Norbert Elias, Über den Prozeß der Zivilisation, Basel 1939, S. 312.",
            "Norbert Elias,",
        ),
        (
            "Si veda in proposito G. Salvemini, La politica estera, Firenze 1944, p. 33.",
            "G. Salvemini,",
        ),
        (
            "Per un quadro generale cfr. R. Romeo, Cavour e il suo tempo, Roma-Bari 1969.",
            "R. Romeo,",
        ),
        (
            "Об этом подробнее: Лукашенко А. Г. Выступление на совещании // Беларусь сегодня. 2022.",
            "Лукашенко А. Г.",
        ),
        (
            "Цит. по: Ключевский В. О. Курс русской истории. М., 1987. Т. 1. С. 34.",
            "Ключевский В. О.",
        ),
        (
            "Siehe Statistisches Bundesamt, Datenreport 2021, Bonn 2021, S. 210.",
            "Statistisches Bundesamt,",
        ),
        // Commentary in words the list does not know, before a name in
        // a strong shape.
        (
            "Einen knappen Überblick gibt Schmidt, Manfred G. (Hrsg.): Wohlfahrtsstaatliche Politik, Opladen 2001.",
            "Schmidt, Manfred G.",
        ),
        (
            "Su questo punto resta fondamentale il libro di L. Bianchi, Il porto franco, Genova 1970.",
            "L. Bianchi,",
        ),
        (
            "See, for the earlier period, J. Brown, The Salt Roads (London: Verso, 2001), 12.",
            "J. Brown,",
        ),
        (
            "Per una sintesi: R. Verdi, Le fiere di Senigallia, Ancona 1985.",
            "R. Verdi,",
        ),
        // A given and a family name before an editors' mark or a quoted
        // title, after a clause that ends in a comma.
        (
            "and, for a contrasting view, Anna Sample, ed., The Long Decade (Boston: Beacon, 2018).",
            "Anna Sample, ed.,",
        ),
    ] {
        let p = pieces(note);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with(author), "{note} → {p:?}");
    }
    // Known words, then a name in the German shape; a reference in
    // brackets at the end of a sentence of prose.
    let p = pieces("Grundlegend Brandt, Karl-Heinz: Die Stadt als Markt, Kassel 1990, S. 4.");
    assert!(p[0].starts_with("Brandt, Karl-Heinz:"), "{p:?}");
    let p = pieces(
        "Как убедительно показывает И. П. Соколов, реформа была неполной (Соколов И. П. Губернские реформы и их пределы. М., 2004. С. 31).",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("Соколов И. П. Губернские"), "{p:?}");
    // Names, titles and editors are no commentary.
    for note in [
        "Anna Berg and Peter J. Holm, The Baltic Trade (London: Verso, 2001), 4.",
        "Orlov, Pavel, The Northern Question: Essays (Oxford: Clarendon, 1999).",
        "Ling Wei Chen, R. Drach, Storage systems, Information Systems 20 (1995).",
        "Report on regional budgets, prepared for G. Brown, London 2001.",
        "On the wider context see especially Mark Lane, Dark Waters: Europe's Ports (London: Penguin, 1998), 4.",
        "Elena Sample and Irina Example, \"Resilience in Question,\" Working Paper No. 4 (2022).",
        "Council of the European Union, \"Belarus: New Measures,\" press release, June 3, 2022.",
        "UN Security Council, \"Resolution on Examples,\" 2 March 2022.",
    ] {
        let p = pieces(note);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with(&note[..6]) || p[0].starts_with("Mark Lane"),
            "{note} → {p:?}"
        );
    }
    // A title that opens with such a word keeps it: no name follows.
    for note in [
        "In Search of Lost Time, London 1992.",
        "So Long, Farewell, London 2001.",
        "Also sprach Zarathustra, Leipzig 1883.",
    ] {
        assert_eq!(pieces(note), [note], "{note}");
    }
}
