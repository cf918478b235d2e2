//! Commentary around a reference in a note, and where the reference starts
//! after it: words of commentary a list knows ("So auch", "Si veda in
//! proposito", "Цит. по:"), a clause of prose before an author's name in a
//! strong shape ("Eine gute Übersicht bietet Mayer, Karl Ulrich (Hg.): …"),
//! and a reference in brackets after a sentence of prose. [`super::split`]
//! cuts a note into citations and calls these on each.

use std::sync::LazyLock;

use regex::Regex;

use super::split::is_citation;
use words::COMMENTARY_WORDS;
pub(super) use words::is_commentary_word;

mod chinese;
mod own_work;
pub(super) mod prose;
mod remark;
mod words;

pub(super) use own_work::reference_in_sentence;
pub(super) use remark::after_remark;

/// The start of an author: initials and a family name ("G. Salvemini",
/// "И. И. Иванов"), a family name and initials ("Лукашенко А. Г."), or at
/// least two name words before a comma, bracket or slash ("Klaus von
/// Beyme,", "Statistisches Bundesamt,").
static NAME_START: LazyLock<Regex> = LazyLock::new(|| {
    let particles = super::vocabulary::particles_pattern();
    Regex::new(&format!(
        concat!(
            r"^(?:(?:\p{{Lu}}\.\s?){{1,3}}\p{{Lu}}[\p{{Ll}}'’ʼ-]+",
            r"|\p{{Lu}}[\p{{Ll}}'’ʼ-]+\s+(?:\p{{Lu}}\.\s?){{1,3}}",
            r"|\p{{Lu}}[\p{{L}}'’ʼ-]+(?:\s+(?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}'’ʼ-]+|{particles}))+\s*[,(/])",
        ),
        particles = particles
    ))
    .expect("name start pattern")
});

/// A repeat's word after commentary: "Cfr. ancora Id., Short, cit.",
/// "Vgl. auch ders., …", "see also ibid., 12".
static REPEAT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:id|idem|eadem|ders|dies|ivi|ibid|ibidem|ebd|ebenda)\.?(?:[,:;\s]|$)")
        .expect("repeat start pattern")
});

/// An author-date citation's start: "Archer 1995, S. 135", "Müller/Haun
/// (1994: 12)".
static AUTHOR_DATE_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\p{Lu}\p{Ll}[\p{Ll}'’ʼ-]+(?:\s*/\s*\p{Lu}\p{Ll}[\p{Ll}'’ʼ-]+)*(?:\s+et\s+al\.)?",
        r"\s+\(?(?:1[5-9]|20)\d\d[a-z]?(?:[,:;)]|\.?$)",
    ))
    .expect("author-date start pattern")
});

/// "le pagine di", "die Beiträge von", "the essays in": commentary that
/// points at an author's writings just before the author's name.
static WRITINGS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // "den Sammelband von", "il volume di", "l'ouvrage collectif dirigé
        // par", "the collection by": one work, named by its kind, then the
        // word that leads to its authors or editors.
        r"(?i)^(?:(?:den|dem|das|die)\s+(?:Sammelband|Band|Aufsatz|Beitrag|Buch|Studie|Untersuchung|Monographie|Monografie|Darstellung)\s+von",
        r"|(?:il|un)\s+(?:volume|saggio|libro|lavoro|contributo)\s+di|(?:lo|uno)\s+studio\s+di",
        r"|la\s+(?:monografia|ricerca|raccolta|sintesi)\s+di|l['’](?:articolo|opera|ampio\s+saggio)\s+di",
        r"|(?:le\s+(?:livre|volume|recueil)|la\s+(?:synthèse|thèse|monographie)|l['’]ouvrage(?:\s+collectif)?)\s+(?:de|d['’]|dirigé\s+par)",
        r"|the\s+(?:collection|volume|book|study|monograph|article|survey|overview)\s+by)\s+|",
        r"^(?:le\s+pagine|les\s+pages|die\s+(?:beiträge|ausführungen|überlegungen|arbeiten)|",
        r"the\s+(?:essays?|chapters?|pages|discussion|contributions?|work)|",
        r"i\s+(?:lavori|saggi|contributi)|gli\s+studi|работы|труды|",
        r"les\s+(?:travaux|analyses|études|ouvrages|réflexions)|l['’](?:ouvrage|étude|article|analyse))",
        // "Dazu die Beiträge in: Peter A. Berger/…": the word may close
        // with a colon.
        r"\s+(?:(?:di|de|d['’]|von|bei|in|of|by):?)?\s*",
    ))
    .expect("writings-of pattern")
});

