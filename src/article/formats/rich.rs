//! A note's text built run by run from a document: italic runs as Markdown
//! emphasis (the parser's best evidence of a container), links as their
//! targets, a literal `*` escaped so it stays literal.

use crate::article::tidy;

#[derive(Debug, Default)]
pub struct Rich {
    out: String,
    italic: bool,
}

impl Rich {
    /// Appends text, italic or not.
    pub fn text(&mut self, text: &str, italic: bool) {
        if text.is_empty() {
            return;
        }
        if italic != self.italic {
            if italic {
                // Emphasis opens at the first letter, not before a blank.
                let lead = text.len() - text.trim_start().len();
                self.plain(&text[..lead]);
                if text.trim().is_empty() {
                    return;
                }
                self.out.push('*');
                self.italic = true;
                self.plain(&text[lead..]);
                return;
            }
            self.close();
        }
        self.plain(text);
    }

    /// Appends a link: its target decides, see [`tidy::link`].
    pub fn link(&mut self, visible: &str, target: &str) {
        self.close();
        let shown = tidy::link(false, visible, target.trim());
        if !shown.is_empty() {
            if !self.out.is_empty() && !self.out.ends_with([' ', '(', '[']) {
                self.out.push(' ');
            }
            self.out.push_str(&shown);
        }
    }

    /// Appends a word boundary (tab, line break, paragraph).
    pub fn space(&mut self) {
        self.close();
        if !self.out.ends_with(' ') {
            self.out.push(' ');
        }
    }

    fn plain(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                // Only `*` could open emphasis where the document had none;
                // `_` stays as written (URLs and identifiers carry it, and
                // the parser reads `_` inside a word literally).
                '*' => {
                    self.out.push('\\');
                    self.out.push(c);
                }
                '\u{a0}' => self.out.push(' '),
                c if c.is_control() => self.out.push(' '),
                c => self.out.push(c),
            }
        }
    }

    fn close(&mut self) {
        if self.italic {
            // Blanks go after the closing mark.
            let trimmed = self.out.trim_end().len();
            let tail = self.out.split_off(trimmed);
            if self.out.ends_with('*') {
                // Emphasis around nothing: drop the opening mark.
                self.out.pop();
            } else {
                self.out.push('*');
            }
            self.out.push_str(&tail);
            self.italic = false;
        }
    }

    /// The note's text, whitespace collapsed.
    pub fn finish(mut self) -> String {
        self.close();
        tidy::note_text(&self.out)
    }

    pub fn is_empty(&self) -> bool {
        self.out.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::Rich;

    #[test]
    fn italics_links_and_escapes() {
        let mut r = Rich::default();
        r.text("Smith, ", false);
        r.text("Big Book ", true);
        r.text("(2020), 5*.", false);
        r.link("ex.org/a…", "https://ex.org/a/b");
        assert_eq!(
            r.finish(),
            "Smith, *Big Book* (2020), 5\\*. <https://ex.org/a/b>"
        );
    }
}
