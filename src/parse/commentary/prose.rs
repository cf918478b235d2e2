//! A sentence of the note's own that dates what it reports: "The survey
//! was fielded in March 2020, before the first lockdown.", "Il sondaggio è
//! stato condotto nel 2019, prima delle elezioni.". Its year and comma
//! look like a reference's parts; its shape does not: it opens with an
//! article or a pronoun, and its first clause is words in small letters
//! with a verb and the year, besides a month or a number.

/// Words that open a sentence of prose, not a reference (a reference's
/// title opening with one has its author, a quotation mark or capitals
/// before the comma).
const OPENERS: &[&str] = &[
    "The", "This", "These", "Those", "That", "It", "We", "Our", "I", "Il", "La", "Lo", "Le", "Les",
    "Ce", "Cette", "Nous", "On", "El", "Los", "Las", "Este", "Esta", "Questo", "Questa",
];

/// Verbs that make the clause a sentence: "was", "were", "è", "est", "fue".
const VERBS: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "è", "sono", "fu", "furono", "era", "erano",
    "ha", "hanno", "est", "sont", "était", "étaient", "a", "ont", "fut", "fue", "fueron", "es",
    "son", "eran", "han",
];

/// Whether the text is such a sentence ([`self`]).
pub(in crate::parse) fn is_plain_sentence(text: &str) -> bool {
    let Some((first, _)) = text.split_once(' ') else {
        return false;
    };
    if !OPENERS.contains(&first)
        || text.contains(['"', '“', '«', '„', '(', '[', '*', '_'])
        || text.contains("://")
    {
        return false;
    }
    let clause = text
        .split([',', ';', ':'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('.');
    let words: Vec<&str> = clause.split_whitespace().skip(1).collect();
    // The year is the clause's ("… in March 2020, before …"); a title's
    // clause has none before its imprint ("The state is back, Oxford 2019").
    words.len() >= 3
        && words.iter().any(|w| VERBS.contains(w))
        && words
            .iter()
            .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        && words.iter().all(|w| {
            w.starts_with(char::is_lowercase)
                || w.chars().all(|c| c.is_ascii_digit())
                || super::super::dates::is_month(w)
        })
}

#[cfg(test)]
mod tests {
    use super::is_plain_sentence;

    #[test]
    fn dated_sentences_of_prose_and_references_opening_alike() {
        assert!(is_plain_sentence(
            "The interviews were conducted in May 2021, in Vilnius and Warsaw."
        ));
        assert!(is_plain_sentence(
            "Il questionario è stato somministrato nel 2018, prima del voto."
        ));
        // A title opening with an article, after no author: a reference.
        assert!(!is_plain_sentence(
            "The Economist, \"Belarus's Long Winter\", 12 March 2021."
        ));
        assert!(!is_plain_sentence(
            "The Military Balance 2022, London: IISS, 2022, p. 190."
        ));
        assert!(!is_plain_sentence("The state is back, Oxford 2019."));
    }
}
