//! The words of commentary, in the languages of the notes refman reads,
//! that [`super`] takes off before a reference's author: "So auch",
//! "Si veda in proposito", "Voir à ce sujet", "Цит. по:".

use std::sync::LazyLock;

/// Words of commentary that come before a reference's author, in the
/// languages of the notes refman reads: "So auch", "Dazu kritisch:",
/// "in proposito", "Per un quadro generale cfr.", "Как справедливо
/// отмечает", "Цит. по:". Lower case, without a closing colon or comma.
pub(super) static COMMENTARY_WORDS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| {
        [
            // German
            "so auch ähnlich dazu hierzu ausführlich insbesondere kritisch anders dagegen zitiert \
         zit. nach grundlegend ferner etwa bereits schon näher weiterführend allgemein zuletzt \
         jüngst vor allem ebenso außerdem sowie und aber siehe vgl. s. dort instruktiv \
         eingehend umfassend statt vieler exemplarisch beispielsweise z. b. z.b. \
         zusammenfassend einführend neuerdings jetzt gegen kürzlich argumentiert schreibt \
         betont bemerkt zeigt meint folgt wie",
            // Italian
            "in proposito si veda vedano vedi v. anche ma inoltre cfr. per un quadro generale \
         particolare da ultimo ora sul punto citato cit. come e ed più recentemente soprattutto \
         almeno tra gli altri ampiamente rinvio rimando rinvia a osserva nota scrive \
         sottolinea sostiene afferma su questo questa punto confronto riguardo merito tema \
         questione vedasi utilmente ancora sempre così cosí secondo",
            // French
            "voir aussi notamment particulier également cité citée par sur ce cf. et surtout \
         récemment déjà observe écrit souligne comme à ce sujet propos pour une un lecture \
         différente autre opposé contraire largement généralement",
            // English
            "see also e.g. for example instance generally further especially particular more \
         recently quoted cited reported by on this point compare but and contra accord notably data \
         figures statistics source sources \
         likewise similarly already esp. as argued argues notes noted observes observed \
         writes wrote shows showed suggests suggested points out puts it",
            // Spanish, Portuguese
            "véase véanse vid. ver también además especialmente sobre esto cfr. cf. ademais \
         tambem também por ejemplo al respecto",
            // Polish
            "zob. por. także też również szerzej na ten temat np. cyt. za",
            // Russian, Ukrainian, Belarusian
            "об этом подробнее подробно см. также цит. по например напр. ср. в частности ещё еще \
         отмечает пишет указывает как справедливо див. також за докладніше детальніше \
         зокрема пише зазначає гл. таксама цыт. па падрабязней про це пра гэта пор. порівн.",
        ]
        .iter()
        .flat_map(|words| words.split_whitespace())
        .collect()
    });

/// Whether a word, in any case and without a closing colon or comma, is a
/// word of commentary ("Vgl.", "See").
pub(in crate::parse) fn is_commentary_word(word: &str) -> bool {
    let word = word.trim_end_matches([':', ',']).to_lowercase();
    COMMENTARY_WORDS.contains(word.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_before_an_author_in_italian() {
        for word in ["Così", "Cosí", "Secondo", "Cfr.", "vedi"] {
            assert!(is_commentary_word(word), "{word}");
        }
        // A title's first word that is no commentary.
        assert!(!is_commentary_word("Storia"));
        // Only before a name is the word taken: a title keeps it.
        assert_eq!(
            super::super::without_commentary_words("Così G. Salvemini, Scritti, Milano 1961."),
            "G. Salvemini, Scritti, Milano 1961."
        );
        assert_eq!(
            super::super::without_commentary_words("Così fan tutte, Milano 1990."),
            "Così fan tutte, Milano 1990."
        );
    }
}