/// An author's name inside commentary, where the words before it are not
/// in [`COMMENTARY_WORDS`] ("Eine gute Übersicht bietet Mayer, Karl Ulrich
/// (Hg.): …", "Come ha mostrato J. C. Davis, …"): a family and given name
/// followed by an editors' mark, a year in brackets, a colon or a slash (the
/// German social-science head), or initials and a family name before a comma
/// (the Italian one, "J. Kocka (a cura di),"), several joined by " - " or
/// "e".
static AUTHOR_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|\s)(?:",
        r"\p{Lu}[\p{Ll}'’ʼ]+(?:-\p{Lu}[\p{Ll}]+)?,\s+(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.)(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))*",
        r"(?:\s+(?:u\.\s?a\.|et\s+al\.))?\s*",
        r"(?:\((?:Hrsg|Hg|eds?|a\s+cura\s+di)\.?\)\s*)?(?:\(\d{4}[a-z]?\)\s*)?[:/]",
        r"|(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’ʼ-]+(?:\s\p{Lu}[\p{Ll}'’ʼ-]+)?",
        r"(?:\s+(?:-|–|e|ed|and|und|et)\s+(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}'’ʼ-]+)*(?:\s*\((?:a\s+cura\s+di|eds?\.|dir\.|Hrsg\.|Hg\.)\))?,",
        r")",
    ))
    .expect("author inside commentary pattern")
});

/// "Daniel Treisman, ed., Title", "Grigory Ioffe, “Title,”": a given and
/// a family name before an editors' mark or a quoted title (the Chicago
/// note's author). Weaker than [`AUTHOR_INSIDE`]: the end of an
/// organisation's name has the same shape ("Council of the European Union,
/// “…”"), so the commentary before it must end with a comma or colon.
static CHICAGO_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)*\s+\p{Lu}[\p{Ll}'’ʼ-]+,\s+(?:eds?\.,|[\x22“«])",
    )
    .expect("Chicago author pattern")
});

/// "…: Anastasiya Astapova, Humor and Rumor": a given and a family name
/// after a colon, then a comma and a capitalised word (a title). Weak, as
/// [`CHICAGO_AUTHOR`]: the commentary must end with the colon.
static NAME_AFTER_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)*\s+\p{Lu}[\p{Ll}'’ʼ-]+,\s+\p{Lu}")
        .expect("name after colon pattern")
});

/// "… bei Hans-Ulrich Wehler, Deutsche …", "… chez Pierre Rosanvallon,
/// La …": a given and a family name after a word pointing at an author's
/// writings, then a comma and a capitalised word (a title).
static NAME_AFTER_BEI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\s(?:bei|chez)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)*",
        r"(?:\s+(?:von|van|de|du|le)?\s*\p{Lu}[\p{Ll}'’ʼ-]+)+),\s+\p{Lu}",
    ))
    .expect("name after bei pattern")
});

/// Last words of text before a name that make the name part of the work
/// (its editor, translator, addressee, co-author or the book a chapter is
/// in), not the author after commentary: "edited by", "in", "hg. von",
/// "letter to", "and".
const NOT_COMMENTARY_ENDS: &[&str] = &[
    "in", "by", "from", "with", "to", "for", "von", "mit", "an", "für", "dans", "par", "от", "с",
    "в", "у", "под", // A co-author: "Elena Korosteleva and Irina Petrova, “…”".
    "and", "und", "e", "et", "&", "и", "і", "та",
];

