//! The field labeller: a linear-chain CRF that gives each token of a note
//! the field it belongs to (author, title, container, date, …). It is
//! trained by `examples/train_labeller.rs` on AnyStyle's training set and
//! refman's synthetic notes; the model (`models/labeller.crfsuite`) is
//! compiled into the binary.
//!
//! The labeller only segments. What a span means (the names in an author
//! span, the date in a date span) is read by the exact parsers of the other
//! `parse` modules, in [`assemble`].

pub mod assemble;
mod corrections;
pub(super) use corrections::{
    bracketed_imprint_ends_title, document_symbol_in_publisher, state_in_brackets, tidy_ends,
    without_bluebook_tail, without_collaboration,
};
pub mod dataset;
mod date_runs;
pub mod features;
mod fixed;
pub mod synth;
pub mod tagger;
mod title_years;
pub mod tokens;

use std::ops::Range;
use std::sync::LazyLock;

use tagger::{Scratch, Weights};

/// The fields a token can belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Author,
    Editor,
    Translator,
    Title,
    Container,
    Collection,
    Date,
    Volume,
    Pages,
    Publisher,
    Location,
    Edition,
    Genre,
    Note,
    Url,
    Doi,
    Isbn,
    /// A list number ("[13]", "60.").
    Number,
}

impl Label {
    pub const ALL: [Label; 18] = [
        Label::Author,
        Label::Editor,
        Label::Translator,
        Label::Title,
        Label::Container,
        Label::Collection,
        Label::Date,
        Label::Volume,
        Label::Pages,
        Label::Publisher,
        Label::Location,
        Label::Edition,
        Label::Genre,
        Label::Note,
        Label::Url,
        Label::Doi,
        Label::Isbn,
        Label::Number,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Label::Author => "author",
            Label::Editor => "editor",
            Label::Translator => "translator",
            Label::Title => "title",
            Label::Container => "container",
            Label::Collection => "collection",
            Label::Date => "date",
            Label::Volume => "volume",
            Label::Pages => "pages",
            Label::Publisher => "publisher",
            Label::Location => "location",
            Label::Edition => "edition",
            Label::Genre => "genre",
            Label::Note => "note",
            Label::Url => "url",
            Label::Doi => "doi",
            Label::Isbn => "isbn",
            Label::Number => "number",
        }
    }

    pub fn from_name(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.name() == name)
    }

    /// refman's label for one of AnyStyle's.
    pub fn from_anystyle(name: &str) -> Option<Label> {
        Some(match name {
            "journal" | "container-title" | "source" => Label::Container,
            "collection-title" => Label::Collection,
            "citation-number" => Label::Number,
            "medium" | "director" | "producer" | "dataset" | "authority" => Label::Note,
            other => return Label::from_name(other),
        })
    }
}

/// One labelled token: its byte range in the labelled text and its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub range: Range<usize>,
    pub label: Label,
}

/// The model compiled into refman; empty until the labeller is trained.
static MODEL_BYTES: &[u8] = include_bytes!("../../../models/labeller.crfsuite");

/// The compiled-in model's weights, read once.
static WEIGHTS: LazyLock<Option<Weights>> = LazyLock::new(|| Weights::read(MODEL_BYTES));

/// Whether a trained model is available.
pub fn available() -> bool {
    WEIGHTS.is_some()
}

/// Labels every token of `text` (Markdown italics marked as in
/// [`crate::parse::text::markdown`]). Empty when no model is available.
pub fn label(text: &str) -> Vec<Labelled> {
    match WEIGHTS.as_ref() {
        Some(weights) => label_with(weights, text),
        None => Vec::new(),
    }
}

/// Labels every token of `text` with the given model's weights.
pub fn label_with(weights: &Weights, text: &str) -> Vec<Labelled> {
    let tokens = tokens::tokenize(text);
    if tokens.is_empty() {
        return Vec::new();
    }
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
    }
    let labels = SCRATCH.with_borrow_mut(|scratch| {
        weights.tag(scratch, |sink| features::emit(text, &tokens, sink))
    });
    let mut labelled: Vec<Labelled> = tokens
        .into_iter()
        .zip(labels)
        .map(|(range, label)| Labelled { range, label })
        .collect();
    one_label_per_emphasis(text, &mut labelled);
    date_runs::dates_cut_by_the_model(text, &mut labelled);
    date_runs::day_read_as_pages(text, &mut labelled);
    date_runs::day_and_page_read_as_note(text, &mut labelled);
    date_runs::day_read_as_volume(text, &mut labelled);
    date_runs::time_read_as_volume(text, &mut labelled);
    date_runs::page_read_as_year(text, &mut labelled);
    date_runs::page_after_imprint_read_as_year(text, &mut labelled);
    title_years::year_opening_title(text, &mut labelled);
    labelled
}

