//! GOST heads the rules read exactly ([`super::heads`] calls them): where
//! a GOST book's head ends before its imprint, the book after `//` up to
//! its statement and its editors, a container after `//` where the
//! labeller read none, a volume's own title or number after the title, and
//! a labeller's author that is the head of an unsigned title.

use std::sync::LazyLock;

use regex::Regex;

use super::{Work, names};
use crate::entry::Name;

/// The labeller's author of a GOST item the rules read as unsigned, where
/// it is the head of the title: "Лукашенко: Беларусь не будет … // БелТА"
/// (a GOST name has its initials; a word alone before a colon opens the
/// title), the whole title ("Приговор суда — приговор народа // Правда"),
/// a head the title goes on from after a dash ("Общественное мнение — 2022
/// : ежегодник"), or one that opens with a word no name is ("Доклад Н. С.
/// Хрущева на … // …"). Where the labeller's author stays, the title does
/// not repeat it.
pub(super) fn drop_title_read_as_author(work: &mut Work) {
    let Some(title) = work.title.as_deref() else {
        return;
    };
    let Some(Name::Organization(who) | Name::Person { family: who, .. }) = work.authors.first()
    else {
        return;
    };
    let Some(after) = title
        .strip_prefix(who.as_str())
        .or_else(|| who.starts_with(title).then_some(""))
    else {
        return;
    };
    let first = who.split_whitespace().next().unwrap_or_default();
    // A capitalised word that is no name (not an acronym: "ООН").
    let no_name =
        first.chars().nth(1).is_some_and(char::is_lowercase) && !names::is_name_word(first);
    let single = work.authors.len() == 1;
    if (single && after.starts_with(':'))
        || after.trim_end_matches('.').is_empty()
        || after.starts_with([' ']) && after.trim_start().starts_with(['—', '–'])
        || no_name
    {
        work.authors.clear();
    } else if single
        && matches!(work.authors.first(), Some(Name::Organization(_)))
        && let Some(rest) = after.strip_prefix(". ")
        && rest.starts_with(char::is_uppercase)
    {
        // "Левада-Центр. Конфликт с Украиной … // Левада-Центр": a body
        // named in one word, which the rules cannot tell from a title's
        // first word, heads the labeller's title; the body is the author.
        work.title = Some(rest.to_string());
    }
}

/// "Социальная история России. Т. 1": the volume of a GOST book in
/// several, after its title; "… повседневность. 1945–1953": years ending
/// the title, which the labeller may also have read as pages.
pub(super) fn gost_volume_and_years(work: &mut Work) {
    static VOLUME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(.+?)\.\s+(?:Т|Кн|Вып|Ч)\.\s*(\d{1,3}|[IVX]{1,5})\.?$")
            .expect("GOST volume pattern")
    });
    // "Гісторыя Беларусі : у 6 т. Т. 5. Беларусь у 1917–1945 гг.": a
    // volume with a title of its own in a work of several.
    static VOLUME_OF_WORK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(.+?)\s*:\s*[ву]\s+\d+\s+(?:т|кн|ч)\.(?:,\s*\d+\s+кн\.)?\s+(?:Т|Кн|Ч)\.\s*(\d{1,3}|[IVX]{1,5})\s*[.:]\s+(\p{Lu}.+)$")
            .expect("GOST volume of a work pattern")
    });
    let Some(title) = work.title.clone() else {
        return;
    };
    if let Some(c) = VOLUME_OF_WORK.captures(&title) {
        // The labeller's container was the head of the work's title.
        if work
            .container
            .as_deref()
            .is_some_and(|k| c[1].contains(k) || k.starts_with(&c[1]))
        {
            work.container = None;
        }
        work.maintitle = Some(c[1].to_string());
        work.volume = Some(c[2].to_string());
        work.title = Some(c[3].to_string());
        return;
    }
    if let Some(c) = VOLUME.captures(&title) {
        work.title = Some(c[1].to_string());
        work.volume.get_or_insert_with(|| c[2].to_string());
    }
    let title = work.title.as_deref().unwrap_or_default();
    let in_title = work
        .pages
        .as_deref()
        .and_then(|p| p.split_once("--"))
        .is_some_and(|(first, last)| {
            first.len() == 4
                && title.strip_suffix(last).is_some_and(|t| {
                    t.trim_end_matches(['–', '-', '—', ' '])
                        .ends_with(&format!(" {first}"))
                })
        });
    if in_title {
        work.pages = None;
    }
}

