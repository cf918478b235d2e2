//! Labelled training and evaluation data: AnyStyle's XML format
//! (`<dataset><sequence><author>…</author><title>…</title>…</sequence>`),
//! and the conversion of a labelled sequence into the labeller's tokens and
//! labels. Sans-IO: takes the XML text.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::Label;

/// One reference or note: its labelled segments in order, with AnyStyle's
/// label names.
pub type Sequence = Vec<(String, String)>;

/// Every sequence of an AnyStyle XML dataset.
pub fn read_anystyle(xml: &str) -> Result<Vec<Sequence>, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current: Option<Sequence> = None;
    let mut label: Option<String> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(e) => {
                let name = e.name().as_ref().to_string();
                match name.as_str() {
                    "sequence" => current = Some(Vec::new()),
                    "dataset" => {}
                    _ => label = Some(name),
                }
            }
            Event::Text(t) => {
                if let (Some(seq), Some(l)) = (current.as_mut(), label.as_ref()) {
                    let text = t.into_inner().into_owned();
                    push(seq, l, &text);
                }
            }
            Event::GeneralRef(r) => {
                if let (Some(seq), Some(l)) = (current.as_mut(), label.as_ref()) {
                    let ch = quick_xml::escape::resolve_predefined_entity(&r.into_inner())
                        .unwrap_or_default();
                    push(seq, l, ch);
                }
            }
            Event::End(e) => {
                if e.name().as_ref() == "sequence" {
                    if let Some(seq) = current.take() {
                        out.push(seq);
                    }
                } else {
                    label = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Appends text to the last segment when it has the same label (entities
/// split a segment's text), else starts a segment.
fn push(seq: &mut Sequence, label: &str, text: &str) {
    match seq.last_mut() {
        Some((last, t)) if last == label && (text.len() <= 1 || t.ends_with(['&', '<', '>'])) => {
            t.push_str(text)
        }
        _ => seq.push((label.to_string(), text.to_string())),
    }
}

/// A sequence as the labeller sees it: the text (segments joined by a
/// space, without the segments the exact rules handle: URLs, DOIs, ISBNs,
/// list numbers) and one label per token.
pub fn training_example(seq: &Sequence) -> Option<(String, Vec<Label>)> {
    let mut segments = Vec::with_capacity(seq.len());
    for (name, segment) in seq {
        let label = Label::from_anystyle(name)?;
        if !matches!(label, Label::Url | Label::Doi | Label::Isbn | Label::Number) {
            segments.push((label, segment.as_str()));
        }
    }
    let (text, labels) = join_segments(segments);
    (!labels.is_empty()).then_some((text, labels))
}

/// Labelled segments joined by spaces into a text, with one label per token
/// of it (empty segments skipped).
pub fn join_segments<'a>(
    segments: impl IntoIterator<Item = (Label, &'a str)>,
) -> (String, Vec<Label>) {
    let mut text = String::new();
    let mut labels = Vec::new();
    for (label, segment) in segments {
        let segment = segment.trim();
        if segment.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        let offset = text.len();
        text.push_str(segment);
        let n = super::tokens::tokenize(&text[offset..]).len();
        labels.extend(std::iter::repeat_n(label, n));
    }
    (text, labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_segments_and_entities() {
        let xml = "<dataset><sequence><author>Romero, C., &amp; Dweck, C.</author>\
                   <date>(2011).</date><title>Brainology.</title>\
                   <url>http://x.org</url></sequence></dataset>";
        let seqs = read_anystyle(xml).unwrap();
        assert_eq!(seqs.len(), 1);
        assert_eq!(
            seqs[0][0],
            ("author".into(), "Romero, C., & Dweck, C.".into())
        );
        let (text, labels) = training_example(&seqs[0]).unwrap();
        assert_eq!(text, "Romero, C., & Dweck, C. (2011). Brainology.");
        assert_eq!(labels.len(), 7);
        assert_eq!(labels[6], Label::Title);
    }
}
