//! Repairs made once to a parsed style where the engine departs from CSL:
//! a page label with `plural="never"` or `"always"` is pluralised by the
//! page range anyway ("Pp. 52–55", "Сс. 72–78" in GOST styles, where
//! citeproc-js prints "P." and "С."). Inside a group (where an empty page
//! still suppresses it) such a label becomes the term itself, with the
//! number the style asked for.

use hayagriva::citationberg::taxonomy::{NumberOrPageVariable, Term};
use hayagriva::citationberg::{
    IndependentStyle, LabelPluralize, LayoutRenderingElement, Text, TextTarget,
};

/// Applies every repair to `style`.
pub fn repair(style: &mut IndependentStyle) {
    for m in &mut style.macros {
        walk(&mut m.children, false);
    }
    walk(&mut style.citation.layout.elements, false);
    if let Some(b) = style.bibliography.as_mut() {
        walk(&mut b.layout.elements, false);
    }
}

fn walk(children: &mut [LayoutRenderingElement], in_group: bool) {
    for child in children {
        match child {
            LayoutRenderingElement::Label(label) if in_group => {
                let NumberOrPageVariable::Page(page) = label.variable else {
                    continue;
                };
                let plural = match label.label.plural {
                    LabelPluralize::Contextual => continue,
                    LabelPluralize::Always => true,
                    LabelPluralize::Never => false,
                };
                let mut text = Text::with_target(TextTarget::Term {
                    term: Term::from(page),
                    form: label.label.form,
                    plural,
                });
                text.formatting = label.label.formatting;
                text.affixes = label.label.affixes.clone();
                text.text_case = label.label.text_case;
                text.strip_periods = label.label.strip_periods;
                *child = LayoutRenderingElement::Text(text);
            }
            LayoutRenderingElement::Group(group) => walk(&mut group.children, true),
            LayoutRenderingElement::Choose(choose) => {
                walk(&mut choose.if_.children, in_group);
                for branch in &mut choose.else_if {
                    walk(&mut branch.children, in_group);
                }
                if let Some(otherwise) = choose.otherwise.as_mut() {
                    walk(&mut otherwise.children, in_group);
                }
            }
            _ => {}
        }
    }
}