/// "… // Republic. 2021. 24 июня.": the container of a GOST item, up to the
/// stop before its year, volume or issue, where the labeller read none
/// (it read the head, slashes and container as authors).
pub(super) fn gost_container(right: &str) -> Option<String> {
    static CONTAINER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^([^.\d/][^./]{1,80}?)\.\s+(?:[–—-]\s+)?(?:(?:1[5-9]|20)\d\d\b|Т\.|№|Вып\.|URL)",
        )
        .expect("GOST container pattern")
    });
    let c = CONTAINER.captures(right.trim_start())?;
    Some(c[1].trim().to_string())
}

/// "… // Партизанское движение в Белоруссии : сб. док. / сост. А. И.
/// Залесский. Минск : Беларусь, 1967": the book of a GOST item, up to its
/// statement's slash, and the editors the statement names, where an
/// imprint (a place and a colon, or a place and the year) follows the
/// statement, perhaps after the book's number ("Вып. 3.").
pub(super) fn gost_book_container(right: &str) -> Option<(String, Vec<Name>)> {
    static BOOK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^\s*([^/.\d][^/]{1,200}?)\s+/\s+([^/]{2,200}?)\.\s+(?:[–—-]\s+)?",
            // "Вып. 3. Минск, 2010": a numbered book of a series, and a
            // place with its year where no publisher is named.
            r"(?:(?:В[ыи]п|Т|Ч|Кн)\.\s*\d{1,4}\.\s+(?:[–—-]\s+)?)?",
            // "Нью-Ёрк ; Менск :": places joined by GOST's semicolon.
            r"\p{Lu}[\p{L}\-]*(?:\.|[ \-]\p{L}[\p{L}\-]+)?",
            r"(?:\s;\s\p{Lu}[\p{L}\-]*(?:\.|[ \-]\p{L}[\p{L}\-]+)?)*",
            r"(?:\s*:\s|,\s(?:1[5-9]|20)\d\d\b)",
        ))
        .expect("GOST book pattern")
    });
    if !right.contains(" / ") {
        return None;
    }
    let c = BOOK.captures(right)?;
    let editors = super::statement::statement_editors(&c[2]).unwrap_or_default();
    Some((c[1].trim().to_string(), editors))
}

