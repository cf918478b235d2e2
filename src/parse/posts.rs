//! Posts on social media and video sites read by their own shape: the
//! channel or account that posted (`Telegram-канал «Пул Первого»`, `NEXTA
//! Live, Telegram`, `Sviatlana Tsikhanouskaya (@Tsihanouskaya)`), the
//! platform (`Telegram`, `X`, `YouTube`: the `organization` of an `online`
//! entry), the post's or video's own words when the note quotes them, and
//! its date. The labeller reads such notes as a person and a title; the
//! words that only describe the source (`Telegram post`, `post on X`,
//! `сообщение от`, `допис у Telegram`, `видео`) are neither.

use std::sync::LazyLock;

use regex::Regex;

use super::Work;
use crate::entry::Name;

/// Platforms by the names notes give them (any case; `X` and `VK` apart,
/// as they are only platforms in capitals and as words of their own).
const PLATFORM_WORDS: &str = "telegram|телеграм|youtube|facebook|instagram|twitter|вконтакте";

/// A platform named in the note, and the name it is recorded under.
static PLATFORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[^\p{{L}}])(?P<name>(?i:{PLATFORM_WORDS})|X|VK)(?:$|[^\p{{L}}])"
    ))
    .expect("platform pattern")
});

/// Words that describe the source rather than name it or its author: a
/// platform (also opening a word: `Telegram-канал`) or a kind of post.
static DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        concat!(
            r"(?i)(?:^|[^\p{{L}}])(?:{words})",
            r"|(?:^|[^\p{{L}}])(?:post(?:ed)?|пост|допис|сообщение|запись|видео|відэа|відео|video|канал|channel|группа|tweet)(?:$|[^\p{{L}}])",
            r"|(?:^|[^\p{{L}}])(?-i:X|VK)(?:$|[^\p{{L}}])"
        ),
        words = PLATFORM_WORDS
    ))
    .expect("description pattern")
});

/// A channel word before the channel's name in quotes: `Telegram-канал
/// «Пул Первого»`, `Telegram channel "Rybar"`, `Канал «Белта» в Telegram`,
/// `группа «Минск Новости»`.
static CHANNEL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:канал[а-яі]{0,2}|channel|групп[аеы]|group|паблик[а-я]{0,2})\s*$")
        .expect("channel word pattern")
});

/// A channel word, then the channel's name unquoted, up to the first comma:
/// `Официальный Telegram-канал МВД Беларуси, 1 октября …`.
static UNQUOTED_CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^,]*?(?:канал|channel)\s+(?P<name>\p{Lu}[^,«»\x22“”]*)")
        .expect("unquoted channel pattern")
});

/// An account's handle after its name: ` (@MFA_Belarus)`.
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\(@[\w.]+\)").expect("handle pattern"));

/// A kind of post, then who posted it: `VK post by the Ministry of …`,
/// `Video posted by NEXTA`, `Tweet by @MFA_Belarus`, up to the first comma.
static POSTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:(?:{PLATFORM_WORDS}|X|VK)\s+)?(?:post|video|tweet|message|story|reel)\s+(?:posted\s+)?(?:by|from)\s+(?:the\s+)?(?P<who>(?-i:\p{{Lu}}|@)[^,]+)"
    ))
    .expect("posted by pattern")
});

