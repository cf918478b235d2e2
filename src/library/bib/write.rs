//! Writing entries as BibLaTeX: a whole entry, one field's value, and an
//! update spliced into the text it was loaded from. refman escapes values
//! itself rather than through the `biblatex` crate's writer (see
//! [`value_to_biblatex`]); whatever is written is read back first
//! ([`round_trip_problem`]).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use biblatex::{Chunk, Chunks, EntryType};

use super::{SourcedEntry, is_verbatim_field, parse};
use crate::entry::Entry;

/// The text of a loaded entry with its changed fields rewritten and new
/// ones appended, everything else (order, spelling, spacing, comments)
/// kept; `None` when that is not possible (a field removed, a type or key
/// changed, or the edited text would not read back as `updated`).
pub fn splice(source: &str, loaded: &SourcedEntry, updated: &Entry) -> Option<String> {
    let old = &loaded.entry;
    if old.key != updated.key || old.entry_type != updated.entry_type {
        return None;
    }
    if old.fields().any(|(name, _)| updated.get(name).is_none()) {
        return None;
    }
    let base = loaded.span.start;
    let mut text = source.get(loaded.span.clone())?.to_string();
    // Rewrite changed values, last first so earlier offsets stay valid.
    let mut changed: Vec<(Range<usize>, String)> = Vec::new();
    for (name, range) in &loaded.values {
        let (Some(before), Some(after)) = (old.get(name), updated.get(name)) else {
            continue;
        };
        if before != after {
            let value = value_to_biblatex(name, after);
            changed.push((range.start - base..range.end - base, value));
        }
    }
    changed.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    for (range, value) in changed {
        text.get(range.clone())?;
        text.replace_range(range, &value);
    }
    // New fields after the last one, in the entry's indentation.
    let new: Vec<(&str, &biblatex::Chunks)> = updated
        .fields()
        .filter(|(name, _)| old.get(name).is_none())
        .collect();
    if !new.is_empty() {
        let close = text.trim_end().len().checked_sub(1)?;
        let body = text[..close].trim_end();
        let mut insert = String::new();
        if !body.ends_with(',') {
            insert.push(',');
        }
        for (name, value) in new {
            insert.push_str(&format!("\n  {name} = {},", value_to_biblatex(name, value)));
        }
        insert.push('\n');
        text = format!("{body}{insert}{}", &text[close..]);
    }
    // Only text that reads back as the update is used.
    let back = parse(Path::new("entry"), &text).ok()?;
    let [back] = back.as_slice() else {
        return None;
    };
    let same = updated
        .fields()
        .all(|(name, _)| back.entry.text(name) == updated.text(name))
        && back.entry.fields().count() == updated.fields().count();
    same.then_some(text)
}

/// Why an entry cannot be written: its text would not read back as the same
/// entry. `None` when it round-trips.
pub fn round_trip_problem(entry: &Entry) -> Option<String> {
    let text = to_biblatex(entry);
    let parsed = match parse(Path::new("entry"), &text) {
        Ok(parsed) => parsed,
        Err(e) => return Some(format!("its BibLaTeX would not parse ({e})")),
    };
    let [back] = parsed.as_slice() else {
        return Some(format!("it would read back as {} entries", parsed.len()));
    };
    let back = &back.entry;
    if back.key != entry.key || back.entry_type != entry.entry_type {
        return Some("its key or type would change".to_string());
    }
    // In text fields "--" is LaTeX's en dash (page ranges are written so):
    // reading it back as "–" is the meaning, not a loss.
    let dashes = |s: Option<String>| s.map(|s| s.replace("---", "—").replace("--", "–"));
    for (name, _) in entry.fields() {
        let (before, after) = (entry.text(name), back.text(name));
        let same = if is_verbatim_field(name) {
            before == after
        } else {
            dashes(before.clone()) == dashes(after.clone())
        };
        if !same {
            return Some(format!(
                "field `{name}` would read back as {:?} instead of {:?}",
                after.unwrap_or_default(),
                before.unwrap_or_default()
            ));
        }
    }
    let count = |e: &Entry| e.fields().count();
    (count(back) != count(entry)).then(|| "its fields would change".to_string())
}

