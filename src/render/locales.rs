//! The CSL engine's bundled locales, each decoded only when a render needs
//! it. Decoding all sixty of them took about a quarter of an unchanged
//! re-render (their terms are untagged enums, whose deserialiser formats
//! an error message for every variant it tries); a list needs its own
//! locale, en-US and, with per-entry locales, one per language it cites.

use std::sync::{LazyLock, OnceLock};

use hayagriva::archive::LOCALES;
use hayagriva::citationberg::{Locale, LocaleCode};
use serde::Deserialize;

/// A locale file's code alone: the decoder skips the rest unbuilt.
#[derive(Deserialize)]
struct Head {
    #[serde(rename = "@xml:lang")]
    lang: Option<String>,
}

/// Every bundled locale's code, in the archive's order.
static CODES: LazyLock<Vec<Option<String>>> = LazyLock::new(|| {
    LOCALES
        .iter()
        .map(|bytes| {
            ciborium::de::from_reader::<Head, _>(*bytes)
                .ok()
                .and_then(|h| h.lang)
        })
        .collect()
});

/// The locales decoded so far, by their place in the archive.
static DECODED: LazyLock<Vec<OnceLock<Option<Locale>>>> =
    LazyLock::new(|| LOCALES.iter().map(|_| OnceLock::new()).collect());

/// The codes of the bundled locales (`en-US`, `ru-RU`, `zh-CN`, …).
pub fn codes() -> impl Iterator<Item = &'static str> {
    CODES.iter().filter_map(|c| c.as_deref())
}

fn decoded(index: usize) -> Option<&'static Locale> {
    let bytes = LOCALES.get(index)?;
    DECODED
        .get(index)?
        .get_or_init(|| ciborium::de::from_reader::<Locale, _>(*bytes).ok())
        .as_ref()
}

/// Where in the archive the locales lie that the engine may consult for
/// terms in `wanted`: each code, its language's main variant (`ru` →
/// `ru-RU`) and en-US, the engine's last resort.
pub fn needed<'a>(wanted: impl IntoIterator<Item = &'a LocaleCode>) -> Vec<usize> {
    let mut codes: Vec<String> = vec![LocaleCode::en_us().0];
    for code in wanted {
        codes.push(code.0.clone());
        codes.extend(code.fallback().map(|c| c.0));
    }
    CODES
        .iter()
        .enumerate()
        .filter(|(_, code)| code.as_ref().is_some_and(|c| codes.contains(c)))
        .map(|(i, _)| i)
        .collect()
}

/// The locales at these places in the archive, decoded once per process.
pub fn decode(places: &[usize]) -> Vec<Locale> {
    places.iter().filter_map(|&i| decoded(i).cloned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_locale_has_its_code_read_alone() {
        let all = hayagriva::archive::locales();
        let full: Vec<Option<String>> = all.iter().map(|l| l.lang.clone().map(|c| c.0)).collect();
        assert_eq!(*CODES, full);
        assert!(codes().any(|c| c == "ru-RU"));
    }

    #[test]
    fn a_code_brings_its_main_variant_and_en_us() {
        let got: Vec<String> = decode(&needed(&[LocaleCode("ru".into())]))
            .into_iter()
            .filter_map(|l| l.lang.map(|c| c.0))
            .collect();
        assert!(got.contains(&"ru-RU".to_string()), "{got:?}");
        assert!(got.contains(&"en-US".to_string()), "{got:?}");
        assert_eq!(got.len(), 2, "{got:?}");
    }
}
