//! The sciences' reference lists (`sciences.tsv`), one test per reading,
//! each with other made-up references than the set's.

use super::layouts::family_names as families;
use crate::entry::Name;
use crate::parse::parse_note;

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

#[test]
fn untitled_chemistry_and_astronomy_references() {
    let w = parse_note("J. Li and M. Otero, Chem. Soc. Rev., 2015, 44, 5092–5121.").work;
    assert_eq!(w.title, None, "{w:?}");
    assert_eq!(
        w.container.as_deref().map(|c| c.trim_end_matches('.')),
        Some("Chem. Soc. Rev")
    );
    assert_eq!(w.volume.as_deref(), Some("44"));
    assert_eq!(families(&w.authors), ["Li", "Otero"]);
    let w = parse_note("Kowalski M., Brandt H., et al., 2011, MNRAS, 412, 1743").work;
    assert_eq!(w.container.as_deref(), Some("MNRAS"), "{w:?}");
    assert_eq!(w.date.map(|d| d.year), Some(2011));
    assert_eq!(w.pages.as_deref(), Some("1743"));
}

#[test]
fn an_abbreviated_journal_cut_after_its_first_word() {
    let w = parse_note(
        "Okafor C N and Lind P 2012 Strain engineering of layered oxides Phys. Rev. B 85 115401",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Strain engineering of layered oxides"),
        "{w:?}"
    );
    let w = parse_note(
        "A. Weil, Sur les courbes algébriques, Publ. Inst. Math. Univ. Strasbourg 7 (1948), 1–85.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Sur les courbes algébriques"),
        "{w:?}"
    );
}

#[test]
fn a_journal_after_a_question() {
    let w = parse_note(
        "Ortiz, R.; Hale, B. Can soil carbon offset farm emissions? Agronomy 2021, 11, 2210.",
    )
    .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Can soil carbon offset farm emissions?"),
        "{w:?}"
    );
}

