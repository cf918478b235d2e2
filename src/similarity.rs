//! Are two descriptions of a work the same? Titles, names, dates and
//! outlets compared across scripts (used by `verify` against sources and by
//! `dedupe` within the library) (everything is compared in
//! transliteration, so `Беларусь` meets `Belarus'`), across spelling
//! variants (`Белоруссия` and `Беларусь` share most of their letters) and
//! with the liberties citations take: a subtitle left out, a site name
//! after a page's title, an abbreviated journal.

use std::collections::HashSet;

use crate::entry::Date;

/// At or above: the same title, nothing to report.
pub const SAME_TITLE: f64 = 0.8;
/// At or above (and below [`SAME_TITLE`]): the same work with its title
/// garbled, when other fields agree.
pub const SIMILAR_TITLE: f64 = 0.5;

/// Lower-case ASCII words of a text in any script; each Chinese or
/// Japanese character is a word of its own (their titles have no spaces,
/// and a quotation mark must not change how they divide).
pub fn words(text: &str) -> Vec<String> {
    let mut spaced = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_ideograph(c) {
            spaced.push(' ');
            spaced.push(c);
            spaced.push(' ');
        } else {
            spaced.push(c);
        }
    }
    any_ascii::any_ascii(&spaced)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff)
}

/// Whether two similar titles name different things: another number
/// (`… Report 2021` and `… Report 2015`), or another proper name on each
/// side (`Belarus and China` and `Belarus and Russia`). An omission is not
/// a conflict; a substitution is.
pub fn titles_conflict(a: &str, b: &str) -> bool {
    if numbers_conflict(a, b) {
        return true;
    }
    // Names are compared within one script: across scripts their
    // transliterations differ too much (`China` and `Китай`).
    let cyrillic = |t: &str| t.chars().any(crate::letters::is_cyrillic);
    if cyrillic(a) != cyrillic(b) {
        return false;
    }
    let (wa, wb) = (words(a), words(b));
    let missing = |names: Vec<String>, other: &[String]| {
        names.iter().any(|n| {
            let stem: String = n.chars().take(3).collect();
            !other.iter().any(|w| w.starts_with(&stem))
        })
    };
    missing(proper_names(a), &wb) && missing(proper_names(b), &wa)
}

/// Whether each title carries numbers and they share none (`Report 2021`
/// and `Report 2015`, `part 1` and `part 2`): other works however alike
/// the rest of their titles is.
pub fn numbers_conflict(a: &str, b: &str) -> bool {
    let (na, nb) = (numbers(a), numbers(b));
    !na.is_empty() && !nb.is_empty() && na.is_disjoint(&nb)
}

/// Whether two organisations' names are one: alike in their words, or
/// each word of the shorter either a word of the longer or the initials of
/// a run of its words (`IMF` and `International Monetary Fund`,
/// `OSCE/ODIHR` and `OSCE Office for Democratic Institutions and Human
/// Rights`).
pub fn organisations_agree(a: &str, b: &str) -> bool {
    const SKIP: [&str; 6] = ["of", "the", "and", "for", "on", "in"];
    if name_matches(a, &[b.to_string()]) || name_matches(b, &[a.to_string()]) {
        return true;
    }
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let long: Vec<&String> = long
        .iter()
        .filter(|w| !SKIP.contains(&w.as_str()))
        .collect();
    let initials: String = long.iter().filter_map(|w| w.chars().next()).collect();
    !short.is_empty()
        && short.iter().any(|w| w.len() >= 2 && !long.contains(&w))
        && short
            .iter()
            .all(|w| long.contains(&w) || (w.len() >= 2 && initials.contains(w.as_str())))
}

/// The numbers a title carries: its runs of digits (`2021`, the `2` of
/// `part 2`) and Roman numerals after a part or volume word (`Part II`,
/// `Том III`), as digits, so `vol. 2` and `Vol. II` agree.
fn numbers(title: &str) -> HashSet<String> {
    // Stems in transliteration: `часть` is `chast'`, `том` is `tom`.
    const PART: [&str; 9] = [
        "part", "vol", "volume", "book", "no", "chast", "tom", "kniga", "vypusk",
    ];
    let w = words(title);
    let mut out = HashSet::new();
    for (i, word) in w.iter().enumerate() {
        if word.chars().all(|c| c.is_ascii_digit()) {
            let n = word.trim_start_matches('0');
            out.insert(if n.is_empty() { "0" } else { n }.to_string());
        } else if i > 0
            && PART.contains(&w[i - 1].as_str())
            && let Some(n) = roman(word)
        {
            out.insert(n.to_string());
        }
    }
    out
}

