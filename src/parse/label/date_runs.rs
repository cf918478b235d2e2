//! A date written with its month's name that the labeller cut between two
//! fields: "El País, 5 de octubre de | 2021" (the day and month read with
//! the newspaper), "(2023, 15 | de marzo). Título" (the month read with
//! the title), "Diario Oficial n.º 48.096, 10 | de junio de 2011" (the
//! day read as pages). The exact date reader finds the whole date; its
//! tokens become one date. A date inside a title stays the title's ("…
//! Presidential Election, 11 October 2015: Final Report"): the tokens are
//! relabelled only where the date opens as a date, or where no title or
//! name shares it; and only where it is the note's one date and begins a
//! token, not after a volume's word. A day read as pages just before its
//! month read as a date (GOST's newspaper, `2021. № 45. 28 апреля.`)
//! becomes the date's, and so do a day and month read with the page after
//! them as a note (`2020. 12 августа. С. 3.`), the page the work's, and
//! a day read as a volume before its month (`2019. 3 ліп. С. 5.`); a
//! page that looks like a year after its mark (`1975, vol. III, p. 2010`)
//! or after an imprint's bracket (`2003), 1999.`) is the page.

use super::{Label, Labelled};
use crate::parse::dates;

pub(super) fn dates_cut_by_the_model(text: &str, labelled: &mut [Labelled]) {
    // A month the model cut from its date has a number of the date (a day
    // or the year) within three tokens under another label ("octubre" in
    // the container, "2021." a date); a month whose numbers share its
    // label ("(February 1931):") was read whole. The date reader runs on
    // the few tokens around such a month only.
    let digits: Vec<bool> = labelled
        .iter()
        .map(|t| text[t.range.clone()].bytes().any(|b| b.is_ascii_digit()))
        .collect();
    let mut windows: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, token) in labelled.iter().enumerate() {
        let (from, to) = (i.saturating_sub(3), (i + 4).min(labelled.len()));
        let cut = (from..to).any(|j| digits[j] && labelled[j].label != token.label);
        if !cut || digits[i] || !names_month(&text[token.range.clone()]) {
            continue;
        }
        let (from, to) = (i.saturating_sub(4), (i + 5).min(labelled.len()));
        let around = &labelled[from..to];
        let bytes = around[0].range.start..around[around.len() - 1].range.end;
        match windows.last_mut() {
            Some(last) if last.end >= bytes.start => last.end = bytes.end,
            _ => windows.push(bytes),
        }
    }
    let dates = windows.into_iter().flat_map(|w| {
        dates::find_dates(&text[w.clone()])
            .into_iter()
            .map(move |mut d| {
                d.start += w.start;
                d.end += w.start;
                d
            })
    });
    let dates: Vec<dates::DateMatch> = dates.collect();
    for date in dates {
        if date.precision() < 2 {
            continue;
        }
        let inside: Vec<usize> = (0..labelled.len())
            .filter(|&i| labelled[i].range.start < date.end && labelled[i].range.end > date.start)
            .collect();
        let labels: Vec<Label> = inside.iter().map(|&i| labelled[i].label).collect();
        if labels.len() < 2 || labels.iter().all(|l| *l == labels[0]) {
            continue;
        }
        // The date must begin a token ("1952-1962, December 1992": not
        // "1962, December"; "93(September/October 2011)": not "October
        // 2011"), and the note must have no other date: "2015 12 de abril
        // de 2016" keeps the first, "Vol. 21 March, 2017" its volume.
        let first = &labelled[inside[0]].range;
        // (A pattern's match may open with the character before the date.)
        let opening = text
            .get(first.start..date.start.max(first.start))
            .is_some_and(|head| {
                head.chars()
                    .all(|c| matches!(c, '(' | '[' | '«' | '“' | '"' | ' '))
            });
        // (A date's token without digits outside the match, "г.," after
        // "24 января 2022", is the same date's.)
        let dated_elsewhere = labelled
            .iter()
            .enumerate()
            .any(|(i, l)| l.label == Label::Date && !inside.contains(&i) && digits[i]);
        if !opening || dated_elsewhere || after_volume_word(&text[..date.start]) {
            continue;
        }
        let opens_as_date = labels[0] == Label::Date;
        let shares_title_or_name = labels
            .iter()
            .any(|l| matches!(l, Label::Title | Label::Author | Label::Editor));
        let has_date = labels.contains(&Label::Date);
        // "10 | de junio de 2011": a whole day's date read as pages and
        // words the model did not place.
        let left_unplaced = date.precision() == 3
            && labels
                .iter()
                .all(|l| matches!(l, Label::Note | Label::Pages | Label::Volume));
        if opens_as_date || (has_date && !shares_title_or_name) || left_unplaced {
            for &i in &inside {
                labelled[i].label = Label::Date;
            }
        }
    }
}