/// Reads a post's note (`text`, as written) into `work`, already typed as
/// an `online` post or video.
pub(super) fn refine(text: &str, work: &mut Work) {
    let quotes = super::text::all_quoted(text);
    if let Some(platform) = platform(text, &quotes, work.url.as_deref()) {
        work.container = Some(platform);
    }
    let channel = quotes
        .iter()
        .position(|q| CHANNEL_WORD.is_match(&text[..q.start]));
    let quoted_words = quotes
        .iter()
        .enumerate()
        .find(|(i, _)| Some(*i) != channel)
        .map(|(_, q)| text[q.inner_start..q.inner_end].trim().to_string());
    let head = head(text).map(|h| HANDLE.replace(h, "").trim().to_string());
    if let Some(head) = &head {
        let mentions_head = work.authors.iter().any(|n| match n {
            Name::Person { family, .. } => head.contains(family.as_str()),
            _ => false,
        });
        let person = is_person(head) || named_in_handle(text, head);
        if !person || !mentions_head {
            work.authors = if person {
                super::names::parse_author_segment(head).0
            } else {
                vec![Name::Organization(head.clone())]
            };
        }
    } else if let Some(i) = channel {
        let q = &quotes[i];
        work.authors = vec![Name::Organization(
            text[q.inner_start..q.inner_end].trim().to_string(),
        )];
    } else if let Some(c) = UNQUOTED_CHANNEL.captures(text) {
        work.authors = vec![Name::Organization(c["name"].trim().to_string())];
    } else if let Some(c) = POSTED_BY.captures(text) {
        let who = c["who"].trim();
        work.authors = if is_person(who) {
            super::names::parse_author_segment(who).0
        } else {
            vec![Name::Organization(who.to_string())]
        };
    }
    // The names a title must not repeat: the account's and the channel's.
    let mut named = match work.authors.first() {
        Some(Name::Organization(o)) => o.clone(),
        _ => head.clone().unwrap_or_default(),
    };
    if let Some(q) = channel.map(|i| &quotes[i]) {
        named.push('\n');
        named.push_str(&text[q.inner_start..q.inner_end]);
    }
    work.title = quoted_words
        .or_else(|| head.as_deref().and_then(|h| gost_title(text, h)))
        .or_else(|| own_words(work.title.take(), &named));
    if let Some(title) = &mut work.title {
        *title = title.trim_end_matches([',', '.', ' ']).to_string();
    }
    // "Лукашенко о переговорах [пост]": a kind in brackets after the title
    // describes the post; it translates nothing.
    if work
        .title_translated
        .as_deref()
        .is_some_and(|t| t.split_whitespace().count() <= 2 && DESCRIPTION.is_match(t))
    {
        work.title_translated = None;
    }
    if work.date.is_none() {
        work.date = super::dates::find_dates(text).first().map(|d| d.date);
    }
}

/// The platform the note names, else the one its link is on, else one a
/// quotation names ("“… 1,000 Telegram channels …,” X, …": the words of a
/// post name the platform it is about, not the one it is on).
fn platform(text: &str, quotes: &[super::text::Quoted], url: Option<&str>) -> Option<String> {
    let mut quoted = None;
    let named = PLATFORM.captures_iter(text).find_map(|c| {
        let name = c.name("name")?;
        // "X" is the platform only as a word of its own, not in a URL.
        if text[..name.start()].ends_with('/') {
            return None;
        }
        if quotes
            .iter()
            .any(|q| (q.inner_start..q.inner_end).contains(&name.start()))
        {
            quoted.get_or_insert_with(|| canonical(name.as_str()));
            return None;
        }
        Some(canonical(name.as_str()))
    });
    named.or_else(|| linked_platform(url)).or(quoted)
}

/// The platform a link is on.
fn linked_platform(url: Option<&str>) -> Option<String> {
    let url = url?.to_ascii_lowercase();
    let host = url.split("//").nth(1).unwrap_or(&url);
    [
        ("t.me/", "Telegram"),
        ("x.com/", "X"),
        ("twitter.com/", "Twitter"),
        ("youtube.com/", "YouTube"),
        ("youtu.be/", "YouTube"),
        ("facebook.com/", "Facebook"),
        ("vk.com/", "VK"),
        ("instagram.com/", "Instagram"),
    ]
    .iter()
    .find(|(site, _)| host.trim_start_matches("www.").starts_with(site))
    .map(|(_, name)| (*name).to_string())
}

fn canonical(name: &str) -> String {
    match name.to_lowercase().as_str() {
        "telegram" | "телеграм" => "Telegram",
        "youtube" => "YouTube",
        "facebook" => "Facebook",
        "instagram" => "Instagram",
        "twitter" => "Twitter",
        "вконтакте" => "ВКонтакте",
        "vk" => "VK",
        _ => "X",
    }
    .to_string()
}

/// "(UK)", "(US)", "(РФ)": a country's letters in brackets after a body's
/// name.
fn country_qualifier(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('(').and_then(|t| t.split_once(')')) else {
        return false;
    };
    (2..=4).contains(&inner.0.chars().count()) && inner.0.chars().all(char::is_uppercase)
}

