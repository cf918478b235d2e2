//! The machine-readable parts of a note: URLs (kept exactly as cited,
//! text fragments included, a sentence's final period excluded), DOIs, ISBNs,
//! access dates and "electronic resource" labels. Each is cut out of the
//! working text so the rest of the parser sees only the bibliographic prose.

use std::sync::LazyLock;

use regex::Regex;

use super::dates::{find_dates, parse_date};
use crate::entry::Date;

/// What was cut out of a note.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Identifiers {
    pub url: Option<String>,
    pub doi: Option<String>,
    pub isbn: Option<String>,
    pub urldate: Option<Date>,
    /// "[Электронный ресурс]", "URL:", "Available at": the work is online.
    pub online_label: bool,
    /// "archived 3 November 2020": when an archived copy was made, never
    /// the work's date.
    pub archivedate: Option<Date>,
    /// An arXiv identifier ("arXiv:2201.01234").
    pub eprint: Option<String>,
    /// A web archive's copy of the cited page (Wayback Machine,
    /// archive.today, Perma.cc, …).
    pub archiveurl: Option<String>,
}

static ANGLE_URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<((?:https?|ftp)://[^>\s]+)>").expect("url pattern"));
pub(super) static BARE_URL: LazyLock<Regex> = LazyLock::new(|| {
    // Full-width punctuation ("，访问日期", "。") ends an address: a Chinese
    // note sets it right after one, and no address holds it unencoded.
    Regex::new(r"(?i)(?-u:\b)(?:(?:https?|ftp)://|www\.)[^\s<>\u{3000}-\u{303F}\u{FF01}-\u{FF65}]+")
        .expect("url pattern")
});
/// A URL printed without its scheme, as MLA does: a host with a common
/// top-level domain and a path.
static SCHEMELESS_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s(,])((?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|int|info|io|by|ru|ua|uk|de|fr|cn|eu|pl|lt|lv|ee|kz|us|ca|au|jp)/[^\s<>]*)")
        .expect("url pattern")
});
static DOI_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$").expect("doi url pattern")
});
static DOI_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)doi(?-u:\b)\s*:?\s*)?(?-u:\b)(10\.\d{4,9}/[^\s,;]+)")
        .expect("doi pattern")
});
static ISBN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)ISBN(?:-1[03])?\s*:?\s*([0-9][0-9\- ]{8,16}[0-9Xx])")
        .expect("isbn pattern")
});
static URL_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?-u:\b)URL\s*:|(?-u:\b)available (?:at|from|online)\s*:?|режим доступа\s*:?|режим доступу\s*:?|рэжым доступу\s*:?|\[archived\]|(?-u:\b)online\s*:|dispon[íi]vel em\s*:?|disponible (?:en|sur)\s*:?|recuperado de|verfügbar unter\s*:?|\[(?:on-?line|электронный ресурс|электронны рэсурс|електронний ресурс|electronic resource)\])",
    )
    .expect("url label pattern")
});
static ARCHIVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[(\[（]?\s*(?:archived(?:\s+\(pdf\))?(?:\s+from\s+the\s+original)?(?:\s+on)?|archive copy|archived copy|архивировано(?:\s+из\s+первоисточника)?|архивная копия|архівавана(?:\s+з\s+першакрыніцы)?|заархівовано|архів оригіналу за|archiviert vom original(?:\s+am)?|(?:原始内容|原始內容)?(?:存档|存檔)(?:于|於))\s*[:\-–]?\s*",
    )
    .expect("archive date pattern")
});
static ARXIV: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // The subject class after a new-style identifier ("[cs.SI]") goes
        // with it: it is no part of a title or date.
        r"(?i)(?-u:\b)arXiv\s*:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)(?:\s*\[[a-z\-]+(?:\.[a-z\-]+)?\])?",
    )
    .expect("arxiv pattern")
});
static ACCESSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[(\[]?\s*(?:last\s+)?(?:accessed|retrieved|viewed|consulted|cited|acess(?:o|ado) em|consultad[oa](?:\s+(?:el|em|en))?|fecha de consulta|citado|consulté(?:\s+le)?|abgerufen(?:\s+am)?|zugegriffen(?:\s+am)?|data dostępu|dostęp(?:\s+z\s+dnia)?|cit\.|žiūrėta|процитовано|праверана|проверено|letöltés(?:\s+ideje)?|дата обращения|дата доступа|дата доступу|дата звароту|дата звернення|обращение|(?:最后)?(?:访问|訪問|检索|檢索|引用|查阅|查閱|浏览|瀏覽|上网|登录)(?:日期|时间|時間))(?:$|[^\p{L}])\s*(?:on\s+)?[:\-–]?\s*",
    )
    .expect("access date pattern")
});