#[test]
fn imprints_of_the_sciences() {
    // ACL's place and publisher after the pages.
    let w = parse_note("Ana Ruiz and Tom Berg. 2020. Cross-lingual stance detection. In Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics, pages 100–110, Online. Association for Computational Linguistics.").work;
    let w2 = parse_note("Ana Ruiz and Tom Berg. 2019. Stance in tweets. In Proceedings of the 2019 Workshop on Argument Mining, pages 12–20, Florence, Italy. Association for Computational Linguistics.").work;
    assert_eq!(
        w2.publisher.as_deref(),
        Some("Association for Computational Linguistics"),
        "{w2:?}"
    );
    assert_eq!(w2.location.as_deref(), Some("Florence, Italy"));
    assert!(w.title.is_some());
    // The publisher before the place, both read as the place.
    let w = parse_note(
        "R. Hoffmann and P. Laszlo, The Same and Not the Same, Wiley-VCH, Weinheim, 1995.",
    )
    .work;
    assert_eq!(w.publisher.as_deref(), Some("Wiley-VCH"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Weinheim"));
    // Volume, issue and pages in one run.
    let w = parse_note("Yann Moreau. 2017. Sparse coding revisited. Neural Networks, 12(3):45–60.")
        .work;
    assert_eq!(w.number.as_deref(), Some("3"), "{w:?}");
    assert_eq!(w.volume.as_deref(), Some("12"));
}

#[test]
fn heads_of_the_sciences() {
    // A body, the year and a colon.
    let w = parse_note("WMO, 2022: State of the Global Climate 2021. World Meteorological Organization, Geneva, 57 pp.").work;
    assert_eq!(families(&w.authors), ["WMO"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("State of the Global Climate 2021"));
    // French typography's blank before the colon.
    let w = parse_note("Becquerel, H. : Sur les radiations émises par phosphorescence. C. R. Acad. Sci. 122, 420–421 (1896)").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Sur les radiations émises par phosphorescence"),
        "{w:?}"
    );
    // A GOST book's edition ends its title.
    let w = parse_note("Колмогоров А. Н., Фомин С. В. Элементы теории функций и функционального анализа. 7-е изд. М. : Физматлит, 2004. 572 с.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Элементы теории функций и функционального анализа"),
        "{w:?}"
    );
}

#[test]
fn kinds_of_more_sciences() {
    // A conference's series of volumes is a journal.
    let w = parse_note("Sargent, Thomas J. 1980. \"Rational Expectations and the Reconstruction of Macroeconomics.\" Carnegie-Rochester Conference Series on Public Policy 12: 1–19.").work;
    assert_eq!(w.entry_type, "article", "{w:?}");
    // A dataset's publisher after its description.
    let w = parse_note("Muñoz Sabater, J. (2019). ERA5-Land monthly averaged data from 1981 to present [Data set]. ECMWF. https://doi.org/10.24381/cds.68d2bb30").work;
    assert_eq!(w.entry_type, "dataset", "{w:?}");
    assert_eq!(w.publisher.as_deref(), Some("ECMWF"));
    assert_eq!(w.container, None);
}

// The older sciences' lists (`sciences-third.tsv`), with other references.

#[test]
fn a_numbered_lists_number_is_no_part_of_the_work() {
    let w = parse_note("[12] K. Lindqvist and P. Morel. Adaptive caching for wide-area file systems. In Proc. of the USENIX Annual Technical Conference, pages 101-114, Boston, MA, June 1999.").work;
    assert_eq!(families(&w.authors), ["Lindqvist", "Morel"], "{w:?}");
    assert_eq!(w.entry_type, "inproceedings");
    // A legal year in brackets has four digits and stays.
    let w = parse_note("R (Miller) v Secretary of State [2017] UKSC 5.").work;
    assert!(
        w.authors.is_empty() || w.entry_type == "jurisdiction",
        "{w:?}"
    );
}

#[test]
fn four_initials_and_a_particle_with_its_apostrophe() {
    let w = parse_note(
        "Ashby, W. R. J. K. (1956). An Introduction to Cybernetics. London: Chapman & Hall.",
    )
    .work;
    assert_eq!(families(&w.authors), ["Ashby"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("An Introduction to Cybernetics"));
    let w = parse_note(
        "H. 't Veld, Boundary terms in lattice gauge theory, Nucl. Phys. B 312 (1989) 44.",
    )
    .work;
    assert!(
        matches!(w.authors.as_slice(), [Name::Person { family, prefix, .. }] if family == "Veld" && prefix == "'t"),
        "{w:?}"
    );
}

#[test]
fn people_named_like_an_organisation_word() {
    let w = parse_note("J. K. Press, M. Bank, and L. Union, Sampling methods for rare events (Springer, Berlin, 2004).").work;
    assert_eq!(families(&w.authors), ["Press", "Bank", "Union"], "{w:?}");
    // Without initials, a body and its report stay a body.
    let w = parse_note(
        "Transparency International, Corruption Perceptions Index 2022 (Berlin: TI, 2023).",
    )
    .work;
    assert_eq!(w.authors.len(), 1, "{w:?}");
}

#[test]
fn an_initial_before_initials_is_no_commentary() {
    let w = parse_note("S. K. Novak, A. Perez and T. M. Lund, Phys. Rev. D 61 (2000) 084012.").work;
    assert_eq!(families(&w.authors), ["Novak", "Perez", "Lund"], "{w:?}");
    assert_eq!(w.container.as_deref(), Some("Phys. Rev. D"));
    assert_eq!(w.volume.as_deref(), Some("61"));
}

#[test]
fn a_first_page_that_looks_like_a_year() {
    let w = parse_note(
        "R. Ortiz, Stability of sparse linear solvers, SIAM J. Numer. Anal. 33, 1712 (1996).",
    )
    .work;
    assert_eq!(
        w.container.as_deref().map(|c| c.trim_end_matches('.')),
        Some("SIAM J. Numer. Anal"),
        "{w:?}"
    );
    assert_eq!(w.volume.as_deref(), Some("33"));
    assert_eq!(w.pages.as_deref(), Some("1712"));
    assert_eq!(w.date.map(|d| d.year), Some(1996));
}

#[test]
fn technical_reports_and_memos_with_their_numbers() {
    let w = parse_note("P. Halvorsen. Lock-free queues revisited. Technical Report UCB-CSD-97-881, Computer Science Division, University of California, Berkeley, March 1997.").work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("UCB-CSD-97-881"));
    let w = parse_note("Hewitt, C. (1972). Description and theoretical analysis of a planning language. MIT-AI Laboratory Memo 251, Massachusetts Institute of Technology, Cambridge, MA.").work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.number.as_deref(), Some("251"));
    assert_eq!(
        w.title.as_deref(),
        Some("Description and theoretical analysis of a planning language")
    );
    // "Memoirs" names no memo.
    let w = parse_note(
        "R. Lang, Ergodic flows on surfaces, Memoirs of the Amer. Math. Soc. 212 (2011), 1–96.",
    )
    .work;
    assert_ne!(w.entry_type, "report", "{w:?}");
}

