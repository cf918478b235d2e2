//! Formatting references through a real CSL engine (hayagriva and its
//! bundled styles): choosing the style and locale, running the engine over
//! CSL-JSON items from [`crate::csl`], and correcting a few known engine
//! defects in its output. Writing the output tree as Markdown, HTML, LaTeX
//! or text is [`write`]'s job.

pub mod cache;
mod clusters;
mod fix;
mod guard;
mod locales;
mod order;
mod positions;
mod repair;
mod titlecase;
pub mod training;
pub mod write;

use std::collections::HashMap;

use hayagriva::archive::ArchivedStyle;
use hayagriva::citationberg::json::Item;
use hayagriva::citationberg::taxonomy::Locator;
use hayagriva::citationberg::{IndependentStyle, Locale, LocaleCode, Style, StyleClass};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, ElemChild,
    ElemChildren, LocatorPayload, SpecificLocator,
};
use rayon::prelude::*;

pub use cache::RenderCache;
use clusters::{cluster_key, date_title_key, without_cites};
pub use fix::fix_text;
use fix::{correct_titles, fix_note, title_corrections};
pub use order::ScriptOrder;
use order::{SortKey, Tradition, script_rank, sort_text};
use positions::{plain, renumber, substitute_repeated_authors};

use crate::entry::Entry;

/// Short names refman accepts for the bundled styles, beside every name
/// the archive itself knows (`chicago-author-date`, `ieee`, …).
pub const STYLE_ALIASES: &[(&str, &str)] = &[
    ("chicago", "chicago-notes"),
    ("chicago-notes-bibliography", "chicago-notes"),
    ("harvard", "harvard-cite-them-right"),
    ("gost", "gost-r-705-2008-numeric"),
    ("gost-r-7.0.5", "gost-r-705-2008-numeric"),
    ("gost-2008", "gost-r-705-2008-numeric"),
    ("gb-t-7714", "gb-7714-2015-numeric"),
    ("gb-t-7714-numeric", "gb-7714-2015-numeric"),
    ("gb-t-7714-author-date", "gb-7714-2015-author-date"),
    ("gb-t-7714-note", "gb-7714-2015-note"),
];

/// Styles written for refman, kept as CSL files in `styles/` (a style is
/// data): GOST R 7.0.100-2018, for which no official CSL file exists.
pub const OWN_STYLES: &[(&str, &str)] = &[
    (
        "gost-2018",
        include_str!("../../styles/gost-r-7-0-100-2018-numeric.csl"),
    ),
    (
        "gost-2018-numeric",
        include_str!("../../styles/gost-r-7-0-100-2018-numeric.csl"),
    ),
    (
        "gost-2018-author-date",
        include_str!("../../styles/gost-r-7-0-100-2018-author-date.csl"),
    ),
];

/// Why a style or locale could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StyleError {
    #[error("unknown style {name:?}; known styles: {known}")]
    UnknownStyle { name: String, known: String },
    #[error("not a CSL style: {0}")]
    Invalid(String),
    #[error("dependent style points to {parent:?}, which is not a bundled style")]
    UnknownParent { parent: String },
    #[error("the style has no bibliography section")]
    NoBibliography,
    #[error("unknown locale {code:?}; available: {known}")]
    UnknownLocale { code: String, known: String },
}

/// A style ready to format, with its locale.
pub struct Styler {
    style: IndependentStyle,
    /// The bundled locales the list's locale needs (decoded on demand, see
    /// [`locales`]), and their places in the archive.
    locales: Vec<Locale>,
    locale_places: Vec<usize>,
    locale: Option<LocaleCode>,
    /// Each reference in the terms and dates of its own language (`langid`).
    entry_locale: bool,
    /// Script order chosen by the user; `None`: the style's tradition.
    script_order: Option<ScriptOrder>,
    /// The short name or file the style came from, for messages.
    pub origin: String,
    /// Identifies the style's source for the render cache.
    fingerprint: u64,
}

/// One formatted reference of a bibliography.
#[derive(Debug, Clone)]
pub struct Reference {
    pub key: String,
    pub content: ElemChildren,
}

/// A citation in a note: the work's item and the page cited, if any.
pub struct NoteCitation<'a> {
    pub item: &'a Item,
    pub pinpoint: Option<&'a str>,
}

