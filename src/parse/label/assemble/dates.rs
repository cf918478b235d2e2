//! The work's date from more of the note than the labeller's date span: a
//! day read as a volume before its month and year, a year completed by the
//! day and month the note gives elsewhere, a month and year inside a GOST
//! title given back to it, a page cited that looks like a year.

use crate::entry::Date;
use crate::parse::Work;
use crate::parse::dates::{DateMatch, find_dates};
use crate::parse::label::Label;

/// "France Inter, 12 août 2020": the labeller may read a day before a month
/// as a volume and the month and year as the date. The day goes back to
/// the date where the note writes the three together.
pub(super) fn day_read_as_volume(text: &str, work: &mut Work) {
    let (Some(date), Some(volume)) = (work.date, work.volume.as_deref()) else {
        return;
    };
    let Ok(day) = volume.parse::<u8>() else {
        return;
    };
    if date.month.is_none() || date.day.is_some() || !(1..=31).contains(&day) {
        return;
    }
    // "Vol. 21 March, 2017": a volume before a month is what it says.
    let after_volume_word = |at: usize| {
        let before = text[..at].trim_end().to_lowercase();
        ["vol.", "vol", "bd.", "т.", "no.", "n°", "№"]
            .iter()
            .any(|w| before.ends_with(w))
    };
    if let Some(full) = find_dates(text).into_iter().find(|d| {
        d.date.year == date.year
            && d.date.month == date.month
            && d.date.day == Some(day)
            && !after_volume_word(d.start)
    }) {
        work.date = Some(full.date);
        work.volume = None;
    }
}

/// A year-only date completed from a fuller date of the same year elsewhere
/// in the note (the labeller may leave "November 21" out of "(2020,
/// November 21)"), but never from a title or container.
pub(super) fn complete_date(text: &str, excluded: &[std::ops::Range<usize>], work: &mut Work) {
    let Some(date) = work.date.filter(|d| d.month.is_none()) else {
        return;
    };
    // "…, Vienna, Austria, 24–28 Apr 2023, EGU23-4567, …, 2023.": the last
    // day of a range is a meeting's, not the day of publication.
    let range_end = |d: &DateMatch| {
        let before = text[..d.start].trim_end_matches(' ');
        before.ends_with(['–', '-', '—'])
            && before
                .trim_end_matches(['–', '-', '—'])
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit())
    };
    let fuller: Vec<_> = find_dates(text)
        .into_iter()
        .filter(|d| d.date.year == date.year && d.precision() > 1 && !range_end(d))
        .collect();
    // "БелТА. 2022. 15 сентября.", "(2020) '…', *The Times*, 21 November":
    // a day and month without a year, after the year, complete it.
    let day_month = || {
        let from = text
            .find(&date.year.to_string())
            .map_or(0, |at| at + 4)
            .min(text.len());
        crate::parse::dates::find_day_month(&text[from..])
            .map(|(r, month, day)| (r.start + from..r.end + from, month, day))
    };
    let mut day_month_found = if fuller.is_empty() { day_month() } else { None };
    if fuller.is_empty() && day_month_found.is_none() {
        return;
    }
    // The container as corrected may reach beyond its labels (a
    // conference's dates in its proceedings' title).
    // So may the title ("OSCE/ODIHR, Republic of Belarus, Presidential
    // Election, 9 August 2020: … Report").
    let as_corrected = |field: Option<&str>| {
        field
            .filter(|c| c.len() > 12)
            .and_then(|c| text.find(c).map(|at| at..at + c.len()))
    };
    let container = as_corrected(work.container.as_deref());
    let title = as_corrected(work.title.as_deref());
    let outside = |r: std::ops::Range<usize>| {
        !excluded
            .iter()
            .chain(container.as_ref())
            .chain(title.as_ref())
            .any(|x| r.start < x.end && x.start < r.end)
    };
    // A fuller date inside the title ("… за январь–июнь 2023 года : …")
    // is the title's; a day and month after the year may then complete it.
    let had_fuller = !fuller.is_empty();
    let fuller: Vec<_> = fuller
        .into_iter()
        .filter(|d| outside(d.start..d.end))
        .collect();
    if had_fuller && fuller.is_empty() {
        day_month_found = day_month();
    }
    let day_month = day_month_found;
    if let Some(d) = fuller.into_iter().max_by_key(|d| d.precision()) {
        work.date = Some(d.date);
    } else if let Some((range, month, day)) = day_month
        && outside(range)
        && let Some(full) = Date::new(date.year, Some(month), Some(day))
    {
        work.date = Some(full);
    }
}

/// A number alone ("1375.") that falls inside a page range ("1369--1401").
pub(super) fn page_inside(range: &str, raw: &str) -> Option<String> {
    let word = raw.trim().trim_end_matches(['.', ',', ';']);
    let page: u32 = word.parse().ok()?;
    let (first, last) = range.split_once("--")?;
    let (first, last): (u32, u32) = (first.parse().ok()?, last.parse().ok()?);
    (first..=last).contains(&page).then(|| word.to_string())
}
/// "Інфляційний звіт : | січень 2023 | року. Київ : НБУ, 2023.", "О
/// результатах … за | январь–июнь 2023 | года : информационное сообщение.
/// 2023. 11 июля.": a month and year inside a GOST title, which the
/// labeller read as the date, the title going on after it in small
/// letters. Where a later span is a date, the three spans are the title.
pub(super) fn date_inside_title(
    text: &str,
    mut spans: Vec<(Label, std::ops::Range<usize>)>,
) -> Vec<(Label, std::ops::Range<usize>)> {
    let Some(i) = spans.iter().position(|(label, _)| *label == Label::Date) else {
        return spans;
    };
    // "Russian Military Capability in a Ten-Year Perspective – | 2019, |
    // FOI-R--… (Stockholm: FOI, December 2019)": a year after a dash ends
    // the title, where the imprint dates the work.
    if let Some(before) = i.checked_sub(1)
        && spans[before].0 == Label::Title
        && text[spans[before].1.clone()]
            .trim_end()
            .ends_with(['–', '—'])
        && text[spans[i].1.clone()]
            .trim()
            .trim_end_matches([',', '.'])
            .parse::<u16>()
            .is_ok_and(|y| (1800..2100).contains(&y))
        && spans[i + 1..]
            .iter()
            .any(|(label, _)| *label == Label::Date)
    {
        let whole = spans[before].1.start..spans[i].1.end;
        spans.splice(before..=i, [(Label::Title, whole)]);
        return spans;
    }
    let (Some(before), Some(after)) = (i.checked_sub(1), spans.get(i + 1)) else {
        return spans;
    };
    let joined = |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| {
        text.get(a.end..b.start)
            .is_some_and(|gap| gap.trim().is_empty())
    };
    if after.0 != Label::Title
        || !matches!(spans[before].0, Label::Title | Label::Container)
        || !joined(&spans[before].1, &spans[i].1)
        || !joined(&spans[i].1, &after.1)
        || !text[after.1.clone()].starts_with(|c: char| c.is_lowercase())
        || !spans[i + 2..]
            .iter()
            .any(|(label, _)| *label == Label::Date)
        || !text[spans[i].1.clone()]
            .chars()
            .any(crate::letters::is_cyrillic)
    {
        return spans;
    }
    let whole = spans[before].1.start..after.1.end;
    spans.splice(before..=i + 1, [(Label::Title, whole)]);
    spans
}