/// A sentence of prose with its reference in brackets at its end: "Как
/// справедливо отмечает А. Б. Каменский, реформы … (Каменский А. Б. От
/// Петра I до Павла I. М., 1999. С. 12)." The bracket is the citation when it
/// opens with a name and reads as one, and the prose outside does not.
pub(super) fn citation_in_brackets(piece: &str) -> Option<&str> {
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

/// The reference without the words of commentary before its author ("So
/// auch Klaus von Beyme, …" → "Klaus von Beyme, …"). Only words of
/// [`COMMENTARY_WORDS`] are taken, and only when an author's name follows,
/// so that a title that opens with such a word keeps it.
pub(super) fn without_commentary_words(text: &str) -> &str {
    let mut rest = text.trim_start();
    let mut taken = false;
    // Only initials were taken ("V." may be "vedi" or a given name).
    let mut initials_only = true;
    // The last word taken closed with a colon ("Цит. по:").
    let mut colon = false;
    // The last word taken was "from" or "by" ("Data from Eurostat, …", "As
    // reported by Reuters, …").
    let mut after_source_word = false;
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
        let raw = rest[..end].trim_end_matches([':', ',']);
        // "S. S. Gubser, …", "V. I. Lenin": an initial before initials and a
        // family name is a given name, not "siehe" or "vedi".
        let initial = raw.chars().count() == 2 && raw.ends_with('.');
        if initial
            && !taken
            && NAME_START.is_match(rest)
            && NAME_START.is_match(rest[end..].trim_start())
        {
            break;
        }
        // "UN Security Council": an acronym is no word of commentary
        // ("un" is Italian's "a").
        let acronym = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && raw.chars().all(|c| !c.is_lowercase());
        let word = raw.to_lowercase();
        // "Data from World Bank, …": "from" after a word of commentary only
        // ("From Plan to Market" is a title).
        let from = taken && word == "from";
        if acronym || !(from || COMMENTARY_WORDS.contains(word.as_str())) {
            break;
        }
        after_source_word = from || taken && word == "by";
        initials_only &= raw.chars().count() == 2 && raw.ends_with('.');
        colon = rest[..end].ends_with(':');
        rest = rest[end..].trim_start();
        taken = true;
    }
    // "Grundlegend Mayntz, Renate: …": known words, then a name in a
    // strong shape.
    let strong = || AUTHOR_INSIDE.find(rest).is_some_and(|m| m.start() == 0);
    let author_date = || !initials_only && AUTHOR_DATE_START.is_match(rest);
    // "Цит. по: Лаврентий Берия. 1953. Стенограмма …": words of commentary
    // closed by a colon end it, whatever the reference opens with.
    let after_colon = || colon && !initials_only && is_citation(rest);
    // "Data from Eurostat, “…”": after "from" or "by" a source of one word
    // too.
    let source = || after_source_word && rest.starts_with(char::is_uppercase) && is_citation(rest);
    // "See, for the numbers, Mikhail Denisenko …": a short clause opened by
    // a preposition, in small letters, between the words and a name of two
    // capitalised words.
    let after_clause = || {
        let (clause, after) = rest.split_once(", ")?;
        // The preposition may be the last word taken ("See, for the
        // numbers,").
        let taken_text = text[..text.len() - rest.len()].trim_end();
        let preposition = taken_text
            .rsplit(' ')
            .next()
            .into_iter()
            .chain(clause.split_whitespace().next())
            .any(|w| matches!(w, "for" | "on" | "about" | "regarding" | "concerning"));
        let small = clause
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
        let mut name = after.split_whitespace();
        let capitalised = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
        (preposition
            && small
            && clause.split_whitespace().count() <= 6
            && capitalised(name.next())
            && capitalised(name.next()))
        .then_some(after)
    };
    if taken
        && (NAME_START.is_match(rest)
            || source()
            || strong()
            || author_date()
            || REPEAT_START.is_match(rest)
            || after_colon())
    {
        rest
    } else if let Some(after) = taken.then(after_clause).flatten() {
        after
    } else {
        after_prose(text).unwrap_or(text)
    }
}

