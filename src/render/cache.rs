//! A cache of rendered bibliography clusters, so that rendering an
//! unchanged library again costs a lookup instead of the CSL engine.
//!
//! A cluster (the works of one first author in one year, or one work in an
//! unsorted style) is keyed by the style's fingerprint, the locale and the
//! CSL-JSON of its items, so an edited entry, another style or another
//! locale misses. The cache is data: [`RenderCache`] is read from and written
//! to text by the caller (`cli/`), which decides where it lives. A cache that
//! does not parse, or comes from another refman version, is treated as empty.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use hayagriva::citationberg::{FontStyle, FontVariant, FontWeight, TextDecoration, VerticalAlign};
use hayagriva::{Elem, ElemChild, ElemChildren, ElemMeta, Formatted, Formatting};
use serde::{Deserialize, Serialize};

use super::Reference;
use crate::entry::Entry;
use biblatex::Chunk;

/// Changes whenever refman renders differently within one version (its
/// mapping of entries to CSL items, its corrections of the engine's
/// output), so no cache hides the change.
pub const RENDER_REVISION: &str = "4";

/// The version a cache file must carry: refman's and the render revision.
fn cache_version() -> String {
    format!("{}+r{RENDER_REVISION}", env!("CARGO_PKG_VERSION"))
}

/// Clusters kept in one cache file (one style and locale).
pub const MAX_CLUSTERS: usize = 200_000;

/// Rendered clusters by key.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct RenderCache {
    version: String,
    clusters: HashMap<u64, Vec<CachedReference>>,
    /// Clusters looked up or added in this run: the only ones saved.
    #[serde(skip)]
    used: HashMap<u64, Vec<CachedReference>>,
    #[serde(skip)]
    changed: bool,
}

impl RenderCache {
    pub fn new() -> Self {
        RenderCache {
            version: cache_version(),
            ..RenderCache::default()
        }
    }

    /// A cache read back from [`RenderCache::to_json`]; empty when the text
    /// is not a cache of this refman version.
    pub fn from_json(text: &str) -> Self {
        match serde_json::from_str::<RenderCache>(text) {
            Ok(cache) if cache.version == cache_version() => cache,
            _ => RenderCache::new(),
        }
    }

    /// The clusters this run used, and older ones while the total stays
    /// under [`MAX_CLUSTERS`]: rendering a few keys does not evict a whole
    /// library, and the file never grows without bound.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Saved<'a> {
            version: &'a str,
            clusters: HashMap<u64, &'a Vec<CachedReference>>,
        }
        let mut clusters: HashMap<u64, &Vec<CachedReference>> =
            self.used.iter().map(|(k, v)| (*k, v)).collect();
        for (key, value) in &self.clusters {
            if clusters.len() >= MAX_CLUSTERS {
                break;
            }
            clusters.insert(*key, value);
        }
        serde_json::to_string(&Saved {
            version: &self.version,
            clusters,
        })
        .unwrap_or_default()
    }

    /// Whether the run rendered clusters the cache did not have.
    pub fn is_changed(&self) -> bool {
        self.changed
    }

    pub(super) fn get(&mut self, key: u64) -> Option<Vec<Reference>> {
        let cached = self.clusters.remove(&key)?;
        let references = cached.iter().map(CachedReference::to_reference).collect();
        self.used.insert(key, cached);
        Some(references)
    }

    pub(super) fn put(&mut self, key: u64, references: &[Reference]) {
        let cached = references
            .iter()
            .map(CachedReference::from_reference)
            .collect();
        self.used.insert(key, cached);
        self.changed = true;
    }
}

/// A stable key for a cluster: style fingerprint, locale and the content
/// of each entry.
pub fn cluster_key(fingerprint: u64, locale: &str, entry_hashes: &[u64]) -> u64 {
    let mut hasher = DefaultHasher::new();
    fingerprint.hash(&mut hasher);
    locale.hash(&mut hasher);
    entry_hashes.hash(&mut hasher);
    hasher.finish()
}

/// A hash of everything an entry holds: key, type, fields and their
/// values chunk by chunk (refman's version, part of the style
/// fingerprint, covers changes to the CSL mapping).
pub fn entry_hash(entry: &Entry) -> u64 {
    let mut hasher = DefaultHasher::new();
    entry.key.hash(&mut hasher);
    entry.entry_type.hash(&mut hasher);
    for (name, chunks) in entry.fields() {
        name.hash(&mut hasher);
        for chunk in chunks {
            let kind: u8 = match &chunk.v {
                Chunk::Normal(_) => 0,
                Chunk::Verbatim(_) => 1,
                Chunk::Math(_) => 2,
            };
            kind.hash(&mut hasher);
            chunk.v.get().hash(&mut hasher);
        }
    }
    hasher.finish()
}

