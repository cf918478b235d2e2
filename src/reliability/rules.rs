//! The rubric's rules: class with reason codes, verifiability, and the
//! informational flags (short form, self-citation, publisher/domain mismatch,
//! text fragment, trace to the primary). Each fired rule leaves a [`Reason`]
//! with its evidence; there is no score.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::registry::{Effective, EvidenceStatus, Match, PeerReview, Rsp, Source, SourceType};
use crate::entry::{Entry, Name};

/// The rubric's classes; the serialised letters are a stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Class {
    /// Reliable.
    #[serde(rename = "R1")]
    Reliable,
    /// Reliable, but attribute: analysis, opinion, or an owner to name.
    #[serde(rename = "R2")]
    Attribute,
    /// Primary: authoritative for the state's own positions, not independent evidence.
    #[serde(rename = "P")]
    Primary,
    /// Caution: cite only for the outlet's own claims.
    #[serde(rename = "C")]
    Caution,
    /// Unclassified: the source is not in the registry.
    #[serde(rename = "?")]
    Unclassified,
}

impl Class {
    pub const ALL: [Class; 5] = [
        Class::Reliable,
        Class::Attribute,
        Class::Primary,
        Class::Caution,
        Class::Unclassified,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Class::Reliable => "R1",
            Class::Attribute => "R2",
            Class::Primary => "P",
            Class::Caution => "C",
            Class::Unclassified => "?",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Class::Reliable => "reliable",
            Class::Attribute => "reliable, attribute",
            Class::Primary => "primary: positions only",
            Class::Caution => "caution",
            Class::Unclassified => "unclassified",
        }
    }
}

/// Whether a reader can check the citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Verifiability {
    #[serde(rename = "V")]
    Verifiable,
    #[serde(rename = "V~")]
    Partial,
    #[serde(rename = "V0")]
    None,
}

impl Verifiability {
    pub fn code(self) -> &'static str {
        match self {
            Verifiability::Verifiable => "V",
            Verifiability::Partial => "V~",
            Verifiability::None => "V0",
        }
    }
}

/// A rule that fired: its code, what it means for this work, and the evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub code: &'static str,
    pub text: String,
    pub evidence: String,
}

impl Reason {
    fn new(code: &'static str, text: impl Into<String>, evidence: impl Into<String>) -> Self {
        Reason {
            code,
            text: text.into(),
            evidence: evidence.into(),
        }
    }
}

/// The class of a work and the reasons, cautions first. Every rule that
/// fires adds its reason; the first one decides the class.
pub fn class(
    matched: Option<Match<'_>>,
    status: &Effective<'_>,
    host: Option<&str>,
) -> (Class, Vec<Reason>) {
    let Some(Match { source, .. }) = matched else {
        let hint = match host {
            Some(host) => {
                format!("unclassified: add {host} to the registry (refman.registry.toml)")
            }
            None => "unclassified: no URL, DOI or known journal title".to_string(),
        };
        return (
            Class::Unclassified,
            vec![Reason::new("TYPE.NONE", hint, "")],
        );
    };
    let mut reasons = Vec::new();
    let mut class = None;
    if let Some(rsp @ (Rsp::D | Rsp::Bl | Rsp::Gu)) = status.rsp {
        let as_of = source
            .rsp_as_of
            .as_deref()
            .or(source.as_of.as_deref())
            .unwrap_or("undated");
        let mut text = format!("WP:RSP: {} as of {as_of}", rsp.label());
        for note in &status.notes {
            text.push_str("; ");
            text.push_str(note);
        }
        text.push_str(": cite only for the outlet's own claims; find better coverage");
        reasons.push(Reason::new(
            "CAUTION.RSP",
            text,
            evidence(source, Some("wp-rsp")),
        ));
        class = Some(Class::Caution);
    }
    if let Some(date) = status
        .flags
        .iter()
        .find_map(|f| f.strip_prefix("eu-broadcast-suspension-"))
    {
        reasons.push(Reason::new(
            "CAUTION.EU",
            format!("EU broadcast suspension {date}"),
            evidence(source, Some("eu-sanctions")),
        ));
        class.get_or_insert(Class::Caution);
    }
    let (type_class, code, text) = type_rule(source, status);
    reasons.push(Reason::new(code, text, evidence(source, None)));
    (class.unwrap_or(type_class), reasons)
}

