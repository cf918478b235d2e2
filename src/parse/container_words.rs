//! The words that say what a container names: a series of reports or
//! papers, a book, proceedings, a journal (strong or weak), a brief, a
//! series; [`Words`] finds every list a text mentions in one pass.
//! `kind.rs` weighs them with the rest of a note's evidence.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

const REPORT_WORDS: &[&str] = &[
    "report",
    "working paper",
    "briefing paper",
    "policy brief",
    "policy paper",
    "discussion paper",
    "occasional paper",
    "research paper",
    "white paper",
    // SSRN's "Scholarly Paper No. 4412345".
    "scholarly paper",
    // Economists' series: "CEPR Policy Insight No. 131", Bruegel's "Policy
    // Contribution", "wiiw Policy Notes and Reports", "Staff Discussion Note".
    "policy insight",
    "policy contribution",
    "policy note",
    "discussion note",
    // The World Bank's and the think tanks' periodic reports on a
    // country: "Belarus Economic Update", "Belarus Economic Monitor".
    "economic update",
    "economic monitor",
    // The banks' project documents: "Project Appraisal Document",
    // "Program Document".
    "appraisal document",
    "program document",
    // German institutes' series: "SWP-Aktuell", "SWP-Studie", "DGAP-Analyse".
    "-aktuell",
    "-studie",
    "-analyse",
    // Polish and French: "Raport OSW", "Komentarze OSW", "Rapport de l'Ifri".
    "raport",
    "komentarze",
    "rapport ",
    "issue brief",
    "analytical paper",
    "technical paper",
    // "MIT AI Memo 306", "Tech. Rep. TR-12", "NASA Technical Note D-1234".
    "memo",
    "tech. rep",
    "technical note",
    "fact sheet",
    "factsheet",
    "background paper",
    "statistical bulletin",
    "статистический бюллетень",
    "статыстычны бюлетэнь",
    "статистичний бюлетень",
    "доклад",
    "аналитическая записка",
    "рабочий документ",
    "аналітычная запіска",
    "даклад",
    "аналітична записка",
];
const BOOK_WORDS: &[&str] = &[
    "book",
    "yearbook",
    "handbook",
    "сборник",
    "ежегодник",
    "монография",
    "справочник",
    "статистический",
    "зборнік",
    "щорічник",
];
const PROCEEDINGS_WORDS: &[&str] = &[
    "proceedings",
    "proc.",
    "conference",
    "symposium",
    "workshop",
    "congress",
    "colloquium",
    "материалы",
    "конференци",
    "тезисы",
    "симпозиум",
    "матэрыялы",
    "канферэнцы",
    "матеріали",
    // "EGU General Assembly 2023", "AGU Fall Meeting 2022": a union's
    // meeting named with its year ("UN General Assembly" has none).
    "general assembly 20",
    "fall meeting",
    "annual meeting",
];
const JOURNAL_WORDS: &[&str] = &[
    "journal",
    "review",
    "quarterly",
    "studies",
    "bulletin",
    "annals",
    "proceedings",
    "letters",
    "вестник",
    "журнал",
    "обозрение",
    "известия",
    "вопросы",
    "веснік",
    "часопіс",
    "вісник",
];

/// Whether a container is named like a journal. "Studies" and its kin
/// name institutions too ("Centre for Eastern Studies"): with an
/// institution's word and no stronger journal word, the name is the
/// institution's.
pub(super) fn journal_named(container: Option<&str>, words: Words) -> bool {
    let Some(container) = container else {
        return false;
    };
    // `words` are the container's. Every journal word but the weak ones is
    // a strong one.
    words.has(Words::STRONG_JOURNAL)
        || words.has(Words::JOURNAL)
            && !crate::parse::names::has_organization_word(&crate::letters::lowercase(container))
}

/// Journal names' words that also name institutions ("Centre for Eastern
/// Studies"): see [`journal_named`].
const WEAK_JOURNAL_WORDS: &[&str] = &["studies", "proceedings", "вопросы", "известия"];

