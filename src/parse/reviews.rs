//! A book review: `Lucan Way, review of Belarus: The Last European
//! Dictatorship, by Andrew Wilson, Slavic Review 71, no. 3 (2012): 701–2.`,
//! `Kovalenko, I. (2019). [Review of the book …, by S. Marchenko]. Journal,
//! 6, 245–249.`, `Шевцов Ю. Рец. на кн.: Карбалевич В. Title. М.: Партизан,
//! 2010. 520 с. // Журнал. 2011. № 2.`, `Sapper, Rez. zu: Sahm, Title,
//! Münster 2020, in: Osteuropa 71 (2021)`, `compte rendu de …, L'Aube,
//! 2016, Revue …`. The description of the book reviewed holds a second
//! author, title, publisher and year, which the labeller takes for the
//! review's own. It is taken out and a plain word put in its place; the
//! review is read as the article it is, and the description then becomes
//! its title, or its title's addition when the review has a title of its
//! own.

use std::sync::LazyLock;

use regex::Regex;

/// The words that open a description (Latin letters in any case, see
/// [`super::forms`]): a note without one (nearly all) is not searched
/// further.
pub(super) const CUES: &[&str] = &[
    "review of",
    "рец. на",
    "рецензия на",
    "рецензія на",
    "рэцэнзія на",
    "рэц. на",
    "rez. zu",
    "rezension zu",
    "rezension von",
    "besprechung von",
    "compte rendu de",
    "recension de",
    "recensione a",
    "recensione di",
    "reseña de",
    "recenzja książki",
];

/// Where a description opens, after the review's author (and title).
static OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"(?:^|[,.]["”»]?\s+)(?P<open>(?:"#,
        // English in small letters only: "Review of …" may open a title.
        r"review\s+of(?:\s+the\s+(?:book|film|report))?|\[(?i:review\s+of)(?:\s+the\s+(?:book|film|report))?|",
        r"(?i:рец\.\s+на(?:\s+кн\.)?:?|рецензия\s+на(?:\s+книгу)?:?|рецензія\s+на(?:\s+книгу)?:?|",
        r"рэцэнзія\s+на(?:\s+кнігу)?:?|рэц\.\s+на(?:\s+кн\.)?:?|",
        r"rez\.\s+zu:?|rezension\s+(?:zu|von):?|besprechung\s+von:?|",
        r"compte\s+rendu\s+de|recension\s+de|recensione\s+(?:a|di)|reseña\s+de|recenzja\s+książki:?))\s)",
    ))
    .expect("review opening pattern")
});

/// "…, by Andrew Wilson, ": the reviewed book's authors or editors, the
/// end of an English description.
static BY_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+(?:(?:edited|ed\.|trans\.|translated)\s+)?by\s+[^,]{3,80}?(?:,\s+and\s+[^,]{3,60}?)?,\s+")
        .expect("reviewed authors pattern")
});

/// "…, L'Aube, 2016, ": the reviewed book's year, the end of a
/// description that names no authors after its title.
static YEAR_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:1[5-9]|20)\d\d\)?[,.]\s+").expect("reviewed year pattern"));

/// A review's description and the note with a plain word in its place.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Review {
    pub note: String,
    /// The word the description was replaced with, read as the title.
    pub placeholder: &'static str,
    pub description: String,
}

/// The note's review, or `None` when the note is no review or its
/// description's end cannot be told.
pub(super) fn review(note: &str) -> Option<Review> {
    let c = OPENING.captures(note)?;
    let open = c.name("open")?;
    let after = &note[open.start()..];
    let cyrillic = open.as_str().chars().any(crate::letters::is_cyrillic);
    let lower = open.as_str().to_lowercase();
    let german = lower.starts_with("rez") || lower.starts_with("besprechung");
    // The description's length, and where what follows it starts.
    let (len, next) = if after.starts_with('[') {
        let close = after.find(']')?;
        let next = after[close + 1..]
            .find(|c: char| !matches!(c, '.' | ',' | ' '))
            .map_or(after.len(), |i| close + 1 + i);
        (close + 1, next)
    } else if cyrillic {
        let at = after.find(" // ")?;
        (at, at + 1)
    } else if german {
        let at = after.find(", in: ").or_else(|| after.find(". In: "))?;
        (at, at + 2)
    } else {
        // The description ends at the last comma or stop of the match,
        // whatever space follows it.
        let m = BY_NAMES.find(after).or_else(|| YEAR_END.find(after))?;
        let stop = m.as_str().rfind([',', '.'])?;
        (m.start() + stop, m.end())
    };
    let description = after[..len]
        .trim()
        .trim_start_matches('[')
        .trim_end_matches([']', ',', '.', ' '])
        .to_string();
    let head = note[..open.start()].trim_end();
    let tail = &after[next..];
    // The review's own title stands before the description ("Ioffe,
    // \"Understanding Belarus,\" review of …"): the description goes.
    let own_title = head.ends_with(['"', '”', '»', '“']) || head.ends_with(",\"");
    let placeholder = match (cyrillic, own_title) {
        (_, true) => "",
        (true, false) => "Рецензия",
        // A word or two alone before a journal's name runs into it.
        (false, false) => "Review of a book",
    };
    let rebuilt = if own_title {
        format!("{head} {tail}")
    } else if cyrillic {
        format!("{head} {placeholder} {tail}")
    } else if after.starts_with('[') {
        format!("{head} {placeholder}. {tail}")
    } else if german {
        format!("{head} {placeholder}, {tail}")
    } else {
        format!("{head} \"{placeholder},\" {tail}")
    };
    Some(Review {
        note: rebuilt,
        placeholder,
        description,
    })
}

