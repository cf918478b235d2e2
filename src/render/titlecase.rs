//! CSL title case as citeproc-js applies it, to correct the engine's.
//!
//! The CSL specification says title case capitalises lowercase words and
//! leaves words with capitals as they are; hayagriva lowercases the rest of
//! every word (`OpenAI` → `Openai`, `AUV.` → `Auv.`), capitalises stop
//! words after a comma or a full stop, and knows fewer stop words. This is
//! citeproc-js's algorithm: the string is cut at quotes, brackets, dashes,
//! slashes and punctuation; in each piece, a lowercase word longer than one
//! letter that is not a stop word gets a capital, as does the first word
//! and a word after `!`, `?` or `:`; a stop word that ends the title gets
//! one too. Nothing is ever lowercased.

use hayagriva::lang::{Case, SentenceCase};

/// citeproc-js's stop words (`CSL.SKIP_WORDS`).
const SKIP_WORDS: &[&str] = &[
    "about",
    "above",
    "across",
    "afore",
    "after",
    "against",
    "al",
    "along",
    "alongside",
    "amid",
    "amidst",
    "among",
    "amongst",
    "anenst",
    "apropos",
    "apud",
    "around",
    "as",
    "aside",
    "astride",
    "at",
    "athwart",
    "atop",
    "barring",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "but",
    "by",
    "circa",
    "despite",
    "down",
    "during",
    "et",
    "except",
    "for",
    "forenenst",
    "from",
    "given",
    "in",
    "inside",
    "into",
    "lest",
    "like",
    "modulo",
    "near",
    "next",
    "notwithstanding",
    "of",
    "off",
    "on",
    "onto",
    "out",
    "over",
    "per",
    "plus",
    "pro",
    "qua",
    "sans",
    "since",
    "than",
    "through",
    "throughout",
    "thruout",
    "till",
    "to",
    "toward",
    "towards",
    "under",
    "underneath",
    "until",
    "unto",
    "up",
    "upon",
    "versus",
    "vs",
    "v",
    "via",
    "with",
    "within",
    "without",
    "or",
    "yet",
    "so",
    "and",
    "nor",
    "a",
    "an",
    "the",
    "de",
    "d'",
    "von",
    "van",
    "c",
    "ca",
];

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '‘' | '’'
            | '“'
            | '”'
            | '"'
            | '\''
            | '-'
            | '–'
            | '—'
            | '/'
            | '.'
            | ','
            | ';'
            | '?'
            | '!'
            | ':'
            | '['
            | ']'
            | '('
            | ')'
    )
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        // Lone Greek letters stay (symbols in science titles).
        Some(c) if ('\u{370}'..='\u{3ff}').contains(&c) && chars.as_str().is_empty() => {
            word.to_string()
        }
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

fn is_skip_word(word: &str) -> bool {
    SKIP_WORDS.contains(&word)
}

/// `text` in title case as citeproc-js makes it.
pub fn title_case(text: &str) -> String {
    // Pieces between separators, and the separator after each.
    let mut pieces: Vec<(String, Option<char>)> = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if is_separator(c) {
            pieces.push((std::mem::take(&mut current), Some(c)));
        } else {
            current.push(c);
        }
    }
    pieces.push((current, None));

    let mut first = true;
    let mut after_punct = false;
    let mut last_word: Option<(usize, usize)> = None;
    let mut out_pieces: Vec<Vec<String>> = Vec::with_capacity(pieces.len());
    for (p, (piece, following)) in pieces.iter().enumerate() {
        let words: Vec<&str> = piece.split(' ').collect();
        let mut out_words = Vec::with_capacity(words.len());
        let count = words.len();
        for (w, word) in words.iter().enumerate() {
            if word.is_empty() {
                out_words.push(String::new());
                continue;
            }
            let lower = word.to_lowercase();
            let capitalize = (word.chars().count() > 1 && !is_skip_word(&lower))
                // (citeproc-js applies this only to the text before the
                // first separator.)
                || (p == 0 && w + 1 == count && *following == Some('-'))
                || first
                || after_punct;
            out_words.push(if capitalize && *word == lower {
                capitalise(word)
            } else {
                (*word).to_string()
            });
            first = false;
            after_punct = false;
            last_word = Some((p, w));
        }
        if following.is_some_and(|c| matches!(c, '!' | '?' | ':')) {
            after_punct = true;
        }
        out_pieces.push(out_words);
    }
    // A stop word that ends the title is capitalised.
    if let Some((p, w)) = last_word {
        let word = &out_pieces[p][w];
        if word.chars().count() > 1 && is_skip_word(&word.to_lowercase()) {
            out_pieces[p][w] = capitalise(word);
        }
    }
    let mut out = String::with_capacity(text.len());
    for ((_, following), words) in pieces.iter().zip(out_pieces) {
        out.push_str(&words.join(" "));
        if let Some(c) = following {
            out.push(*c);
        }
    }
    out
}

