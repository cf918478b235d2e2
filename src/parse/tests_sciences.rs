//! The sciences' reference lists (`sciences.tsv`), one test per reading,
//! each with other made-up references than the set's.

use super::parse_note;
use crate::entry::Name;

fn families(names: &[Name]) -> Vec<String> {
    names
        .iter()
        .map(|n| match n {
            Name::Person { family, .. } => family.clone(),
            Name::Organization(o) => o.clone(),
            Name::Others => "others".to_string(),
        })
        .collect()
}

#[test]
fn a_patent_by_its_number() {
    let w = parse_note(
        "K. Tanaka, \"Low-noise charge amplifier,\" U.S. Patent 5 123 456, Mar. 3, 1992.",
    )
    .work;
    assert_eq!(w.entry_type, "patent", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("5 123 456"));
    assert_eq!(w.title.as_deref(), Some("Low-noise charge amplifier"));
    let w = parse_note("Сидоров П. А. Способ очистки воды. Патент РФ № 2456789. 2012.").work;
    assert_eq!(w.entry_type, "patent", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("2456789"));
}

#[test]
fn vancouver_journal_before_a_glued_date() {
    let w = parse_note("Okoro B, Lind M, Haas P, et al. Outcomes of early mobilisation after hip fracture surgery. BMJ. 2019 Nov 4;367:l5886.").work;
    let w2 = parse_note("Patel R, Moreau S. Vitamin D and respiratory infection in adolescents. Lancet Respir Med. 2018 Mar;6(3):201-9.").work;
    assert_eq!(
        w2.container.as_deref().map(|c| c.trim_end_matches('.')),
        Some("Lancet Respir Med"),
        "{w2:?}"
    );
    assert_eq!(w2.entry_type, "article");
    assert_eq!(w2.number.as_deref(), Some("3"));
    assert_eq!(w2.publisher, None);
    assert_eq!(w.publisher, None, "{w:?}");
}

#[test]
fn vancouver_editors_before_a_book() {
    let w = parse_note("Fielding JE, Brownson RC, Green LW, editors. Annual review of public health. 40th ed. Palo Alto: Annual Reviews; 2019.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Annual review of public health"),
        "{w:?}"
    );
    assert_eq!(families(&w.editors), ["Fielding", "Brownson", "Green"]);
    assert!(w.authors.is_empty());
    // Names joined by "and" with a year and "in" are no Vancouver head.
    let w = parse_note(
        "Rossi A., Berg K., 2004, in 'Clusters of Galaxies', eds. Berg K., Lo M., Kluwer, p. 12",
    )
    .work;
    assert!(w.editors.len() < 4, "{w:?}");
}

#[test]
fn springer_heads_and_imprints() {
    let w = parse_note(
        "Merkle, R.C., Rivest, R.L.: Secure hashing revisited. J. Cryptol. 4(1), 3–20 (1991)",
    )
    .work;
    assert_eq!(families(&w.authors), ["Merkle", "Rivest"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Secure hashing revisited"));
    let w = parse_note("Knuth, D.E.: Literate Programming. CSLI, Stanford (1992)").work;
    assert_eq!(w.publisher.as_deref(), Some("CSLI"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Stanford"));
}

#[test]
fn an_edition_after_a_title_without_a_comma() {
    let w =
        parse_note("Lodish, H. et al. Molecular Cell Biology 8th edn (W. H. Freeman, 2016).").work;
    assert_eq!(w.title.as_deref(), Some("Molecular Cell Biology"), "{w:?}");
    assert_eq!(w.edition.as_deref(), Some("8"));
}

#[test]
fn a_quotation_inside_a_gost_title_or_container() {
    let w = parse_note("Лотман Ю. М. Семиотика понятий «стыд» и «страх» в механизме культуры // Труды по знаковым системам. 1970. Т. 5. С. 98–101.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Семиотика понятий «стыд» и «страх» в механизме культуры"),
        "{w:?}"
    );
    assert_eq!(families(&w.authors), ["Лотман"]);
    let w = parse_note("Шевченко Т. В. Теплові насоси в міському господарстві // Вісник КНУБА «Будівництво». 2020. № 3. С. 12–19.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Теплові насоси в міському господарстві"),
        "{w:?}"
    );
}

#[test]
fn a_technical_reports_number_and_last_title_word() {
    let w = parse_note("P. Zhou and K. Malik. Learning to rank answers on the web. Technical Report 2003-17, Stanford InfoLab, 2003.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Learning to rank answers on the web"),
        "{w:?}"
    );
    assert_eq!(w.number.as_deref(), Some("2003-17"));
    assert_eq!(w.entry_type, "report");
}

#[test]
fn a_working_papers_number_after_its_series() {
    let w = parse_note("Autor, David, and Maria Lindqvist. 2019. \"Robots and Wages in Swedish Manufacturing.\" NBER Working Paper 25511, National Bureau of Economic Research, Cambridge, MA.").work;
    assert_eq!(w.number.as_deref(), Some("25511"), "{w:?}");
    assert_eq!(w.entry_type, "report");
}

#[test]
fn a_collaboration_is_an_organisation() {
    let w = parse_note("Global Burden Collaboration. (2020). Mortality in 204 countries. The Lancet, 396(10258), 1204–1222.").work;
    assert_eq!(
        families(&w.authors),
        ["Global Burden Collaboration"],
        "{w:?}"
    );
}

#[test]
fn kinds_of_the_sciences() {
    // A journal named "Proceedings", with an issue, is a journal.
    let w = parse_note("A. Kim and J. Novak, \"Phase noise in ring oscillators,\" Proc. IEEE, vol. 94, no. 5, pp. 1002–1015, May 2006.").work;
    assert_eq!(w.entry_type, "article", "{w:?}");
    // A meeting's proceedings with an issue stay proceedings.
    let w = parse_note("L. Ortiz. Fast tries. Proc. of the ACM SIGMOD Conf. on Management of Data 22, 2 (June 1993), 11-20.").work;
    assert_eq!(w.entry_type, "inproceedings", "{w:?}");
    // A series' volume with an edition and a publisher is a book's.
    let w = parse_note("J. Milnor, Topology from the Differentiable Viewpoint, 2nd ed., Princeton Landmarks in Mathematics, vol. 4, Princeton University Press, Princeton, 1997.").work;
    assert_eq!(w.entry_type, "book", "{w:?}");
    // A company's abbreviated form keeps its stop.
    let w = parse_note("Hartley, R. Numerical Recipes in Practice. Wiley & Sons, Inc., 1999.").work;
    assert_eq!(w.publisher.as_deref(), Some("Wiley & Sons, Inc."), "{w:?}");
}
