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
        // "and the response in": a clause after a work, before the next
        // (see [`LEAD_IN_INSIDE`]).
        r"(?i)^(?:and\s+(?-i:(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+){0,3}\s+(?:in|by))",
        r"|(?:and\s+|but\s+|also\s+)?(?:",
        r"see,?\s+(?:also|further|generally|e\.g\.|for example|among others)[,:]?|see[,:]?|",
        r"cf\.(?:\s+also)?[,:]?|compare|e\.g\.,?|",
        r"подробнее\s+см\.?:?|см\.?,?\s+(?:также|например):?|см\.:?|ср\.:?|",
        r"гл\.:?|падрабязней\s+гл\.?:?|див\.:?|(?:детальніше|докладніше)\s+див\.?:?|пор\.:?|порівн\.:?|",
        r"vgl\.(?:\s+(?:dazu|auch|etwa))?:?|siehe(?:\s+auch)?:?|",
        r"cfr\.:?|si\s+veda(?:no)?(?:\s+anche)?:?|vedi(?:\s+anche)?:?|",
        r"voir(?:\s+(?:aussi|notamment))?:?|",
        r"zob\.(?:\s+(?:też|także|np\.|szerzej))?:?|por\.(?:\s+(?:też|także))?:?|cyt\.\s+za:?|szerzej:|viz(?:\s+též)?:?|srov\.:?|",
        r"pozri:?|porov\.:?|žr\.(?:\s+taip\s+pat)?:?|plg\.:?|vö\.:?|lásd(?:\s+még)?:?|",
        r"véan?se(?:,?\s+(?:por\s+ejemplo|entre\s+otros|también),?)?|",
        // "Ver" and "Veja" only before a space ("Vergara, J." is a name).
        r"(?:veja(?:-se)?|ver)(?:\s+tamb[ée]m)?[,:]?\s|vide:?\s|",
        r"(?:另|又|亦|可)?(?:参见|參見|参看|參看|参阅|參閱)[：:]?|(?:另|又|亦)?[详詳]?[见見](?:[：:]|\s)|(?:另|又|亦)[见見]|[详詳][见見]|[转轉]引自[：:]?|(?:数据|資料|资料|數據)?(?:来源|來源)[：:]",
        r"))\s*",
    ))
    .expect("lead-in pattern")
});

/// A lead-in inside commentary: "… debate on the salt tax see also A. Rossi".
static LEAD_IN_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:(?:^|[\s,;:(])(?:see(?:\s+also)?|cf\.|подробнее\s+см\.|см\.(?:\s+также)?|див\.|",
        r"vgl\.(?:\s+auch)?|siehe(?:\s+auch)?|si\s+veda(?:no)?(?:\s+anche)?|cfr\.|voir(?:\s+aussi)?|zob\.)",
        // Italian "…, pp. 20-25, e di G. Giarrizzo, …": "and (those) of",
        // after a comma ("Vieusseux e di Capponi" is a title's).
        r"|,\s+(?:e\s+di|nonché(?:\s+di)?|sowie)",
        // "…, 217–40, and the response in Ioffe, …": a clause of a few
        // words in small letters after "and", ending in "in" or "by".
        r"|,\s+and\s+(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+){0,3}\s+(?:in|by))[:,]?\s+",
    ))
    .expect("inner lead-in pattern")
});

/// Whether the text may hold a [`LEAD_IN_INSIDE`]: one of its words is
/// there ("see", "cf.", "см.", "vgl.", "siehe", "veda", "voir", "e di", "nonché",
/// ", and the").
/// Most notes have none, and the pattern reads the whole note.
fn may_have_inner_lead_in(text: &str) -> bool {
    static WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        super::text::any_case(&[
            "see",
            "cf.",
            "см.",
            "vgl.",
            "siehe",
            "veda",
            "voir",
            "див.",
            "cfr.",
            "zob.",
            ", sowie ",
            " e di ",
            "nonché",
            ", and the ",
            ", and a ",
            ", and an ",
            ", and his ",
            ", and her ",
            ", and their ",
        ])
    });
    WORDS.is_match(text)
}

