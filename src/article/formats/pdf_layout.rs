//! PDF glyphs to text a reader would copy: lines from baselines, words from
//! gaps, superscript numbers in the body as `^{n}` markers, running headers
//! and footers dropped, and page footnotes (a run of smaller type at the
//! bottom of a page that starts with a number) moved under a `Footnotes`
//! heading at the end, in page order. Pure: glyphs in, text out.

use std::collections::HashMap;

use crate::article::text::furniture_key;

/// One glyph: its left edge and baseline from the top of the page, its
/// size and advance in page units.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub x: f64,
    pub y: f64,
    pub size: f64,
    pub advance: f64,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Page {
    pub glyphs: Vec<Glyph>,
}

/// A line of a page: its baseline, its main size and its glyphs.
#[derive(Debug, Clone)]
struct Line {
    y: f64,
    size: f64,
    glyphs: Vec<Glyph>,
}

impl Line {
    fn is_superscript(&self, g: &Glyph) -> bool {
        g.size < self.size * 0.85 && g.y < self.y - self.size * 0.15
    }

    /// Whether the line opens with superscript digits (a note's number).
    fn starts_with_superscript(&self) -> bool {
        self.glyphs
            .iter()
            .find(|g| !g.text.trim().is_empty())
            .is_some_and(|g| self.is_superscript(g) && g.text.chars().all(|c| c.is_ascii_digit()))
    }

    /// The line's text; superscript digits as `^{n}`, or as a leading
    /// `n ` when they start the line (a note's own number).
    fn text(&self) -> String {
        let mut out = String::new();
        let mut last_end: Option<f64> = None;
        let mut in_sup = false;
        for g in &self.glyphs {
            let sup = self.is_superscript(g);
            let digit = g.text.chars().all(|c| c.is_ascii_digit());
            if let Some(end) = last_end
                && g.x > end + g.size * 0.15
                && !(sup && digit && in_sup)
            {
                if in_sup {
                    out.push('}');
                    in_sup = false;
                }
                out.push(' ');
            }
            match (sup && digit, in_sup) {
                (true, false) => {
                    out.push_str("^{");
                    in_sup = true;
                }
                (false, true) => {
                    out.push('}');
                    in_sup = false;
                }
                _ => {}
            }
            out.push_str(&g.text);
            last_end = Some(g.x + g.advance);
        }
        if in_sup {
            out.push('}');
        }
        let out = out.trim().to_string();
        // A note's number set as a superscript: `^{3}Text` → `3 Text`.
        if self.starts_with_superscript()
            && let Some(rest) = out.strip_prefix("^{")
            && let Some((n, text)) = rest.split_once('}')
        {
            return format!("{n} {}", text.trim_start());
        }
        out
    }
}

/// Lines of a page, top to bottom: glyphs whose baselines lie within 0.6
/// of the larger size of each other (so a raised superscript joins its
/// line), each line read left to right. One column is assumed.
fn lines(page: &Page) -> Vec<Line> {
    let mut glyphs: Vec<&Glyph> = page
        .glyphs
        .iter()
        .filter(|g| !g.text.trim().is_empty() && g.y.is_finite() && g.x.is_finite())
        .collect();
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut out: Vec<Line> = Vec::new();
    for g in glyphs {
        let joins = out
            .last()
            .is_some_and(|l| (g.y - l.y).abs() <= 0.6 * l.size.max(g.size));
        match out.last_mut() {
            Some(l) if joins => {
                if g.size > l.size * 1.05 {
                    // The line's main text is the larger type; what came
                    // first was a superscript.
                    l.size = g.size;
                    l.y = g.y;
                }
                l.glyphs.push(g.clone());
            }
            _ => out.push(Line {
                y: g.y,
                size: g.size,
                glyphs: vec![g.clone()],
            }),
        }
    }
    for l in &mut out {
        l.glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    }
    out
}