impl Styler {
    /// A bundled style by name (`apa`, `chicago-notes`, `gost`, …).
    pub fn named(name: &str) -> Result<Self, StyleError> {
        let lower = name.to_ascii_lowercase();
        if let Some((_, xml)) = OWN_STYLES.iter().find(|(own, _)| *own == lower) {
            return Self::from_csl(xml, name);
        }
        let canonical = STYLE_ALIASES
            .iter()
            .find(|(alias, _)| *alias == lower)
            .map_or(lower.as_str(), |(_, target)| target);
        let archived =
            ArchivedStyle::by_name(canonical).ok_or_else(|| StyleError::UnknownStyle {
                name: name.to_string(),
                known: known_styles(),
            })?;
        let mut styler = Self::from_style(archived.get(), name)?;
        styler.fingerprint = cache::fingerprint(&format!("archive:{canonical}"));
        Ok(styler)
    }

    /// A style from the text of a `.csl` file, independent or dependent on
    /// a bundled parent.
    pub fn from_csl(xml: &str, origin: &str) -> Result<Self, StyleError> {
        guard::check(xml).map_err(StyleError::Invalid)?;
        let style = Style::from_xml(xml).map_err(|e| StyleError::Invalid(e.to_string()))?;
        let mut styler = Self::from_style(style, origin)?;
        styler.fingerprint = cache::fingerprint(xml);
        Ok(styler)
    }

    fn from_style(style: Style, origin: &str) -> Result<Self, StyleError> {
        let (style, default_locale) = match style {
            Style::Independent(s) => (s, None),
            Style::Dependent(d) => {
                let parent = &d.parent_link.href;
                let archived = ArchivedStyle::by_id(parent)
                    .or_else(|| parent.rsplit('/').next().and_then(ArchivedStyle::by_name))
                    .ok_or_else(|| StyleError::UnknownParent {
                        parent: parent.clone(),
                    })?;
                match archived.get() {
                    Style::Independent(s) => (s, d.default_locale.clone()),
                    Style::Dependent(_) => {
                        return Err(StyleError::UnknownParent {
                            parent: parent.clone(),
                        });
                    }
                }
            }
        };
        if style.bibliography.is_none() {
            return Err(StyleError::NoBibliography);
        }
        let mut style = style;
        repair::repair(&mut style);
        let locale = default_locale.or_else(|| style.default_locale.clone());
        let locale_places = locales::needed(&locale);
        Ok(Styler {
            locales: locales::decode(&locale_places),
            locale_places,
            locale,
            entry_locale: Tradition::of(&style) != Tradition::None,
            script_order: None,
            style,
            origin: origin.to_string(),
            fingerprint: 0,
        })
    }

    /// Sets the locale (`en-US`, `ru-RU`, `ru`, …); it must be one the
    /// engine has terms for.
    pub fn with_locale(mut self, code: &str) -> Result<Self, StyleError> {
        let known: Vec<&str> = locales::codes().collect();
        let wanted = code.to_ascii_lowercase();
        let found = known.iter().find(|k| {
            let k = k.to_ascii_lowercase();
            k == wanted || k.split('-').next() == Some(wanted.as_str())
        });
        match found {
            Some(k) => {
                let locale = Some(LocaleCode(k.to_string()));
                self.locale_places = locales::needed(&locale);
                self.locales = locales::decode(&self.locale_places);
                self.locale = locale;
                Ok(self)
            }
            None => Err(StyleError::UnknownLocale {
                code: code.to_string(),
                known: known.join(", "),
            }),
        }
    }

    /// Turns per-entry locales on or off (`--entry-locale`); on by default
    /// for GOST and GB/T 7714 styles, whose standards ask for it.
    pub fn with_entry_locale(mut self, on: bool) -> Self {
        self.entry_locale = on;
        self
    }

    /// Sets the order of scripts in sorted lists (`--script-order`).
    pub fn with_script_order(mut self, order: ScriptOrder) -> Self {
        self.script_order = Some(order);
        self
    }

    pub fn entry_locale(&self) -> bool {
        self.entry_locale
    }

    /// The script order in effect: the user's, else the style tradition's.
    pub fn script_order(&self) -> ScriptOrder {
        self.script_order
            .unwrap_or(match Tradition::of(&self.style) {
                Tradition::Gost => ScriptOrder::CyrillicFirst,
                Tradition::Gbt => ScriptOrder::ChineseFirst,
                Tradition::None => ScriptOrder::Unicode,
            })
    }

