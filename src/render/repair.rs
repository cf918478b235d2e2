//! Repairs made once to a parsed style where the engine departs from CSL:
//! a page label with `plural="never"` or `"always"` is pluralised by the
//! page range anyway ("Pp. 52–55", "Сс. 72–78" in GOST styles, where
//! citeproc-js prints "P." and "С."). Inside a group (where an empty page
//! still suppresses it) such a label becomes the term itself, with the
//! number the style asked for.
//!
//! A `<names>` with a label or a substitute but no `<name>` (the NLM
//! styles name their authors so, the name options set on the style)
//! printed no names at all: the engine counts only `<name>` children when
//! it asks whether the element will print. Such an element gets an empty
//! `<name>` first, which inherits the options as the missing one would.
//!
//! A date whose parts are joined by a delimiter wrote the delimiter before
//! a part it then found empty ("1973 ;113(5)" in the NLM styles, where the
//! month is missing; citeproc-js writes "1973;113(5)"). In a date that
//! opens with its year, the part always there, the delimiter becomes the
//! prefix of each later part, which the engine writes only with the part.

use hayagriva::citationberg::taxonomy::{NumberOrPageVariable, Term};
use hayagriva::citationberg::{
    Date, DatePartName, IndependentStyle, LabelPluralize, LayoutRenderingElement, Name, Names,
    NamesChild, Text, TextTarget,
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
    for date in style.locale.iter_mut().flat_map(|l| l.date.iter_mut()) {
        delimit_by_prefix(date);
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
            LayoutRenderingElement::Names(names) => name_the_names(names, in_group),
            // A localized date takes its delimiter from the locale's form.
            LayoutRenderingElement::Date(date) if date.form.is_none() => delimit_by_prefix(date),
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

/// Gives `names` the `<name>` it lacks (see the module's header), in it and
/// in its substitutes.
fn name_the_names(names: &mut Names, in_group: bool) {
    let named = names
        .children
        .iter()
        .any(|c| matches!(c, NamesChild::Name(_)));
    if !named && !names.children.is_empty() {
        names.children.insert(0, NamesChild::Name(Name::default()));
    }
    for child in &mut names.children {
        if let NamesChild::Substitute(substitute) = child {
            walk(&mut substitute.children, in_group);
        }
    }
}

/// Moves the delimiter of a date that opens with its year into the
/// prefixes of its later parts (see the module's header).
fn delimit_by_prefix(date: &mut Date) {
    let opens_with_year = date
        .date_part
        .first()
        .is_some_and(|p| p.name == DatePartName::Year);
    if !opens_with_year || date.date_part.len() < 2 {
        return;
    }
    let Some(delimiter) = date.delimiter.take() else {
        return;
    };
    for part in date.date_part.iter_mut().skip(1) {
        let prefix = part.affixes.prefix.take().unwrap_or_default();
        part.affixes.prefix = Some(format!("{delimiter}{prefix}"));
    }
}
