//! Editors named after a book's title, which the labeller ran into the
//! title, a container or an organisation: `, a cura di V. Gerratana`,
//! `, hrsg. von Erich Trunz`, `, ed. by …`, Polish `, red. …`; and a title's
//! first sentence read as the author of a book whose editors follow it.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Name;
use crate::parse::Work;

/// Editors named after a title: ", a cura di V. Gerratana", ", edizione
/// critica a cura di …", ", hg. von …", ", ed. by …", Polish ", red. …".
static EDITORS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*(?:edizione\s+critica\s+)?(?:a\s+cura\s+di|hg\.\s*v(?:on|\.)|hrsg\.\s*v(?:on|\.)|bearb\.\s*v(?:on|\.)|ed(?:ited)?\.?\s+by|éd\.(?:\s+par)?|a\s+cargo\s+de|red\.)(?:\s+|$)")
        .expect("editors after title pattern")
});

/// "Quaderni del carcere, edizione critica a cura di V. Gerratana, 4 voll.,
/// Torino 1975": the editors of a book cited whole, which the labeller ran
/// into the title (and the rest of the name into the container).
pub(super) fn editors_after_title(plain: &str, work: &mut Work) {
    // "…, a cura di M. Rossi, …": the labeller may read "a" as a container
    // and the rest of the mark with the names as an organisation.
    if let [Name::Organization(o)] = work.editors.as_slice()
        && let Some(names) = o.strip_prefix("cura di ")
    {
        let (names, _) = crate::parse::names::parse_author_segment(names);
        if !names.is_empty() {
            work.editors = names;
            if work.container.as_deref() == Some("a") {
                work.container = None;
            }
        }
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    // "La Firenze di Vieusseux e di Capponi, a": the labeller may end the
    // title inside the mark.
    static MARK_BEGUN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i),\s*(?:(?:edizione\s+critica\s+)?a(?:\s+cura)?|hrsg\.|hg\.|ed(?:ited)?\.?|red\.?)$")
            .expect("editors mark begun pattern")
    });
    let Some(m) = EDITORS_AFTER.find(title).or_else(|| MARK_BEGUN.find(title)) else {
        return;
    };
    let head = &title[..m.start()];
    let Some(at) = plain.find(head) else {
        return;
    };
    let after = &plain[at + head.len()..];
    let Some(mark) = EDITORS_AFTER.find(after).filter(|m| m.start() == 0) else {
        return;
    };
    let names_text = after[mark.end()..].split(", ").next().unwrap_or_default();
    let (names, _) = crate::parse::names::parse_author_segment(names_text);
    if head.is_empty()
        || names.is_empty()
        || names.iter().any(|n| matches!(n, Name::Organization(_)))
    {
        return;
    }
    // The rest of a name the labeller took for the container.
    if work
        .container
        .as_deref()
        .is_some_and(|c| names_text.trim_end_matches('.').ends_with(c))
    {
        work.container = None;
    }
    if work.editors.is_empty() {
        work.editors = names;
    }
    work.title = Some(head.to_string());
}