/// Words that open a later edition, reprint or translation of the work
/// just cited: "rist. anast.", "Neudr.", "repr.", "trad. it.", "2a ed.",
/// "rééd.".
static REPRINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:rist(?:ampa)?\.?|ristampa|nuova\s+ed|neudr|nachdr|neuausg|repr(?:int(?:ed)?)?\.?|",
        // French: "rééd. 2009", "nouvelle éd. 2006", "réimpr. 1990".
        r"rééd|réimpr|nouvelle\s+éd|nouv\.\s*éd|",
        r"trad\.|tr\.\s*it|transl(?:ated)?|übers|engl\.\s+(?:ausg|übers)|dt\.\s+(?:ausg|übers)|",
        r"\d{1,2}(?:a|e|ª|nd|rd|th|\.)?\s*(?:ed|éd|aufl|edn)|переизд|пер\.)",
    ))
    .expect("reprint pattern")
});

/// A page or range with its locator at the end of a text: "С. 50", "p. 12".
static PAGE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:pp?|S|С|с|стр|Str)\.\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?$")
        .expect("page at end pattern")
});

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\D)(?:1[5-9]|20)\d\d(?:\D|$)").expect("year pattern"));

/// The citation pieces of a note, in order; empty when the note is
/// commentary only. What pasting added to the note is undone first.
pub fn pieces(note: &str) -> Vec<String> {
    let note = super::pasted::repaired(note);
    // Only a note with a quotation can open with a sentence quoting someone:
    // one with '"' or the lead byte of '«' (C2) or of '“' and '„' (E2).
    let note = if memchr::memchr3(b'"', 0xC2, 0xE2, note.as_bytes()).is_some() {
        super::commentary::after_remark(&note).unwrap_or(&note)
    } else {
        &note
    };
    let mut out = Vec::new();
    for part in split_top_level(note) {
        // "Siehe etwa Hradil (1987, S. 45) und Kreckel (1992).": sentences
        // citing by author and year, each citation a piece. A part that is
        // one citation alone is read below, as it was.
        if let Some(cited) = super::author_date::in_sentence(&part)
            && super::short::author_year(super::commentary::without_commentary_words(
                &strip_commentary(&part),
            ))
            .is_none()
        {
            out.extend(cited);
            continue;
        }
        for sentence in split_before_lead_ins(&part) {
            let clauses =
                compare_with(&sentence).unwrap_or_else(|| split_at_inner_lead_ins(&sentence));
            for clause in clauses
                .iter()
                .flat_map(|c| super::joined::split_at_cited_in(c))
                .flat_map(|c| super::joined::split_short_citations(&c))
            {
                let clause = clause.trim().trim_end_matches([';', ',']).trim();
                // "…; and Steven Levitsky and Lucan A. Way, …": the last of
                // a list of works.
                let clause = clause
                    .strip_prefix("and ")
                    .filter(|rest| rest.starts_with(char::is_uppercase))
                    .unwrap_or(clause);
                let clause = super::commentary::citation_in_brackets(clause).unwrap_or(clause);
                // "… bietet Jürgen Kocka in seinem Aufsatz „…“, in: …": the
                // author named in the sentence, then the work.
                let named = super::commentary::reference_in_sentence(clause);
                let piece = strip_commentary(named.as_deref().unwrap_or(clause));
                let piece = without_asides(&piece);
                let piece = piece.trim().trim_end_matches([';', ',']).trim();
                if is_citation(piece) {
                    out.push(piece.to_string());
                }
            }
        }
    }
    out
}

/// "(già in «Quaderni storici», 1972, n. 1)", "(zuerst in: …)", "(first
/// published in …)": where the work cited appeared before or appears again
/// is no part of its reference, and would be read as its container.
static EARLIER_PUBLICATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\s*\((?:(?:già|ora|poi|anche)\s+(?:pubblicato\s+)?in|(?:zuerst|erstmals|auch|jetzt|wieder)\s+(?:erschienen\s+)?in:?",
        r"|(?:first|originally)\s+published\s+in|reprinted\s+in|(?:d'abord|initialement)\s+(?:paru|publié)\s+dans",
        r"|впервые\s+(?:опубликовано\s+)?в|перепечатано\s+в)\s[^()]*\)",
    ))
    .expect("earlier publication pattern")
});

/// ", in part. cap. II", ", insbes. S. 12": the part of the work the note
/// stresses, after its reference; read as a container otherwise.
static STRESSED_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i),\s*(?:in\s+part\.|in\s+particolare|spec\.|specialmente|insbes\.|insbesondere|esp\.|especially|notamment|в\s+особенности)",
        r"\s+(?P<part>(?:(?P<page>pp?\.|S\.|С\.)|capp?\.|ch\.|chaps?\.|Kap\.|§|гл\.)\s*[\w\-–, ]+\.?)$",
    ))
    .expect("stressed part pattern")
});

