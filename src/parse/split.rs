//! A note's citations: a note may cite several works ("A, Title (2019);
//! cf. B, Title (2020)."), wrap its reference in commentary ("For the older
//! debate see also A. Rossi, …"), or cite nothing at all. This module cuts a
//! note into the pieces that each cite one work, without the commentary and
//! the lead-in words ("See", "Cf.", "См.:", "Vgl.", "参见") around them.
//!
//! A cut is made only where both sides read as citations (a year, a URL or
//! DOI, a quoted or italic title, or a back-reference), so that the
//! semicolons inside an author list or a title never split a reference.

use std::sync::LazyLock;

use regex::Regex;

/// Words that introduce a citation.
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:and\s+|but\s+|also\s+)?(?:",
        r"see,?\s+(?:also|further|generally|e\.g\.|for example|among others)[,:]?|see[,:]?|",
        r"cf\.(?:\s+also)?[,:]?|compare|e\.g\.,?|",
        r"подробнее\s+см\.?:?|см\.?,?\s+(?:также|например):?|см\.:?|ср\.:?|",
        r"гл\.:?|падрабязней\s+гл\.?:?|див\.:?|детальніше\s+див\.?:?|",
        r"vgl\.(?:\s+(?:dazu|auch|etwa))?:?|siehe(?:\s+auch)?:?|",
        r"cfr\.:?|si\s+veda(?:no)?(?:\s+anche)?:?|vedi(?:\s+anche)?:?|",
        r"voir(?:\s+(?:aussi|notamment))?:?|",
        r"zob\.(?:\s+(?:też|także|np\.))?:?|por\.:?|viz:?|srov\.:?|",
        r"参见[：:]?|详见[：:]?|参看[：:]?",
        r")\s*",
    ))
    .expect("lead-in pattern")
});

/// A lead-in inside commentary: "… debate on the salt tax see also A. Rossi".
static LEAD_IN_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:^|[\s,;:(])(?:see(?:\s+also)?|cf\.|подробнее\s+см\.|см\.(?:\s+также)?|",
        r"vgl\.(?:\s+auch)?|si\s+veda(?:no)?(?:\s+anche)?|voir(?:\s+aussi)?)[:,]?\s+",
    ))
    .expect("inner lead-in pattern")
});

/// Whether the text may hold a [`LEAD_IN_INSIDE`]: one of its words is
/// there ("see", "cf.", "см.", "vgl.", "veda", "voir"). Most notes have
/// none, and the pattern reads the whole note.
fn may_have_inner_lead_in(text: &str) -> bool {
    static WORDS: LazyLock<aho_corasick::AhoCorasick> =
        LazyLock::new(|| super::text::any_case(&["see", "cf.", "см.", "vgl.", "veda", "voir"]));
    WORDS.is_match(text)
}

/// Words of commentary that come before a reference's author, in the
/// languages of the notes refman reads: "So auch", "Dazu kritisch:",
/// "in proposito", "Per un quadro generale cfr.", "Как справедливо
/// отмечает", "Цит. по:". Lower case, without a closing colon or comma.
static COMMENTARY_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    [
        // German
        "so auch ähnlich dazu hierzu ausführlich insbesondere kritisch anders dagegen zitiert \
         zit. nach grundlegend ferner etwa bereits schon näher weiterführend allgemein zuletzt \
         jüngst vor allem ebenso außerdem sowie und aber siehe vgl. s. dort instruktiv \
         eingehend umfassend statt vieler exemplarisch beispielsweise z. b. z.b. \
         zusammenfassend einführend neuerdings jetzt gegen kürzlich argumentiert schreibt \
         betont bemerkt zeigt meint folgt wie",
        // Italian
        "in proposito si veda vedano vedi v. anche ma inoltre cfr. per un quadro generale \
         particolare da ultimo ora sul punto citato cit. come e ed più recentemente soprattutto \
         almeno tra gli altri ampiamente rinvio rimando rinvia a osserva nota scrive \
         sottolinea sostiene afferma su questo questa punto confronto riguardo merito tema \
         questione vedasi utilmente ancora sempre",
        // French
        "voir aussi notamment particulier également cité citée par sur ce cf. et surtout \
         récemment déjà observe écrit souligne comme",
        // English
        "see also e.g. for example instance generally further especially particular more \
         recently quoted cited by on this point compare but and contra accord notably \
         likewise similarly already esp. as argued argues notes noted observes observed \
         writes wrote shows showed suggests suggested points out puts it",
        // Russian, Ukrainian, Belarusian
        "об этом подробнее подробно см. также цит. по например напр. ср. в частности ещё еще \
         отмечает пишет указывает как справедливо див. також за докладніше детальніше \
         зокрема пише зазначає гл. таксама цыт. па падрабязней",
    ]
    .iter()
    .flat_map(|words| words.split_whitespace())
    .collect()
});