/// "Storia d'Italia, a cura di R. Romano e C. Vivanti, vol. II, Torino
/// 1974", "G. Salvemini, Carteggio, a cura di E. Tagliacozzo, …": a book
/// cited by its title, its editors after the mark, which the labeller left
/// untitled (the title read as a note, the editors as authors or lost).
/// The words before the mark are the title, after the authors if any.
pub(super) fn title_before_editors_mark(plain: &str, work: &mut Work) {
    if work.title.is_some() || work.authors.is_empty() || !work.editors.is_empty() {
        return;
    }
    let Some(m) = EDITORS_AFTER.find(plain) else {
        return;
    };
    let head = plain[..m.start()].trim();
    let names_text = plain[m.end()..].split(", ").next().unwrap_or_default();
    let (editors, _) = crate::parse::names::parse_author_segment(names_text);
    if editors.is_empty() || editors.iter().any(|n| matches!(n, Name::Organization(_))) {
        return;
    }
    // The authors before the title, or none (the editors read as them).
    let (title, authors) = match head.rsplit_once(", ") {
        Some((names, title)) => {
            let (authors, _) = crate::parse::names::parse_author_segment(names);
            (title, authors)
        }
        None => (head, Vec::new()),
    };
    let short_title = title.starts_with(char::is_uppercase)
        && (1..=12).contains(&title.split_whitespace().count())
        && !title.contains(|c: char| c.is_ascii_digit() || matches!(c, ';' | '(' | ')'));
    let authors_read = if authors.is_empty() {
        editors == work.authors
    } else {
        authors == work.authors
    };
    if !short_title || !authors_read {
        return;
    }
    work.title = Some(title.to_string());
    work.authors = authors;
    work.editors = editors;
    if work.entry_type == "misc" {
        work.entry_type = "book";
    }
}

/// ", hrsg. von Erich Trunz, …", ", hg. v. …", ", bearb. von …": the
/// German editors' mark after a title, with the names up to the next
/// comma.
static GERMAN_EDITORS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<before>.+?),\s(?:hrsg|hg|bearb)\.\sv(?:on|\.)\s(?P<names>[^,]+)")
        .expect("German editors after title pattern")
});

