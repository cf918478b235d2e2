//! The bibliographic content of one cited work as the parser reads it
//! ([`Work`]), and its BibLaTeX entry in refman's field conventions.

use crate::entry::{Date, Entry, Name, container_field};
use crate::lang::Language;

/// The bibliographic content of a note.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Work {
    pub entry_type: &'static str,
    pub authors: Vec<Name>,
    pub editors: Vec<Name>,
    pub title: Option<String>,
    /// An English translation of the title, given in square brackets.
    pub title_translated: Option<String>,
    /// What a note says after the title about it, as written: "[in
    /// Ukrainian]" (BibLaTeX `titleaddon`).
    pub title_addon: Option<String>,
    /// Journal, newspaper, website, series or book the work appeared in.
    pub container: Option<String>,
    /// The title of the work in several volumes that this volume, with a
    /// title of its own, belongs to ("Гісторыя Беларусі : у 6 т. Т. 5.
    /// Беларусь у 1917–1945 гг.": BibLaTeX `maintitle`).
    pub maintitle: Option<String>,
    /// The series of a book or report named after its title, where the
    /// container is something else or the series would mislead the type.
    pub series: Option<String>,
    pub date: Option<Date>,
    /// The note says explicitly that the work is undated ("n.d.").
    pub undated: bool,
    pub urldate: Option<Date>,
    pub volume: Option<String>,
    pub number: Option<String>,
    pub pages: Option<String>,
    pub pagetotal: Option<String>,
    pub publisher: Option<String>,
    pub location: Option<String>,
    pub institution: Option<String>,
    pub edition: Option<String>,
    pub thesis: Option<String>,
    pub url: Option<String>,
    pub doi: Option<String>,
    pub isbn: Option<String>,
    pub language: Option<Language>,
    /// The language a translated work was written in ("пер. с англ.").
    pub origlanguage: Option<Language>,
    /// Who translated it ("übers. v. …", "trad. di …").
    pub translators: Vec<Name>,
    /// The year of its first edition or of the original a translation was
    /// made from ("(ed. or. Paris 1924)", "[zuerst 1922]").
    pub origdate: Option<Date>,
    /// The title in transliteration, when the note gives the work in Latin
    /// letters and names its language ("(In Russ.)").
    pub usere: Option<String>,
    pub newspaper: bool,
    /// BibLaTeX `entrysubtype` other than a newspaper's (`post`, `video`).
    pub subtype: Option<&'static str>,
    /// When an archived copy was made ("archived 3 November 2020").
    pub archivedate: Option<Date>,
    /// An arXiv identifier.
    pub eprint: Option<String>,
    /// A software's version ("(Version 2.4.1)").
    pub version: Option<String>,
    /// A web archive's copy of the cited page.
    pub archiveurl: Option<String>,
    /// A work not published yet: `forthcoming`, `inpress`,
    /// `inpreparation` (BibLaTeX `pubstate`).
    pub pubstate: Option<&'static str>,
}

impl Work {
    /// The BibLaTeX entry for this work under `key`, in refman's field
    /// conventions (see [`crate::entry`]).
    pub fn to_entry(&self, key: &str) -> Entry {
        let mut e = Entry::new(key, self.entry_type);
        if !self.authors.is_empty() {
            e.set_names("author", &self.authors);
        }
        if !self.editors.is_empty() {
            e.set_names("editor", &self.editors);
        }
        if !self.translators.is_empty() {
            e.set_names("translator", &self.translators);
        }
        if let Some(t) = &self.title {
            e.set_text("title", t);
        }
        if let Some(t) = &self.maintitle {
            e.set_text("maintitle", t);
        }
        if let Some(t) = &self.title_translated {
            e.set_text("titleaddon", &format!("[{t}]"));
        } else if let Some(t) = &self.title_addon {
            e.set_text("titleaddon", t);
        }
        if let Some(c) = &self.container {
            e.set_text(container_field(self.entry_type), c);
        }
        if let Some(series) = &self.series
            && e.text("series").is_none()
        {
            e.set_text("series", series);
        }
        if self.newspaper {
            e.set_text("entrysubtype", "newspaper");
        } else if self.subtype == Some("pressrelease") {
            // A report's kind is its `type` (Zotero's report type).
            e.set_text("type", "Press release");
        } else if let Some(subtype) = self.subtype {
            e.set_text("entrysubtype", subtype);
        }
        if let Some(d) = self.date {
            e.set_text("date", &d.to_string());
        }
        let plain_fields = [
            ("volume", &self.volume),
            ("number", &self.number),
            ("pages", &self.pages),
            ("pagetotal", &self.pagetotal),
            ("publisher", &self.publisher),
            ("location", &self.location),
            ("institution", &self.institution),
            ("edition", &self.edition),
            ("version", &self.version),
            ("doi", &self.doi),
            ("isbn", &self.isbn),
            ("url", &self.url),
        ];
        for (name, value) in plain_fields {
            if let Some(v) = value {
                e.set_text(name, v);
            }
        }
        if self.entry_type == "thesis"
            && let Some(t) = &self.thesis
        {
            e.set_text("type", t);
        }
        if let Some(d) = self.urldate {
            e.set_text("urldate", &d.to_string());
        }
        if let Some(d) = self.origdate {
            e.set_text("origdate", &d.to_string());
        }
        if let Some(d) = self.archivedate {
            e.set_text("archivedate", &d.to_string());
        }
        if let Some(u) = &self.archiveurl {
            e.set_text("archiveurl", u);
        }
        if let Some(state) = self.pubstate {
            e.set_text("pubstate", state);
        }
        if let Some(id) = &self.eprint {
            e.set_text("eprint", id);
            e.set_text("eprinttype", "arxiv");
        }
        if let Some(l) = self.language {
            e.set_text("langid", l.langid());
        }
        if let Some(l) = self.origlanguage {
            e.set_text("origlanguage", l.langid());
        }
        if let Some(t) = &self.usere {
            e.set_text("usere", t);
        }
        e.shrink_to_fit();
        e
    }
}