/// The start of an author: initials and a family name ("G. Salvemini",
/// "И. И. Иванов"), a family name and initials ("Лукашенко А. Г."), or at
/// least two name words before a comma, bracket or slash ("Klaus von
/// Beyme,", "Statistisches Bundesamt,").
static NAME_START: LazyLock<Regex> = LazyLock::new(|| {
    let particles = super::vocabulary::particles_pattern();
    Regex::new(&format!(
        concat!(
            r"^(?:(?:\p{{Lu}}\.\s?){{1,3}}\p{{Lu}}[\p{{Ll}}'’-]+",
            r"|\p{{Lu}}[\p{{Ll}}'’-]+\s+(?:\p{{Lu}}\.\s?){{1,3}}",
            r"|\p{{Lu}}[\p{{L}}'’-]+(?:\s+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}'’-]+|{particles}))+\s*[,(/])",
        ),
        particles = particles
    ))
    .expect("name start pattern")
});

/// "le pagine di", "die Beiträge von", "the essays in": commentary that
/// points at an author's writings just before the author's name.
static WRITINGS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:le\s+pagine|les\s+pages|die\s+(?:beiträge|ausführungen|überlegungen|arbeiten)|",
        r"the\s+(?:essays?|chapters?|pages|discussion|contributions?|work)|",
        r"i\s+(?:lavori|saggi|contributi)|gli\s+studi|работы|труды)",
        r"\s+(?:di|de|von|bei|in|of|by)?\s*",
    ))
    .expect("writings-of pattern")
});

/// An author's name inside commentary, where the words before it are not
/// in [`COMMENTARY_WORDS`] ("Eine gute Übersicht bietet Mayer, Karl Ulrich
/// (Hg.): …", "Come ha mostrato J. C. Davis, …"): a family and given name
/// followed by an editors' mark, a year in brackets, a colon or a slash (the
/// German social-science head), or initials and a family name before a comma
/// (the Italian one), several joined by " - " or "e".
static AUTHOR_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|\s)(?:",
        r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?,\s+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.)(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))*",
        r"(?:\s+(?:u\.\s?a\.|et\s+al\.))?\s*",
        r"(?:\((?:Hrsg|Hg|eds?|a\s+cura\s+di)\.?\)\s*)?(?:\(\d{4}[a-z]?\)\s*)?[:/]",
        r"|(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’-]+",
        r"(?:\s+(?:-|–|e|and|und|et)\s+(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’-]+)*,",
        r")",
    ))
    .expect("author inside commentary pattern")
});

/// Last words of text before a name that make the name part of the work
/// (its editor, translator, addressee or the book a chapter is in), not the
/// author after commentary: "edited by", "in", "hg. von", "letter to".
const NOT_COMMENTARY_ENDS: &[&str] = &[
    "in", "by", "from", "with", "to", "for", "von", "mit", "an", "für", "dans", "par", "от", "с",
    "в", "у", "под",
];