/// The reference after a clause of prose: before a repeat's word, before a
/// name in a strong shape ([`author_after_commentary`]) or after a phrase
/// that names a source ([`after_source_phrase`]). `None` for a note that
/// opens with a name ("Bakhtin, Mikhail, …", "Congressional Research
/// Service, …"): it has its author already (tested first, as most notes
/// do).
fn after_prose(text: &str) -> Option<&str> {
    let text = text.trim_start();
    if text.starts_with(super::label::tokens::is_cjk)
        && let Some(rest) = chinese::after_lead_in(text)
    {
        return Some(rest);
    }
    // "per gli anni successivi, Id., L'URSS …": a clause in small letters
    // before a repeat's word.
    if text.starts_with(char::is_lowercase)
        && let Some((clause, rest)) = text.split_once(", ")
        && clause.split_whitespace().count() <= 6
        && !clause.contains(|c: char| c.is_ascii_digit() || c == '.')
        && REPEAT_START.is_match(rest)
    {
        return Some(rest);
    }
    let first = text.split_whitespace().next()?;
    // German nouns are capitalised: "Zum Forschungsstand Lessenich, …"
    // reads as a name of three words but opens with a preposition.
    let preposition = matches!(
        first,
        "Zum" | "Zur" | "Für" | "Über" | "Gegen" | "Nach" | "Mit" | "Bei" | "Aus" | "Im" | "Vom"
    );
    if (first.ends_with(',') && first.starts_with(char::is_uppercase))
        || (NAME_START.is_match(text) && !preposition)
    {
        return None;
    }
    let rest = author_after_commentary(text).or_else(|| after_source_phrase(text))?;
    // "Notatka z rozmowy ambasadora z W. Gomułką, 12 października 1956 r.,
    // AIPN, …": a document's title before its call number, not prose.
    (!super::archival::is_archival(text)).then_some(rest)
}