/// Where the head of a GOST book ends: after "Title / statement", before
/// the imprint ("Минск : Издательство", "– СПб. : …", "– Москва, 2015",
/// "/ пер. с англ. М. : …"). Without a statement, a heading of a family
/// name and initials and a place the imprints of such notes name ("Зубкова
/// Е. Ю. Заглавие. М. : РОССПЭН, 2000") bound it.
pub(super) fn gost_book_head_end(md: &str) -> Option<usize> {
    static IMPRINT: LazyLock<Regex> = LazyLock::new(|| {
        // A place is an abbreviation ("М.", "СПб.") or one or two words
        // ("Нижний Новгород"); "Біч. Мінск :" is a statement's last name
        // before the place, not a place of two words.
        // "М. ; Л. :", "Варшава ; Нью-Ёрк ; Вільня, 1994": places joined
        // by GOST's semicolon, the last before the colon or the year.
        Regex::new(concat!(
            r"\.\s+(?:[–—-]\s+)?\p{Lu}[\p{L}\-]*(?:\.|[ \-]\p{L}[\p{L}\-]+)?",
            r"(?:\s*:\s|(?:\s;\s\p{Lu}[\p{L}\-]*(?:\.|[ \-]\p{L}[\p{L}\-]+)?)+(?:\s*:\s|,\s(?:1[5-9]|20)\d\d))"
        ))
            .expect("GOST imprint pattern")
    });
    static HEADING: LazyLock<Regex> = LazyLock::new(|| {
        // "Шушкевіч Дз. С.": an initial may be of two letters.
        Regex::new(r"^\p{Lu}[\p{Ll}\-]+\s+\p{Lu}\p{Ll}?\.\s?(?:\p{Lu}\.\s)?\s*\p{Lu}")
            .expect("GOST heading pattern")
    });
    static PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"\.\s+(?:[–—-]\s+)?(?:М|СПб|Мн|К|Л|Х|Минск|Мінск|Москва|Київ|Киев|Львів|Львов|Харків|Харьков",
            r"|Одеса|Одесса|Санкт-Петербург|Новосибирск|Екатеринбург|Казань|Гродно|Гомель|Вильнюс",
            r"|Гродна|Магілёў|Віцебск|Брэст|Полацк|Вільня|Дніпро|Чернівці|Тернопіль|Полтава|Вінниця",
            r"|Варшава|Рига|Прага|Берлин|Берлін|Вена|Відень|Париж|Лондон|Нью-Йорк)\.?",
            r"(?:\s*:\s|(?:\s;\s\p{Lu}[\p{L}\-]*(?:\.|[ \-]\p{L}[\p{L}\-]+)?)+(?:\s*:\s|,\s(?:1[5-9]|20)\d\d))",
        ))
        .expect("GOST place pattern")
    });
    static PLACE_PUBLISHER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\.\s+(?:[–—-]\s+)?\p{Lu}[\p{L}\-]+\s:\s[^.:/]{1,60},\s(?:1[5-9]|20)\d\d\b")
            .expect("GOST place, publisher and year pattern")
    });
    static KIND_AFTER_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}[^.:/]{2,150}\s:\s\p{Ll}[\p{Ll}.\s]{2,40}\.\s")
            .expect("GOST kind after title pattern")
    });
    match md.find(" / ") {
        Some(slash) => {
            if !md[..slash].chars().any(crate::letters::is_cyrillic) {
                return None;
            }
            IMPRINT.find_at(md, slash).map(|m| m.start())
        }
        // "Общественное мнение — 2022 : ежегодник. М. : …": an unsigned
        // book whose title GOST's " : " and a word in small letters go on.
        None if md.len() < 600
            && (HEADING.is_match(md) || (md.contains(" : ") && KIND_AFTER_TITLE.is_match(md))) =>
        {
            // A place refman does not list, where a publisher and the
            // year follow its colon ("Дрогобич : Відродження, 2009"); a
            // title's "Беларусь: взгляд. М. : …" has a stop before them.
            let mut end = match PLACE.find(md) {
                Some(m) => m.start(),
                // Only a Cyrillic head is bounded here (below).
                None if md.chars().next().is_some_and(crate::letters::is_cyrillic) => {
                    PLACE_PUBLISHER_YEAR.find(md)?.start()
                }
                None => return None,
            };
            // "Заглавие. 3-е изд. М. : Наука": the edition ends it too.
            if let Some(at) = [
                "-е изд",
                "-е вид",
                "-тє вид",
                "-те вид",
                "-ге вид",
                "-е выд",
            ]
            .iter()
            .find_map(|e| md[..end].find(e))
            {
                end = md[..at].rfind(". ").unwrap_or(end).min(end);
            }
            // "Заглавие. BEROC Policy Paper № 112. Вільнюс : BEROC": a
            // numbered series of papers after the title ends it too.
            if let Some(dot) = md[..end].rfind(". ") {
                let last = &md[dot + 2..end];
                if last.ends_with(|c: char| c.is_ascii_digit())
                    && last.starts_with(char::is_uppercase)
                    && super::kind::is_report_series(last)
                {
                    end = dot;
                }
            }
            md[..end]
                .chars()
                .any(crate::letters::is_cyrillic)
                .then_some(end)
        }
        None => None,
    }
}
