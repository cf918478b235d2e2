//! Unit tests of the readings English endnotes with prose need: a sentence
//! that says where its matter comes from before the reference, a clause of
//! commentary or a quotation before a semicolon, a number with a thousands
//! separator in a sentence, the last work of a list after "and", a work
//! after "and the response in", a quoted short title, a title ending in an
//! inner quote, "Data:" before a reference. Each note is made up in a shape
//! real notes have.
use crate::parse::*;

/// The family names of a work's authors alone.
fn families(w: &Work) -> Vec<String> {
    super::layouts::family_names(&w.authors)
}

#[test]
fn a_sentence_that_names_its_source_before_the_reference() {
    for note in [
        "This section draws heavily on Paul Hendry, Grain and Empire: The Black Sea Trade (London: Verso, 2012), 33.",
        "The distinction is borrowed from Marta Kowal, Two Kinds of Loyalty (Warsaw: Scholar, 2016), 8.",
        "The estimates are from the International Energy Agency, Gas Market Report (Paris: IEA, 2022).",
        "The debate is old; the best introduction remains Paul Hendry, Grain and Empire: The Black Sea Trade (London: Verso, 2012).",
    ] {
        let p = split::pieces(note);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with("Paul Hendry")
                || p[0].starts_with("Marta Kowal")
                || p[0].starts_with("International Energy Agency"),
            "{p:?}"
        );
    }
}

#[test]
fn a_quotation_in_a_sentence_before_its_source() {
    let p = split::pieces(
        "As Marta Kowal put it, the reform was \"a revolution from above\"; Marta Kowal, Two Kinds of Loyalty (Warsaw: Scholar, 2016), 41.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("Marta Kowal, Two"), "{p:?}");
}

#[test]
fn a_sentence_with_a_large_number_is_no_reference() {
    let p = split::pieces(
        "Estimates differ; the ministry reported some 2,300 cases by late 2021. See Helsinki Committee, \"Annual Review,\" accessed May 2, 2022, https://example.org/review.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("Helsinki Committee"), "{p:?}");
}

#[test]
fn the_last_of_a_list_after_and_and_a_response_after_a_work() {
    let p = split::pieces(
        "See Paul Hendry, Grain and Empire (London: Verso, 2012); and Anna Brandt and Piotr Lis, Harbours (Gdańsk: Mare, 2004).",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[1].starts_with("Anna Brandt"), "{p:?}");
    let p = split::pieces(
        "Marta Kowal, \"Loyalty Revisited,\" East Review 3, no. 1 (2017): 5–20, and the reply by Hendry, Empire and Its Critics (London: Verso, 2018).",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[1].starts_with("Hendry,"), "{p:?}");
}

#[test]
fn a_quoted_short_title_names_its_authors_and_page() {
    let parsed = parse_note("Brandt and Lis, \"Harbour of Gdańsk,\" 45.");
    assert_eq!(families(&parsed.work), ["Brandt", "Lis"]);
    assert_eq!(parsed.work.title.as_deref(), Some("Harbour of Gdańsk"));
    assert_eq!(parsed.pinpoint.as_deref(), Some("45"));
}

#[test]
fn a_title_ending_in_its_own_quote_loses_the_notes_comma() {
    let w = parse_note("\"Kowal: 'Reform Cannot Wait,'\" Minsk Herald, May 4, 2019.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Kowal: 'Reform Cannot Wait'"),
        "{w:?}"
    );
}

#[test]
fn data_before_a_reference_is_commentary() {
    let p = split::pieces(
        "Data: Helsinki Committee, \"Survey of Border Towns,\" wave 2 (Helsinki: HC, March 2020).",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("Helsinki Committee"), "{p:?}");
}