/// Words that open a later edition, reprint or translation of the work
/// just cited: "rist. anast.", "Neudr.", "repr.", "trad. it.", "2a ed.".
static REPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:rist(?:ampa)?\.?|ristampa|nuova\s+ed|neudr|nachdr|neuausg|repr(?:int(?:ed)?)?\.?|",
        r"trad\.|tr\.\s*it|transl(?:ated)?|übers|engl\.\s+(?:ausg|übers)|dt\.\s+(?:ausg|übers)|",
        r"\d{1,2}(?:a|e|ª|nd|rd|th|\.)?\s*(?:ed|éd|aufl|edn)|переизд|пер\.)",
    ))
    .expect("reprint pattern")
});

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\D)(?:1[5-9]|20)\d\d(?:\D|$)").expect("year pattern"));

/// The citation pieces of a note, in order; empty when the note is
/// commentary only.
pub fn pieces(note: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in split_top_level(note) {
        for sentence in split_before_lead_ins(&part) {
            for clause in split_at_inner_lead_ins(&sentence) {
                let clause = clause.trim().trim_end_matches([';', ',']).trim();
                let clause = citation_in_brackets(clause).unwrap_or(clause);
                let piece = strip_commentary(clause);
                let piece = piece.trim().trim_end_matches([';', ',']).trim();
                if is_citation(piece) {
                    out.push(piece.to_string());
                }
            }
        }
    }
    out
}

/// Whether a piece of text reads as a citation of a work.
pub fn is_citation(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() {
        return false;
    }
    let words = text.split_whitespace().count();
    let long_enough = words >= 2 || text.chars().any(super::label::tokens::is_cjk);
    // A year counts when the text is cut into parts as references are
    // ("Author, Title, 2019", "Author. Title. 2019"), not in a plain
    // sentence ("The figures for 2020 were never published.").
    let inner = text.trim_end_matches(['.', ' ']);
    let parts = inner.contains([',', ':', '(', '，', '：']) || inner.contains(". ");
    let evidence = (parts && YEAR.is_match(text))
        || text.contains("://")
        || text.contains("www.")
        || text.contains("doi")
        || text.contains("10.")
        || text.contains(['“', '«', '"', '„', '《', '*', '_'])
        || text.contains("n.d.")
        || text.contains("N.d.")
        // A short form with a page: "Wilson, 41.", "Balmaceda, Living the
        // High Life, 118."
        || (words <= 10 && inner.contains(',') && ends_with_page(inner));
    // The cheap tests first; the pattern sets only when they say nothing.
    (evidence && long_enough)
        || super::short::detect(text).is_some()
        // An act, a court decision or a standard named by its designation.
        || (long_enough && super::special::detect(text, None).is_some())
}

/// Whether the text ends with a page number or range.
fn ends_with_page(text: &str) -> bool {
    text.rsplit([' ', ',']).next().is_some_and(|last| {
        !last.is_empty()
            && last.chars().any(|c| c.is_ascii_digit())
            && last
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'))
    })
}

