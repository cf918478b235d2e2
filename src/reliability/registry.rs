//! The source registry: which outlet or institution a domain (or a journal
//! title) belongs to, what type of source it is, and the evidence for that.
//!
//! Layers load in order and later ones win: the shipped
//! `bibliography/sources.toml` (compiled in) with the State Media Monitor
//! list for outlets it does not name, then any user and project files. The
//! same `id` replaces an entry; `disabled = true` removes it. Unknown keys and
//! bad values are errors naming the file and line.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::entry::Date;
use crate::error::{Error, line_column};

/// The shipped registry, compiled into the binary.
pub const SHIPPED: &str = include_str!("../../bibliography/sources.toml");
/// The State Media Monitor list (MIT, ASD-at-GMF), compiled into the binary.
pub const STATE_MEDIA_MATRIX: &str = include_str!("../../bibliography/state-media-matrix.csv");
const SHIPPED_NAME: &str = "bibliography/sources.toml (shipped)";
const SMM_NAME: &str = "bibliography/state-media-matrix.csv (shipped)";

/// The rubric's source types; the serialised names are a stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceType {
    Official,
    Statistics,
    IntlOrg,
    StateMedia,
    PublicMedia,
    PrivateMedia,
    IndependentMedia,
    ThinkTank,
    Academic,
    /// A DOI or handle resolver: says nothing about the work itself.
    Resolver,
    Unknown,
}

impl SourceType {
    pub const ALL: [SourceType; 11] = [
        SourceType::Official,
        SourceType::Statistics,
        SourceType::IntlOrg,
        SourceType::StateMedia,
        SourceType::PublicMedia,
        SourceType::PrivateMedia,
        SourceType::IndependentMedia,
        SourceType::ThinkTank,
        SourceType::Academic,
        SourceType::Resolver,
        SourceType::Unknown,
    ];

    /// The identifier used in JSON and CSV.
    pub fn id(self) -> &'static str {
        match self {
            SourceType::Official => "official",
            SourceType::Statistics => "statistics",
            SourceType::IntlOrg => "intl_org",
            SourceType::StateMedia => "state_media",
            SourceType::PublicMedia => "public_media",
            SourceType::PrivateMedia => "private_media",
            SourceType::IndependentMedia => "independent_media",
            SourceType::ThinkTank => "think_tank",
            SourceType::Academic => "academic",
            SourceType::Resolver => "resolver",
            SourceType::Unknown => "unknown",
        }
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            SourceType::Official => "official",
            SourceType::Statistics => "statistics office",
            SourceType::IntlOrg => "international organisation",
            SourceType::StateMedia => "state-controlled media",
            SourceType::PublicMedia => "public media",
            SourceType::PrivateMedia => "private media",
            SourceType::IndependentMedia => "independent media",
            SourceType::ThinkTank => "think tank",
            SourceType::Academic => "academic",
            SourceType::Resolver => "resolver",
            SourceType::Unknown => "unknown",
        }
    }
}

/// Peer review of an academic source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeerReview {
    Yes,
    No,
    Unknown,
}

/// Status on Wikipedia's list of perennial sources (WP:RSP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rsp {
    /// Generally reliable.
    Gr,
    /// No consensus.
    Nc,
    /// Generally unreliable.
    Gu,
    /// Deprecated.
    D,
    /// Blacklisted.
    Bl,
    /// Not listed.
    None,
}

impl Rsp {
    pub fn label(self) -> &'static str {
        match self {
            Rsp::Gr => "generally reliable",
            Rsp::Nc => "no consensus",
            Rsp::Gu => "generally unreliable",
            Rsp::D => "deprecated",
            Rsp::Bl => "blacklisted",
            Rsp::None => "not listed",
        }
    }
}

/// State Media Monitor typology.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Smm {
    /// State-controlled.
    SC,
    /// Captured public.
    CaPu,
    /// Captured private.
    CaPr,
    /// Independent state-funded and state-managed.
    ISFM,
    /// Independent state-funded.
    ISF,
    /// Independent state-managed.
    ISM,
    /// Independent public.
    IP,
}

impl Smm {
    fn parse(code: &str) -> Option<Self> {
        Some(match code.trim().trim_end_matches('?') {
            "SC" => Smm::SC,
            "CaPu" => Smm::CaPu,
            "CaPr" => Smm::CaPr,
            "ISFM" => Smm::ISFM,
            "ISF" => Smm::ISF,
            "ISM" => Smm::ISM,
            "IP" => Smm::IP,
            _ => return None,
        })
    }

    /// Under state control (the first three codes) or editorially independent.
    pub fn is_controlled(self) -> bool {
        matches!(self, Smm::SC | Smm::CaPu | Smm::CaPr)
    }
}