/// The parsed review with its description back: as its title where the
/// placeholder was read as one (or no title was read), as the title's
/// addition where the review has a title of its own.
pub(super) fn restore(review: Review, work: &mut super::Work) {
    let placeholder = |t: &str| {
        !review.placeholder.is_empty()
            && t.trim_matches(|c: char| !c.is_alphabetic()) == review.placeholder
    };
    match work.title.as_deref() {
        Some(t) if !placeholder(t) => work.title_addon = Some(review.description),
        _ => {
            work.language = crate::lang::detect(&review.description).or(work.language);
            work.title = Some(review.description);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_cut_where_the_review_goes_on() {
        for (note, rebuilt, description) in [
            (
                "Lucan Way, review of Belarus: The Last European Dictatorship, by Andrew Wilson, Slavic Review 71, no. 3 (2012): 701–2.",
                "Lucan Way, \"Review of a book,\" Slavic Review 71, no. 3 (2012): 701–2.",
                "review of Belarus: The Last European Dictatorship, by Andrew Wilson",
            ),
            (
                "Grigory Ioffe, \"Understanding Belarus,\" review of Belarus, by Andrew Wilson, Europe-Asia Studies 64, no. 8 (2012): 1590–92.",
                "Grigory Ioffe, \"Understanding Belarus,\" Europe-Asia Studies 64, no. 8 (2012): 1590–92.",
                "review of Belarus, by Andrew Wilson",
            ),
            (
                "Kovalenko, I. (2019). [Review of the book Maidan, by S. Marchenko]. Journal of Things, 6, 245–249.",
                "Kovalenko, I. (2019). Review of a book. Journal of Things, 6, 245–249.",
                "Review of the book Maidan, by S. Marchenko",
            ),
            (
                "Шевцов Ю. Рец. на кн.: Карбалевич В. Портрет. М.: Партизан, 2010. 520 с. // Неприкосновенный запас. 2011. № 2.",
                "Шевцов Ю. Рецензия // Неприкосновенный запас. 2011. № 2.",
                "Рец. на кн.: Карбалевич В. Портрет. М.: Партизан, 2010. 520 с",
            ),
            (
                "Manfred Sapper, Rez. zu: Astrid Sahm, Die Republik Belarus, Münster 2020, in: Osteuropa 71 (2021), H. 4, S. 145–147.",
                "Manfred Sapper, Review of a book, in: Osteuropa 71 (2021), H. 4, S. 145–147.",
                "Rez. zu: Astrid Sahm, Die Republik Belarus, Münster 2020",
            ),
            (
                "Lucan Way, review of Belarus, by Andrew Wilson,\u{a0}Slavic Review 71 (2012): 701–2.",
                "Lucan Way, \"Review of a book,\" Slavic Review 71 (2012): 701–2.",
                "review of Belarus, by Andrew Wilson",
            ),
            (
                "Anne Le Huérou, compte rendu de Ioulia Shukan, Génération Maïdan, La Tour-d'Aigues, L'Aube, 2016, Revue d'études comparatives Est-Ouest, vol. 48, no 2, 2017.",
                "Anne Le Huérou, \"Review of a book,\" Revue d'études comparatives Est-Ouest, vol. 48, no 2, 2017.",
                "compte rendu de Ioulia Shukan, Génération Maïdan, La Tour-d'Aigues, L'Aube, 2016",
            ),
        ] {
            let r = review(note).expect(note);
            assert_eq!(r.note, rebuilt, "{note}");
            assert_eq!(r.description, description, "{note}");
        }
        // "Review" in a journal's or a title's name opens no description.
        for note in [
            "A. Smith, \"Trade,\" Slavic Review 71, no. 3 (2012): 701–2.",
            "J. Doe, A Review of Economic Policy in Belarus (Minsk: BEROC, 2019).",
            "IMF, Review of the Fund's Strategy on Belarus (Washington, DC: IMF, 2019).",
        ] {
            assert_eq!(review(note), None, "{note}");
        }
    }
}
