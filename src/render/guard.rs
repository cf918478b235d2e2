//! Checks of a CSL style's shape before the engine sees it: element nesting
//! deeper than any real style, and macros that call themselves (directly
//! or through others), would overflow the stack in the engine. Such a style
//! is refused with a reason instead of crashing refman.

use std::collections::{HashMap, HashSet};

use quick_xml::Reader;
use quick_xml::events::Event;

/// Deeper than any style in the official repository (the deepest nest
/// about 15 levels).
pub const MAX_DEPTH: usize = 64;

/// Why the style's shape is refused, if it is.
pub fn check(xml: &str) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    // (macro name, depth of its element) while inside a macro.
    let mut current: Option<(String, usize)> = None;
    let mut calls: HashMap<String, HashSet<String>> = HashMap::new();
    loop {
        let event = match reader.read_event() {
            Ok(event) => event,
            // Malformed XML is the engine's to report, with its own message.
            Err(_) => return Ok(()),
        };
        let (element, empty) = match &event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                if current.as_ref().is_some_and(|(_, d)| *d == depth) {
                    current = None;
                }
                depth = depth.saturating_sub(1);
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        depth += 1;
        if depth > MAX_DEPTH {
            return Err(format!(
                "elements are nested more than {MAX_DEPTH} levels deep"
            ));
        }
        let name = element.name().as_ref().to_string();
        let mut macro_name = None;
        let mut called = None;
        for attr in element.attributes().flatten() {
            // Macro names are plain words; entities in them would only make
            // two spellings of one name, which the engine treats alike.
            let value = attr.value.to_string();
            match attr.key.as_ref() {
                "name" if name == "macro" => macro_name = Some(value),
                "macro" => called = Some(value),
                _ => {}
            }
        }
        if let Some(m) = macro_name {
            current = Some((m, depth));
        }
        if let (Some(callee), Some((caller, _))) = (called, &current) {
            calls.entry(caller.clone()).or_default().insert(callee);
        }
        if empty {
            // An empty element opens and closes at once.
            if current.as_ref().is_some_and(|(_, d)| *d == depth) {
                current = None;
            }
            depth -= 1;
        }
    }
    match cycle(&calls) {
        Some(path) => Err(format!("macro {path} calls itself")),
        None => Ok(()),
    }
}

/// A cycle in the macro calls, as "a → b → a".
fn cycle(calls: &HashMap<String, HashSet<String>>) -> Option<String> {
    // Iterative depth-first search with colours: 1 on the path, 2 done.
    let mut colour: HashMap<&str, u8> = HashMap::new();
    let mut names: Vec<&String> = calls.keys().collect();
    names.sort();
    for start in names {
        if colour.contains_key(start.as_str()) {
            continue;
        }
        let mut stack: Vec<(&str, Vec<&str>)> = vec![(start, successors(calls, start))];
        colour.insert(start, 1);
        while let Some((node, next)) = stack.last_mut() {
            let node = *node;
            match next.pop() {
                Some(n) => match colour.get(n) {
                    Some(1) => {
                        let mut path: Vec<&str> = stack.iter().map(|(m, _)| *m).collect();
                        let from = path.iter().position(|m| *m == n).unwrap_or(0);
                        path.drain(..from);
                        path.push(n);
                        return Some(path.join(" → "));
                    }
                    Some(_) => {}
                    None => {
                        colour.insert(n, 1);
                        stack.push((n, successors(calls, n)));
                    }
                },
                None => {
                    colour.insert(node, 2);
                    stack.pop();
                }
            }
        }
    }
    None
}

fn successors<'a>(calls: &'a HashMap<String, HashSet<String>>, node: &str) -> Vec<&'a str> {
    let mut next: Vec<&str> = calls
        .get(node)
        .map(|s| s.iter().map(String::as_str).collect())
        .unwrap_or_default();
    next.sort_unstable();
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_and_recursive_macros_are_refused() {
        let ok = r#"<style><macro name="a"><text macro="b"/></macro><macro name="b"><text variable="title"/></macro><bibliography><layout><text macro="a"/></layout></bibliography></style>"#;
        assert_eq!(check(ok), Ok(()));
        let looped = r#"<style><macro name="a"><group><text macro="b"/></group></macro><macro name="b"><text macro="a"/></macro></style>"#;
        let err = check(looped).unwrap_err();
        assert!(err.contains("a → b → a"), "{err}");
        let selfish = r#"<style><macro name="x"><text macro="x"/></macro></style>"#;
        assert!(check(selfish).is_err());
        let deep = format!(
            "<style>{}{}</style>",
            "<group>".repeat(200),
            "</group>".repeat(200)
        );
        assert!(check(&deep).unwrap_err().contains("nested"));
    }
}