/// "[updated 2019 Sep 13]", "[updated 2024 Apr 5; cited …]".
static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[[Uu]pdated\s+[^\];\[]{4,30}(?:;\s*|\])").expect("update date pattern")
});

/// Cuts identifiers out of `text`; returns the remaining text.
pub fn extract(text: &str) -> (String, Identifiers) {
    let mut ids = Identifiers::default();
    let mut rest = text.to_string();
    let mut urls: Vec<String> = Vec::new();

    // Angle-bracketed URLs are exact; bare ones lose trailing punctuation.
    rest = ANGLE_URL
        .replace_all(&rest, |c: &regex::Captures| {
            urls.push(c[1].to_string());
            " "
        })
        .into_owned();
    if let Some(joined) = super::line_breaks::rejoin_broken_urls(&rest) {
        rest = joined;
    }
    let mut bare: Vec<(usize, usize, String)> = Vec::new();
    for m in BARE_URL.find_iter(&rest) {
        let url = trim_url(m.as_str());
        bare.push((m.start(), m.start() + url.len(), url.to_string()));
    }
    for (start, end, url) in bare.into_iter().rev() {
        rest.replace_range(start..end, " ");
        let url = if url.to_ascii_lowercase().starts_with("www.") {
            format!("https://{url}")
        } else {
            url
        };
        urls.insert(0, url);
    }
    if urls.is_empty() {
        let found = SCHEMELESS_URL
            .captures(&rest)
            .and_then(|c| c.get(1))
            .map(|m| {
                let url = trim_url(m.as_str());
                (m.start()..m.start() + url.len(), format!("https://{url}"))
            });
        if let Some((range, url)) = found {
            rest.replace_range(range, " ");
            urls.push(url);
        }
    }

    let mut archived_original = None;
    for url in urls {
        if let Some(c) = DOI_URL.captures(&url) {
            ids.doi.get_or_insert_with(|| trim_url(&c[1]).to_string());
        } else if crate::archives::is_archive(&url) {
            if ids.archiveurl.is_none() {
                if let Some(((y, m, d), original)) = crate::archives::wayback_parts(&url) {
                    archived_original = Some(original);
                    ids.archivedate = Some(Date {
                        year: y,
                        month: Some(m),
                        day: Some(d),
                    });
                }
                ids.archiveurl = Some(url);
            }
        } else if ids.url.is_none() {
            ids.url = Some(url);
        }
    }
    // Only an archived copy was cited: the original is the work's address.
    if ids.url.is_none() {
        ids.url = archived_original;
    }

    if let Some(c) = DOI_TEXT.captures(&rest)
        && let (Some(whole), Some(doi)) = (c.get(0), c.get(1))
    {
        let trimmed = trim_url(doi.as_str()).to_string();
        let range = whole.start()..doi.start() + trimmed.len();
        ids.doi.get_or_insert(trimmed);
        rest.replace_range(range, " ");
    }

    if let Some(c) = ISBN.captures(&rest)
        && let (Some(whole), Some(isbn)) = (c.get(0), c.get(1))
    {
        ids.isbn = Some(isbn.as_str().trim().to_string());
        rest.replace_range(whole.range(), " ");
    }

    // "2016 [updated 2019 Sep 13]": Vancouver's date of an update is
    // neither the work's date nor an access date.
    if rest.contains("[updated ") || rest.contains("[Updated ") {
        rest = UPDATED
            .replace_all(
                &rest,
                |c: &regex::Captures| {
                    if c[0].ends_with(']') { " " } else { "[" }
                },
            )
            .into_owned();
    }
    if let Some((range, date)) = access_date(&rest) {
        ids.urldate = Some(date);
        rest.replace_range(range, " ");
    }
    if let Some((range, date)) = labelled_date(&ARCHIVED, &rest) {
        // The note's own words win over an archive address's timestamp.
        ids.archivedate = Some(date);
        rest.replace_range(range, " ");
    }
    if let Some(c) = ARXIV.captures(&rest)
        && let (Some(whole), Some(id)) = (c.get(0), c.get(1))
    {
        ids.eprint = Some(id.as_str().to_string());
        rest.replace_range(whole.range(), " ");
    }

    if URL_LABEL.is_match(&rest) {
        ids.online_label = true;
        // "Online:" is a label after a stop or at the start, not in a
        // title ("Protecting Kids Online: Hearing …").
        let in_title = |m: &regex::Match| {
            m.as_str().starts_with(['O', 'o'])
                && rest[..m.start()]
                    .trim_end()
                    .ends_with(|c: char| c.is_alphanumeric())
        };
        rest = URL_LABEL
            .replace_all(&rest, |c: &regex::Captures| match c.get(0) {
                Some(m) if in_title(&m) => m.as_str().to_string(),
                _ => " ".to_string(),
            })
            .into_owned();
    }
    (rest, ids)
}