/// What a source can support, after WP:RSP's "fitness for purpose".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UsableFor {
    Positions,
    Facts,
    FactsWithAttribution,
    Analysis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceStatus {
    Checked,
    ToVerify,
}

/// Why an entry is classified as it is.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub scheme: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub claim: String,
    pub status: EvidenceStatus,
}

/// A change of status from a date on (Lenta.ru from 2014-03-12, …).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: String,
    pub to: Option<String>,
    pub rsp: Option<Rsp>,
    #[serde(rename = "type")]
    pub kind: Option<SourceType>,
    pub flag: Option<String>,
    pub note: Option<String>,
}

impl Period {
    /// Whether a work of `date` falls in this period; undated works never do.
    fn covers(&self, date: Option<Date>) -> bool {
        let Some(date) = date else { return false };
        let starts = Date::parse_iso(&self.from).is_some_and(|from| date >= from);
        let ends = self
            .to
            .as_deref()
            .and_then(Date::parse_iso)
            .is_some_and(|to| date >= to);
        starts && !ends
    }
}

/// One `[[source]]` or `[[rule]]` entry as written in a file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceSpec {
    id: Spanned<String>,
    name: Option<String>,
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    aliases: Vec<String>,
    suffix: Option<String>,
    path_prefix: Option<String>,
    #[serde(rename = "type")]
    kind: Option<SourceType>,
    subtype: Option<String>,
    country: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    owner: Option<String>,
    peer_review: Option<PeerReview>,
    smm: Option<Smm>,
    smm_as_of: Option<String>,
    rsp: Option<Rsp>,
    rsp_as_of: Option<String>,
    #[serde(default)]
    flags: Vec<String>,
    usable_for: Option<UsableFor>,
    #[serde(default)]
    periods: Vec<Period>,
    note: Option<String>,
    as_of: Option<String>,
    #[serde(default)]
    disabled: bool,
    #[serde(default)]
    evidence: Vec<Evidence>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    schema: Option<u32>,
    registry: Option<String>,
    as_of: Option<String>,
    license: Option<String>,
    #[serde(default)]
    rule: Vec<SourceSpec>,
    #[serde(default)]
    source: Vec<SourceSpec>,
}

/// A registry entry: an outlet or institution (`[[source]]`) or a domain
/// suffix rule (`[[rule]]`).
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub name: String,
    pub domains: Vec<String>,
    pub titles: Vec<String>,
    /// Other names the owner publishes under (other languages, short forms).
    pub aliases: Vec<String>,
    pub suffix: Option<String>,
    pub path_prefix: Option<String>,
    pub kind: SourceType,
    pub subtype: Option<String>,
    pub country: Option<String>,
    pub languages: Vec<String>,
    pub owner: Option<String>,
    pub peer_review: Option<PeerReview>,
    pub smm: Option<Smm>,
    pub smm_as_of: Option<String>,
    pub rsp: Option<Rsp>,
    pub rsp_as_of: Option<String>,
    pub flags: Vec<String>,
    pub usable_for: Option<UsableFor>,
    pub periods: Vec<Period>,
    pub note: Option<String>,
    pub as_of: Option<String>,
    pub evidence: Vec<Evidence>,
    /// The file the entry came from.
    pub origin: String,
}

/// The status of a source for a work of a given date: periods applied.
#[derive(Debug, Clone)]
pub struct Effective<'a> {
    pub kind: SourceType,
    pub rsp: Option<Rsp>,
    pub flags: Vec<&'a str>,
    pub notes: Vec<&'a str>,
}

impl Source {
    pub fn effective(&self, date: Option<Date>) -> Effective<'_> {
        let mut status = Effective {
            kind: self.kind,
            rsp: self.rsp,
            flags: self.flags.iter().map(String::as_str).collect(),
            notes: Vec::new(),
        };
        for period in self.periods.iter().filter(|p| p.covers(date)) {
            status.kind = period.kind.unwrap_or(status.kind);
            status.rsp = period.rsp.or(status.rsp);
            status.flags.extend(period.flag.as_deref());
            status.notes.extend(period.note.as_deref());
        }
        status
    }
}

/// Which registry entry classified a work, and how it was found.
#[derive(Debug, Clone, Copy)]
pub struct Match<'a> {
    pub source: &'a Source,
    pub by: MatchedBy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchedBy {
    Domain,
    Suffix,
    Title,
}

/// The loaded registry, indexed for lookups.
#[derive(Debug, Default)]
pub struct Registry {
    entries: Vec<Source>,
    by_id: HashMap<String, usize>,
    by_domain: HashMap<String, Vec<usize>>,
    by_title: HashMap<String, usize>,
    rules: Vec<usize>,
    /// Name and date of the shipped layer, for the report's footer.
    pub name: String,
    pub as_of: String,
    pub license: String,
}