fn type_rule(source: &Source, status: &Effective<'_>) -> (Class, &'static str, String) {
    let flags = humanised_flags(&status.flags);
    let with_flags = |text: &str| match flags.is_empty() {
        true => text.to_string(),
        false => format!("{text}; {flags}"),
    };
    let smm = source.smm.map(|code| {
        let as_of = source.smm_as_of.as_deref().or(source.as_of.as_deref());
        format!("SMM {code:?}, as of {}", as_of.unwrap_or("undated"))
    });
    let independent_smm = source.smm.is_some_and(|s| !s.is_controlled());
    match status.kind {
        SourceType::Official => (
            Class::Primary,
            "TYPE.OFFICIAL",
            with_flags(
                "primary: authoritative for the government's own statements; not independent evidence",
            ),
        ),
        SourceType::StateMedia => (
            Class::Primary,
            "TYPE.STATE_MEDIA",
            with_flags(&format!(
                "state-controlled ({}): for the state's positions, not independent evidence{}",
                smm.as_deref().unwrap_or("registry"),
                note_suffix(source)
            )),
        ),
        SourceType::Statistics => (
            Class::Reliable,
            "TYPE.STATS",
            with_flags("official statistics"),
        ),
        SourceType::IntlOrg => (
            Class::Reliable,
            "TYPE.IO",
            with_flags("international organisation"),
        ),
        SourceType::Academic if source.peer_review == Some(PeerReview::Yes) => (
            Class::Reliable,
            "TYPE.PEER",
            with_flags("academic, peer-reviewed"),
        ),
        SourceType::PublicMedia if independent_smm || status.rsp == Some(Rsp::Gr) => (
            Class::Reliable,
            "TYPE.PSM",
            with_flags(&format!(
                "state-funded, editorially independent ({}): attribute on geopolitics{}",
                smm.as_deref().unwrap_or("WP:RSP generally reliable"),
                note_suffix(source)
            )),
        ),
        SourceType::ThinkTank | SourceType::Academic => {
            let review = match (status.kind, source.peer_review) {
                (SourceType::Academic, Some(PeerReview::No)) => " (not peer-reviewed)",
                (SourceType::Academic, _) => " (peer review unknown)",
                _ => "",
            };
            (
                Class::Attribute,
                "TYPE.ATTRIB",
                with_flags(&format!("analysis/opinion{review}: attribute")),
            )
        }
        SourceType::PrivateMedia | SourceType::IndependentMedia | SourceType::PublicMedia => {
            let mut text = format!("{}: attribute", status.kind.label());
            if let Some(rsp) = status.rsp.filter(|r| *r != Rsp::None) {
                text.push_str(&format!("; WP:RSP {}", rsp.label()));
            }
            if let Some(owner) = &source.owner {
                text.push_str(&format!("; owner: {owner}"));
            }
            (Class::Attribute, "TYPE.ATTRIB", with_flags(&text))
        }
        SourceType::Resolver | SourceType::Unknown => (
            Class::Unclassified,
            "TYPE.NONE",
            format!("unclassified: {} names no source type", source.name),
        ),
    }
}

fn note_suffix(source: &Source) -> String {
    // SMM codes alone mislead for some outlets (Belsat's CaPu is about
    // Polish TVP, not a pro-Minsk line): the registry's note goes with them.
    match (&source.smm, &source.note) {
        (Some(_), Some(note)) => format!(" ({note})"),
        _ => String::new(),
    }
}