    /// The locale of an item in `language` under per-entry locales: that
    /// language's when the engine has it (the list's own variant
    /// when the languages agree: `en` in an `en-GB` list stays `en-GB`),
    /// else the list's.
    fn locale_of(&self, language: Option<&str>) -> Option<LocaleCode> {
        let list = self.locale.clone();
        let Some(language) =
            language.map(|l| l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase())
        else {
            return list;
        };
        let list_language = self
            .locale_code()
            .split('-')
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase();
        if language == list_language {
            return list;
        }
        // The language's main variant first (ru-RU, en-US, zh-CN).
        let candidates: Vec<&str> = locales::codes()
            .filter(|c| {
                c.split('-')
                    .next()
                    .is_some_and(|b| b.eq_ignore_ascii_case(&language))
            })
            .collect();
        let main = format!("{language}-{}", language.to_ascii_uppercase());
        candidates
            .iter()
            .find(|c| {
                c.eq_ignore_ascii_case(&main)
                    || (language == "en" && **c == "en-US")
                    || (language == "zh" && **c == "zh-CN")
            })
            .or(candidates.first())
            .map(|c| LocaleCode(c.to_string()))
            .or(list)
    }

    fn entry_locale_of(&self, entry: &Entry) -> Option<LocaleCode> {
        if !self.entry_locale {
            return self.locale.clone();
        }
        self.locale_of(crate::csl::language(entry).as_deref())
    }

    fn item_locale(&self, item: &Item) -> Option<LocaleCode> {
        if !self.entry_locale {
            return self.locale.clone();
        }
        self.locale_of(item.0.get("language").and_then(|v| v.to_str()).as_deref())
    }

    /// Whether the style formats citations as notes (Chicago notes, …).
    pub fn is_note_style(&self) -> bool {
        self.style.settings.class == StyleClass::Note
    }

    /// Identifies style and locale: the render cache keeps one file per pair.
    pub fn cache_id(&self) -> u64 {
        cache::cluster_key(self.fingerprint, self.locale_code(), &[])
    }

    /// The locale the references are rendered in (`en-US` unless the style
    /// or `--locale` says otherwise).
    pub fn locale_code(&self) -> &str {
        self.locale.as_ref().map_or("en-US", |c| c.0.as_str())
    }

