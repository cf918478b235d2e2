//! The verdicts from answers, without a network.

use super::*;

fn cited() -> Cited {
    Cited {
        key: "lee2019".into(),
        entry_type: "article".into(),
        title: Some("A finding about salt".into()),
        authors: vec!["Lee".into()],
        persons: true,
        date: Some("2019".into()),
        container: Some("Journal of Results".into()),
        doi: Some("10.1000/orig".into()),
        ..Cited::default()
    }
}

fn work(title: &str, author: &str, date: &str) -> Found {
    Found {
        title: Some(title.into()),
        authors: vec![author.into()],
        date: Some(date.into()),
        container: Some("Journal of Results".into()),
        ..Found::default()
    }
}

fn lookup(source: Source, search: bool, answer: Answer) -> Lookup {
    Lookup {
        source,
        url: format!("http://test/{}", source.name()),
        search,
        answer,
    }
}

fn found(works: Vec<Found>) -> Answer {
    Answer::Found { works }
}

#[test]
fn agreeing_evidence_verifies() {
    let o = judge(
        &cited(),
        &[lookup(
            Source::Doi,
            false,
            found(vec![work("A Finding About Salt", "Lee, Ann", "2019-04-02")]),
        )],
    );
    assert_eq!(o.verdict, Verdict::Verified, "{o:?}");
    assert!(o.differences.is_empty());
}

#[test]
fn another_year_and_outlet_is_miscited_with_each_field() {
    let mut w = work("A finding about salt", "Lee, Ann", "2021");
    w.container = Some("Annals of Chemistry".into());
    let o = judge(&cited(), &[lookup(Source::Doi, false, found(vec![w]))]);
    assert_eq!(o.verdict, Verdict::Miscited);
    let fields: Vec<&str> = o.differences.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(fields, ["date", "container"]);
    assert_eq!(o.differences[0].found, "2021");
    assert_eq!(o.differences[0].source, "doi");
}

#[test]
fn a_notice_outranks_everything() {
    let mut notice = Found::default();
    notice.updates.push(Update {
        kind: "retraction".into(),
        doi: Some("10.1000/notice".into()),
        date: None,
    });
    let o = judge(
        &cited(),
        &[
            lookup(
                Source::Doi,
                false,
                found(vec![work("A finding about salt", "Lee", "2019")]),
            ),
            lookup(Source::Crossref, false, found(vec![notice])),
        ],
    );
    assert_eq!(o.verdict, Verdict::Retracted);
    assert!(o.message.contains("10.1000/notice"), "{}", o.message);
}

#[test]
fn search_results_that_are_other_works_do_not_count() {
    let mut c = cited();
    c.doi = None;
    let o = judge(
        &c,
        &[lookup(
            Source::Openalex,
            true,
            found(vec![work("A finding about pepper", "Kim", "2015")]),
        )],
    );
    assert_eq!(o.verdict, Verdict::NotFound, "{o:?}");
    let o = judge(
        &c,
        &[
            lookup(Source::Openalex, true, found(Vec::new())),
            lookup(
                Source::Crossref,
                true,
                Answer::Failed {
                    reason: "timeout".into(),
                },
            ),
        ],
    );
    assert_eq!(o.verdict, Verdict::Unreachable);
    assert!(o.message.contains("crossref (timeout)"), "{}", o.message);
}

#[test]
fn nothing_to_ask_is_unverifiable_and_fields_fill_from_sure_sources() {
    assert_eq!(judge(&cited(), &[]).verdict, Verdict::Unverifiable);
    let c = Cited {
        key: "k".into(),
        entry_type: "online".into(),
        title: Some("Лукашенко и Си Цзиньпин встретились в Самарканде".into()),
        url: Some("http://test/page".into()),
        ..Cited::default()
    };
    let page = Found {
        title: Some("Лукашенко и Си Цзиньпин встретились в Самарканде | БелТА".into()),
        date: Some("2022-09-15T12:00:00+03:00".into()),
        language: Some("ru-RU".into()),
        authors: vec!["Иван Петров".into()],
        ..Found::default()
    };
    let o = judge(&c, &[lookup(Source::Page, false, found(vec![page]))]);
    assert_eq!(o.verdict, Verdict::Verified, "{o:?}");
    assert_eq!(o.filled["date"].value, "2022-09-15");
    assert_eq!(o.filled["langid"].value, "russian");
    assert_eq!(o.filled["author"].source, "page");
}