/// A Roman numeral from 1 to 39 in lowercase (`ii`, `xiv`), as a number.
fn roman(word: &str) -> Option<u32> {
    let tens = word.chars().take_while(|&c| c == 'x').count();
    let rest = &word[tens..];
    const UNITS: [&str; 10] = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
    let unit = UNITS.iter().position(|u| *u == rest)?;
    let n = 10 * tens as u32 + unit as u32;
    (tens <= 3 && n > 0).then_some(n)
}

/// Capitalised words that are not a title's or a subtitle's first word,
/// nor acronyms, nor short: the names a title is about, in transliteration.
fn proper_names(title: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut first = true;
    for piece in title.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let word: String = piece.chars().take_while(|c| c.is_alphanumeric()).collect();
        let ends_sentence = piece.ends_with([':', '?', '!', '.']);
        if !word.is_empty() {
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let acronym = word.chars().all(|c| !c.is_lowercase());
            if capital && !acronym && !first && word.chars().count() >= 3 {
                out.push(any_ascii::any_ascii(&word).to_lowercase());
            }
            first = false;
        }
        if ends_sentence {
            first = true;
        }
    }
    out
}

fn joined(words: &[String]) -> String {
    words.join(" ")
}

/// How alike two titles are, from 0 to 1: the best of word overlap and
/// letter-trigram overlap, and 1 when one is the other without its
/// subtitle.
pub fn title_similarity(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    if wa == wb {
        return 1.0;
    }
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    // A subtitle left out: the shorter is the longer's head, and long
    // enough to name a work on its own.
    if long.starts_with(short) && (short.len() >= 3 || joined(short).len() >= 15) {
        let rest = subtitle_start(a, b);
        if rest {
            return 1.0;
        }
        return 0.9;
    }
    word_dice(&wa, &wb).max(trigram_dice(&joined(&wa), &joined(&wb)))
}

/// Whether the longer title continues after a subtitle mark.
fn subtitle_start(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() <= b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    let short_words = words(short).len();
    // The separator that follows the shorter title's words in the longer one.
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in long.char_indices() {
        let alnum = c.is_alphanumeric();
        if alnum && !in_word {
            seen += 1;
        }
        in_word = alnum;
        if seen == short_words && !alnum && seen > 0 {
            let rest = long[i..].trim_start();
            return rest.starts_with([':', '.', '—', '–', '-', '(', '?', '!']);
        }
    }
    false
}

/// A page's `<title>` against a cited title: the page's title is often
/// "Title | Site" or "Site — Title", and a cited title may be the page's
/// headline with the site's name left out.
pub fn page_title_similarity(cited: &str, page: &str) -> f64 {
    let mut best = title_similarity(cited, page);
    for sep in [" | ", " — ", " – ", " - ", " :: ", " · ", " • ", " / "] {
        for part in page.split(sep) {
            best = best.max(title_similarity(cited, part));
        }
    }
    // Every word of the cited title in the page title (which says more).
    let wanted = words(cited);
    let have: HashSet<String> = words(page).into_iter().collect();
    if wanted.len() >= 3 {
        let found = wanted.iter().filter(|w| have.contains(*w)).count();
        if found == wanted.len() {
            best = best.max(0.9);
        }
    }
    best
}

/// Dice coefficient of the word sets; words count as one when they share
/// a long stem (inflection, transliteration variants), and an initial or
/// an acronym of one title meets the words it stands for in the other
/// (`А. Лукашенко` and `Александра Лукашенко`, `КНР` and `Китайская
/// Народная Республика`).
fn word_dice(a: &[String], b: &[String]) -> f64 {
    let mut used_b = vec![false; b.len()];
    let mut used_a = vec![false; a.len()];
    let mut hits = 0usize;
    for (i, w) in a.iter().enumerate() {
        if let Some(j) = (0..b.len()).find(|&j| !used_b[j] && same_word(w, &b[j])) {
            used_b[j] = true;
            used_a[i] = true;
            hits += 2;
        }
    }
    hits += abbreviations(a, b, &mut used_a, &mut used_b);
    hits += abbreviations(b, a, &mut used_b, &mut used_a);
    hits as f64 / (a.len() + b.len()) as f64
}