/// A fingerprint of a style's source (its archive name or its XML).
pub fn fingerprint(source: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    cache_version().hash(&mut hasher);
    source.hash(&mut hasher);
    hasher.finish()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct CachedReference {
    key: String,
    content: Vec<Node>,
}

/// The engine's output tree, in a form that serialises. Elements are kept
/// only where refman reads them (names, citation number); the others are
/// flattened into their parent, which the writers do anyway.
#[derive(Debug, Clone, Serialize, Deserialize)]
enum Node {
    #[serde(rename = "t")]
    Text(
        String,
        #[serde(default, skip_serializing_if = "is_plain")] u8,
    ),
    #[serde(rename = "m")]
    Markup(String),
    #[serde(rename = "n")]
    Names(Vec<Node>),
    #[serde(rename = "c")]
    CitationNumber(Vec<Node>),
    #[serde(rename = "l")]
    Link(
        String,
        String,
        #[serde(default, skip_serializing_if = "is_plain")] u8,
    ),
}

fn is_plain(style: &u8) -> bool {
    *style == 0
}

impl CachedReference {
    fn from_reference(r: &Reference) -> Self {
        CachedReference {
            key: r.key.clone(),
            content: nodes(&r.content),
        }
    }

    fn to_reference(&self) -> Reference {
        Reference {
            key: self.key.clone(),
            content: children(&self.content),
        }
    }
}

fn nodes(children: &ElemChildren) -> Vec<Node> {
    let mut out = Vec::new();
    flatten_into(children, &mut out);
    out
}

fn flatten_into(children: &ElemChildren, out: &mut Vec<Node>) {
    for child in &children.0 {
        match child {
            ElemChild::Text(t) => out.push(Node::Text(t.text.clone(), style(t.formatting))),
            ElemChild::Markup(m) => out.push(Node::Markup(m.clone())),
            ElemChild::Elem(e) => match &e.meta {
                Some(ElemMeta::Names(_)) => out.push(Node::Names(nodes(&e.children))),
                Some(ElemMeta::CitationNumber) => {
                    out.push(Node::CitationNumber(nodes(&e.children)))
                }
                _ => flatten_into(&e.children, out),
            },
            ElemChild::Link { text, url } => out.push(Node::Link(
                text.text.clone(),
                url.clone(),
                style(text.formatting),
            )),
            ElemChild::Transparent { .. } => {}
        }
    }
}

fn children(nodes: &[Node]) -> ElemChildren {
    let elem = |inner: &[Node], meta: ElemMeta| {
        ElemChild::Elem(Elem {
            children: children(inner),
            display: None,
            meta: Some(meta),
        })
    };
    ElemChildren(
        nodes
            .iter()
            .map(|node| match node {
                Node::Text(text, s) => ElemChild::Text(formatted(text, *s)),
                Node::Markup(m) => ElemChild::Markup(m.clone()),
                Node::Names(inner) => elem(inner, ElemMeta::Names(Vec::new())),
                Node::CitationNumber(inner) => elem(inner, ElemMeta::CitationNumber),
                Node::Link(text, url, s) => ElemChild::Link {
                    text: formatted(text, *s),
                    url: url.clone(),
                },
            })
            .collect(),
    )
}

const ITALIC: u8 = 1;
const SMALL_CAPS: u8 = 2;
const BOLD: u8 = 4;
const LIGHT: u8 = 8;
const UNDERLINE: u8 = 16;
const BASELINE: u8 = 32;
const SUPERSCRIPT: u8 = 64;
const SUBSCRIPT: u8 = 128;

fn style(f: Formatting) -> u8 {
    let mut bits = 0;
    if f.font_style == FontStyle::Italic {
        bits |= ITALIC;
    }
    if f.font_variant == FontVariant::SmallCaps {
        bits |= SMALL_CAPS;
    }
    bits |= match f.font_weight {
        FontWeight::Bold => BOLD,
        FontWeight::Light => LIGHT,
        FontWeight::Normal => 0,
    };
    if f.text_decoration == TextDecoration::Underline {
        bits |= UNDERLINE;
    }
    bits |= match f.vertical_align {
        VerticalAlign::Baseline => BASELINE,
        VerticalAlign::Sup => SUPERSCRIPT,
        VerticalAlign::Sub => SUBSCRIPT,
        VerticalAlign::None => 0,
    };
    bits
}

fn formatted(text: &str, bits: u8) -> Formatted {
    let has = |bit: u8| bits & bit != 0;
    Formatted {
        text: text.to_string(),
        formatting: Formatting {
            font_style: if has(ITALIC) {
                FontStyle::Italic
            } else {
                FontStyle::Normal
            },
            font_variant: if has(SMALL_CAPS) {
                FontVariant::SmallCaps
            } else {
                FontVariant::Normal
            },
            font_weight: if has(BOLD) {
                FontWeight::Bold
            } else if has(LIGHT) {
                FontWeight::Light
            } else {
                FontWeight::Normal
            },
            text_decoration: if has(UNDERLINE) {
                TextDecoration::Underline
            } else {
                TextDecoration::None
            },
            vertical_align: if has(SUPERSCRIPT) {
                VerticalAlign::Sup
            } else if has(SUBSCRIPT) {
                VerticalAlign::Sub
            } else if has(BASELINE) {
                VerticalAlign::Baseline
            } else {
                VerticalAlign::None
            },
        },
    }
}