/// Splits at semicolons outside quotes and brackets where both sides are
/// citations.
fn split_top_level(note: &str) -> Vec<String> {
    let mut cuts = Vec::new();
    let mut depth = 0i32;
    let mut quote = false;
    for (i, c) in note.char_indices() {
        match c {
            '(' | '[' | '{' | '«' | '“' | '《' => depth += 1,
            ')' | ']' | '}' | '»' | '”' | '》' => depth = (depth - 1).max(0),
            '"' => quote = !quote,
            ';' | '；' if depth == 0 && !quote => {
                let next = note[i + c.len_utf8()..].chars().next();
                if next.is_none_or(char::is_whitespace) {
                    cuts.push(i);
                }
            }
            _ => {}
        }
    }
    let mut out: Vec<String> = Vec::new();
    let mut start = 0;
    for cut in cuts {
        let left = &note[start..cut];
        let rest = &note[cut..];
        let right = rest.trim_start_matches([';', '；']).trim();
        let right = LEAD_IN.find(right).map_or(right, |m| &right[m.end()..]);
        // "ibid; Other Author, Title": a back-reference and a new work.
        // "Milano 1927; rist. anast. Roma-Bari 1991": a reprint of the
        // same work, not another.
        if !REPRINT.is_match(right)
            && is_citation(&strip_commentary(left))
            && is_citation(first_clause(right))
        {
            out.push(left.to_string());
            start = cut + rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push(note[start..].to_string());
    out
}

/// The text up to the next top-level semicolon.
fn first_clause(text: &str) -> &str {
    text.split(['；', ';']).next().unwrap_or(text)
}

/// Splits before a sentence that opens with a lead-in ("… 2019. See also
/// B, Title (2020).") when both sides are citations.
fn split_before_lead_ins(part: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some(end) = super::text::sentence_end(part, from) {
        if end >= part.len() {
            break;
        }
        let next = part[end..].trim_start();
        if let Some(m) = LEAD_IN.find(next).filter(|m| m.end() > 0)
            && is_citation(&part[start..end])
            && is_citation(&next[m.end()..])
        {
            out.push(part[start..end].to_string());
            start = end;
        }
        from = end;
    }
    out.push(part[start..].to_string());
    out
}

/// Splits after a whole reference (one that ends in a year or a page)
/// where a comma and commentary with a lead-in bring the next: "…, Torino
/// 1953, si vedano le osservazioni di U. Tucci, Mercanti, …".
fn split_at_inner_lead_ins(part: &str) -> Vec<String> {
    if !may_have_inner_lead_in(part) {
        return vec![part.to_string()];
    }
    let mut out = Vec::new();
    let mut start = 0;
    for m in LEAD_IN_INSIDE.find_iter(part) {
        if m.start() <= start {
            continue;
        }
        // The match opens with the character before the lead-in: a comma
        // or a space after one.
        let sep_end = m.start() + part[m.start()..].chars().next().map_or(0, char::len_utf8);
        let Some(left) = part[start..sep_end].trim_end().strip_suffix(',') else {
            continue;
        };
        let right = &part[m.start()..];
        let right = right.trim_start_matches([',', ';', ':', '(', ' ']);
        if left
            .trim_end_matches(['.', ')'])
            .ends_with(|c: char| c.is_ascii_digit())
            && is_citation(&strip_commentary(left))
            && is_citation(&strip_commentary(right))
        {
            out.push(left.to_string());
            start = part.len() - right.len();
        }
    }
    out.push(part[start..].to_string());
    out
}

/// A sentence of prose with its reference in brackets at its end: "Как
/// справедливо отмечает А. Б. Каменский, реформы … (Каменский А. Б. От
/// Петра I до Павла I. М., 1999. С. 12)." The bracket is the citation when it
/// opens with a name and reads as one, and the prose outside does not.
fn citation_in_brackets(piece: &str) -> Option<&str> {
    let body = piece.trim_end_matches('.').strip_suffix(')')?;
    // The bracket that the last ")" closes.
    let mut depth = 0usize;
    let mut open = None;
    for (i, c) in body.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => {
                open = Some(i);
                break;
            }
            '(' => depth -= 1,
            _ => {}
        }
    }
    let open = open?;
    let inside = body[open + 1..].trim();
    let outside = body[..open].trim();
    let opens_with_name =
        NAME_START.is_match(inside) || AUTHOR_INSIDE.find(inside).is_some_and(|m| m.start() == 0);
    // A reference with its imprint in brackets ("Perloff, Marjorie, The
    // Poetics … (Princeton University Press, 1981)") opens with its author.
    let first = outside.split_whitespace().next().unwrap_or_default();
    let outside_named = NAME_START.is_match(outside) || first.ends_with(',');
    (outside.split_whitespace().count() >= 4
        && inside.split_whitespace().count() >= 6
        && !outside_named
        && opens_with_name
        && is_citation(inside)
        && !is_citation(outside))
    .then_some(inside)
}