/// A URL's end without the punctuation that closes the sentence around it; a
/// closing parenthesis stays when the URL opened one.
pub(super) fn trim_url(url: &str) -> &str {
    let mut end = url.len();
    loop {
        let s = &url[..end];
        let Some(last) = s.chars().next_back() else {
            break;
        };
        let unbalanced_paren = last == ')' && s.matches('(').count() < s.matches(')').count();
        let unbalanced_bracket = last == ']' && s.matches('[').count() < s.matches(']').count();
        if matches!(
            last,
            '.' | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '»'
                | '”'
                | '"'
                | '\''
                | '’'
                | '*'
                | '_'
                | '。'
                | '，'
                | '；'
                | '、'
                | '）'
                | '》'
        ) || unbalanced_paren
            || unbalanced_bracket
        {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    &url[..end]
}

/// An access date: the label, the date after it and the brackets around.
fn access_date(text: &str) -> Option<(std::ops::Range<usize>, Date)> {
    labelled_date(&ACCESSED, text)
}

/// A date after a label ("accessed", "archived"), with the range of label
/// and date together.
fn labelled_date(label: &Regex, text: &str) -> Option<(std::ops::Range<usize>, Date)> {
    // The first label with a date right after it ("[Archived] <url>,
    // archived 10 October 2022": the second).
    label
        .find_iter(text)
        .find_map(|m| date_after_label(m, text))
}

/// "[cited 2023 Mar 4]": Vancouver's year, month and day.
static YEAR_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d\d)\s+(\p{L}{3,9})\.?\s+(\d{1,2})(?:$|\D)")
        .expect("year month day pattern")
});

/// What closes a labelled date with it: a bracket, a comma, a stop, in
/// Latin or full-width forms.
const CLOSING: [char; 9] = [' ', ')', ']', ',', '.', '）', '，', '。', '］'];

/// Words after a labelled date that belong to it: the Russian and
/// Ukrainian word for "year", an archive's name.
const DATE_ENDS: [&str; 5] = ["года", "г.", "року", "р.", "at the Wayback Machine"];