/// The text of a document: body pages separated by form feeds, then the
/// page footnotes under a heading of their own.
pub fn compose(pages: &[Page]) -> String {
    let pages: Vec<Vec<Line>> = pages.iter().map(lines).collect();
    // The body size: the size most characters are set in.
    let mut sizes: HashMap<i64, usize> = HashMap::new();
    for l in pages.iter().flatten() {
        *sizes.entry((l.size * 2.0).round() as i64).or_default() += l.glyphs.len();
    }
    let body = sizes
        .into_iter()
        .max_by_key(|(s, n)| (*n, *s))
        .map_or(10.0, |(s, _)| s as f64 / 2.0);
    // Running headers and footers: the first and last two lines of a page,
    // the same words (numbers aside) at the same height on three pages or
    // more (a fifth of them in long documents). Notes at the foot of a page move with their length, so a run
    // of "Ibid., 12." is not mistaken for a footer.
    let edge_key =
        |l: &Line, text: &str| format!("{}@{}", furniture_key(text), (l.y / 4.0).round());
    let mut edges: HashMap<String, usize> = HashMap::new();
    for page in &pages {
        let n = page.len();
        for (i, l) in page.iter().enumerate() {
            if i < 2 || i + 2 >= n {
                *edges.entry(edge_key(l, &l.text())).or_default() += 1;
            }
        }
    }
    let least = (pages.len() / 5).max(3);
    // A page number alone; or a header or footer: words enough to be one,
    // set apart from the text by a wider gap, never a note's first line.
    let running = |page: &[Line], i: usize, text: &str| {
        let key = furniture_key(text);
        if key.is_empty() {
            return true;
        }
        let pitch = line_pitch(page);
        let apart = |a: usize, b: usize| page[b].y - page[a].y > pitch * 1.35;
        let l = &page[i];
        let set_apart = (i + 1 < page.len() && apart(i, i + 1) && i < 2)
            || (i > 0 && apart(i - 1, i) && i + 2 >= page.len())
            || page.len() == 1;
        key.chars().count() >= 8
            && set_apart
            && !l.starts_with_superscript()
            && edges.get(&edge_key(l, text)).is_some_and(|n| *n >= least)
    };

    let mut body_text: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for page in &pages {
        let texts: Vec<String> = page.iter().map(Line::text).collect();
        let end = {
            let mut end = page.len();
            while end > 0 && running(page, end - 1, &texts[end - 1]) {
                end -= 1;
            }
            end
        };
        let cut = footnote_block(page, &texts, end, body, !notes.is_empty()).unwrap_or(end);
        for (i, t) in texts.iter().enumerate() {
            if i >= cut && i < end {
                notes.push(t.clone());
            } else if !(running(page, i, t) && (i < 2 || i + 2 >= texts.len())) {
                body_text.push(t.clone());
            }
        }
        body_text.push("\u{c}".to_string());
    }
    let mut out = body_text.join("\n");
    if !notes.is_empty() {
        out.push_str("\n\nFootnotes\n\n");
        out.push_str(&notes.join("\n"));
        out.push('\n');
    }
    out
}

/// Where the page's footnotes start, if it has any. The page's lines
/// are cut into paragraphs (at gaps wider than 1.35 lines, and before every
/// line that starts a note: a superscript number, or a number in smaller
/// type); the footnotes are the longest run of note paragraphs that ends
/// the page, none larger than the body. A note continued from the
/// previous page (a short paragraph right above, set well apart from the
/// body, starting mid-sentence or with an address) belongs to them too.
fn footnote_block(
    page: &[Line],
    texts: &[String],
    end: usize,
    body: f64,
    continuing: bool,
) -> Option<usize> {
    let pitch = line_pitch(page);
    let gap = |i: usize| {
        if i == 0 {
            f64::INFINITY
        } else {
            page[i].y - page[i - 1].y
        }
    };
    let is_start = |i: usize| {
        starts_with_number(&texts[i])
            && (page[i].starts_with_superscript() || page[i].size < body * 0.9)
    };
    // Paragraph starts, top to bottom.
    let starts: Vec<usize> = (0..end)
        .filter(|&i| i == 0 || gap(i) > pitch * 1.35 || is_start(i))
        .collect();
    let mut block = None;
    for (k, &p) in starts.iter().enumerate().rev() {
        let next = starts.get(k + 1).copied().unwrap_or(end);
        let note = is_start(p) && page[p..next].iter().all(|l| l.size <= body * 1.05);
        if !note {
            // A continuation starts mid-sentence or with the rest of an
            // address; a paragraph of the body starts with a capital.
            // Body text carries note markers; a note does not.
            let mid_sentence = (texts[p].starts_with(|c: char| !c.is_uppercase())
                || texts[p].starts_with("http")
                || texts[p].starts_with("www."))
                && !texts[p..next].iter().any(|t| t.contains("^{"));
            // (Body text continued from the page before sits at the top.)
            if continuing
                && block.is_some()
                && p > 0
                && next - p <= 6
                && gap(p) > pitch * 1.35
                && mid_sentence
                && page[p..next].iter().all(|l| l.size <= body * 1.05)
            {
                block = Some(p);
            }
            break;
        }
        block = Some(p);
    }
    block
}

