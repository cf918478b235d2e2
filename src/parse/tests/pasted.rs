//! Notes as pasted (`messy.tsv`), one test per reading it led to, each
//! with other made-up notes than the set's.

use super::layouts::family_names as families;
use crate::parse::parse_note;
use crate::parse::split;

#[test]
fn a_latin_name_in_title_case_before_initials_in_gbt() {
    let w = parse_note("Holt M, Lund K A. Harbour Towns[M]. Leeds: Northway, 2004.").work;
    assert_eq!(families(&w.authors), ["Holt", "Lund"]);
    assert_eq!(w.title.as_deref(), Some("Harbour Towns"));
}

#[test]
fn a_quote_inside_a_title_after_a_name_with_a_modifier_apostrophe() {
    let w =
        parse_note("Мʼякота О. Історія «Чорного моря». Нарис. Одеса : Морська книга, 2010. 200 с.")
            .work;
    assert_eq!(families(&w.authors), ["Мʼякота"]);
    assert_eq!(
        w.title.as_deref(),
        Some("Історія «Чорного моря». Нарис"),
        "{w:?}"
    );
}

#[test]
fn an_opening_quote_never_closed_is_no_part_of_the_title() {
    let w = parse_note(
        "Mara Holt, “Harbours and Power in the North, Journal of Port Studies 12, no. 3 (2004): 5–19.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Harbours and Power in the North"));
    assert_eq!(w.container.as_deref(), Some("Journal of Port Studies"));
}

#[test]
fn a_series_after_the_imprint() {
    let w = parse_note(
        "Holt, Mara. Harbour Towns of the North. Oxford: Northway, 2015. Northway Series in Maritime History.",
    )
    .work;
    assert_eq!(
        w.series.as_deref(),
        Some("Northway Series in Maritime History")
    );
    assert_eq!(w.container, None);
    assert_eq!(w.entry_type, "book");
}

#[test]
fn an_act_named_before_gost_colon() {
    let w = parse_note(
        "О морских портах : федер. закон от 08.11.2007 № 261-ФЗ // Собрание законодательства РФ. 2007. № 46. Ст. 5557.",
    )
    .work;
    assert_eq!(w.entry_type, "legislation");
    assert_eq!(w.title.as_deref(), Some("О морских портах"));
    assert_eq!(w.number.as_deref(), Some("261-ФЗ"));
    let w = parse_note(
        "Аб марскіх партах у Кодэкс : Закон Респ. Беларусь от 5 мая 2015 г. № 270-З // Нац. правовой Интернет-портал Респ. Беларусь. 2015. 2/2270.",
    )
    .work;
    assert_eq!(w.entry_type, "legislation");
    assert_eq!(w.title.as_deref(), Some("Аб марскіх партах у Кодэкс"));
    assert_eq!(w.container, None);
}

#[test]
fn a_european_case_identified_without_ecli() {
    let w = parse_note("Case C-507/17 Google v CNIL EU:C:2019:772, para 72.").work;
    assert_eq!(w.entry_type, "jurisdiction");
    assert_eq!(w.title.as_deref(), Some("Google v CNIL"));
    assert_eq!(w.date.map(|d| d.year), Some(2019));
}

#[test]
fn a_title_and_a_journal_both_in_guillemets() {
    let w = parse_note(
        "M. Rossi, «Porti e città dell'Adriatico», in «Studi storici», XII (1971), n. 4, pp. 33-50.",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("Porti e città dell'Adriatico"));
    assert_eq!(w.container.as_deref(), Some("Studi storici"));
    assert_eq!(w.volume.as_deref(), Some("XII"));
    assert_eq!(w.number.as_deref(), Some("4"));
}

#[test]
fn a_think_tank_commentary_and_a_laender_analysen_issue() {
    let w =
        parse_note("Mara Holt, “Ports on the Edge,” Northway Commentary, no. 12, 4 May 2022.").work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    let w =
        parse_note("Mara Holt, “Ports on the Edge,” Ukraine-Analysen, no. 270 (2022): 2–6.").work;
    assert_eq!(w.entry_type, "article", "{w:?}");
    let w =
        parse_note("Mara Holt, The Port, with a commentary by K. Lund (Leeds: Northway, 1990).")
            .work;
    assert_eq!(w.entry_type, "book", "{w:?}");
    // Unnumbered, a commentary is a piece on the think tank's site.
    let w = parse_note("Mara Holt, “Ports on the Edge,” Northway Commentary, May 4, 2022.").work;
    assert_ne!(w.entry_type, "report", "{w:?}");
}

#[test]
fn pasted_artefacts_are_undone_before_a_note_is_cut() {
    let pieces = split::pieces("Holt M. , Kim B.Harbour Towns . Leeds : Northway , 2004 .");
    assert_eq!(
        pieces,
        ["Holt M., Kim B. Harbour Towns. Leeds : Northway, 2004."]
    );
    let pieces =
        split::pieces("Ann Lee &amp; Bo Kim, &quot;Gas and Grids,&quot; Energy Notes, May 2020.");
    assert_eq!(
        pieces,
        ["Ann Lee & Bo Kim, \"Gas and Grids,\" Energy Notes, May 2020."]
    );
}
