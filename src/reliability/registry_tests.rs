//! Registry loading: layers, overrides, disables, bad entries, lookups.
use super::*;

fn shipped() -> Registry {
    Registry::shipped().expect("the shipped registry loads")
}

fn id_of(registry: &Registry, host: &str, path: &str) -> Option<String> {
    registry
        .lookup_host(host, path)
        .map(|m| m.source.id.clone())
}

#[test]
fn shipped_layer_loads_every_entry_with_evidence() {
    let registry = shipped();
    let toml_entries = SHIPPED.matches("[[source]]").count() + SHIPPED.matches("[[rule]]").count();
    assert!(registry.len() > toml_entries, "SMM outlets are added");
    for id in [
        "by-president",
        "by-belstat",
        "cn-mfa",
        "uk-oxford-obo",
        "by-gov",
    ] {
        let source = registry.get(id).expect(id);
        assert!(!source.evidence.is_empty(), "{id}");
        assert_eq!(source.as_of.as_deref(), Some("2026-11-24"), "{id}");
    }
}

#[test]
fn longest_domain_wins_then_suffix_rules() {
    let registry = shipped();
    assert_eq!(
        id_of(&registry, "obo.web.ox.ac.uk", "/files/x").as_deref(),
        Some("uk-oxford-obo")
    );
    assert_eq!(
        id_of(&registry, "history.ox.ac.uk", "/").as_deref(),
        Some("uk-oxford")
    );
    assert_eq!(id_of(&registry, "cam.ac.uk", "/").as_deref(), Some("uk-ac"));
    assert_eq!(
        id_of(&registry, "minzdrav.gov.by", "/").as_deref(),
        Some("by-gov")
    );
    assert_eq!(
        id_of(&registry, "library.fes.de", "/pdf").as_deref(),
        Some("de-fes")
    );
    assert_eq!(id_of(&registry, "example.org", "/"), None);
    // A suffix matches whole labels only.
    assert_eq!(id_of(&registry, "notgov.by", "/"), None);
}

#[test]
fn state_media_monitor_fills_outlets_the_registry_does_not_name() {
    let registry = shipped();
    let found = registry
        .lookup_host("zviazda.by", "/")
        .expect("Zvyazda from the SMM list");
    assert_eq!(found.source.kind, SourceType::StateMedia);
    assert_eq!(found.source.smm, Some(Smm::SC));
    // The registry's own sb.by entry wins over the list's rows for it.
    assert_eq!(
        id_of(&registry, "sb.by", "/respublika/x").as_deref(),
        Some("by-sb")
    );
    // Independent codes are public media.
    let independent = registry
        .entries
        .iter()
        .find(|s| s.origin == SMM_NAME && s.smm == Some(Smm::IP))
        .expect("an IP outlet");
    assert_eq!(independent.kind, SourceType::PublicMedia);
}

#[test]
fn path_prefix_picks_the_closer_entry() {
    let mut registry = Registry::default();
    registry
        .add_layer(
            "t.toml",
            "[[source]]\nid = \"site\"\ndomains = [\"example.org\"]\ntype = \"private_media\"\n\
             [[source]]\nid = \"blog\"\ndomains = [\"example.org\"]\npath_prefix = \"/blogs/\"\ntype = \"think_tank\"\n",
        )
        .expect("loads");
    assert_eq!(
        id_of(&registry, "example.org", "/blogs/1").as_deref(),
        Some("blog")
    );
    assert_eq!(
        id_of(&registry, "example.org", "/news/1").as_deref(),
        Some("site")
    );
}

#[test]
fn later_layers_replace_and_disable_by_id() {
    let mut registry = shipped();
    registry
        .add_layer(
            "user.toml",
            "[[source]]\nid = \"by-sb\"\ndisabled = true\n\
             [[source]]\nid = \"ru-kommersant\"\ndomains = [\"kommersant.ru\"]\ntype = \"independent_media\"\n",
        )
        .expect("loads");
    assert!(registry.get("by-sb").is_none());
    // With the entry gone, the SMM rows for sb.by were never added: unknown.
    assert_eq!(id_of(&registry, "sb.by", "/articles/x"), None);
    let kommersant = registry.get("ru-kommersant").expect("replaced");
    assert_eq!(kommersant.kind, SourceType::IndependentMedia);
    assert_eq!(kommersant.origin, "user.toml");
}

#[test]
fn periods_apply_from_their_date() {
    let registry = shipped();
    let lenta = registry.get("ru-lenta").expect("lenta");
    assert_eq!(lenta.effective(Date::new(2013, Some(5), None)).rsp, None);
    let after = lenta.effective(Date::new(2015, Some(1), Some(2)));
    assert_eq!(after.rsp, Some(Rsp::D));
    assert!(after.flags.contains(&"rsp-blacklisted"));
    assert!(
        lenta.effective(None).notes.is_empty(),
        "undated works get no period"
    );
}

#[test]
fn journal_titles_match_ignoring_case_and_punctuation() {
    let registry = shipped();
    let m = registry
        .lookup_title("журнал международного права и международных отношений.")
        .expect("matched");
    assert_eq!(m.source.id, "by-bsu-jilir");
    assert_eq!(m.by, MatchedBy::Title);
}

#[test]
fn bad_entries_are_errors_with_line_and_reason() {
    let cases = [
        (
            "[[source]]\nid = \"a\"\ndomains = [\"a.org\"]\ntype = \"blog\"\n",
            4,
            "unknown variant",
        ),
        (
            "[[source]]\nid = \"a\"\ntype = \"official\"\n",
            2,
            "needs `domains` or `titles`",
        ),
        (
            "[[source]]\nid = \"a\"\ndomains = [\"not a host\"]\ntype = \"official\"\n",
            2,
            "not a domain name",
        ),
        (
            "[[source]]\nid = \"a\"\ndomains = [\"a.org\"]\ntype = \"official\"\nperiods = [{ from = \"May 2020\" }]\n",
            2,
            "not YYYY",
        ),
        ("schema = 2\n", 1, "schema 2"),
        ("[[source]\n", 1, ""),
    ];
    for (text, line, message) in cases {
        let err = Registry::default()
            .add_layer("r.toml", text)
            .expect_err(text);
        let Error::Registry {
            path,
            line: at,
            message: m,
            ..
        } = &err
        else {
            panic!("unexpected error {err}");
        };
        assert_eq!((path.as_str(), *at), ("r.toml", line), "{text}: {m}");
        assert!(m.contains(message), "{m}");
    }
}