/// "This paragraph draws on Margarita M. Balmaceda, …", "The term is
/// borrowed from Vladimir Gel'man, …", "The figures are from the World
/// Bank, …", "…; a useful starting point remains Timothy Snyder, …", and the
/// same sentences in the other languages of the notes ("Здесь и далее цифры
/// приводятся по:", "Die Zahlen stammen aus", "Les chiffres sont tirés de",
/// "Dane za:"): a sentence of prose that says where its matter comes from,
/// then the reference. The prose holds no quote or bracket, and no digit
/// unless the phrase ends with a colon ("Опрос проводился 20–26 октября
/// 2022 г. Данные приводятся по:"); what follows the phrase must read as a
/// citation.
fn after_source_phrase(text: &str) -> Option<&str> {
    static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^[^\d\x22“”«»„()\[\]]{0,160}?\b(?:",
            r"draws?\s+(?:heavily\s+|largely\s+|here\s+)?(?:on|upon)",
            r"|(?:is|are|was|were)\s+(?:borrowed|taken|adapted|drawn|derived|reproduced)\s+from",
            r"|(?:is|are|comes?|came)\s+from|(?:is|are)\s+based\s+on|reli?(?:es|y)\s+on",
            r"|(?:starting\s+point|introduction|overview|account|study|survey|treatment)\s+(?:remains|is)",
            r"|remains?\s+(?:the\s+)?(?:best|standard|classic)(?:\s+\w+){0,2}",
            r")\s+(?-i:the\s+)?",
        ))
        .expect("source phrase pattern")
    });
    // Verbs of taking and the preposition after them, then, at most, the
    // kind of work the matter is taken from ("взяты из доклада:").
    static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^[^\x22“”«»„()\[\]]*?(?:^|\s)(?:",
            // Russian
            r"(?:приводя?тся|приведены|даны|взяты|заимствованы|цитиру(?:ется|ются|ем)|рассчитаны|указаны)\s+(?:по|из|в)",
            r"|(?:данные|цифры|сведения)\s+(?:по|из)|опира(?:емся|ется|юсь)\s+(?:здесь\s+)?на(?:\s+данные(?:\s+[^\s:]+){0,3}:)?",
            // "Впервые об этом сообщил «Коммерсантъ»:": an outlet reported it.
            r"|(?:сообщил[аио]?|писал[аио]?|повідомив|повідомила|писав|писала)(?:\s+«[^»]{1,40}»)?:",
            r"|(?:дан|дано|дается|даётся|изложен[аоы]?|приведен[аоы]?)\s+в",
            // Ukrainian, Belarusian
            r"|(?:наводимо|наводяться|наведено|наведені|подано|подаються|взято|взяті)\s+(?:за|з|із)",
            r"|(?:прыводзяцца|прыведзены|пададзены|узяты)\s+(?:паводле|па|з)",
            // German
            r"|(?:stamm(?:t|en)|entnommen|übernommen)\s+(?:aus|von)|(?:zitiert|zit\.)\s+nach(?:\s+der\s+ausgabe)?",
            r"|beruh(?:t|en)\s+auf|(?:angaben|zahlen|daten)\s+nach",
            // French
            r"|(?:sont|est)\s+(?:tiré|extrait|issu|emprunté)e?s?\s+(?:de|des|du|d['’])|proviennent\s+(?:de|des|du|d['’])",
            r"|cité(?:e|s|es)?\s+(?:dans|par|d['’]après)|on\s+se\s+reportera\s+(?:à|au|aux)(?:\s+l['’](?:ouvrage|article|étude)(?:\s+classique)?\s+(?:de|d['’]))?",
            // Polish, Italian, Spanish
            r"|(?:dane|liczby)\s+(?:za|według)|podan[eo]\s+(?:za|według)",
            r"|(?:sono\s+)?(?:tratt|ricavat|pres)[ie]\s+da|provengono\s+da",
            r"|(?:proceden|provienen)\s+de(?:l)?|(?:tomad|extraíd|sacad)[oa]s\s+de(?:l)?",
            r")(?:\s+(?:доклада|докладе|работе|работы|статье|книге|монографии|исследовании|издании))?",
            r"(?::|\s)\s*",
        ))
        .expect("source phrase pattern, other languages")
    });
    // Most notes have none of these words, each list told by one search;
    // the English pattern's word boundaries would send a note in another
    // script to the slow search.
    static ENGLISH_WORDS: LazyLock<aho_corasick::AhoCorasick> =
        LazyLock::new(|| super::text::any_case(&[" on ", " upon ", " from ", " remain", " is "]));
    static OTHER_WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        let words = concat!(
            "привод приведен взят заимствован цитиру рассчитан указан данные цифры сведения ",
            "опира дано дается даётся изложен сообщ писал навод наведен подан взято взяті ",
            "прыводз прыведз пададз узяты повідом писав stamm entnommen übernommen zitiert ",
            "zit. beruh angaben zahlen daten tiré extrait issu emprunt proviennent reportera ",
            "cité dane liczby podan tratt ricavat presi prese provengono proceden provienen ",
            "tomad extraíd sacad",
        );
        let mut list: Vec<&str> = words.split_whitespace().collect();
        list.push("дан в");
        super::text::small_or_capitalised(&list)
    });
    let english = || {
        ENGLISH_WORDS
            .is_match(text)
            .then(|| ENGLISH.find(text))
            .flatten()
            .filter(|m| !is_citation(&text[..m.end()]))
    };
    let others = || {
        if !OTHER_WORDS.is_match(text) {
            return None;
        }
        let m = OTHERS.find(text)?;
        let phrase = &text[..m.end()];
        // The sentence is short (the pattern leaves its length unbounded:
        // a bound would be unrolled into a large automaton).
        if phrase.chars().count() > 240 {
            return None;
        }
        // A digit only in a sentence the colon closes.
        let colon = phrase.trim_end().ends_with(':');
        (colon || (!phrase.bytes().any(|b| b.is_ascii_digit()) && !is_citation(phrase)))
            .then_some(m)
    };
    let m = english().or_else(others)?;
    let rest = &text[m.end()..];
    (rest.starts_with(char::is_uppercase) && is_citation(rest)).then_some(rest)
}