/// The piece without asides a reference does not hold: its
/// [`EARLIER_PUBLICATION`] and the word of its [`STRESSED_PART`]. Pages
/// stressed stay as the pages cited (", in part. pp. 40-55" to ", pp.
/// 40-55"), which a book's or an article's pages then tell apart; a
/// chapter or section stressed goes.
fn without_asides(piece: &str) -> std::borrow::Cow<'_, str> {
    let mut piece = std::borrow::Cow::Borrowed(piece);
    if piece.contains('(')
        && let std::borrow::Cow::Owned(cut) = EARLIER_PUBLICATION.replace_all(&piece, "")
    {
        piece = cut.into();
    }
    if let Some(c) = STRESSED_PART.captures(&piece)
        && let (Some(m), Some(part)) = (c.get(0), c.name("part"))
    {
        let cut = match c.name("page") {
            Some(_) => format!("{}, {}", &piece[..m.start()], part.as_str()),
            None => piece[..m.start()].to_string(),
        };
        piece = cut.into();
    }
    piece
}

/// "Siehe unten, Abschnitt 4", "see above, section 2.3", "cfr. infra,
/// cap. III", "см. ниже, раздел 3", "See Table 2": a pointer to another
/// part of the article itself, which cites no work. Cross-references to a
/// numbered note ("supra note 3") repeat a work and are read in
/// [`super::short`].
static INTERNAL_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:siehe|vgl\.|s\.|see|cf\.|voir|vedi|v\.|cfr\.|véase|zob\.|см\.|див\.)\s*)?",
        r"(?:(?:oben|unten|above|below|supra|infra|sopra|sotto|ci-dessus|ci-dessous|más\s+adelante|arriba|abajo|wyżej|niżej|выше|ниже|вище|нижче)\s*,?\s*)?",
        r"(?:abschnitt|abschn\.|kapitel|kap\.|teil|tabelle|tab\.|abbildung|abb\.|section|sect\.|chapter|chap\.|part|table|figure|fig\.|",
        r"par\.|paragrafo|cap\.|capitolo|tabella|sezione|chapitre|tableau|sección|capítulo|cuadro|rozdział|tabela|",
        r"раздел|разд\.|главу|гл\.|таблицу|табл\.|рис\.|розділ|§)\s*[\dIVX]+(?:\.\d+)*(?:\s*(?:und|and|e|et|и|і)\s*[\dIVX]+(?:\.\d+)*)?\.?$",
    ))
    .expect("internal reference pattern")
});

/// Whether a piece of text reads as a citation of a work.
pub fn is_citation(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || (text.len() < 60 && INTERNAL_REFERENCE.is_match(text)) {
        return false;
    }
    // "… ; DOI : https://doi.org/…" (OpenEdition's last part): an
    // identifier of the work before, not a work.
    if identifier_alone(text) {
        return false;
    }
    // "The survey was fielded in March 2020, before the first lockdown.":
    // a sentence of the note's own, with a year and a comma.
    if super::commentary::prose::is_plain_sentence(text) {
        return false;
    }
    let words = text.split_whitespace().count();
    let long_enough = words >= 2 || text.chars().any(super::label::tokens::is_cjk);
    // A year counts when the text is cut into parts as references are
    // ("Author, Title, 2019", "Author. Title. 2019"), not in a plain
    // sentence ("The figures for 2020 were never published.").
    let inner = text.trim_end_matches(['.', ' ']);
    let parts =
        inner.contains([':', '(', '，', '：']) || inner.contains(". ") || has_part_comma(inner);
    let evidence = (parts && YEAR.is_match(text))
        || text.contains("://")
        || text.contains("www.")
        || text.contains("doi")
        || text.contains("10.")
        || (text.contains(['“', '«', '"', '„', '《', '*', '_']) && !quotation_in_prose(text))
        || text.contains("n.d.")
        || text.contains("N.d.")
        // "…, in: Osteuropa (im Erscheinen).": a work without a year yet.
        || super::pubstate::named(text)
        // A short form with a page: "Wilson, 41.", "Balmaceda, Living the
        // High Life, 118."
        || (words <= 10 && inner.contains(',') && ends_with_page(inner))
        // "Тренин Д. В. Новый баланс сил. С. 50.": a short form in
        // sentences, ending in a page with its locator.
        || (words <= 12
            && parts
            && PAGE_AT_END.is_match(inner)
            && text
                .split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
                .count()
                >= 2);
    // The cheap tests first; the pattern sets only when they say nothing.
    (evidence && long_enough)
        || super::short::detect(text).is_some()
        // "ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 34–36.": a file of an archive.
        || super::archival::is_archival(text)
        // "Стенограмма заседания … 5 апреля 2022 г.": a house's record.
        || super::proceedings::is_record(text)
        // An act, a court decision or a standard named by its designation.
        || (long_enough && super::special::detect(text, None).is_some())
        // "ähnlich auch Schulze 1992": an author-date citation.
        || (YEAR.is_match(text)
            && super::short::author_year(super::commentary::without_commentary_words(text))
                .is_some())
}