/// "// Новая газета. 2021. № 45. 28 апреля. С. 4–5.": a day before its
/// month's name, which the labeller read as pages while it read the month
/// as a date (GOST's newspaper, dated after its year). The day is the
/// date's; not a page after a page's mark ("S. 12 März").
pub(super) fn day_read_as_pages(text: &str, labelled: &mut [Labelled]) {
    for i in 1..labelled.len() {
        let (day, month) = (&labelled[i - 1], &labelled[i]);
        if day.label != Label::Pages || month.label != Label::Date {
            continue;
        }
        if !is_day(&text[day.range.clone()]) || !names_month(&text[month.range.clone()]) {
            continue;
        }
        let after_mark = i >= 2 && {
            let mark = text[labelled[i - 2].range.clone()].to_lowercase();
            matches!(
                mark.as_str(),
                "p." | "pp." | "s." | "с." | "c." | "р." | "page" | "pages"
            )
        };
        if !after_mark {
            labelled[i - 1].label = Label::Date;
        }
    }
}

/// "2020. 12 августа. С. 3.": GOST's newspaper, its day, month and page
/// after the year (and issue), which the labeller may read whole as a
/// note. After a date or issue, a day, its month, a page's mark and a number all read as a note
/// are the date's and the pages.
pub(super) fn day_and_page_read_as_note(text: &str, labelled: &mut [Labelled]) {
    for i in 1..labelled.len().saturating_sub(3) {
        let run = &labelled[i..i + 4];
        let after = labelled[i - 1].label;
        if !matches!(after, Label::Date | Label::Volume)
            || run.iter().any(|t| t.label != Label::Note)
        {
            continue;
        }
        let word = |k: usize| &text[labelled[i + k].range.clone()];
        let page_mark = matches!(word(2), "С." | "C." | "S." | "P." | "p." | "с.");
        if !is_day(word(0)) || !page_mark || !names_month(word(1)) {
            continue;
        }
        let page = word(3).trim_end_matches(['.', ',']);
        if page.is_empty() || !page.chars().all(|c| c.is_ascii_digit() || "–-".contains(c)) {
            continue;
        }
        labelled[i].label = Label::Date;
        labelled[i + 1].label = Label::Date;
        labelled[i + 2].label = Label::Pages;
        labelled[i + 3].label = Label::Pages;
    }
}

/// "Наша Ніва. 2019. 3 | ліп. С. 5.": GOST's newspaper, its day after the
/// year read as a volume and its month with the page; "2019. 20 сьнежня."
/// with a month the labeller does not know, day and month read as pages.
/// A day right after the date and before a month's name is the date's,
/// and so is the month.
pub(super) fn day_read_as_volume(text: &str, labelled: &mut [Labelled]) {
    for i in 1..labelled.len().saturating_sub(1) {
        if labelled[i - 1].label != Label::Date {
            continue;
        }
        let month_too = || matches!(labelled[i + 1].label, Label::Pages | Label::Date);
        match labelled[i].label {
            Label::Volume => {}
            Label::Pages if month_too() => {}
            _ => continue,
        }
        if is_day(&text[labelled[i].range.clone()])
            && names_month(&text[labelled[i + 1].range.clone()])
        {
            labelled[i].label = Label::Date;
            labelled[i + 1].label = Label::Date;
        }
    }
}