/// The note's first part, the channel or account: up to the first comma,
/// stop (not an initial's), bracket or `//`; `None` when it is a
/// description (`Telegram channel "Rybar"`, `ВКонтакте, группа …`).
fn head(text: &str) -> Option<&str> {
    // "«Мінск. …», Telegram-канал «…»": a note that opens with a quotation
    // opens with the post's words, not its account.
    if text.starts_with(['«', '"', '“', '„']) {
        return None;
    }
    // "[@nexta_tv], Telegram, …": the account's handle alone, in brackets.
    if let Some(rest) = text.strip_prefix("[@")
        && let Some(close) = rest.find(']')
        && close > 0
    {
        return Some(&text[1..close + 2]);
    }
    let mut end = text.len();
    for (i, c) in text.char_indices() {
        let next = text[i + c.len_utf8()..].chars().next();
        let stop = match c {
            ',' | '[' => true,
            // "(@DefenceHQ)" and a country's "(UK)" belong to the name.
            '(' => !text[i..].starts_with("(@") && !country_qualifier(&text[i..]),
            // "Zerkalo.io": a stop inside a word does not end the name.
            '.' => next.is_none_or(char::is_whitespace),
            '/' => next == Some('/'),
            _ => false,
        };
        // "Лукашенко А. Г. Обращение …": a stop between initials does
        // not end the name.
        if stop
            && c == '.'
            && looks_like_initials_name(&text[..=i])
            && next_is_initial(&text[i + 1..])
        {
            continue;
        }
        if stop {
            // "Тихановская С. Пост …": the initial's stop ends the name.
            end = if c == '.' && looks_like_initials_name(&text[..=i]) {
                i + 1
            } else {
                i
            };
            break;
        }
    }
    let head = text[..end].trim();
    (!head.is_empty() && !DESCRIPTION.is_match(head)).then_some(head)
}

/// "Тихановская С.": a family name and initials, where the last stop ends
/// the name rather than cutting it.
fn looks_like_initials_name(text: &str) -> bool {
    static NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.){1,2}$")
            .expect("initials pattern")
    });
    NAME.is_match(text.trim())
}

/// Whether `rest` begins with another initial: ` Г. Обращение`.
fn next_is_initial(rest: &str) -> bool {
    let mut chars = rest.trim_start().chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.')
}

/// Whether a channel's or account's name is a person's: a known given name
/// first, or a family name with initials.
fn is_person(head: &str) -> bool {
    let first = head.split_whitespace().next().unwrap_or("");
    let words = head.split_whitespace().count();
    (2..=3).contains(&words) && super::names::is_given_name(first) || looks_like_initials_name(head)
}

/// "Kaja Kallas (@kajakallas)": two or three capitalised words whose last
/// is in the account's handle name a person, whatever the given name
/// ("Amnesty International (@amnesty)" is a body: its last word is not in
/// the handle, and its words are a body's).
fn named_in_handle(text: &str, head: &str) -> bool {
    let Some(handle) = HANDLE.find(text) else {
        return false;
    };
    let handle = handle.as_str().to_lowercase();
    let words: Vec<&str> = head.split_whitespace().collect();
    let capitalised = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase() || c == '-')
    };
    (2..=3).contains(&words.len())
        && words.iter().all(capitalised)
        && words.last().is_some_and(|family| {
            family.chars().count() >= 3 && handle.contains(&family.to_lowercase())
        })
        && !super::names::is_organization(head)
}

/// GOST's title of a video or post: between the author and `//`, without
/// its kind (`Лукашенко о выборах : видео // YouTube`).
fn gost_title(text: &str, head: &str) -> Option<String> {
    let (left, _) = text.split_once(" // ")?;
    let title = left.strip_prefix(head)?.trim_start_matches(['.', ' ']);
    let mut title = title.split(" : ").next()?.trim();
    // "Лукашенко о переговорах [пост]": the kind in brackets describes the
    // post.
    if let Some(open) = title.strip_suffix(']').and_then(|t| t.rfind('['))
        && DESCRIPTION.is_match(&title[open..])
    {
        title = title[..open].trim_end();
    }
    (!title.is_empty()).then(|| title.to_string())
}