/// The date right after one label's match, with the range of both.
fn date_after_label(m: regex::Match, text: &str) -> Option<(std::ops::Range<usize>, Date)> {
    let after = &text[m.end()..];
    if let Some(c) = YEAR_MONTH_DAY.captures(after)
        && let Some(month) = super::dates::month_number(&c[2])
    {
        let date = Date::new(c[1].parse().ok()?, Some(month), c[3].parse().ok())?;
        let mut end = m.end() + c.get(3).map_or(0, |d| d.end());
        let tail = &text[end..];
        end += tail.len() - tail.trim_start_matches(CLOSING).len();
        return Some((m.start()..end, date));
    }
    let window_end = after.char_indices().nth(40).map_or(after.len(), |(i, _)| i);
    let date = find_dates(&after[..window_end])
        .into_iter()
        .find(|d| after[..d.start].trim().is_empty())?;
    let mut end = m.end() + date.end;
    // The closing bracket and an APA "from" go with the label.
    let tail = &text[end..];
    let trimmed = tail.trim_start_matches(CLOSING);
    let consumed = tail.len() - trimmed.len();
    end += consumed;
    // "Архивировано 13 августа 2020 года.", "Archived 14 January 2023 at
    // the Wayback Machine.": the words that end such a date go with it.
    if let Some(word) = DATE_ENDS.iter().find(|w| text[end..].starts_with(**w)) {
        end += word.len();
        let tail = &text[end..];
        end += tail.len() - tail.trim_start_matches(CLOSING).len();
    }
    if let Some(from) = text[end..].strip_prefix("from ") {
        end = text.len() - from.len();
    }
    let date = parse_date(&after[date.start..date.end]).unwrap_or(date.date);
    Some((m.start()..end, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn angle_and_bare_urls_keep_fragments() {
        let (rest, ids) = extract("Title. <https://k.ru/doc/1#:~:text=%D0%9F,2%25> more");
        assert_eq!(
            ids.url.as_deref(),
            Some("https://k.ru/doc/1#:~:text=%D0%9F,2%25")
        );
        assert!(!rest.contains("http"));
        let (_, ids) = extract("N.d. https://mfa.gov.by/foreign_policy/priorities/.");
        assert_eq!(
            ids.url.as_deref(),
            Some("https://mfa.gov.by/foreign_policy/priorities/")
        );
        let (_, ids) = extract("See (https://en.wikipedia.org/wiki/Minsk_(city)).");
        assert_eq!(
            ids.url.as_deref(),
            Some("https://en.wikipedia.org/wiki/Minsk_(city)")
        );
    }

    #[test]
    fn dois_from_urls_and_text() {
        let (_, ids) = extract("J. 2020. https://doi.org/10.1000/xyz.123.");
        assert_eq!(ids.doi.as_deref(), Some("10.1000/xyz.123"));
        assert_eq!(ids.url, None);
        let (rest, ids) = extract("Journal 5 (2019): 1-9. doi:10.1080/09668136.2019.1.");
        assert_eq!(ids.doi.as_deref(), Some("10.1080/09668136.2019.1"));
        assert!(!rest.contains("10.1080"), "{rest}");
    }

    #[test]
    fn archive_dates_and_arxiv_identifiers_are_cut_out() {
        let (rest, ids) = extract("Title, Meduza, archived 3 November 2020, https://x.org/a.");
        assert_eq!(
            ids.archivedate.map(|d| d.to_string()).as_deref(),
            Some("2020-11-03")
        );
        assert!(!rest.contains("2020"), "{rest}");
        let (rest, ids) = extract("Doe, J. Deep nets. arXiv:2201.01234v2 (2022).");
        assert_eq!(ids.eprint.as_deref(), Some("2201.01234v2"));
        assert!(!rest.contains("2201"), "{rest}");
    }

    #[test]
    fn access_dates() {
        let (rest, ids) = extract("Title. https://x.org/a (accessed March 5, 2023).");
        assert_eq!(
            ids.urldate.map(|d| d.to_string()).as_deref(),
            Some("2023-03-05")
        );
        assert!(!rest.contains("accessed"), "{rest}");
        let (_, ids) = extract("URL: http://x.by (дата обращения: 12.03.2023).");
        assert_eq!(
            ids.urldate.map(|d| d.to_string()).as_deref(),
            Some("2023-03-12")
        );
        assert!(ids.online_label);
        let (rest, ids) = extract(
            "《白俄罗斯国家概况》，https://www.mfa.gov.cn/web/1206x0/，访问日期：2023年5月1日。",
        );
        assert_eq!(
            ids.url.as_deref(),
            Some("https://www.mfa.gov.cn/web/1206x0/")
        );
        assert_eq!(
            ids.urldate.map(|d| d.to_string()).as_deref(),
            Some("2023-05-01")
        );
        assert!(!rest.contains("访问"), "{rest}");
        let (_, ids) = extract("Retrieved June 1, 2021, from https://a.org");
        assert_eq!(
            ids.urldate.map(|d| d.to_string()).as_deref(),
            Some("2021-06-01")
        );
        // Vancouver's order, and the label that comes with a date.
        let (rest, ids) =
            extract("Title [Internet]. 2021 [cited 2023 Mar 4]. Available from: https://a.org");
        assert_eq!(
            ids.urldate.map(|d| d.to_string()).as_deref(),
            Some("2023-03-04")
        );
        assert!(!rest.contains("cited"), "{rest}");
        let (rest, ids) = extract(
            "Title, [Archived] https://web.archive.org/web/20221010101010/https://a.org/p, archived 9 October 2022.",
        );
        assert_eq!(
            ids.archivedate.map(|d| d.to_string()).as_deref(),
            Some("2022-10-09")
        );
        assert!(!rest.to_lowercase().contains("archived"), "{rest}");
        // Portuguese, Spanish, French and German labels.
        for (note, date) in [
            (
                "Título. Disponível em: https://a.br/x. Acesso em: 9 jul. 2023.",
                "2023-07-09",
            ),
            (
                "Título. Recuperado de https://a.co/x (consultado el 3 de mayo de 2021).",
                "2021-05-03",
            ),
            (
                "Titre, https://a.fr/x, consulté le 12 mars 2022.",
                "2022-03-12",
            ),
            (
                "Titel, https://a.de/x, abgerufen am 4. Mai 2020.",
                "2020-05-04",
            ),
        ] {
            let (rest, ids) = extract(note);
            assert_eq!(
                ids.urldate.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{note}"
            );
            assert!(ids.online_label || !rest.contains("Recuperado"), "{rest}");
            assert!(!rest.contains("em:") && !rest.contains("el 3"), "{rest}");
        }
        let (rest, ids) =
            extract("Мельник О. Назва / Олег Мельник. – Режим доступу: http://a.ua/h.");
        assert!(ids.online_label && !rest.contains("Режим"), "{rest}");
    }
}