/// An italic span is one field: a title or a container set in italics is
/// never cut between two labels (`*U.S. Export Control Policy*` read as
/// author "U.S." and a title). Where the model split one, the tokens in it
/// take the title's or container's label; an italic title ends with its
/// italics.
fn one_label_per_emphasis(text: &str, labelled: &mut [Labelled]) {
    use crate::parse::text::{ITALIC_CLOSE, ITALIC_OPEN};
    let mut from = 0;
    while let Some(open) = text[from..].find(ITALIC_OPEN).map(|p| from + p) {
        let Some(close) = text[open..].find(ITALIC_CLOSE).map(|p| open + p) else {
            break;
        };
        from = close + ITALIC_CLOSE.len_utf8();
        let inside: Vec<usize> = (0..labelled.len())
            .filter(|&i| labelled[i].range.start < close && labelled[i].range.end > open)
            .collect();
        let field = inside
            .iter()
            .map(|&i| labelled[i].label)
            .find(|l| matches!(l, Label::Title | Label::Container));
        let Some(field) = field else { continue };
        // An author is never set in italics: author tokens inside the span
        // belong to its field however many there are ("Human Rights Watch,
        // *World Report 2023: Belarus*").
        for &i in &inside {
            if matches!(labelled[i].label, Label::Author | Label::Editor) {
                labelled[i].label = field;
            }
        }
        // A container that begins inside an italic title and runs on past
        // it (`*Belarus: The "Last Dictatorship" Revisited*, ECFR Policy
        // Brief 12`) begins where the italics end.
        if field == Label::Title
            && let Some(&last) = inside.last()
            && labelled[last].label == Label::Container
            && labelled
                .get(last + 1)
                .is_some_and(|t| t.label == Label::Container)
            && labelled[inside[0]].label == Label::Title
        {
            for &i in inside.iter().rev() {
                if labelled[i].label != Label::Container {
                    break;
                }
                labelled[i].label = Label::Title;
            }
        }
        // A date or number between the title's first and last italic words
        // is the title's (`*Republic of Belarus: Presidential Election, 11
        // October 2015: Final Report*`).
        if field == Label::Title
            && let (Some(&first), Some(&last)) = (inside.first(), inside.last())
            && labelled[first].label == Label::Title
            && labelled[last].label == Label::Title
        {
            for &i in &inside {
                labelled[i].label = Label::Title;
            }
        }
        // An italic title ends where the italics end: title tokens after it
        // belong to the container or series that follows them ("*Title*,
        // SWP Research Paper 8").
        if field == Label::Title
            && let Some(&last) = inside.last()
            && labelled[last].label == Label::Title
        {
            let after: Vec<usize> = (last + 1..labelled.len())
                .take_while(|&i| labelled[i].label == Label::Title)
                .collect();
            let next = labelled.get(last + 1 + after.len()).map(|t| t.label);
            let plain_after = after.last().is_none_or(|&i| {
                !text[labelled[last].range.end..labelled[i].range.end].contains(ITALIC_OPEN)
            });
            if let Some(next @ (Label::Container | Label::Collection | Label::Genre)) = next
                && plain_after
            {
                for i in after {
                    labelled[i].label = next;
                }
            }
        }
        let others = inside
            .iter()
            .filter(|&&i| labelled[i].label != field)
            .count();
        // Only a minority at the span's edge is relabelled: a span the model
        // reads as two fields in earnest (title and container) stays.
        if others * 2 < inside.len()
            && inside
                .iter()
                .all(|&i| matches!(labelled[i].label, Label::Note) || labelled[i].label == field)
        {
            for &i in &inside {
                labelled[i].label = field;
            }
        }
    }
}

/// Consecutive tokens of one label joined into spans (byte ranges of the
/// text, from the first token's start to the last one's end).
pub fn spans(labelled: &[Labelled]) -> Vec<(Label, Range<usize>)> {
    runs(labelled)
        .into_iter()
        .map(|(label, _, bytes)| (label, bytes))
        .collect()
}

/// Runs of tokens with one label: the label, the run's tokens (indices
/// into `labelled`) and its text's bytes.
pub(crate) fn runs(labelled: &[Labelled]) -> Vec<(Label, Range<usize>, Range<usize>)> {
    let mut out: Vec<(Label, Range<usize>, Range<usize>)> = Vec::new();
    for (i, t) in labelled.iter().enumerate() {
        match out.last_mut() {
            Some((label, tokens, bytes)) if *label == t.label => {
                tokens.end = i + 1;
                bytes.end = t.range.end;
            }
            _ => out.push((t.label, i..i + 1, t.range.clone())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Label::*;

    /// `note` in Markdown, its tokens labelled `labels` in turn, after the
    /// italic rules: the label of each token.
    fn after_emphasis(note: &str, labels: &[Label]) -> Vec<Label> {
        let text = crate::parse::text::markdown(note);
        let mut labelled: Vec<Labelled> = tokens::tokenize(&text)
            .into_iter()
            .zip(labels)
            .map(|(range, label)| Labelled {
                range,
                label: *label,
            })
            .collect();
        assert_eq!(labelled.len(), labels.len(), "{note}");
        one_label_per_emphasis(&text, &mut labelled);
        labelled.into_iter().map(|t| t.label).collect()
    }

    #[test]
    fn an_italic_title_is_one_field_and_ends_with_its_italics() {
        // Authors are never italic, however many tokens the model gave them.
        assert_eq!(
            after_emphasis(
                "Amnesty International, *Annual Report 2021: Georgia* (London, 2022).",
                &[
                    Author, Author, Author, Author, Author, Title, Location, Date
                ]
            ),
            [Author, Author, Title, Title, Title, Title, Location, Date]
        );
        // The title ends with its italics; what runs on is the series.
        assert_eq!(
            after_emphasis(
                "Anna Lindt, *Gas and Power*, SWP Research Paper 12 (Berlin, 2021).",
                &[
                    Author, Author, Title, Title, Title, Title, Container, Container, Container,
                    Location, Date
                ]
            ),
            [
                Author, Author, Title, Title, Title, Container, Container, Container, Container,
                Location, Date
            ]
        );
        // A plain title after the italic one followed by a place stays.
        assert_eq!(
            after_emphasis(
                "*Gas and Power*, Baltic edition (Berlin, 2021).",
                &[Title, Title, Title, Title, Title, Location, Date]
            ),
            [Title, Title, Title, Title, Title, Location, Date]
        );
    }
}