/// The citation without the lead-in and the commentary before it.
fn strip_commentary(piece: &str) -> String {
    let t = piece.trim();
    if let Some(m) = LEAD_IN.find(t).filter(|m| m.end() > 0) {
        return without_commentary_words(&t[m.end()..]).to_string();
    }
    let t = without_commentary_words(t);
    // Commentary, then an inner lead-in, then the reference: keep what
    // follows the last lead-in when it is a citation and what precedes it
    // is not.
    if may_have_inner_lead_in(t)
        && let Some(m) = LEAD_IN_INSIDE.find_iter(t).last()
    {
        let before = &t[..m.start()];
        let after = &t[m.end()..];
        if m.start() > 0 && is_citation(after) && !is_citation(before) {
            return without_commentary_words(after).to_string();
        }
    }
    t.to_string()
}

/// The reference without the words of commentary before its author ("So
/// auch Klaus von Beyme, …" → "Klaus von Beyme, …"). Only words of
/// [`COMMENTARY_WORDS`] are taken, and only when an author's name follows,
/// so that a title that opens with such a word keeps it.
fn without_commentary_words(text: &str) -> &str {
    let mut rest = text.trim_start();
    let mut taken = false;
    while let Some(end) = rest.find(char::is_whitespace) {
        // "… le pagine di V. Strada": an initial is not the word "v.".
        if taken && NAME_START.is_match(rest) {
            break;
        }
        if let Some(m) = WRITINGS_OF.find(rest) {
            rest = &rest[m.end()..];
            taken = true;
            continue;
        }
        let word = rest[..end].trim_end_matches([':', ',']).to_lowercase();
        if !COMMENTARY_WORDS.contains(word.as_str()) {
            break;
        }
        rest = rest[end..].trim_start();
        taken = true;
    }
    // "Grundlegend Mayntz, Renate: …": known words, then a name in a
    // strong shape.
    let strong = || AUTHOR_INSIDE.find(rest).is_some_and(|m| m.start() == 0);
    if taken && (NAME_START.is_match(rest) || strong()) {
        rest
    } else {
        author_after_commentary(text).unwrap_or(text)
    }
}