/// "Karl Marx, Das Kapital, hg. von Friedrich Engels, …", "Goethe, Werke,
/// Bd. 3, hrsg. von Erich Trunz, …": the labeller read "von" and the
/// names as an organisation or a container, and a title of one word as
/// the author's given name; the mark says whose names follow.
pub(super) fn german_editors_after_title(plain: &str, work: &mut Work) {
    if !plain.contains(". v") {
        return;
    }
    let Some(c) = GERMAN_EDITORS_AFTER.captures(plain) else {
        return;
    };
    let names_text = c["names"].trim();
    let misread_container = work
        .container
        .as_deref()
        .is_some_and(|t| t.starts_with("von "));
    // "{von Friedrich Engels}", or the title, mark and names run into one
    // editor ("Stresemann. Vermächtnis, von Henry Bernhard").
    let misread_editors = matches!(work.editors.as_slice(),
        [Name::Organization(o)] if o.starts_with("von ") || o.ends_with(&format!(" von {names_text}")));
    // "Georg Simmel, Soziologie, hg. von …": all of it read as editors.
    let untitled = work.title.is_none();
    if !misread_container && !misread_editors && !untitled {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(names_text);
    if names.is_empty() || names.iter().any(|n| matches!(n, Name::Organization(_))) {
        return;
    }
    if misread_container {
        work.container = None;
        // "Gustav Stresemann, Vermächtnis, hrsg. von …": the author read
        // as the book's editor.
        if work.authors.is_empty() {
            work.authors = std::mem::take(&mut work.editors);
        }
    }
    if untitled {
        // The title is the last part before the mark, a volume aside; the
        // parts before it name the authors.
        let mut parts: Vec<&str> = c["before"].split(", ").collect();
        if parts.last().is_some_and(|p| p.starts_with("Bd. ")) {
            let volume = parts.pop().unwrap_or_default();
            work.volume
                .get_or_insert_with(|| volume.trim_start_matches("Bd. ").to_string());
        }
        let title = parts.pop().unwrap_or_default();
        if title.is_empty() || title.split(' ').count() > 12 {
            return;
        }
        if work.authors.is_empty() && !parts.is_empty() {
            let (authors, _) = crate::parse::names::parse_author_segment(&parts.join(", "));
            if authors.iter().all(|n| matches!(n, Name::Person { .. })) {
                work.authors = authors;
            }
        }
        // "Goethe, Werke": the title read as the author's given name.
        for name in &mut work.authors {
            if let Name::Person { given, .. } = name
                && given == title
            {
                given.clear();
            }
        }
        work.title = Some(title.to_string());
    }
    work.editors = names;
}

/// Italian and German words that open a title, never a body's name:
/// "Dalle carte di Giovanni Giolitti", "Zur Geschichte …".
const TITLE_OPENINGS: [&str; 24] = [
    "Dalle", "Dalla", "Dal", "Dai", "Dagli", "Sulla", "Sulle", "Sul", "Sui", "Nella", "Nel", "Per",
    "Tra", "Fra", "Alla", "Alle", "Vom", "Zur", "Zum", "Über", "Aus", "Von", "Para", "Sobre",
];

/// "Dalle carte di Giovanni Giolitti. Quarant'anni di politica italiana,
/// …, a cura di C. Pavone": a book cited by its title with its editors
/// after it, whose first sentence the labeller read as a body's name. A
/// body with editors is no author; a name opening with a preposition is a
/// title's.
pub(super) fn title_read_as_author_before_editors(plain: &str, work: &mut Work) {
    let ([Name::Organization(head)], Some(title)) =
        (work.authors.as_slice(), work.title.as_deref())
    else {
        return;
    };
    if work.editors.is_empty()
        || head.split_whitespace().count() < 3
        || !head
            .split_whitespace()
            .next()
            .is_some_and(|w| TITLE_OPENINGS.contains(&w))
    {
        return;
    }
    let whole = format!("{head}. {title}");
    if !plain.starts_with(&whole) {
        return;
    }
    work.title = Some(whole);
    work.authors.clear();
}

/// "Dzieje Wielkopolski, red. W. Kowalski, t. 2, Poznań 1973": a short
/// title read as a person and the editors' mark with the names as the
/// title. The mark says the names are the editors; the "person" is the
/// title.
pub(super) fn editors_read_as_title(plain: &str, work: &mut Work) {
    const MARKS: [&str; 6] = [
        "red. ",
        "a cura di ",
        "hrsg. v. ",
        "hrsg. von ",
        "hg. v. ",
        "ed. by ",
    ];
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(names) = MARKS.iter().find_map(|mark| title.strip_prefix(mark)) else {
        return;
    };
    if !work.editors.is_empty() || !matches!(work.authors.as_slice(), [Name::Person { .. }]) {
        return;
    }
    // The title is the note's text before the mark, as written.
    let Some(head) = plain
        .find(&format!(", {title}"))
        .map(|at| plain[..at].trim())
    else {
        return;
    };
    let (editors, _) = crate::parse::names::parse_author_segment(names);
    if head.contains(',')
        || head.split_whitespace().count() < 2
        || editors.is_empty()
        || editors.iter().any(|n| matches!(n, Name::Organization(_)))
    {
        return;
    }
    work.title = Some(head.to_string());
    work.editors = editors;
    work.authors.clear();
}

/// "Andrzej Nowak, Jan Kowalski (red.), Polska i Rosja w XX wieku", "Paolo
/// Conti e Laura Ricci (a cura di), La NATO e l'Italia, Roma 2015": the
/// names of several editors at the note's head, which the labeller ran into
/// the title (a given name, `Jan`, taken for a month) or split at the mark.
/// Every name before the mark edits the book; the title starts after it
/// and runs to the imprint.
pub(super) fn editors_read_into_title(plain: &str, work: &mut Work) {
    static MARK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s*\((?:red|hrsg|hg|hgg|eds?|a cura di|dir|dirs|coord|ред)\.?\)\s*[,:]\s+")
            .expect("editors mark pattern")
    });
    // The mark closes the names within the note's first 120 bytes (cut
    // at a character's boundary).
    let near = |at: usize| (at.min(plain.len())..=plain.len()).find(|&i| plain.is_char_boundary(i));
    let Some(close) = near(120).and_then(|end| plain[..end].find(')')) else {
        return;
    };
    // A short mark without digits in the bracket ("red.", "a cura di"), a
    // comma or colon after it: tested before the pattern.
    let Some(open) = plain[..close].rfind('(') else {
        return;
    };
    if close - open > 12
        || plain[open..close].bytes().any(|b| b.is_ascii_digit())
        || !plain[close + 1..].trim_start().starts_with([',', ':'])
    {
        return;
    }
    let Some(m) = near(close + 8)
        .and_then(|end| MARK.find(&plain[..end]))
        .filter(|m| m.start() > 0)
    else {
        return;
    };
    let head = plain[..m.start()].trim();
    // "In Bouma, H., & Elsendoorn, A. G. (Eds.), …": the book a chapter
    // is in, whose editors are read where they stand.
    if !head.starts_with(char::is_uppercase)
        || head.split_whitespace().next().is_some_and(|w| {
            [
                "In", "In:", "See", "Cf.", "Vgl.", "Vgl", "Voir", "Cfr.", "См.",
            ]
            .contains(&w)
        })
    {
        return;
    }
    let (names, _) = crate::parse::names::parse_author_segment(head);
    let before = work.authors.len() + work.editors.len();
    if names.len() < 2.max(before)
        || !names.iter().all(|n| matches!(n, Name::Person { .. }))
        || !names_cover(head, &names)
    {
        return;
    }
    let rest = &plain[m.end()..];
    let title = match work.title.as_deref() {
        Some(t) if rest.starts_with(t) => t.to_string(),
        // "Kowalski (red.), Polska i Rosja …": the mark inside the title.
        Some(t)
            if t.contains('(')
                && MARK
                    .find(t)
                    .is_some_and(|tm| rest.starts_with(&t[tm.end()..])) =>
        {
            MARK.find(t)
                .map(|tm| t[tm.end()..].trim().to_string())
                .unwrap_or_default()
        }
        // Split elsewhere: the title runs to the imprint's place.
        _ => match work
            .location
            .as_deref()
            .and_then(|place| rest.find(&format!(", {place}")))
        {
            Some(end) => rest[..end].trim().to_string(),
            None => return,
        },
    };
    if title.is_empty() {
        return;
    }
    work.title = Some(title);
    work.authors.clear();
    work.editors = names;
}