/// Matches the unmatched short words of `a` with runs of unmatched words
/// of `b` whose initials spell them; the words matched on both sides.
fn abbreviations(a: &[String], b: &[String], used_a: &mut [bool], used_b: &mut [bool]) -> usize {
    let mut hits = 0;
    for (i, w) in a.iter().enumerate() {
        if used_a[i] || w.len() > 5 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let letters: Vec<char> = w.chars().collect();
        if let Some(run) = (0..b.len()).find_map(|j| initials_run(&letters, b, used_b, j)) {
            used_a[i] = true;
            for &k in &run {
                used_b[k] = true;
            }
            hits += 1 + run.len();
        }
    }
    hits
}

/// The words of `b` from `start` whose initials spell `letters`, skipping
/// the little words acronyms leave out (`PRC`: People's Republic of China).
fn initials_run(letters: &[char], b: &[String], used: &[bool], start: usize) -> Option<Vec<usize>> {
    const SKIP: [&str; 6] = ["of", "the", "and", "for", "s", "i"];
    let mut run = Vec::new();
    let mut k = start;
    for (n, &c) in letters.iter().enumerate() {
        while n > 0 && k < b.len() && SKIP.contains(&b[k].as_str()) && !b[k].starts_with(c) {
            k += 1;
        }
        let word = b.get(k)?;
        if used[k] || !word.starts_with(c) || (letters.len() == 1 && word.len() == 1) {
            return None;
        }
        run.push(k);
        k += 1;
    }
    Some(run)
}

fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 5 && common * 10 >= a.len().max(b.len()) * 7
}

fn trigrams(text: &str) -> Vec<[u8; 3]> {
    let padded: Vec<u8> = format!("  {text} ").into_bytes();
    padded.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

/// Dice coefficient of letter trigrams (as multisets).
fn trigram_dice(a: &str, b: &str) -> f64 {
    let (ta, mut tb) = (trigrams(a), trigrams(b));
    let total = ta.len() + tb.len();
    if total == 0 {
        return 0.0;
    }
    tb.sort_unstable();
    let mut hits = 0usize;
    for t in &ta {
        if let Ok(i) = tb.binary_search(t) {
            tb.remove(i);
            hits += 1;
        }
    }
    2.0 * hits as f64 / total as f64
}

/// Whether a cited family name (or organisation) is among a source's
/// author names, in any script and name order.
pub fn name_matches(cited: &str, found: &[String]) -> bool {
    let wanted = words(cited);
    if wanted.is_empty() {
        return true;
    }
    found.iter().any(|name| {
        let have = words(name);
        wanted.iter().all(|w| {
            have.iter()
                .any(|h| h == w || (w.len() >= 5 && trigram_dice(w, h) >= 0.7))
        })
    })
}

/// Whether two outlet names are one: alike in letters, or one an
/// abbreviation of the other (`J. Polit. Econ.` of `Journal of Political
/// Economy`).
pub fn container_matches(a: &str, b: &str) -> bool {
    if title_similarity(a, b) >= 0.7 {
        return true;
    }
    abbreviates(a, b) || abbreviates(b, a)
}

fn abbreviates(short: &str, long: &str) -> bool {
    const SKIP: [&str; 8] = ["of", "the", "and", "for", "in", "on", "i", "a"];
    let s = words(short);
    let l: Vec<String> = words(long)
        .into_iter()
        .filter(|w| !SKIP.contains(&w.as_str()))
        .collect();
    let s: Vec<String> = s
        .into_iter()
        .filter(|w| !SKIP.contains(&w.as_str()))
        .collect();
    s.len() >= 2 && s.len() == l.len() && s.iter().zip(&l).all(|(a, b)| b.starts_with(a.as_str()))
}

/// A date as written in a source (`2022-09-15`, `2022-09-15T10:00:00Z`,
/// `2022/9/15`, `15 September 2022`, `2022`), as far as it goes.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let iso: String = text.chars().take(10).collect::<String>().replace('/', "-");
    let parts: Vec<&str> = iso.split('-').collect();
    let number = |s: &str| s.trim().parse::<u32>().ok();
    if let Some(year) = parts.first().and_then(|y| number(y)).filter(|y| *y > 999)
        && parts[0].len() == 4
    {
        let month = parts.get(1).and_then(|m| number(m)).map(|m| m as u8);
        let day = parts.get(2).and_then(|d| number(d)).map(|d| d as u8);
        return Date::new(year as i32, month, day).or_else(|| Date::new(year as i32, None, None));
    }
    // A year anywhere (`September 15, 2022`, `2004`).
    let year = words(text)
        .into_iter()
        .filter(|w| w.len() == 4)
        .find_map(|w| w.parse::<i32>().ok().filter(|y| (1000..=2999).contains(y)))?;
    Some(Date::year(year))
}

