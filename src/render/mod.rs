//! Formatting references through a real CSL engine (hayagriva and its
//! bundled styles): choosing the style and locale, running the engine over
//! CSL-JSON items from [`crate::csl`], and correcting a few known engine
//! defects in its output. Writing the output tree as Markdown, HTML, LaTeX
//! or text is [`write`]'s job.

pub mod write;

use hayagriva::archive::{ArchivedStyle, locales};
use hayagriva::citationberg::json::Item;
use hayagriva::citationberg::taxonomy::Locator;
use hayagriva::citationberg::{IndependentStyle, Locale, LocaleCode, Style, StyleClass};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, ElemChild,
    ElemChildren, LocatorPayload, SpecificLocator,
};

use crate::entry::Entry;

/// Short names refman accepts for the bundled styles, beside every name
/// the archive itself knows (`chicago-author-date`, `ieee`, …).
pub const STYLE_ALIASES: &[(&str, &str)] = &[
    ("chicago", "chicago-notes"),
    ("chicago-notes-bibliography", "chicago-notes"),
    ("harvard", "harvard-cite-them-right"),
    ("gost", "gost-r-705-2008-numeric"),
    ("gost-r-7.0.5", "gost-r-705-2008-numeric"),
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
    locales: Vec<Locale>,
    locale: Option<LocaleCode>,
    /// The short name or file the style came from, for messages and caches.
    pub origin: String,
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
        let canonical = STYLE_ALIASES
            .iter()
            .find(|(alias, _)| *alias == lower)
            .map_or(lower.as_str(), |(_, target)| target);
        let archived =
            ArchivedStyle::by_name(canonical).ok_or_else(|| StyleError::UnknownStyle {
                name: name.to_string(),
                known: known_styles(),
            })?;
        Self::from_style(archived.get(), name)
    }

    /// A style from the text of a `.csl` file, independent or dependent on
    /// a bundled parent.
    pub fn from_csl(xml: &str, origin: &str) -> Result<Self, StyleError> {
        let style = Style::from_xml(xml).map_err(|e| StyleError::Invalid(e.to_string()))?;
        Self::from_style(style, origin)
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
        Ok(Styler {
            locale: default_locale.or_else(|| style.default_locale.clone()),
            style,
            locales: locales(),
            origin: origin.to_string(),
        })
    }

    /// Sets the locale (`en-US`, `ru-RU`, `ru`, …); it must be one the
    /// engine has terms for.
    pub fn with_locale(mut self, code: &str) -> Result<Self, StyleError> {
        let known: Vec<String> = self
            .locales
            .iter()
            .filter_map(|l| l.lang.as_ref().map(|c| c.0.clone()))
            .collect();
        let wanted = code.to_ascii_lowercase();
        let found = known.iter().find(|k| {
            let k = k.to_ascii_lowercase();
            k == wanted || k.split('-').next() == Some(wanted.as_str())
        });
        match found {
            Some(k) => {
                self.locale = Some(LocaleCode(k.clone()));
                Ok(self)
            }
            None => Err(StyleError::UnknownLocale {
                code: code.to_string(),
                known: known.join(", "),
            }),
        }
    }

    /// Whether the style formats citations as notes (Chicago notes, …).
    pub fn is_note_style(&self) -> bool {
        self.style.settings.class == StyleClass::Note
    }

    pub fn title(&self) -> &str {
        &self.style.info.title.value
    }

    /// The bibliography of `items`, sorted and disambiguated as the style
    /// says; items whose references come out empty are left out.
    pub fn bibliography(&self, items: &[Item]) -> Vec<Reference> {
        self.run(&[], items).1
    }

    /// The notes of an article, restyled: each note's citation in order
    /// (the style chooses full, short or "Ibid." forms), then the
    /// bibliography of the works cited.
    pub fn notes(&self, notes: &[Option<NoteCitation>]) -> (Vec<ElemChildren>, Vec<Reference>) {
        self.run(notes, &[])
    }

    fn run(
        &self,
        notes: &[Option<NoteCitation>],
        items: &[Item],
    ) -> (Vec<ElemChildren>, Vec<Reference>) {
        let mut driver: BibliographyDriver<Item> = BibliographyDriver::new();
        // Notes without a work (unresolved) still take their number.
        let mut numbered = Vec::new();
        for (i, note) in notes.iter().enumerate() {
            let Some(note) = note else { continue };
            let locator = note
                .pinpoint
                .map(|p| SpecificLocator(Locator::Page, LocatorPayload::Str(p)));
            driver.citation(CitationRequest::new(
                vec![CitationItem::with_locator(note.item, locator)],
                &self.style,
                self.locale.clone(),
                &self.locales,
                Some(i + 1),
            ));
            numbered.push(i);
        }
        if notes.is_empty() {
            for item in items {
                driver.citation(CitationRequest::new(
                    vec![CitationItem::new(item, None, None, true, None)],
                    &self.style,
                    self.locale.clone(),
                    &self.locales,
                    None,
                ));
            }
        }
        let rendered = driver.finish(BibliographyRequest::new(
            &self.style,
            self.locale.clone(),
            &self.locales,
        ));
        let mut note_texts = vec![ElemChildren(Vec::new()); notes.len()];
        if !notes.is_empty() {
            for (slot, citation) in numbered.into_iter().zip(rendered.citations) {
                note_texts[slot] = fix_note(citation.citation);
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
                        Reference {
                            key: item.key,
                            content: fix_reference(content),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        (note_texts, references)
    }
}

fn plain(text: &str) -> hayagriva::Formatted {
    hayagriva::Formatted {
        text: text.to_string(),
        formatting: hayagriva::Formatting::default(),
    }
}

fn known_styles() -> String {
    let mut names: Vec<&str> = STYLE_ALIASES.iter().map(|(a, _)| *a).collect();
    names.extend(
        ArchivedStyle::all()
            .iter()
            .filter_map(|s| s.names().first().copied()),
    );
    names.join(", ")
}

/// Corrections to the engine's text that apply to every output format;
/// run on each text node and again on the written string, since a defect
/// can straddle two nodes.
pub fn fix_text(text: &str) -> String {
    let mut t = text.replace("”.", ".”");
    // GOST's page label doubled for ranges ("Сс. 72–78").
    t = t.replace("Сс. ", "С. ").replace("сс. ", "с. ");
    while t.contains("  ") {
        t = t.replace("  ", " ");
    }
    // An empty month and day after a year: "(2024,)".
    t.replace(" ,", ",").replace(" .", ".").replace(",)", ")")
}

fn fix_children(children: &mut ElemChildren) {
    for child in &mut children.0 {
        match child {
            ElemChild::Text(t) => t.text = fix_text(&t.text),
            ElemChild::Link { text, .. } => text.text = fix_text(&text.text),
            ElemChild::Elem(e) => fix_children(&mut e.children),
            ElemChild::Markup(m) => *m = fix_text(m),
            ElemChild::Transparent { .. } => {}
        }
    }
}

fn fix_reference(mut content: ElemChildren) -> ElemChildren {
    fix_children(&mut content);
    content
}

/// A note starts with a capital: "ibid." becomes "Ibid.".
fn fix_note(mut content: ElemChildren) -> ElemChildren {
    fix_children(&mut content);
    if let Some(first) = first_text_mut(&mut content) {
        let mut chars = first.chars();
        if let Some(c) = chars.next()
            && c.is_lowercase()
        {
            *first = c.to_uppercase().collect::<String>() + chars.as_str();
        }
    }
    content
}

fn first_text_mut(children: &mut ElemChildren) -> Option<&mut String> {
    for child in &mut children.0 {
        let found = match child {
            ElemChild::Text(t) if !t.text.trim().is_empty() => Some(&mut t.text),
            ElemChild::Link { text, .. } => Some(&mut text.text),
            ElemChild::Elem(e) => first_text_mut(&mut e.children),
            ElemChild::Markup(m) if !m.trim().is_empty() => Some(m),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The CSL-JSON items of entries, for the engine.
pub fn items(entries: &[&Entry]) -> Vec<Item> {
    entries
        .iter()
        .filter_map(|e| serde_json::from_value(crate::csl::to_csl_json(e)).ok())
        .collect()
}