/// Whether every word of `head` is part of a name of `names` or a word
/// that joins them.
fn names_cover(head: &str, names: &[Name]) -> bool {
    let words: Vec<String> = names
        .iter()
        .flat_map(|n| match n {
            Name::Person {
                family,
                given,
                prefix,
                suffix,
            } => [family, given, prefix, suffix]
                .iter()
                .flat_map(|p| p.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .collect();
    head.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
        words.iter().any(|n| n == w)
            || ["i", "a", "e", "et", "und", "and", "&", "и", "і"].contains(&w)
    })
}

/// "Anna Korppoo, Nina Tynkkynen and Geir Hønneland, eds., Russia and
/// …": one list of names closed by the editors' mark before a book's
/// title, which the labeller split into an author and editors. The mark
/// covers the whole list.
pub(super) fn editors_list_read_as_authors(plain: &str, work: &mut Work) {
    static MARK_BEFORE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:,\s*eds\.|\(\s*(?:eds\.?|Hrsg\.?|a\s+cura\s+di|dir\.|ред\.)\s*\))[,:]?\s*$")
            .expect("editors mark before title pattern")
    });
    if work.authors.is_empty()
        || work.editors.is_empty()
        || work.container.is_some()
        || work
            .authors
            .iter()
            .any(|n| !matches!(n, Name::Person { .. }))
    {
        return;
    }
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(at) = plain.find(title) else {
        return;
    };
    let Some(mark) = MARK_BEFORE_TITLE.find(&plain[..at]) else {
        return;
    };
    // The names alone before the mark: no quotation, no other sentence.
    if plain[..mark.start()].contains(['“', '"', '«', '„', ':', ';']) {
        return;
    }
    let mut all = std::mem::take(&mut work.authors);
    all.append(&mut work.editors);
    work.editors = all;
}