/// Whether the text is one identifier with its label: "DOI :
/// https://doi.org/…", "URL: …", "ISBN 978-…".
fn identifier_alone(text: &str) -> bool {
    let Some(rest) = ["DOI", "doi", "URL", "ISBN", "PMID", "HAL", "Handle"]
        .iter()
        .find_map(|label| text.strip_prefix(label))
    else {
        return false;
    };
    let value = rest.trim_start_matches([' ', '\u{a0}', ':']);
    rest.starts_with([' ', '\u{a0}', ':'])
        && !value.is_empty()
        && !value.trim_end_matches('.').contains(char::is_whitespace)
}

/// Whether a comma divides the text into parts, as a reference's commas
/// do; a thousands separator ("1,400 political prisoners") does not.
fn has_part_comma(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b',', bytes).any(|i| {
        let digit = |j: Option<usize>| j.and_then(|j| bytes.get(j)).is_some_and(u8::is_ascii_digit);
        !(digit(i.checked_sub(1)) && digit(Some(i + 1)))
    })
}

/// "As Andrew Wilson has argued, the regime relied on \"a hybrid of …\"":
/// a quotation inside a sentence, set after a word in small letters, in a
/// text without a digit. A title in quotes follows its author's comma, a
/// colon or nothing; this quotation is evidence of no work.
fn quotation_in_prose(text: &str) -> bool {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(open) = text.find(['“', '«', '"', '„']) else {
        return false;
    };
    let before = text[..open].trim_end();
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    // ("see \"Title,\" Site", "in \"Title\"": a lead-in or container's
    // word before a title.)
    let lead_in = matches!(
        word,
        "see" | "also" | "in" | "cf." | "compare" | "см." | "vgl." | "siehe" | "voir" | "cfr."
    );
    before.len() < open && !word.is_empty() && word.chars().all(char::is_lowercase) && !lead_in
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
    // A low quote ("„Przegląd Wschodni“", "„…”", or closed by a straight
    // quote as a keyboard types it) is closed by whichever comes first.
    let mut low = false;
    for (i, c) in note.char_indices() {
        match c {
            '„' => low = true,
            '“' | '”' | '"' if low => low = false,
            '(' | '[' | '{' | '«' | '“' | '《' => depth += 1,
            ')' | ']' | '}' | '»' | '”' | '》' => depth = (depth - 1).max(0),
            '"' => quote = !quote,
            ';' | '；' if depth == 0 && !quote && !low => {
                let next = note[i + c.len_utf8()..].chars().next();
                // "/ Петров Игорь Андреевич ; БГУ": GOST's spaced semicolon
                // joins the parts of a statement after its slash, inside
                // one record.
                let gost = c == ';' && note[..i].ends_with(' ') && note[..i].contains(" / ");
                // Chinese writes no space after its full-width semicolon.
                if !gost && (c == '；' || next.is_none_or(char::is_whitespace)) {
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
        // "…Article IV Consultation—Press Release; Staff Report, IMF Country
        // Report No. 19/146": the IMF's documents, one title.
        let imf_title =
            left.trim_end().ends_with("Press Release") && right.starts_with("Staff Report");
        if !REPRINT.is_match(right)
            && !imf_title
            && !vancouver_year(left, right)
            && !volume_of_regions(left, right)
            && is_citation(&strip_commentary(left))
            && is_citation(first_clause(right))
        {
            out.push(left.to_string());
            start = cut + rest.chars().next().map_or(1, char::len_utf8);
        } else if out.is_empty() && commentary_clause(left) && is_citation(first_clause(right)) {
            // "The literature on this question is vast; a useful starting
            // point remains …": the clause before is commentary.
            start = cut + rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push(note[start..].to_string());
    out
}

/// "Geneva: UNAIDS; 2023 [cited 2024 Jan 8]. Available from: …":
/// Vancouver's imprint gives its year after a semicolon, with no more than
/// a month and day, a bracket or a stop after it; the year is the same
/// record's (an author-date "Giddens 1988, S. 77; 1990" has no imprint's
/// colon before the semicolon).
fn vancouver_year(left: &str, right: &str) -> bool {
    static YEAR_OPENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?\s*(?:$|[.;:\[])")
            .expect("Vancouver year pattern")
    });
    YEAR_OPENS.is_match(right)
        && left
            .rsplit(". ")
            .next()
            .is_some_and(|imprint| imprint.contains(':'))
}

/// "FRUS, 1952–1954, vol. VIII, Eastern Europe; Soviet Union; …": a
/// volume's title lists regions with semicolons right after its number,
/// and the next region is a name, not a citation's head ("A. Jones, …").
fn volume_of_regions(left: &str, right: &str) -> bool {
    static VOLUME_THEN_NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\b[Vv]ol\.\s[IVXLC\d]+|\bpt\.\s\d+)(?:[,;]\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3})+$")
            .expect("volume of regions pattern")
    });
    static REGION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}(?:;|\s\(|,\s(?:doc|no)\.|,\s\d|\.?$)")
            .expect("region pattern")
    });
    (left.contains("ol. ") || left.contains("pt. "))
        && REGION.is_match(right)
        && VOLUME_THEN_NAME.is_match(left)
}