impl Registry {
    /// The shipped layer, with the State Media Monitor outlets it does not name.
    pub fn shipped() -> Result<Self, Error> {
        let mut registry = Registry::default();
        registry.add_layer(SHIPPED_NAME, SHIPPED)?;
        registry.add_state_media(STATE_MEDIA_MATRIX)?;
        Ok(registry)
    }

    /// Adds a TOML layer: new ids are added, known ids replaced or disabled.
    pub fn add_layer(&mut self, origin: &str, text: &str) -> Result<(), Error> {
        let bad = |offset: usize, message: String| {
            let (line, column) = line_column(text, offset);
            Error::Registry {
                path: origin.to_string(),
                line,
                column,
                message,
            }
        };
        let file: RegistryFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            bad(offset, e.message().trim().to_string())
        })?;
        if let Some(schema) = file.schema.filter(|&s| s != 1) {
            return Err(bad(
                0,
                format!("schema {schema} is not supported; expected 1"),
            ));
        }
        if self.name.is_empty() {
            self.name = file.registry.unwrap_or_default();
            self.as_of = file.as_of.clone().unwrap_or_default();
            self.license = file.license.unwrap_or_default();
        }
        let rules = file.rule.into_iter().map(|s| (true, s));
        for (is_rule, spec) in rules.chain(file.source.into_iter().map(|s| (false, s))) {
            let offset = spec.id.span().start;
            let id = spec.id.get_ref().clone();
            if spec.disabled {
                self.remove(&id);
                continue;
            }
            let source = resolve(spec, is_rule, origin, file.as_of.as_deref())
                .map_err(|message| bad(offset, format!("{id}: {message}")))?;
            self.insert(source);
        }
        Ok(())
    }

    /// Adds outlets of the State Media Monitor list whose host no entry names.
    pub fn add_state_media(&mut self, csv_text: &str) -> Result<(), Error> {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let mut outlets: Vec<Source> = Vec::new();
        let mut seen: HashMap<(String, Option<String>), usize> = HashMap::new();
        for (row, record) in reader.records().enumerate() {
            let record = record.map_err(|e| Error::Registry {
                path: SMM_NAME.to_string(),
                line: row + 2,
                column: 1,
                message: e.to_string(),
            })?;
            let field = |i: usize| record.get(i).unwrap_or("").trim();
            let (country, company, asset, url, code) =
                (field(1), field(2), field(3), field(4), field(5));
            let (Some(smm), Ok(url)) = (Smm::parse(code), url::Url::parse(url)) else {
                continue;
            };
            let Some(host) = url.host_str().map(registered_host) else {
                continue;
            };
            if self.by_domain.contains_key(&host) {
                continue;
            }
            let path = url.path().trim_end_matches('/');
            let path_prefix = (!path.is_empty()).then(|| format!("{path}/"));
            if let Some(&i) = seen.get(&(host.clone(), path_prefix.clone())) {
                let assets = &mut outlets[i].aliases;
                assets.push(asset.to_string());
                continue;
            }
            seen.insert((host.clone(), path_prefix.clone()), outlets.len());
            outlets.push(Source {
                id: format!("smm:{host}{}", path_prefix.as_deref().unwrap_or("")),
                name: company.to_string(),
                domains: vec![host],
                titles: Vec::new(),
                aliases: vec![asset.to_string()],
                suffix: None,
                path_prefix,
                kind: if smm.is_controlled() {
                    SourceType::StateMedia
                } else {
                    SourceType::PublicMedia
                },
                subtype: None,
                country: Some(country.to_string()),
                languages: Vec::new(),
                owner: None,
                peer_review: None,
                smm: Some(smm),
                smm_as_of: Some("2023".to_string()),
                rsp: None,
                rsp_as_of: None,
                flags: Vec::new(),
                usable_for: Some(if smm.is_controlled() {
                    UsableFor::Positions
                } else {
                    UsableFor::Facts
                }),
                periods: Vec::new(),
                note: None,
                as_of: Some("2023".to_string()),
                evidence: vec![Evidence {
                    scheme: "state-media-monitor".to_string(),
                    reference: "https://github.com/ASD-at-GMF/state-media-profiles".to_string(),
                    claim: format!("{code} ({company})"),
                    status: EvidenceStatus::Checked,
                }],
                origin: SMM_NAME.to_string(),
            });
        }
        for outlet in outlets {
            self.insert(outlet);
        }
        Ok(())
    }

    fn insert(&mut self, source: Source) {
        self.remove(&source.id);
        let index = self.entries.len();
        self.by_id.insert(source.id.clone(), index);
        for domain in &source.domains {
            self.by_domain
                .entry(domain.clone())
                .or_default()
                .push(index);
        }
        for title in &source.titles {
            self.by_title.insert(normalise_title(title), index);
        }
        if source.suffix.is_some() {
            self.rules.push(index);
        }
        self.entries.push(source);
    }

    fn remove(&mut self, id: &str) {
        let Some(index) = self.by_id.remove(id) else {
            return;
        };
        for list in self.by_domain.values_mut() {
            list.retain(|&i| i != index);
        }
        self.by_domain.retain(|_, list| !list.is_empty());
        self.by_title.retain(|_, &mut i| i != index);
        self.rules.retain(|&i| i != index);
    }

    pub fn get(&self, id: &str) -> Option<&Source> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Number of active entries.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The entry for a host and path: the longest matching domain (with the
    /// longest matching `path_prefix`), else the longest matching suffix rule.
    pub fn lookup_host(&self, host: &str, path: &str) -> Option<Match<'_>> {
        let mut candidate = host;
        loop {
            if let Some(list) = self.by_domain.get(candidate) {
                let best = list
                    .iter()
                    .map(|&i| &self.entries[i])
                    .filter(|s| s.path_prefix.as_deref().is_none_or(|p| path.starts_with(p)))
                    .max_by_key(|s| s.path_prefix.as_deref().map_or(0, str::len));
                if let Some(source) = best {
                    return Some(Match {
                        source,
                        by: MatchedBy::Domain,
                    });
                }
            }
            match candidate.split_once('.') {
                Some((_, parent)) if !parent.is_empty() => candidate = parent,
                _ => break,
            }
        }
        self.rules
            .iter()
            .map(|&i| &self.entries[i])
            .filter(|rule| {
                rule.suffix.as_deref().is_some_and(|suffix| {
                    host == suffix
                        || host
                            .strip_suffix(suffix)
                            .is_some_and(|rest| rest.ends_with('.'))
                })
            })
            .max_by_key(|rule| rule.suffix.as_deref().map_or(0, str::len))
            .map(|source| Match {
                source,
                by: MatchedBy::Suffix,
            })
    }

    /// The entry naming a journal or series title.
    pub fn lookup_title(&self, title: &str) -> Option<Match<'_>> {
        self.by_title.get(&normalise_title(title)).map(|&i| Match {
            source: &self.entries[i],
            by: MatchedBy::Title,
        })
    }
}

