//! The article's authors from its byline ("By Roza Turarbekava", "Автор:
//! …", "Аўтар: …"), read near the top of the text, for the self-citation
//! flag of the reliability table.

use std::sync::LazyLock;

use regex::Regex;

/// Lines from the top in which a byline is looked for.
const BYLINE_WINDOW: usize = 60;

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:by|authors?|автор(?:ы)?|аўтар(?:ы)?|автори?|作者)\s*[:：]?\s+(.+?)\s*$")
        .expect("static regex")
});

/// The names in the first byline, split on commas and "and"/"и"/"і"/"&".
pub fn byline(text: &str) -> Vec<String> {
    let Some(names) = text
        .lines()
        .take(BYLINE_WINDOW)
        .find_map(|line| BYLINE.captures(line).map(|c| c[1].to_string()))
    else {
        return Vec::new();
    };
    names
        .split([',', '&', ';'])
        .flat_map(|part| {
            part.split(" and ")
                .flat_map(|p| p.split(" и "))
                .flat_map(|p| p.split(" і "))
                .map(|p| p.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|name| {
            let words = name.split_whitespace().count();
            (1..=4).contains(&words) && name.chars().next().is_some_and(char::is_uppercase)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::byline;

    #[test]
    fn reads_english_and_cyrillic_bylines() {
        assert_eq!(
            byline("Title\n\nBy Roza Turarbekava\n\ntext"),
            ["Roza Turarbekava"]
        );
        assert_eq!(
            byline("Заголовок\nАвторы: Анна Петрова и Иван Сидоров\n"),
            ["Анна Петрова", "Иван Сидоров"]
        );
        assert_eq!(byline("Аўтар: Вольга Іванова"), ["Вольга Іванова"]);
        assert!(byline("A text that never names its author.\nBy the way, no.").is_empty());
    }
}