/// "Telegram, August 10, 2020, 21:14, https://…": a post's time after its
/// day, which looks like a volume and its page. A time of day right after
/// a date with its month's name is the date's ("2005; 3:12", a year alone,
/// is Vancouver's volume and page).
pub(super) fn time_read_as_volume(text: &str, labelled: &mut [Labelled]) {
    if !text.contains(':') {
        return;
    }
    for i in 1..labelled.len() {
        if labelled[i - 1].label != Label::Date
            || !matches!(labelled[i].label, Label::Volume | Label::Pages)
        {
            continue;
        }
        let dated_by_month = labelled[i.saturating_sub(3)..i]
            .iter()
            .any(|t| t.label == Label::Date && names_month(&text[t.range.clone()]));
        if !dated_by_month {
            continue;
        }
        let token = text[labelled[i].range.clone()].trim_end_matches([',', '.']);
        let Some((hours, minutes)) = token.split_once(':') else {
            continue;
        };
        let digits = |s: &str, max: u8| {
            (1..=2).contains(&s.len())
                && s.bytes().all(|b| b.is_ascii_digit())
                && s.parse::<u8>().is_ok_and(|n| n <= max)
        };
        if digits(hours, 23) && minutes.len() == 2 && digits(minutes, 59) {
            labelled[i].label = Label::Date;
        }
    }
}

/// "(New Haven: Yale University Press, 2003), 1999.": Chicago's page
/// cited after the imprint's bracket, a number that looks like a year,
/// read as a second date. The last token of a note, a bare number after a
/// year closing the bracket, is the page.
pub(super) fn page_after_imprint_read_as_year(text: &str, labelled: &mut [Labelled]) {
    let [.., before, last] = labelled else {
        return;
    };
    if before.label != Label::Date || last.label != Label::Date {
        return;
    }
    let year_closes = text[before.range.clone()]
        .strip_suffix("),")
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let number = text[last.range.clone()].trim_end_matches('.');
    if year_closes && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
        last.label = Label::Pages;
    }
}

/// "…, Einaudi, 1975, vol. III, p. 2010.": a page that looks like a year,
/// read as a second date after its page's mark. A number right after a
/// mark labelled as pages, in a note already dated before it, is the page.
pub(super) fn page_read_as_year(text: &str, labelled: &mut [Labelled]) {
    let mut dated = false;
    for i in 1..labelled.len() {
        let (mark, number) = (&labelled[i - 1], &labelled[i]);
        if number.label == Label::Date
            && mark.label == Label::Pages
            && dated
            && matches!(
                &text[mark.range.clone()],
                "p." | "pp." | "S." | "С." | "с." | "P."
            )
            && text[number.range.clone()]
                .trim_end_matches(['.', ',', ';'])
                .bytes()
                .all(|b| b.is_ascii_digit())
        {
            labelled[i].label = Label::Pages;
        }
        dated |= labelled[i - 1].label == Label::Date;
    }
}