fn humanised_flags(flags: &[&str]) -> String {
    flags
        .iter()
        .filter(|f| !f.starts_with("eu-broadcast-suspension-"))
        .map(|f| f.replace('-', " "))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The evidence of a registry entry (of one scheme, or all), with its id.
pub fn evidence(source: &Source, scheme: Option<&str>) -> String {
    let items: Vec<String> = source
        .evidence
        .iter()
        .filter(|e| scheme.is_none_or(|s| e.scheme == s))
        .map(|e| {
            let status = match e.status {
                EvidenceStatus::Checked => "",
                EvidenceStatus::ToVerify => ", to verify",
            };
            format!("{} ({}{status})", e.reference, e.scheme)
        })
        .collect();
    match items.is_empty() {
        true if source.evidence.is_empty() => {
            format!("{}: classified by user judgement", source.id)
        }
        true => format!("{}: {}", source.id, source.origin),
        false => format!("{}: {}", source.id, items.join("; ")),
    }
}

/// Verifiability and its reasons.
pub fn verifiability(
    entry: &Entry,
    link_dead_without_archive: bool,
) -> (Verifiability, Vec<Reason>) {
    let locator = ["url", "doi", "isbn", "eprint"]
        .iter()
        .any(|f| entry.has(f));
    // A book with its publisher and year is found in any library catalogue:
    // partly verifiable, not V0. (The rubric keeps V0 for an article with
    // neither link nor DOI.)
    let catalogued = entry.date().is_some()
        && (entry.has("publisher") || entry.has("institution"))
        && matches!(
            entry.entry_type.as_str(),
            "book" | "mvbook" | "collection" | "incollection" | "inbook" | "thesis" | "report"
        );
    if !locator && catalogued {
        let reason = Reason::new(
            "VERIF.CATALOGUED",
            "no URL, DOI or ISBN, but a publisher and a year: findable in a library catalogue",
            "",
        );
        return (Verifiability::Partial, vec![reason]);
    }
    if !locator {
        let reason = Reason::new(
            "VERIF.NO_LOCATOR",
            "no URL, DOI or ISBN: cannot be checked online",
            "",
        );
        return (Verifiability::None, vec![reason]);
    }
    if link_dead_without_archive {
        let reason = Reason::new(
            "VERIF.DEAD_LINK",
            "the link is dead and no archived copy was found",
            "",
        );
        return (Verifiability::None, vec![reason]);
    }
    let mut reasons = Vec::new();
    if entry.date().is_none() {
        reasons.push(Reason::new("VERIF.NO_DATE", "no date", ""));
    }
    if entry.authors().is_empty() && entry.names("editor").is_empty() {
        reasons.push(Reason::new("VERIF.NO_AUTHOR", "no author", ""));
    }
    match reasons.is_empty() {
        true => (Verifiability::Verifiable, reasons),
        false => (Verifiability::Partial, reasons),
    }
}

/// The rubric's META.PUBLISHER_DOMAIN_MISMATCH: a corporate author that is
/// not the owner of the official site it is hosted on. Only judged when the
/// registry names the owner in the author's script, so a Russian author on a
/// site named only in English is not flagged.
pub fn publisher_mismatch(entry: &Entry, source: &Source, host: &str) -> Option<Reason> {
    if !matches!(
        source.kind,
        SourceType::Official | SourceType::Statistics | SourceType::IntlOrg
    ) || source.suffix.is_some()
    {
        return None;
    }
    let author = entry.authors().into_iter().find_map(|n| match n {
        Name::Organization(name) => Some(name),
        _ => None,
    })?;
    let owner_names: Vec<&str> = std::iter::once(source.name.as_str())
        .chain(source.owner.as_deref())
        .chain(source.aliases.iter().map(String::as_str))
        .collect();
    let cited = comparable(&author);
    let script = script_of(&author);
    let mut comparable_names = owner_names
        .iter()
        .filter(|n| script_of(n) == script)
        .peekable();
    comparable_names.peek()?;
    let matches = comparable_names.any(|name| {
        let name = comparable(&strip_parenthetical(name));
        !name.is_empty() && (name.contains(&cited) || cited.contains(&name))
    });
    (!matches).then(|| {
        Reason::new(
            "META.PUBLISHER_DOMAIN_MISMATCH",
            format!(
                "cited publisher “{author}” is not the owner of {host} ({}): check who issued it",
                source.name
            ),
            evidence(source, None),
        )
    })
}

fn strip_parenthetical(name: &str) -> String {
    match name.find(" (") {
        Some(i) => name[..i].to_string(),
        None => name.to_string(),
    }
}

fn comparable(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Han,
    Other,
}

fn script_of(text: &str) -> Script {
    let letter = text.chars().find(|c| c.is_alphabetic());
    match letter {
        Some(c) if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => {
            Script::Latin
        }
        Some(c) if ('\u{0400}'..='\u{052F}').contains(&c) => Script::Cyrillic,
        Some(c) if ('\u{4E00}'..='\u{9FFF}').contains(&c) => Script::Han,
        _ => Script::Other,
    }
}

/// The rubric's META.SELF_CITATION?: a person author whose family name has
/// the consonant skeleton of an article author's name (so Turarbekava and
/// Турарбекова match) and whose initial agrees.
pub fn self_citation(entry: &Entry, article_authors: &[String]) -> Option<Reason> {
    for name in entry.authors() {
        let Name::Person { family, given, .. } = &name else {
            continue;
        };
        let family_skeleton = skeleton(family);
        if family_skeleton.len() < 3 {
            continue;
        }
        let initial = initial(given);
        for author in article_authors {
            let tokens: Vec<&str> = author.split_whitespace().collect();
            let found = tokens.iter().enumerate().any(|(i, token)| {
                skeleton(token) == family_skeleton
                    && (initial.is_none()
                        || tokens.len() == 1
                        || tokens
                            .iter()
                            .enumerate()
                            .any(|(j, t)| j != i && initial_of_token(t) == initial))
            });
            if found {
                return Some(Reason::new(
                    "META.SELF_CITATION?",
                    format!(
                        "possible self-citation: {} matches the article's author {author}",
                        name.display()
                    ),
                    "",
                ));
            }
        }
    }
    None
}

fn initial(given: &str) -> Option<char> {
    given.split_whitespace().next().and_then(initial_of_token)
}

fn initial_of_token(token: &str) -> Option<char> {
    let c = token.chars().next()?;
    any_ascii::any_ascii_char(c)
        .chars()
        .next()
        .map(|c| c.to_ascii_lowercase())
}

/// Consonants of a name in ASCII transliteration, without doubles: the
/// Latin and Cyrillic spellings of one surname differ mostly in vowels.
pub fn skeleton(name: &str) -> String {
    let ascii = any_ascii::any_ascii(name)
        .to_lowercase()
        .replace("kh", "h")
        .replace('x', "ks")
        .replace("ts", "c")
        .replace('w', "v");
    let mut out = String::new();
    for c in ascii
        .chars()
        .filter(|c| c.is_ascii_alphabetic() && !"aeiouyj".contains(*c))
    {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The rubric's META.TRACE: state media reporting figures that an official
/// primary source (statistics office, ministry) published first.
pub fn trace(entry: &Entry, kind: SourceType) -> Option<Reason> {
    static FIGURES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\d+(?:[.,]\d+)?\s*(?:%|процент|млрд|млн|тыс|трлн|billion|million|bn|亿|万)|товарооборот|экспорт|импорт|ВВП|\bGDP\b|trade turnover|\bexports?\b|\bimports?\b|статистик|statistic",
        )
        .expect("static regex")
    });
    if kind != SourceType::StateMedia {
        return None;
    }
    let text = [entry.text("title"), entry.translated_title()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let found = FIGURES.find(&text)?;
    Some(Reason::new(
        "META.TRACE",
        format!(
            "reports figures (“{}”): trace them to the primary source (statistics office, ministry) and cite that",
            found.as_str().trim()
        ),
        "",
    ))
}

/// The rubric's META.URL_FRAGMENT_STRIPPED: a text fragment or tracking
/// parameters that are not part of the cited address.
pub fn stripped_url_parts(url: &url::Url) -> Option<Reason> {
    let mut parts = Vec::new();
    if url.fragment().is_some_and(|f| f.starts_with(":~:text=")) {
        parts.push("the text fragment #:~:text=…".to_string());
    }
    let tracking: Vec<String> = url
        .query_pairs()
        .map(|(k, _)| k.into_owned())
        .filter(|k| {
            k.starts_with("utm_") || matches!(k.as_str(), "fbclid" | "gclid" | "yclid" | "mc_cid")
        })
        .collect();
    if !tracking.is_empty() {
        parts.push(format!("tracking parameters ({})", tracking.join(", ")));
    }
    (!parts.is_empty()).then(|| {
        Reason::new(
            "META.URL_FRAGMENT_STRIPPED",
            format!("{} removed before matching the domain", parts.join(" and ")),
            "",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_match_across_scripts() {
        assert_eq!(skeleton("Turarbekava"), skeleton("Турарбекова"));
        assert_eq!(skeleton("Lukashenka"), skeleton("Лукашенко"));
        assert_ne!(skeleton("Turarbekava"), skeleton("Matsukevich"));
    }
}