/// The reference after a clause of commentary that the word list does not
/// know, where an author's name in a strong shape ([`AUTHOR_INSIDE`])
/// follows it: "Su cui si veda ora il bel lavoro di R. C. Mueller, …",
/// "See, for the wider debate, W. Streeck, …". The commentary must read as
/// prose: a few words without digits, quotes, brackets or stops, at least
/// one of them in lower case and not a name particle (or ending in a colon or
/// comma), and not ending in a word that makes the name part of the work.
fn author_after_commentary(text: &str) -> Option<&str> {
    let text = text.trim_start();
    // A note that opens with a name ("Bakhtin, Mikhail, …", "Congressional
    // Research Service, …") has its author already. (Tested first: most
    // notes do, and the search below reads the whole note.)
    let first = text.split_whitespace().next()?;
    if (first.ends_with(',') && first.starts_with(char::is_uppercase)) || NAME_START.is_match(text)
    {
        return None;
    }
    let m = AUTHOR_INSIDE.find(text)?;
    let start = m.start() + usize::from(text[m.start()..].starts_with(char::is_whitespace));
    if start == 0 {
        return None;
    }
    let before = text[..start].trim_end();
    let words: Vec<&str> = before.split_whitespace().collect();
    let lower = |w: &&str| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !super::names::is_particle(w.trim_end_matches([',', ':']))
    };
    // The name follows a word in lower case or a stop of the clause, not
    // another name ("Leon Glass and Michael C. Mackey").
    let ends_clause = before.ends_with([':', ','])
        || words
            .last()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    let prose = before.len() <= 120
        && words.len() <= 12
        && !before.contains(|c: char| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '.' | '/' | '"' | '“' | '”' | '«' | '»' | '(' | ')' | '[' | ']' | '*' | '_'
                )
        })
        && ends_clause
        && words.iter().any(lower);
    let last = words.last()?.trim_end_matches([':', ',']).to_lowercase();
    let rest = &text[start..];
    (prose && !NOT_COMMENTARY_ENDS.contains(&last.as_str()) && is_citation(rest)).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_citation_stays_whole() {
        let n = "Andrew Wilson, “Belarus: From a Social Contract to a Security Pact,” Journal of Democracy 32, no. 2 (2021): 36–50.";
        assert_eq!(pieces(n), [n.trim_end_matches('.').to_string() + "."]);
        // A semicolon inside an author list does not split.
        let n = "Smith, J.; Jones, K. (2019). A title. Journal, 3, 5-9.";
        assert_eq!(pieces(n).len(), 1);
    }

    #[test]
    fn several_works_and_lead_ins() {
        let p = pieces(
            "See A. Smith, *Title One* (London: Routledge, 2019); cf. B. Jones, “Title Two,” Survival 62 (2020).",
        );
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].starts_with("A. Smith"), "{p:?}");
        assert!(p[1].starts_with("B. Jones"), "{p:?}");
        let p = pieces("Ibid; Google, “Transparency Report” (2021) https://example.org/t");
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!(p[0], "Ibid");
        // A reprint after a semicolon is the same work.
        let p = pieces("G. Rossi, L'Italia in marcia, Milano 1930; rist. anast. Roma 1990, p. 4.");
        assert_eq!(p.len(), 1, "{p:?}");
        // A whole reference, a comma and commentary with a lead-in.
        let p = pieces(
            "A. Neri, Il sale di Cervia, Milano 1990, si vedano le osservazioni di B. Verdi, Mercanti e saline, Roma 1995, pp. 3-9.",
        );
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[1].starts_with("B. Verdi,"), "{p:?}");
        let p = pieces("Smith, Title (2019). See also Jones, Other Title (2020).");
        assert_eq!(p.len(), 2, "{p:?}");
        let p = pieces("См.: Иванов И. И. Заглавие // Журнал. 2020. № 1. С. 5–9.");
        assert!(p[0].starts_with("Иванов"), "{p:?}");
    }

    #[test]
    fn the_quick_test_passes_every_inner_lead_in() {
        let texts = [
            "For the older debate on the salt tax see also A. Rossi, La tassa, Padova 1962.",
            "A. Neri, Il sale, Milano 1990, si vedano le osservazioni di B. Verdi, Roma 1995.",
            "Об этом подробнее см. Иванов И. И. Заглавие. М., 2001.",
            "Dazu vgl. auch Müller, Titel, Berlin 2001.",
            "Sur ce point, voir aussi P. Morel, Lyon, Paris 1971.",
            "Smith, Title (2019), cf. Jones, Other (2020).",
            "Andrew Wilson, Belarus (New Haven: Yale University Press, 2011), 45.",
            "Иванов И. И. Заглавие // Журнал. 2020. № 1. С. 5–9.",
        ];
        let turned_away = super::super::text::quick_test_turns_away(
            &texts,
            may_have_inner_lead_in,
            &LEAD_IN_INSIDE,
        );
        assert_eq!(turned_away, 2);
    }

    #[test]
    fn commentary_is_dropped() {
        let p = pieces(
            "For the older debate on the salt tax see also A. Rossi, La tassa sul sale, Padova 1962, pp. 5-9.",
        );
        assert_eq!(p, ["A. Rossi, La tassa sul sale, Padova 1962, pp. 5-9."]);
        assert!(pieces("The official figures are disputed by independent economists.").is_empty());
        assert!(pieces("Author's interview with a ministry official.").is_empty());
        assert_eq!(pieces("Wilson, 41.").len(), 1, "a short form with a page");
    }

    #[test]
    fn commentary_words_before_an_author_are_dropped() {
        for (note, author) in [
            (
                "So auch Klaus von Beyme, Parteien in westlichen Demokratien, München 1982, S. 17.",
                "Klaus von Beyme,",
            ),
            (
                "Dazu kritisch: Wolfgang Streeck, Gekaufte Zeit, Berlin 2013, S. 77 ff.",
                "Wolfgang Streeck,",
            ),
            (
                "Siehe dazu Ulrich Beck, Risikogesellschaft, Frankfurt a. M. 1986.",
                "Ulrich Beck,",
            ),
            (
                "Zitiert nach Norbert Elias, Über den Prozeß der Zivilisation, Basel 1939, S. 312.",
                "Norbert Elias,",
            ),
            (
                "Si veda in proposito G. Salvemini, La politica estera, Firenze 1944, p. 33.",
                "G. Salvemini,",
            ),
            (
                "Per un quadro generale cfr. R. Romeo, Cavour e il suo tempo, Roma-Bari 1969.",
                "R. Romeo,",
            ),
            (
                "Об этом подробнее: Лукашенко А. Г. Выступление на совещании // Беларусь сегодня. 2022.",
                "Лукашенко А. Г.",
            ),
            (
                "Цит. по: Ключевский В. О. Курс русской истории. М., 1987. Т. 1. С. 34.",
                "Ключевский В. О.",
            ),
            (
                "Siehe Statistisches Bundesamt, Datenreport 2021, Bonn 2021, S. 210.",
                "Statistisches Bundesamt,",
            ),
        ] {
            let p = pieces(note);
            assert_eq!(p.len(), 1, "{p:?}");
            assert!(p[0].starts_with(author), "{note} → {p:?}");
        }
        // Commentary in words the list does not know, before a name in
        // a strong shape.
        for (note, author) in [
            (
                "Einen knappen Überblick gibt Schmidt, Manfred G. (Hrsg.): Wohlfahrtsstaatliche Politik, Opladen 2001.",
                "Schmidt, Manfred G.",
            ),
            (
                "Su questo punto resta fondamentale il libro di L. Bianchi, Il porto franco, Genova 1970.",
                "L. Bianchi,",
            ),
            (
                "See, for the earlier period, J. Brown, The Salt Roads (London: Verso, 2001), 12.",
                "J. Brown,",
            ),
            (
                "Per una sintesi: R. Verdi, Le fiere di Senigallia, Ancona 1985.",
                "R. Verdi,",
            ),
        ] {
            let p = pieces(note);
            assert_eq!(p.len(), 1, "{p:?}");
            assert!(p[0].starts_with(author), "{note} → {p:?}");
        }
        // Known words, then a name in the German shape; a reference in
        // brackets at the end of a sentence of prose.
        let p = pieces("Grundlegend Brandt, Karl-Heinz: Die Stadt als Markt, Kassel 1990, S. 4.");
        assert!(p[0].starts_with("Brandt, Karl-Heinz:"), "{p:?}");
        let p = pieces(
            "Как убедительно показывает И. П. Соколов, реформа была неполной (Соколов И. П. Губернские реформы и их пределы. М., 2004. С. 31).",
        );
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("Соколов И. П. Губернские"), "{p:?}");
        // Names, titles and editors are no commentary.
        for note in [
            "Anna Berg and Peter J. Holm, The Baltic Trade (London: Verso, 2001), 4.",
            "Orlov, Pavel, The Northern Question: Essays (Oxford: Clarendon, 1999).",
            "Ling Wei Chen, R. Drach, Storage systems, Information Systems 20 (1995).",
            "Report on regional budgets, prepared for G. Brown, London 2001.",
            "On the wider context see especially Mark Lane, Dark Waters: Europe's Ports (London: Penguin, 1998), 4.",
        ] {
            let p = pieces(note);
            assert_eq!(p.len(), 1, "{p:?}");
            assert!(
                p[0].starts_with(&note[..6]) || p[0].starts_with("Mark Lane"),
                "{note} → {p:?}"
            );
        }
        // A title that opens with such a word keeps it: no name follows.
        for note in [
            "In Search of Lost Time, London 1992.",
            "So Long, Farewell, London 2001.",
            "Also sprach Zarathustra, Leipzig 1883.",
        ] {
            assert_eq!(pieces(note), [note], "{note}");
        }
    }
}