/// The labeller's title unless it only describes the source or repeats the
/// name of the channel or account (`named`).
fn own_words(title: Option<String>, named: &str) -> Option<String> {
    title.filter(|t| !DESCRIPTION.is_match(t) && !named.contains(t.trim_end_matches(['.', ','])))
}

#[cfg(test)]
mod tests {
    use crate::entry::{Date, Name};
    use crate::parse::{Work, parse_note};

    fn read(note: &str) -> (Vec<Name>, Option<String>, Option<String>, Option<Date>) {
        let Work {
            authors,
            title,
            container,
            date,
            ..
        } = parse_note(note).work;
        (authors, title, container, date)
    }

    fn org(name: &str) -> Vec<Name> {
        vec![Name::Organization(name.into())]
    }

    #[test]
    fn a_channel_named_after_its_channel_word_posted_it() {
        let (authors, title, container, date) =
            read("Telegram-канал «Зеркало», 3 мая 2023 г., https://t.me/zerkalo_x/100");
        assert_eq!(authors, org("Зеркало"));
        assert_eq!(title, None);
        assert_eq!(container.as_deref(), Some("Telegram"));
        assert_eq!(date, Date::new(2023, Some(5), Some(3)));
        // Unquoted after the channel word; the description is no title.
        let (authors, title, ..) = read(
            "Официальный Telegram-канал Минобороны Беларуси, 2 мая 2022 г., https://t.me/modmilby/5000",
        );
        assert_eq!(authors, org("Минобороны Беларуси"));
        assert_eq!(title, None);
        // A press service posting on a named channel is the author.
        let (authors, title, ..) = read(
            "Пресс-служба Совета Министров, Telegram-канал «Правительство», 4 апреля 2022 г., https://t.me/gov_by/300",
        );
        assert_eq!(authors, org("Пресс-служба Совета Министров"));
        assert_eq!(title, None);
    }

    #[test]
    fn an_account_its_handle_and_its_words() {
        let (authors, title, container, _) = read(
            "Pavel Latushka (@PavelLatushka), \"The regime is isolated,\" X, 5 June 2023, https://x.com/PavelLatushka/status/1665000000000000000.",
        );
        assert!(
            matches!(authors.as_slice(), [Name::Person { family, .. }] if family == "Latushka"),
            "{authors:?}"
        );
        assert_eq!(title.as_deref(), Some("The regime is isolated"));
        assert_eq!(container.as_deref(), Some("X"));
        // A given name refman does not know, the family in the handle.
        let (authors, _, _, _) = read(
            "Gabrielius Landsbergis (@GLandsbergis), \"Sanctions must bite,\" X, 3 March 2022, https://x.com/GLandsbergis/status/1499000000000000000.",
        );
        assert!(
            matches!(authors.as_slice(), [Name::Person { family, .. }] if family == "Landsbergis"),
            "{authors:?}"
        );
        // A handle alone in brackets is the account.
        let (authors, _, container, _) =
            read("[@belsat_tv], Telegram, 3 May 2021, https://t.me/belsat_tv/5555.");
        assert_eq!(authors, org("@belsat_tv"));
        assert_eq!(container.as_deref(), Some("Telegram"));
        let (authors, _, _, _) = read(
            "Human Rights Watch (@hrw), \"Belarus: Free all political prisoners,\" X, 1 May 2023, https://x.com/hrw/status/1653000000000000000.",
        );
        assert_eq!(authors, org("Human Rights Watch"));
        // An organisation's name that reads like a person's is not one.
        let (authors, title, container, _) =
            read("Belsat Live, Telegram post, 9 May 2022, https://t.me/belsat_live/77.");
        assert_eq!(authors, org("Belsat Live"));
        assert_eq!((title, container.as_deref()), (None, Some("Telegram")));
    }

    #[test]
    fn a_gost_video_with_its_designation() {
        let (authors, title, container, _) = read(
            "Петров И. И. Итоги года : видео // YouTube. 2021. 30 дек. URL: https://www.youtube.com/watch?v=Ab1Cd2Ef3Gh",
        );
        assert!(
            matches!(authors.as_slice(), [Name::Person { family, .. }] if family == "Петров"),
            "{authors:?}"
        );
        assert_eq!(title.as_deref(), Some("Итоги года"));
        assert_eq!(container.as_deref(), Some("YouTube"));
    }
}