/// Puts citeproc-js's title case of `original` where the engine wrote its
/// own title case of it in `rendered` (a text node); `None` when the text
/// does not hold the title, or holds it untransformed, in capitals, or in
/// sentence case.
pub fn correct(rendered: &str, original: &str) -> Option<String> {
    let lower = rendered.to_lowercase();
    let wanted = original.to_lowercase();
    // Only where lowercasing keeps byte offsets (all but a few scripts).
    if lower.len() != rendered.len() || wanted.len() != original.len() || wanted.is_empty() {
        return None;
    }
    let at = lower.find(&wanted)?;
    let found = &rendered[at..at + wanted.len()];
    let sentence = Case::Sentence(SentenceCase::default()).transform(original);
    if found == original || found == original.to_uppercase() || found == wanted || found == sentence
    {
        return None;
    }
    let cased = title_case(original);
    (found != cased).then(|| {
        format!(
            "{}{cased}{}",
            &rendered[..at],
            &rendered[at + wanted.len()..]
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_citeproc_js_does() {
        let cases = [
            (
                "OpenAI and GPUs towards arXiv: form, and understanding",
                "OpenAI and GPUs towards arXiv: Form, and Understanding",
            ),
            (
                "Modeling and control of a variable-length AUV",
                "Modeling and Control of a Variable-Length AUV",
            ),
            (
                "Fourier integral operators. II",
                "Fourier Integral Operators. II",
            ),
            (
                "Reactions at oxide surfaces. 1. Oxidation of As(III)",
                "Reactions at Oxide Surfaces. 1. Oxidation of As(III)",
            ),
            (
                "Proc. of the 12th int. joint conf. on artificial intelligence",
                "Proc. of the 12th Int. Joint Conf. on Artificial Intelligence",
            ),
            (
                "Systems, man and cybernetics, IEEE transactions on",
                "Systems, Man and Cybernetics, IEEE Transactions On",
            ),
            (
                "Optimal guidance for Nap-of-the-Earth flight",
                "Optimal Guidance for Nap-of-the-Earth Flight",
            ),
            (
                "Quasinormal modes of Kerr–de Sitter black holes",
                "Quasinormal Modes of Kerr–de Sitter Black Holes",
            ),
            (
                "Mosaic from Mbari's imaging AUV",
                "Mosaic from Mbari's Imaging AUV",
            ),
            ("a study", "A Study"),
        ];
        for (input, want) in cases {
            assert_eq!(title_case(input), want, "{input}");
        }
    }

    #[test]
    fn corrects_the_engines_title_case_in_place() {
        assert_eq!(
            correct(
                "“Fourier Integral Operators. Ii.”",
                "Fourier integral operators. II"
            )
            .as_deref(),
            Some("“Fourier Integral Operators. II.”")
        );
        // Untouched, capitals, sentence case: left alone.
        assert_eq!(correct("“OpenAI rules.”", "OpenAI rules"), None);
        assert_eq!(correct("OPENAI RULES", "OpenAI rules"), None);
        assert_eq!(correct("Other text", "OpenAI rules"), None);
    }
}