/// Which of the word lists a text mentions (a word anywhere in it, letter
/// case aside), found in one pass over the text.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Words(u8);

impl Words {
    pub(super) const JOURNAL: u8 = 1;
    pub(super) const STRONG_JOURNAL: u8 = 1 << 1;
    pub(super) const PROCEEDINGS: u8 = 1 << 2;
    pub(super) const BOOK: u8 = 1 << 3;
    pub(super) const REPORT: u8 = 1 << 4;
    pub(super) const BRIEF: u8 = 1 << 5;
    pub(super) const SERIES: u8 = 1 << 6;

    pub(super) fn in_text(text: &str) -> Words {
        static LISTS: LazyLock<(AhoCorasick, Vec<u8>)> = LazyLock::new(|| {
            let mut words: Vec<(&str, u8)> = Vec::new();
            for (list, bit) in [
                (REPORT_WORDS, Words::REPORT),
                (BOOK_WORDS, Words::BOOK),
                (PROCEEDINGS_WORDS, Words::PROCEEDINGS),
                (JOURNAL_WORDS, Words::JOURNAL),
                (&["brief"], Words::BRIEF),
                (&["series"], Words::SERIES),
            ] {
                words.extend(list.iter().map(|w| (*w, bit)));
            }
            let strong = JOURNAL_WORDS
                .iter()
                .filter(|w| !WEAK_JOURNAL_WORDS.contains(w));
            words.extend(strong.map(|w| (*w, Words::STRONG_JOURNAL)));
            let automaton = AhoCorasick::new(words.iter().map(|(w, _)| w)).expect("word lists");
            (automaton, words.into_iter().map(|(_, bit)| bit).collect())
        });
        let (automaton, bits) = &*LISTS;
        let lower = crate::letters::lowercase(text);
        // "European Journalism Centre", "journalists", "Журналістыка": a journal's word
        // inside another word that names no journal.
        // "Memoirs", "memory": a memo's word inside another word that names
        // no report ("memorandum" does).
        let inside_other_word = |m: &aho_corasick::Match| {
            let after = &lower[m.end()..];
            let word = &lower[m.start()..];
            (after.starts_with("is") && word.starts_with("journal"))
                // "Журналістыка", "журналистов": the Slavic journalist's
                // word.
                || (word.starts_with("журнал")
                    && (after.starts_with("іст") || after.starts_with("ист")))
                // "Belarus-Analysen", "Russland-Analysen": the Länder-Analysen
                // are periodicals, not an institute's analysis series.
                || (word.starts_with("-analyse") && after.starts_with('n'))

                || (word.starts_with("memo")
                    && after.starts_with(char::is_alphabetic)
                    && !after.starts_with("randum"))
        };
        // Overlapping matches: every word found, whichever lists share a
        // stretch of the text.
        Words(
            automaton
                .find_overlapping_iter(&lower)
                .filter(|m| !inside_other_word(m))
                .fold(0, |found, m| found | bits[m.pattern().as_usize()]),
        )
    }

    pub(super) fn of(text: Option<&str>) -> Words {
        text.map(Words::in_text).unwrap_or_default()
    }

    pub(super) fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

/// Whether a container names a series of reports or papers, whose numbers
/// count papers rather than volumes.
pub fn is_report_series(container: &str) -> bool {
    // "EUISS Brief 5", "Chatham House Briefing": a brief is a policy paper.
    Words::in_text(container).has(Words::REPORT | Words::BRIEF | Words::SERIES)
}

/// Whether a name says it is a series of reports, papers or briefs, whose
/// numbers count papers ("Working Paper", "DGAP-Analyse").
pub fn names_paper_series(name: &str) -> bool {
    Words::in_text(name).has(Words::REPORT | Words::BRIEF)
}

/// Whether a container's name says it is a periodical, a series or
/// proceedings rather than a publisher's name.
pub fn names_periodical(container: &str) -> bool {
    Words::in_text(container)
        .has(Words::JOURNAL | Words::PROCEEDINGS | Words::REPORT | Words::BRIEF | Words::SERIES)
}