/// The reference after a clause of commentary that the word list does not
/// know, where an author's name in a strong shape ([`AUTHOR_INSIDE`])
/// follows it: "Su cui si veda ora il bel lavoro di R. C. Mueller, …",
/// "See, for the wider debate, W. Streeck, …". The commentary must read as
/// prose: a few words without digits, quotes, brackets or stops, at least
/// one of them in lower case and not a name particle (or ending in a colon or
/// comma), and not ending in a word that makes the name part of the work.
fn author_after_commentary(text: &str) -> Option<&str> {
    if let Some(m) = AUTHOR_INSIDE.find(text)
        && let Some(rest) = reference_after(text, m, false)
    {
        return Some(rest);
    }
    // Only where a quote or an editors' mark can follow the name.
    if (text.contains(['"', '“', '«']) || text.contains(" ed"))
        && let Some(m) = CHICAGO_AUTHOR.find(text)
    {
        return reference_after(text, m, true);
    }
    // "den Überblick bei Hans-Ulrich Wehler, Deutsche …", "l'analyse
    // chez Pierre Rosanvallon, La Contre-démocratie": a given and a family
    // name after "bei" or "chez", which point at an author's writings.
    if (text.contains(" bei ") || text.contains(" chez "))
        && let Some(m) = NAME_AFTER_BEI.captures(text).and_then(|c| c.get(1))
    {
        return reference_after(text, m, false);
    }
    // "Two recent studies are particularly useful: Anastasiya Astapova,
    // Humor and Rumor …": a name after a sentence's colon (also where a
    // title's colon made "Paxson, Solovyovo:" look like a German head).
    if text.contains(": ") {
        return reference_after(text, NAME_AFTER_COLON.find(text)?, true);
    }
    None
}

/// The reference from the name `m` on, when the text before it reads as
/// commentary (see [`author_after_commentary`]); `weak` names need the
/// commentary to end with a comma or colon.
fn reference_after<'a>(text: &'a str, m: regex::Match, weak: bool) -> Option<&'a str> {
    let start = m.start() + usize::from(text[m.start()..].starts_with(char::is_whitespace));
    if start == 0 {
        return None;
    }
    let before = text[..start].trim_end();
    if weak && !before.ends_with([',', ':']) {
        return None;
    }
    let words: Vec<&str> = before.split_whitespace().collect();
    let lower = |w: &&str| {
        w.chars().next().is_some_and(char::is_lowercase)
            && !super::names::is_particle(w.trim_end_matches([',', ':']))
    };
    // The name follows a word in lower case or a stop of the clause, not
    // another name ("Leon Glass and Michael C. Mackey").
    // A German clause may end in a noun ("Zur neueren Diskussion Rosa,
    // Hartmut: …") before the strong head "Family, Given:"; not in a given
    // name, which would make the head's family a second person's, nor in a
    // word right after a lead-in ("see Tony Judt, Postwar: …": the word is
    // the given name, and "Postwar" the title).
    let german_head = !weak
        && m.as_str().trim_end().ends_with([':', '/'])
        && words
            .last()
            .is_some_and(|w| !super::names::is_given_name(w.trim_end_matches([',', ':'])))
        && words.len() >= 2
        && !is_commentary_word(words[words.len() - 2]);
    let ends_clause = before.ends_with([':', ','])
        || german_head
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
        && (words.iter().any(lower) || german_head);
    let last = words.last()?.trim_end_matches([':', ',']).to_lowercase();
    let rest = &text[start..];
    // "rinvio a quella raccolta in G. Giarrizzo, …": "in" after a clause of
    // four words or more with no comma points at the author's writings; a
    // chapter's title before its book's editor has its comma ("Il porto,
    // in G. Rossi (a cura di), …").
    let pointing_in = last == "in" && words.len() >= 4 && !before.contains(',');
    // "Storia d'Italia, a cura di R. Romano …": a title before its editors.
    let editors_mark = before.ends_with("cura di");
    (prose
        && !editors_mark
        && (pointing_in || !NOT_COMMENTARY_ENDS.contains(&last.as_str()))
        && is_citation(rest))
    .then_some(rest)
}