    /// The heading above the list, in the locale's language, the same in
    /// every command: "Bibliography" for note styles, "Works Cited" for
    /// MLA, "References" for the others. CSL locales carry no term for it, so refman names it
    /// for the languages it reads.
    pub fn heading(&self) -> &'static str {
        let bibliography = self.is_note_style();
        let language = self.locale_code().split('-').next().unwrap_or("en");
        match (language, bibliography) {
            ("ru", _) => "Список литературы",
            ("be", _) => "Спіс літаратуры",
            ("uk", _) => "Список літератури",
            ("pl", _) => "Bibliografia",
            ("de", _) => "Literaturverzeichnis",
            ("fr", _) => "Bibliographie",
            ("zh", _) => "参考文献",
            // MLA names its list so.
            _ if self.title().contains("Modern Language Association")
                || self.title().starts_with("MLA ") =>
            {
                "Works Cited"
            }
            (_, true) => "Bibliography",
            (_, false) => "References",
        }
    }

    /// Whether punctuation goes inside closing quotes ("Title.”"), as the
    /// style's own locale section or the locale file says (en-US: yes,
    /// ru-RU: no).
    pub fn punctuation_in_quote(&self) -> bool {
        let code = self.locale_code();
        let language = code.split('-').next().unwrap_or(code);
        self.style
            .locale
            .iter()
            .chain(&self.locales)
            .filter(|l| {
                l.lang
                    .as_ref()
                    .is_none_or(|c| c.0 == code || c.0 == language)
            })
            .find_map(|l| l.style_options.as_ref()?.punctuation_in_quote)
            .unwrap_or(language == "en")
    }

    pub fn title(&self) -> &str {
        &self.style.info.title.value
    }

    /// The bibliography of `items`, sorted and disambiguated as the style
    /// says; items whose references come out empty are left out.
    ///
    /// The engine's own bibliography pass re-sorts and re-disambiguates the
    /// whole list, which costs seconds per thousand entries in note styles,
    /// and in long lists it misses year suffixes (three works by one author
    /// in 2018 come out without "a, b, c"). Only works by the same first
    /// author in the same year can affect each other (year suffixes, added
    /// given names), so the list is cut into such clusters, rendered on every core, and merged in the order
    /// of their rendered text, which starts with the style's sort key
    /// (names, or the title where there are none). Styles without a
    /// bibliography sort keep the input order and number by position.
    pub fn bibliography(&self, entries: &[&Entry]) -> Vec<Reference> {
        self.bibliography_in_clusters(entries, None)
    }

    /// [`Styler::bibliography`] through a cache of rendered clusters: only
    /// clusters the cache does not have are converted and rendered.
    pub fn bibliography_cached(
        &self,
        entries: &[&Entry],
        cache: &mut RenderCache,
    ) -> Vec<Reference> {
        self.bibliography_in_clusters(entries, Some(cache))
    }

    fn bibliography_in_clusters(
        &self,
        entries: &[&Entry],
        mut cache: Option<&mut RenderCache>,
    ) -> Vec<Reference> {
        let sorted = self
            .style
            .bibliography
            .as_ref()
            .is_some_and(|b| b.sort.is_some());
        let mut clusters: Vec<Vec<usize>> = if sorted {
            let mut by_author: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, entry) in entries.iter().enumerate() {
                let mut key = cluster_key(entry);
                if self.entry_locale {
                    // Works in different languages never share a run.
                    let locale = self.entry_locale_of(entry);
                    key.push_str(locale.as_ref().map_or("", |l| l.0.as_str()));
                }
                by_author.entry(key).or_default().push(i);
            }
            by_author.into_values().collect()
        } else {
            (0..entries.len()).map(|i| vec![i]).collect()
        };
        // Where the style's keys tie (APA compares years only), the engine
        // keeps the input order: date, then title, as citeproc-js assigns
        // year suffixes.
        for cluster in &mut clusters {
            cluster.sort_by_cached_key(|&i| date_title_key(entries[i]));
        }
        // The substitute is applied after the merge, across clusters; inside
        // a cluster it would hide the names that the merge sorts by.
        let mut plain_style = self.style.clone();
        if let Some(b) = plain_style.bibliography.as_mut() {
            b.subsequent_author_substitute = None;
        }
        without_cites(&mut plain_style);
        let keys: Vec<Option<u64>> = match cache {
            Some(_) => {
                let hashes: Vec<u64> = entries.par_iter().map(|e| cache::entry_hash(e)).collect();
                clusters
                    .iter()
                    .map(|cluster| {
                        let members: Vec<u64> = cluster.iter().map(|&i| hashes[i]).collect();
                        let locale = cluster
                            .first()
                            .and_then(|&i| self.entry_locale_of(entries[i]));
                        Some(cache::cluster_key(
                            self.fingerprint,
                            locale.as_ref().map_or(self.locale_code(), |l| l.0.as_str()),
                            &members,
                        ))
                    })
                    .collect()
            }
            None => vec![None; clusters.len()],
        };
        let mut rendered: Vec<Option<Vec<Reference>>> = keys
            .iter()
            .map(|key| cache.as_mut()?.get((*key)?))
            .collect();
        let missing: Vec<usize> = (0..clusters.len())
            .filter(|&i| rendered[i].is_none())
            .collect();
        let fresh: Vec<(usize, Vec<Reference>)> = missing
            .par_iter()
            .map(|&i| {
                let members: Vec<&Entry> = clusters[i].iter().map(|&j| entries[j]).collect();
                let locale = members.first().and_then(|e| self.entry_locale_of(e));
                (
                    i,
                    self.run_with(&plain_style, locale, &[], &items(&members)).1,
                )
            })
            .collect();
        for (i, references) in fresh {
            if let (Some(store), Some(key)) = (cache.as_mut(), keys[i]) {
                store.put(key, &references);
            }
            rendered[i] = Some(references);
        }
        let rendered = rendered.into_iter().flatten();
        let order = self.script_order();
        let mut references: Vec<Reference> = if sorted {
            let mut keyed: Vec<(SortKey, Reference)> = rendered
                .flatten()
                .map(|r| (sort_text(&r.content, order), r))
                .collect();
            keyed.sort_by(|a, b| a.0.cmp(&b.0));
            keyed.into_iter().map(|(_, r)| r).collect()
        } else {
            let mut references: Vec<Reference> = rendered.flatten().collect();
            // A numbered list keeps the citation order unless the user
            // asked for scripts to be grouped.
            if self.script_order.is_some_and(|o| o != ScriptOrder::Unicode) {
                references.sort_by_cached_key(|r| script_rank(&write::raw_text(&r.content), order));
            }
            references
        };
        if !sorted {
            renumber(&mut references);
        }
        if let Some(substitute) = self
            .style
            .bibliography
            .as_ref()
            .and_then(|b| b.subsequent_author_substitute.as_deref())
        {
            substitute_repeated_authors(&mut references, substitute);
        }
        references
    }

    /// The notes of an article, restyled: each note's citation in order
    /// (the style chooses full, short or "Ibid." forms), then the
    /// bibliography of the works cited.
    pub fn notes(&self, notes: &[Vec<NoteCitation>]) -> (Vec<ElemChildren>, Vec<Reference>) {
        self.run(notes, &[])
    }

    fn run(
        &self,
        notes: &[Vec<NoteCitation>],
        items: &[Item],
    ) -> (Vec<ElemChildren>, Vec<Reference>) {
        self.run_with(&self.style, self.locale.clone(), notes, items)
    }

    /// The bundled locales the engine needs for terms in `codes`: the
    /// list's own when they cover them (the usual case), else decoded for
    /// these codes (a Ukrainian work in a GOST list).
    fn engine_locales<'c>(
        &self,
        codes: impl Iterator<Item = &'c LocaleCode>,
    ) -> std::borrow::Cow<'_, [Locale]> {
        let mut codes: Vec<LocaleCode> = codes.cloned().collect();
        codes.extend(self.locale.clone());
        let places = locales::needed(&codes);
        if places.iter().all(|p| self.locale_places.contains(p)) {
            std::borrow::Cow::Borrowed(&self.locales)
        } else {
            std::borrow::Cow::Owned(locales::decode(&places))
        }
    }

    /// The engine over notes (each in the locale of its first work when
    /// per-entry locales are on) or over items, in `locale`.
    fn run_with(
        &self,
        style: &IndependentStyle,
        locale: Option<LocaleCode>,
        notes: &[Vec<NoteCitation>],
        items: &[Item],
    ) -> (Vec<ElemChildren>, Vec<Reference>) {
        let note_locales: Vec<Option<LocaleCode>> = notes
            .iter()
            .map(|note| match note.first() {
                Some(first) if self.entry_locale => self.item_locale(first.item),
                _ => locale.clone(),
            })
            .collect();
        let engine_locales =
            self.engine_locales(locale.iter().chain(note_locales.iter().flatten()));
        let mut driver: BibliographyDriver<Item> = BibliographyDriver::new();
        // Notes without a work (unresolved) still take their number.
        let mut numbered = Vec::new();
        for (i, (note, note_locale)) in notes.iter().zip(note_locales).enumerate() {
            if note.is_empty() {
                continue;
            }
            let cites = note
                .iter()
                .map(|c| {
                    let locator = c
                        .pinpoint
                        .map(|p| SpecificLocator(Locator::Page, LocatorPayload::Str(p)));
                    CitationItem::with_locator(c.item, locator)
                })
                .collect();
            driver.citation(CitationRequest::new(
                cites,
                style,
                note_locale,
                &engine_locales,
                Some(i + 1),
            ));
            numbered.push(i);
        }
        if notes.is_empty() {
            for item in items {
                driver.citation(CitationRequest::new(
                    vec![CitationItem::new(item, None, None, true, None)],
                    style,
                    locale.clone(),
                    &engine_locales,
                    None,
                ));
            }
        }
        let rendered = driver.finish(BibliographyRequest::new(style, locale, &engine_locales));
        // Title case as citeproc-js makes it, per item.
        let corrections: HashMap<String, Vec<String>> = items
            .iter()
            .chain(notes.iter().flatten().map(|c| c.item))
            .filter_map(|item| Some((item.id()?.into_owned(), title_corrections(item))))
            .filter(|(_, c)| !c.is_empty())
            .collect();
        let mut note_texts = vec![ElemChildren(Vec::new()); notes.len()];
        if !notes.is_empty() {
            for (slot, citation) in numbered.into_iter().zip(rendered.citations) {
                let mut content = fix_note(citation.citation);
                for c in &notes[slot] {
                    if let Some(fixes) = c.item.id().and_then(|id| corrections.get(id.as_ref())) {
                        correct_titles(&mut content, fixes);
                    }
                }
                note_texts[slot] = content;
            }
        }
        let references = rendered
            .bibliography
            .map(|b| {
                b.items
                    .into_iter()
                    .map(|item| {
                        let mut content = item.content;
                        if let Some(first) = item.first_field {
                            content.0.insert(0, first);
                            content.0.insert(1, ElemChild::Text(plain(" ")));
                        }
                        if let Some(fixes) = corrections.get(&item.key) {
                            correct_titles(&mut content, fixes);
                        }
                        Reference {
                            key: item.key,
                            content,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        (note_texts, references)
    }
}

fn known_styles() -> String {
    let mut names: Vec<&str> = OWN_STYLES.iter().map(|(a, _)| *a).collect();
    names.extend(STYLE_ALIASES.iter().map(|(a, _)| *a));
    names.extend(
        ArchivedStyle::all()
            .iter()
            .filter_map(|s| s.names().first().copied()),
    );
    names.join(", ")
}

/// The CSL-JSON items of entries, for the engine.
pub fn items(entries: &[&Entry]) -> Vec<Item> {
    entries
        .iter()
        .filter_map(|e| serde_json::from_value(crate::csl::to_csl_json(e)).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entry::{Entry, Name};

    fn library(n: usize) -> Vec<Entry> {
        (0..n)
            .map(|i| {
                let mut e = Entry::new(
                    format!("k{i}"),
                    if i % 2 == 0 { "article" } else { "online" },
                );
                let family = ["Друк", "Smith", "Turarbekova", "Ioffe", "Zhang"][i % 5];
                e.set_names("author", &[Name::person(family, "Anna")]);
                e.set_text(
                    "title",
                    &format!(
                        "Report number {} on {}",
                        i / 7,
                        ["trade", "policy", "energy"][i % 3]
                    ),
                );
                e.set_text("journaltitle", "Journal of Eastern Studies");
                e.set_text("date", &format!("{}", 2018 + i % 4));
                e
            })
            .collect()
    }

    fn texts(refs: &[Reference]) -> Vec<String> {
        refs.iter()
            .map(|r| write::write(&r.content, write::OutputFormat::Text))
            .collect()
    }

    #[test]
    fn clustered_rendering_matches_the_whole_list() {
        let entries = library(60);
        let refs: Vec<&Entry> = entries.iter().collect();
        let items = items(&refs);
        // The whole list is rendered with the style's cites; the clustered
        // one of the note style without them (`without_cites`).
        for style in ["chicago-notes", "ieee", "mla"] {
            let styler = Styler::named(style).expect("bundled style");
            let whole = texts(&styler.run(&[], &items).1);
            let clustered = texts(&styler.bibliography(&refs));
            assert_eq!(whole, clustered, "{style}");
        }
    }

    #[test]
    fn names_without_a_name_element_and_a_year_alone_print_as_written() {
        // Vancouver and NLM name their authors in a `<names>` with a label
        // and no `<name>`, and join a date's parts with a space.
        let mut e = Entry::new("k".to_string(), "article");
        e.set_names(
            "author",
            &[
                Name::person("Walker", "Chris"),
                Name::person("Ioffe", "Grigory"),
            ],
        );
        e.set_text("title", "Legitimacy reform");
        e.set_text("journaltitle", "Demokratizatsiya");
        e.set_text("date", "1973");
        e.set_text("volume", "11");
        e.set_text("pages", "116--128");
        for style in ["vancouver", "nlm-citation-sequence"] {
            let styler = Styler::named(style).expect("bundled style");
            let text = texts(&styler.bibliography(&[&e])).join("\n");
            assert!(text.contains("Walker C, Ioffe G."), "{style}: {text}");
            assert!(text.contains("1973;11:116"), "{style}: {text}");
        }
    }

    #[test]
    fn every_same_author_same_year_work_gets_a_year_suffix() {
        let entries = library(60);
        let refs: Vec<&Entry> = entries.iter().collect();
        let styler = Styler::named("apa").expect("apa");
        let apa = texts(&styler.bibliography(&refs));
        // Three works per author and year in this library.
        for year in 2018..2022 {
            for suffix in ["a", "b", "c"] {
                let label = format!("Ioffe, A. ({year}{suffix})");
                assert!(
                    apa.iter().any(|r| r.starts_with(&label)),
                    "{label} in {apa:?}"
                );
            }
        }
    }
}