/// A day of a month: one or two digits, 1 to 31.
fn is_day(token: &str) -> bool {
    token.len() <= 2
        && token.bytes().all(|b| b.is_ascii_digit())
        && token.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Whether a token names a month ("octubre", "marzo).", "set./dez.":
/// ABNT's "set", "out" and "ago" with their period).
fn names_month(token: &str) -> bool {
    let word = token.trim_start_matches(['(', '[']);
    let word = word.split('/').next().unwrap_or(word);
    let letters = word.trim_end_matches(|c: char| !c.is_alphabetic());
    if letters.is_empty() || !letters.chars().all(char::is_alphabetic) {
        return false;
    }
    dates::month_number(letters).is_some()
        || (word[letters.len()..].starts_with('.') && dates::is_period_month(letters))
}

/// Whether `before` ends with a word that numbers a volume or issue
/// ("Vol. 21 March, 2017": the day is the volume).
fn after_volume_word(before: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or_default();
    matches!(
        word.to_lowercase().as_str(),
        "vol." | "vol" | "v." | "no." | "nr." | "n." | "№" | "т." | "bd." | "jg." | "h." | "issue"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::label::tokens::tokenize;

    /// Labels the tokens of `text` by the word each begins with.
    fn relabelled(text: &str, label_of: impl Fn(&str) -> Label) -> Vec<(String, Label)> {
        let mut labelled: Vec<Labelled> = tokenize(text)
            .into_iter()
            .map(|range| Labelled {
                label: label_of(&text[range.clone()]),
                range,
            })
            .collect();
        dates_cut_by_the_model(text, &mut labelled);
        labelled
            .iter()
            .map(|l| (text[l.range.clone()].to_string(), l.label))
            .collect()
    }

    fn label_of(out: &[(String, Label)], word: &str) -> Label {
        out.iter()
            .find(|(w, _)| w.starts_with(word))
            .map(|(_, l)| *l)
            .expect("token")
    }

    #[test]
    fn a_date_cut_between_fields_is_one_date() {
        let text = "«Sube el precio del pan», La Nación, 7 de abril de 2022.";
        let out = relabelled(text, |w| match w {
            "2022." => Label::Date,
            w if w.starts_with('«') || w == "el" || w == "precio" || w == "del" => Label::Title,
            "pan»," => Label::Title,
            _ => Label::Container,
        });
        assert_eq!(label_of(&out, "abril"), Label::Date);
        assert_eq!(label_of(&out, "7"), Label::Date);
        assert_eq!(label_of(&out, "Nación"), Label::Container);

        let text = "Secretaría de Cultura. (2021, 9 de agosto). Programa de lectura.";
        let out = relabelled(text, |w| match w {
            "(2021," | "9" => Label::Date,
            "Secretaría" | "de" | "Cultura." => Label::Author,
            _ => Label::Title,
        });
        assert_eq!(label_of(&out, "agosto"), Label::Date);
        assert_eq!(label_of(&out, "Programa"), Label::Title);
    }

    #[test]
    fn a_date_that_is_no_date_of_the_work_stays() {
        // A later date after the work's own, a volume's number, a date
        // inside a token.
        for (text, kept) in [
            ("Informe. Lima: IEP; 2019 3 de mayo de 2020.", "3"),
            ("Revista, Vol. 12 March, 2019, 5-9.", "12"),
            ("Revista 4(2) 101-1999, May 1999.", "101-1999,"),
        ] {
            let out = relabelled(text, |w| match w {
                "2019" | "2020." | "March," | "2019," | "May" | "1999." => Label::Date,
                "12" | "4(2)" => Label::Volume,
                w if w.starts_with(|c: char| c.is_ascii_digit()) => Label::Pages,
                _ => Label::Note,
            });
            assert_ne!(label_of(&out, kept), Label::Date, "{text}");
        }
    }

    #[test]
    fn a_day_before_its_month_is_no_page() {
        let labelled_day = |text: &str, day: &str| {
            let mut labelled: Vec<Labelled> = tokenize(text)
                .into_iter()
                .map(|range| {
                    let w = &text[range.clone()];
                    let label = match w {
                        "2019." | "мая." | "März" => Label::Date,
                        w if w.starts_with(|c: char| c.is_ascii_digit())
                            || w == "С."
                            || w == "S." =>
                        {
                            Label::Pages
                        }
                        _ => Label::Container,
                    };
                    Labelled { label, range }
                })
                .collect();
            day_read_as_pages(text, &mut labelled);
            labelled
                .iter()
                .find(|l| &text[l.range.clone()] == day)
                .map(|l| l.label)
        };
        assert_eq!(
            labelled_day("// Известия. 2019. 15 мая. С. 2.", "15"),
            Some(Label::Date)
        );
        // After a page's mark the number is the page.
        assert_eq!(
            labelled_day("Zeitung, S. 12 März", "12"),
            Some(Label::Pages)
        );
    }

    #[test]
    fn a_date_inside_a_title_stays_the_title() {
        let text = "Informe final: elecciones del 6 de junio de 2021, Lima, 2022.";
        let out = relabelled(text, |w| match w {
            "2021," | "2022." => Label::Date,
            "Lima," => Label::Location,
            _ => Label::Title,
        });
        assert_eq!(label_of(&out, "junio"), Label::Title);
        assert_eq!(label_of(&out, "2021"), Label::Date);
    }
}