#[test]
fn a_book_numbered_in_a_publishers_series() {
    let w = parse_note("H. Weyl, Symmetry, Princeton Science Library, No. 12, Princeton University Press, Princeton, NJ, 1952.").work;
    assert_eq!(w.entry_type, "book", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Symmetry"));
    assert_eq!(w.publisher.as_deref(), Some("Princeton University Press"));
}

#[test]
fn an_abbreviated_journal_read_into_the_title() {
    let w = parse_note("Nyquist, H.: Certain topics in telegraph transmission theory. Trans. Am. Inst. Electr. Eng. 47(2), 617–644 (1928)").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Certain topics in telegraph transmission theory"),
        "{w:?}"
    );
    assert_eq!(
        w.container.as_deref(),
        Some("Trans. Am. Inst. Electr. Eng.")
    );
    assert_eq!(w.entry_type, "article");
}

#[test]
fn vancouver_place_with_its_state_in_brackets() {
    let w = parse_note("Alberts B, Johnson A, Lewis J. Molecular biology of the cell. 4th ed. New York (NY): Garland Science; 2002.").work;
    assert_eq!(w.publisher.as_deref(), Some("Garland Science"), "{w:?}");
    assert_eq!(w.location.as_deref(), Some("New York, NY"));
    let w = parse_note("Harlow E, Lane D. Antibodies: a laboratory manual. Cold Spring Harbor (NY): Cold Spring Harbor Laboratory; 1988.").work;
    assert_eq!(
        w.publisher.as_deref(),
        Some("Cold Spring Harbor Laboratory"),
        "{w:?}"
    );
}

#[test]
fn a_foundation_before_its_place_publishes() {
    let w = parse_note("Python Software Foundation (2024). Python language reference, version 3.12. Python Software Foundation, Wilmington, DE.").work;
    assert_eq!(
        w.publisher.as_deref(),
        Some("Python Software Foundation"),
        "{w:?}"
    );
    assert_eq!(
        w.title.as_deref().map(|t| t.trim_end_matches('.')),
        Some("Python language reference, version 3.12")
    );
}

#[test]
fn a_german_title_head_after_the_names_colon() {
    let w = parse_note("Dubbel, H.; Grote, K.-H.: Taschenbuch für den Maschinenbau. Grundlagen und Tabellen. 25. Aufl. Berlin: Springer 2018").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Taschenbuch für den Maschinenbau. Grundlagen und Tabellen"),
        "{w:?}"
    );
}

#[test]
fn a_paper_presented_at_a_meeting() {
    let w = parse_note("Lopez, M., & Chen, Y. (2019). Peer feedback in online writing courses. Paper presented at the annual meeting of the National Council of Teachers of English, Baltimore, MD.").work;
    assert_eq!(w.entry_type, "inproceedings", "{w:?}");
    assert_eq!(
        w.title.as_deref(),
        Some("Peer feedback in online writing courses")
    );
}
