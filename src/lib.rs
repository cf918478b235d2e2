//! refman: a citation and bibliography manager for articles with endnotes.
//!
//! Data flows one way:
//!
//! ```text
//! article text ─▶ article::read_notes ─▶ parse::parse_note ─▶ import::plan
//!   (notes)          (markers, sections)    (fields of a work)    (entries, keys, repeats)
//!                                                                    │
//!                      library (bibliography/*.bib) ◀────────────────┘
//! ```
//!
//! Only [`cli`] prints, exits, reads the environment or shows progress; only
//! [`library`] and [`cli`] touch the file system; parsing takes `&str`.

pub mod archives;
pub mod article;
pub mod cite;
pub mod cli;
pub mod csl;
pub mod entry;
pub mod error;
pub mod export;
pub mod import;
pub mod keys;
pub mod lang;
pub mod letters;
pub mod library;
pub mod links;
pub mod parse;
pub mod rekey;
pub mod reliability;
pub mod render;
pub mod similarity;
pub mod translit;
pub mod verify;
pub mod zotero;

pub use entry::{Date, Entry, Name};
pub use error::Error;