/// A clause of prose before a note's first semicolon: a sentence with a
/// quotation in it ("As Andrew Wilson has argued, the regime relied on
/// \"…\""), or one of four words or more, three of them in small letters,
/// with no digit, comma or colon ("The literature on this question is
/// vast"). A reference's head before a semicolon ("Smith, J.", "John
/// Smith, Politics of the east") has its comma.
fn commentary_clause(text: &str) -> bool {
    let text = text.trim();
    if quotation_in_prose(text) {
        return true;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    !text.contains([',', ':', '"', '“', '«'])
        && !text.bytes().any(|b| b.is_ascii_digit())
        && words.len() >= 4
        && words
            .iter()
            .filter(|w| w.starts_with(char::is_lowercase))
            .count()
            >= 3
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

/// "For a dissenting view, compare A, Title (…, 2021), 88, with B, Title
/// (…, 2018)": two works set against each other; the commentary before
/// "compare" goes. `None` unless both sides are citations.
fn compare_with(sentence: &str) -> Option<Vec<String>> {
    static FORM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:.*?[,;:]\s+)?compare\s+(.+?[\d)]),\s+with\s+(.+)$")
            .expect("compare with pattern")
    });
    if !sentence.contains("ompare ") {
        return None;
    }
    let c = FORM.captures(sentence)?;
    let (a, b) = (c.get(1)?.as_str(), c.get(2)?.as_str());
    (is_citation(a) && is_citation(b)).then(|| vec![a.to_string(), b.to_string()])
}

/// The citation without the lead-in and the commentary before it.
pub(super) fn strip_commentary(piece: &str) -> String {
    let t = piece.trim();
    if let Some(m) = LEAD_IN.find(t).filter(|m| m.end() > 0) {
        return super::commentary::without_commentary_words(&t[m.end()..]).to_string();
    }
    let t = super::commentary::without_commentary_words(t);
    // Commentary, then an inner lead-in, then the reference: keep what
    // follows the last lead-in when it is a citation and what precedes it
    // is not.
    if may_have_inner_lead_in(t)
        && let Some(m) = LEAD_IN_INSIDE.find_iter(t).last()
    {
        // The clause's own comma is no sign of a reference's parts.
        let before = t[..m.start()].trim_end().trim_end_matches([',', ';', ':']);
        let after = &t[m.end()..];
        if m.start() > 0 && is_citation(after) && !is_citation(before) {
            return super::commentary::without_commentary_words(after).to_string();
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests;