/// Checks a written entry and fills what the rubric derives.
fn resolve(
    spec: SourceSpec,
    is_rule: bool,
    origin: &str,
    file_as_of: Option<&str>,
) -> Result<Source, String> {
    let kind = spec
        .kind
        .ok_or("missing `type` (official, statistics, intl_org, state_media, …)")?;
    if is_rule && spec.suffix.is_none() {
        return Err("a [[rule]] needs `suffix`".to_string());
    }
    if !is_rule && spec.domains.is_empty() && spec.titles.is_empty() {
        return Err("a [[source]] needs `domains` or `titles`".to_string());
    }
    for date in spec
        .periods
        .iter()
        .flat_map(|p| [Some(&p.from), p.to.as_ref()])
    {
        if let Some(date) = date.filter(|d| Date::parse_iso(d).is_none()) {
            return Err(format!("period date `{date}` is not YYYY[-MM[-DD]]"));
        }
    }
    let mut domains = Vec::with_capacity(spec.domains.len());
    for domain in &spec.domains {
        match url::Host::parse(domain.trim()) {
            Ok(url::Host::Domain(host)) => domains.push(registered_host(&host)),
            _ => return Err(format!("`{domain}` is not a domain name")),
        }
    }
    let id = spec.id.into_inner();
    Ok(Source {
        name: spec.name.unwrap_or_else(|| id.clone()),
        domains,
        titles: spec.titles,
        aliases: spec.aliases,
        suffix: spec
            .suffix
            .map(|s| s.trim_start_matches('.').to_lowercase()),
        path_prefix: spec.path_prefix,
        kind,
        subtype: spec.subtype,
        country: spec.country,
        languages: spec.languages,
        owner: spec.owner,
        peer_review: spec.peer_review,
        smm: spec.smm,
        smm_as_of: spec.smm_as_of,
        rsp: spec.rsp,
        rsp_as_of: spec.rsp_as_of,
        flags: spec.flags,
        usable_for: spec.usable_for,
        periods: spec.periods,
        note: spec.note,
        as_of: spec.as_of.or_else(|| file_as_of.map(str::to_string)),
        evidence: spec.evidence,
        origin: origin.to_string(),
        id,
    })
}

/// A host as the registry keys it: lower case, without `www.` and a final dot.
pub fn registered_host(host: &str) -> String {
    let host = host.trim_end_matches('.').to_lowercase();
    match host.strip_prefix("www.") {
        Some(rest) => rest.to_string(),
        None => host,
    }
}

fn normalise_title(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
#[path = "registry_tests.rs"]
mod tests;
