//! One pass over a note for the words that open the rarer forms read
//! before it is labelled: an entry of a reference work
//! ([`super::reference_entries`]), a review ([`super::reviews`]), a talk
//! ([`super::presentations`]), a film or a map ([`super::films_and_maps`]),
//! a work not published yet ([`super::pubstate`]) and a title ending with
//! the year it reports on ([`super::annual_titles`]). Each reader's
//! patterns run only where its words are, and the note is searched once
//! for all of them rather than once for each.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Which forms a note's words may open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Present(u8);

pub(super) const REFERENCE_ENTRY: u8 = 1;
pub(super) const REVIEW: u8 = 1 << 1;
pub(super) const TALK: u8 = 1 << 2;
pub(super) const FILM_OR_MAP: u8 = 1 << 3;
pub(super) const STATE: u8 = 1 << 4;
pub(super) const ANNUAL_TITLE: u8 = 1 << 5;

impl Present {
    pub(super) fn has(self, form: u8) -> bool {
        self.0 & form != 0
    }
}

/// Every reader's words (see [`super::text::cues`] for their case), and
/// the form each pattern opens.
static CUES: LazyLock<(AhoCorasick, Vec<u8>)> = LazyLock::new(|| {
    let lists: [(&[&str], u8); 5] = [
        (super::reference_entries::CUES, REFERENCE_ENTRY),
        (super::reviews::CUES, REVIEW),
        (super::presentations::CUES, TALK),
        (super::films_and_maps::CUES, FILM_OR_MAP),
        (super::annual_titles::CUES, ANNUAL_TITLE),
    ];
    let states: Vec<&str> = super::pubstate::STATES.iter().map(|(w, _)| *w).collect();
    let mut words = Vec::new();
    let mut forms = Vec::new();
    for (list, form) in lists
        .iter()
        .map(|(l, f)| (l.to_vec(), *f))
        .chain([(states, STATE)])
    {
        for word in list {
            for pattern in super::text::case_forms(word) {
                words.push(pattern);
                forms.push(form);
            }
        }
    }
    (super::text::cue_automaton(&words), forms)
});

/// The forms the note's words may open.
pub(super) fn present(note: &str) -> Present {
    let (automaton, forms) = &*CUES;
    let mut present = 0;
    for m in automaton.find_overlapping_iter(note) {
        present |= forms[m.pattern().as_usize()];
    }
    Present(present)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pass_finds_each_form() {
        let p = present("Way, review of Title, by A. Wilson, Slavic Review (forthcoming).");
        assert!(p.has(REVIEW) && p.has(STATE));
        assert!(!p.has(TALK) && !p.has(REFERENCE_ENTRY) && !p.has(FILM_OR_MAP));
        assert!(present("Britannica, s.v. \"Belarus\"").has(REFERENCE_ENTRY));
        assert!(present("Lukoil, Annual Report 2021, 12.").has(ANNUAL_TITLE));
        assert_eq!(
            present("A. Smith, Title (London: Verso, 2001)."),
            Present(0)
        );
    }
}