/// Whether two dates disagree beyond what sources differ by: another
/// year, or (both to the day) more than two days apart — a page's date may
/// be its last update, and time zones move a date by one.
pub fn dates_differ(cited: &Date, found: &Date) -> bool {
    if cited.year != found.year {
        // A year apart, where one side gives the year alone, is the online
        // and the print edition of one work.
        if (cited.year - found.year).abs() == 1 && (cited.month.is_none() || found.month.is_none())
        {
            return false;
        }
        // A work dated at the turn of a year is not miscited by a day.
        return !(within_days(cited, found, 2));
    }
    match (cited.month, found.month, cited.day, found.day) {
        (Some(_), Some(_), Some(_), Some(_)) => !within_days(cited, found, 2),
        (Some(a), Some(b), _, _) => a != b && !within_days(cited, found, 2),
        _ => false,
    }
}

fn within_days(a: &Date, b: &Date, days: i64) -> bool {
    match (a.month, a.day, b.month, b.day) {
        (Some(am), Some(ad), Some(bm), Some(bd)) => {
            (ordinal(a.year, am, ad) - ordinal(b.year, bm, bd)).abs() <= days
        }
        _ => false,
    }
}

/// Days since a fixed epoch (proleptic Gregorian).
fn ordinal(year: i32, month: u8, day: u8) -> i64 {
    let (y, m) = if month <= 2 {
        (i64::from(year) - 1, i64::from(month) + 12)
    } else {
        (i64::from(year), i64::from(month))
    };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + i64::from(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_across_scripts_spellings_and_subtitles() {
        assert_eq!(
            title_similarity("Foreign Trade of Belarus", "foreign trade of belarus"),
            1.0
        );
        assert!(
            title_similarity(
                "Россия и Беларусь пришли к балансу",
                "Россия и Белоруссия пришли к балансу"
            ) >= SAME_TITLE
        );
        assert!(
            title_similarity(
                "The degradation of Belarusian foreign policy",
                "The degradation of Belarusian Foreign Policy: a proposed course correction"
            ) >= SAME_TITLE
        );
        assert!(
            title_similarity("Belarus and China", "Belarus and Russia: a union state") < SAME_TITLE
        );
        assert!(
            title_similarity(
                "Lukashenko i Si Tszin'pin vstretilis' v Samarkande",
                "Лукашенко и Си Цзиньпин встретились в Самарканде"
            ) >= SAME_TITLE
        );
    }

    #[test]
    fn initials_and_acronyms_stand_for_their_words() {
        assert!(
            title_similarity(
                "Завершился государственный визит А. Лукашенко в КНР",
                "Завершился государственный визит Александра Лукашенко в Китайскую Народную Республику"
            ) >= SAME_TITLE
        );
        assert!(
            title_similarity(
                "Совместное заявление КНР и РБ о дальнейшем развитии всепогодного и всестороннего стратегического партнерства между двумя странами в новую эпоху",
                "Совместное заявление Китайской Народной Республики и Республики Беларусь о дальнейшем развитии отношений всепогодного и всестороннего стратегического партнерства в новую эпоху"
            ) >= SAME_TITLE
        );
        assert!(title_similarity("EU and the WTO", "Europe and Asia") < SAME_TITLE);
    }

    #[test]
    fn substitutions_are_conflicts_and_omissions_are_not() {
        assert!(titles_conflict(
            "Foreign Trade of the Republic of Belarus 2021",
            "Foreign Trade of the Republic of Belarus 2015"
        ));
        assert!(titles_conflict(
            "Отношения Беларуси и Китая в 2020-2022 гг.",
            "Отношения Беларуси и России в 2020-2022 гг."
        ));
        assert!(!titles_conflict(
            "Relations between the EU and the PRC after 2014",
            "Relations between the European Union and the People's Republic of China after 2014"
        ));
        assert!(!titles_conflict(
            "China's role in the Belarusian foreign policy",
            "The Role of China in Belarus's Foreign Relations"
        ));
        // Parts and volumes, in digits or Roman numerals.
        assert!(titles_conflict(
            "Belarus after the war, part 1",
            "Belarus after the war, part 2"
        ));
        assert!(titles_conflict(
            "The Reconstruction of Nations, Vol. I",
            "The Reconstruction of Nations, vol. 2"
        ));
        assert!(!titles_conflict(
            "The Reconstruction of Nations, Vol. II",
            "The Reconstruction of Nations, vol. 2"
        ));
        assert!(titles_conflict(
            "История Беларуси. Том 3",
            "История Беларуси. Том IV"
        ));
        assert!(numbers_conflict(
            "Nations in Transit 2021",
            "Nations in Transit 2022"
        ));
        assert!(!numbers_conflict(
            "Nations in Transit 2021",
            "Nations in Transit"
        ));
        assert!(words("“一带一路”倡议").len() == 6);
    }

    #[test]
    fn organisations_agree_with_their_acronyms() {
        assert!(organisations_agree("IMF", "International Monetary Fund"));
        assert!(organisations_agree(
            "OSCE/ODIHR",
            "OSCE Office for Democratic Institutions and Human Rights"
        ));
        assert!(organisations_agree(
            "RFE/RL",
            "Radio Free Europe/Radio Liberty"
        ));
        assert!(organisations_agree("Наша Ніва", "Nasha Niva"));
        assert!(!organisations_agree("IMF", "World Bank"));
        assert!(!organisations_agree("OSCE", "Office of the President"));
        assert!(!organisations_agree("UN", "European Union"));
    }

    #[test]
    fn page_titles_carry_site_names() {
        let page = "Лукашенко и Си Цзиньпин встретились в Самарканде | БелТА";
        assert!(
            page_title_similarity("Лукашенко и Си Цзиньпин встретились в Самарканде", page)
                >= SAME_TITLE
        );
        assert!(page_title_similarity("Надежный фундамент для партнерства", page) < SIMILAR_TITLE);
    }

    #[test]
    fn names_and_outlets() {
        assert!(name_matches("Крючкова", &["Evgeniya Kryuchkova".into()]));
        assert!(name_matches("Smith", &["John A. Smith".into()]));
        assert!(!name_matches("Smith", &["Jane Doe".into()]));
        assert!(container_matches(
            "J. Polit. Econ.",
            "Journal of Political Economy"
        ));
        assert!(container_matches("Коммерсант", "Коммерсантъ"));
        assert!(!container_matches("Nature", "Science"));
    }

    #[test]
    fn dates_in_their_forms() {
        let d = |s| parse_date(s).expect("a date");
        assert_eq!(
            d("2022-09-15T10:00:00+03:00"),
            Date::new(2022, Some(9), Some(15)).unwrap()
        );
        assert_eq!(d("September 15, 2022").year, 2022);
        assert!(!dates_differ(&d("2022-09-15"), &d("2022-09-16")));
        assert!(!dates_differ(&d("2021"), &d("2022")));
        assert!(dates_differ(&d("2021"), &d("2023")));
        assert!(dates_differ(&d("2021-05"), &d("2022-05")));
        assert!(!dates_differ(&d("2022"), &d("2022-03-01")));
        assert!(!dates_differ(&d("2022-12-31"), &d("2023-01-01")));
        assert!(dates_differ(&d("2022-03"), &d("2022-07-01")));
    }
}