/// Writes an entry as BibLaTeX, fields indented by two spaces and sorted by
/// name.
pub fn to_biblatex(entry: &Entry) -> String {
    use std::fmt::Write as _;
    // The entry keeps the type it has, any type the loader could have read
    // (`@legislation`, `@phdthesis`, `@my-type`); `biblatex` would write the
    // types it does not model and aliases as others.
    let entry_type = &entry.entry_type;
    let writable = !entry_type.is_empty()
        && entry_type
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !"{}(),=@#%\"'\\".contains(c));
    let mut text = if writable {
        format!("@{entry_type}{{{},\n", entry.key)
    } else {
        format!(
            "@{}{{{},\n",
            EntryType::new(entry_type).to_biblatex(),
            entry.key
        )
    };
    let fields: BTreeMap<&str, &Chunks> = entry.fields().collect();
    // Field names as the entry has them: BibLaTeX reads the BibTeX names
    // (`journal`, `address`, `school`) as aliases, and renaming them would
    // change what the loader reads back.
    for (name, value) in fields {
        let _ = writeln!(text, "{name} = {},", value_to_biblatex(name, value));
    }
    text.push('}');
    let mut out = String::with_capacity(text.len() + 32);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
            if line != "}" {
                out.push_str("  ");
            }
        }
        out.push_str(line);
    }
    out
}

/// One field value as BibLaTeX, braced. Written here rather than by the
/// `biblatex` crate, whose writer escapes the inside of math (`$\alpha$`
/// became `$\\alpha$`) and writes a literal `~` or `^` as `\~` and `\^`,
/// which it then reads as accents: refman writes math as read and the
/// commands that read back as the characters themselves.
pub fn value_to_biblatex(name: &str, value: &Chunks) -> String {
    // The fields the `biblatex` crate itself reads verbatim; refman's others
    // (archiveurl, xdata) are escaped, since the crate's reader would take a
    // `$` there for math, and read back through `verbatim_value`.
    let verbatim = is_verbatim_field(name) && !matches!(name, "archiveurl" | "xdata");
    let mut out = String::from("{");
    // A verbatim chunk (`{NASA}` in a title) keeps its braces.
    let mut in_group = false;
    for chunk in value {
        match &chunk.v {
            // Math as read; math whose braces do not balance (only from a
            // malformed source) would unbalance the file, so it is written
            // as text and the save's round-trip check refuses the change.
            Chunk::Math(math) if balanced(math) => {
                out.push('$');
                out.push_str(math);
                out.push('$');
            }
            Chunk::Math(math) => {
                escape_value(&mut out, &format!("${math}$"), verbatim);
            }
            Chunk::Verbatim(text) => {
                if !in_group {
                    out.push('{');
                    in_group = true;
                }
                escape_value(&mut out, text, verbatim);
            }
            Chunk::Normal(text) => {
                if in_group {
                    out.push('}');
                    in_group = false;
                }
                escape_value(&mut out, text, verbatim);
            }
        }
    }
    if in_group {
        out.push('}');
    }
    out.push('}');
    out
}

/// Whether braces balance, `\{` and `\}` not counted.
fn balanced(text: &str) -> bool {
    let mut depth = 0i32;
    let mut escaped = false;
    for c in text.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

/// Text escaped for a braced value: braces and backslashes always, TeX's
/// special characters outside verbatim fields.
fn escape_value(out: &mut String, text: &str, verbatim: bool) {
    for c in text.chars() {
        match c {
            '{' | '}' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '~' if !verbatim => out.push_str("\\textasciitilde{}"),
            '^' if !verbatim => out.push_str("\\textasciicircum{}"),
            '#' | '&' | '%' | '$' | '_' if !verbatim => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
}
