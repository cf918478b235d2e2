//! Ranges of days and months rewritten as their first before the note is
//! labelled: APA's `(2021, September 9–11)`, Chicago's `September 8–10,
//! 2022`, `(April–May 2023)`, `septembre-octobre 2022`. The labeller reads
//! a single date; the days read alone would be taken for pages.

/// "(2021, September 9–11)": an APA date with a range of days, as its
/// first day ("(2021, September 9)"), which the labeller reads as a date,
/// and "(April–May 2023)" as its first month; `None` when the text has
/// neither.
pub fn first_day_of_range(text: &str) -> Option<String> {
    static RANGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\((\d{4}),\s+(\p{L}+\.?)\s+(\d{1,2})\s*[–-]\s*\d{1,2}\)")
            .expect("day range pattern")
    });
    // "Survival 65, no. 2 (April–May 2023)", "n° 115, septembre-octobre
    // 2022": a range of months, as its first month.
    static MONTHS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?:^|[\s(])(\p{L}+\.?)\s*[–/-]\s*(\p{L}+\.?)\s+(\d{4})")
            .expect("month range pattern")
    });
    // The pattern is tried only where a year follows a dash or slash
    // closely and a month may be named.
    let maybe_dated = year_after_dash(text) && super::may_name_month(text);
    let months = maybe_dated
        .then(|| MONTHS.captures_iter(text))
        .into_iter()
        .flatten()
        .find(|c| {
            super::month_number(&c[1]).is_some()
                && super::month_number(&c[2]).is_some()
                // "“Foreign trade in goods, January–December 2022,”": a
                // range inside a quoted title is the title's.
                && !crate::parse::text::inside_quotation(text, c.get(0).map_or(0, |m| m.start()))
                // "… за январь–июнь 2023 года : …": so is a period with
                // the word for year after it, as GOST titles name one.
                && !c.get(0).is_some_and(|m| {
                    let after = &text[m.end()..];
                    [" год", " рок", " г.", " гад"].iter().any(|w| after.starts_with(w))
                })
        })
        .and_then(|c| Some((c.get(1)?.start(), c.get(2)?.end(), c[1].to_string())));
    if let Some((start, end, first)) = months {
        return Some(format!("{}{first}{}", &text[..start], &text[end..]));
    }
    // "Regensburg, September 8–10, 2022": Chicago's range of a meeting's
    // days, as its first day (the labeller reads the days as pages).
    static DAYS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        // No word boundaries: Unicode ones keep the fast engines off.
        regex::Regex::new(r"(\p{Lu}\p{Ll}+\.?)\s+(\d{1,2})\s*[–-]\s*\d{1,2},\s+(\d{4})")
            .expect("Chicago day range pattern")
    });
    if maybe_dated
        && let Some(c) = DAYS.captures(text)
        && super::month_number(&c[1]).is_some()
        && !text[c.get(0).map_or(0, |m| m.end())..].starts_with(|c: char| c.is_ascii_digit())
        && let (Some(days), Some(m)) = (c.get(2), c.get(0))
    {
        return Some(format!(
            "{}{} {}, {}{}",
            &text[..m.start()],
            &c[1],
            days.as_str(),
            &c[3],
            &text[m.end()..]
        ));
    }
    // "Regensburg, 8–10 September 2022": the same, the day first. A range
    // with a later year after it is a period a title names ("Interim
    // Report, 15–28 July 2020 (Warsaw: ODIHR, 31 July 2020)").
    static DAYS_FIRST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(\d{1,2})\s*[–-]\s*\d{1,2}\s+(\p{Lu}\p{Ll}+\.?)\s+(\d{4})")
            .expect("day range, day first, pattern")
    });
    if maybe_dated
        && day_range_before_capital(text)
        && let Some(c) = DAYS_FIRST.captures(text)
        && super::month_number(&c[2]).is_some()
        && let (Some(day), Some(m)) = (c.get(1), c.get(0))
        && !text[m.end()..].starts_with(|c: char| c.is_ascii_digit())
        // "pp. 8–10": a page mark before it.
        && !text[..m.start()]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit() || c == '/' || c == '.')
        && years(&text[m.end()..]).next().is_none()
    {
        return Some(format!(
            "{}{} {} {}{}",
            &text[..m.start()],
            day.as_str(),
            &c[2],
            &c[3],
            &text[m.end()..]
        ));
    }
    if !text.contains('(') {
        return None;
    }
    let c = RANGE.captures(text)?;
    // "Tusell (1988, pp. 45-50)": a page range after an author-date year.
    super::month_number(&c[2])?;
    let m = c.get(0)?;
    Some(format!(
        "{}({}, {} {}){}",
        &text[..m.start()],
        &c[1],
        &c[2],
        &c[3],
        &text[m.end()..]
    ))
}

/// Whether a dash joins two numbers and a capital follows the second after
/// a space ("8–10 September"): a quick test before the pattern.
fn day_range_before_capital(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices(['–', '-']).any(|(at, dash)| {
        let after = at + dash.len();
        at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(after).is_some_and(u8::is_ascii_digit)
            && bytes[after..]
                .iter()
                .position(|b| !b.is_ascii_digit())
                .is_some_and(|n| {
                    n <= 2
                        && bytes.get(after + n) == Some(&b' ')
                        && bytes.get(after + n + 1).is_some_and(u8::is_ascii_uppercase)
                })
    })
}

/// Where the text holds a year of this century or the last: four digits
/// opening with 19 or 20 (a quick test by bytes, no word boundaries).
pub(crate) fn years(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.as_bytes()
        .windows(4)
        .enumerate()
        .filter(|(_, w)| {
            (w[..2] == *b"19" || w[..2] == *b"20") && w[2..].iter().all(u8::is_ascii_digit)
        })
        .map(|(at, _)| at)
}

/// Whether a year (four digits after a space) has a dash or slash in the
/// 30 bytes before it, as a range of months before its year has: a quick
/// test before the range's pattern.
fn year_after_dash(text: &str) -> bool {
    let bytes = text.as_bytes();
    (1..bytes.len().saturating_sub(3)).any(|i| {
        bytes[i - 1] == b' '
            && bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && text
                .get(i.saturating_sub(30)..i)
                .or_else(|| text.get(..i))
                .is_some_and(|before| before.contains(['–', '/', '-']))
    })
}