/// The usual distance between the baselines of consecutive lines.
fn line_pitch(page: &[Line]) -> f64 {
    let mut gaps: Vec<f64> = page
        .windows(2)
        .map(|w| w[1].y - w[0].y)
        .filter(|g| *g > 0.0 && g.is_finite())
        .collect();
    if gaps.is_empty() {
        return 14.0;
    }
    gaps.sort_by(f64::total_cmp);
    // The lower quartile: body lines are the most frequent, paragraph and
    // section gaps only widen the distribution upwards.
    gaps[gaps.len() / 4]
}

fn starts_with_number(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    (1..=4).contains(&digits) && text[digits..].starts_with([' ', '.', ')'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(x: f64, y: f64, size: f64, text: &str) -> Vec<Glyph> {
        let mut out = Vec::new();
        let mut x = x;
        for c in text.chars() {
            out.push(Glyph {
                x,
                y,
                size,
                advance: size * 0.5,
                text: c.to_string(),
            });
            x += size * 0.5;
        }
        out
    }

    fn line(y: f64, size: f64, words: &[&str]) -> Vec<Glyph> {
        let mut out = Vec::new();
        let mut x = 72.0;
        for w in words {
            out.extend(word(x, y, size, w));
            x += (w.chars().count() as f64 + 1.0) * size * 0.5;
        }
        out
    }

    fn page(n: usize) -> Page {
        let mut page = Page { glyphs: Vec::new() };
        let words = ["Trade", "Oil", "Rail"];
        let authors = ["Lis,", "Roe,", "Ng,"];
        page.glyphs.extend(line(40.0, 8.0, &["Policy", "Brief"]));
        page.glyphs.extend(line(100.0, 11.0, &[words[n], "grew."]));
        // A superscript marker right after "grew.".
        let after = 72.0 + (words[n].len() as f64 + 1.0 + 5.0) * 5.5;
        page.glyphs
            .extend(word(after, 96.0, 7.0, &(n + 1).to_string()));
        for k in 0..8 {
            let y = 113.0 + 13.0 * k as f64;
            page.glyphs
                .extend(line(y, 11.0, &["It", "fell", "on", "page", words[n]]));
        }
        page.glyphs
            .extend(word(72.0, 700.0, 6.0, &(n + 1).to_string()));
        page.glyphs.extend(line(
            702.0,
            9.0,
            &["", "Anna", authors[n], words[n], "2011."],
        ));
        page.glyphs
            .extend(line(760.0, 9.0, &[&(n + 7).to_string()]));
        page
    }

    #[test]
    fn footnotes_move_to_the_end_and_markers_stay_in_the_body() {
        let text = compose(&[page(0), page(1), page(2)]);
        assert!(text.contains("Trade grew.^{1}"), "{text}");
        assert!(text.contains("Oil grew.^{2}"), "{text}");
        assert!(
            text.contains(
                "Footnotes\n\n1 Anna Lis, Trade 2011.\n2 Anna Roe, Oil 2011.\n3 Anna Ng, Rail 2011."
            ),
            "{text}"
        );
        assert!(
            !text.contains("Policy Brief"),
            "running header kept: {text}"
        );
        assert!(!text.contains("\n8\n"), "page number kept: {text}");
    }
}
