//! The citation styles of the synthetic notes: how a made-up work is
//! written in Chicago notes and bibliography, APA, MLA, Harvard, Vancouver,
//! OSCOLA, GOST, GB/T 7714 and German, Italian and French humanities styles,
//! each segment with the label of the field it comes from; and the words
//! and commentary that wrap a reference in a note.

use super::{Draft, Person, Rng, Work, pool};
use crate::parse::label::Label;
use crate::parse::text::{ITALIC_CLOSE, ITALIC_OPEN};

impl Work {
    fn it(&self, s: &str) -> String {
        if self.italics {
            format!("{ITALIC_OPEN}{s}{ITALIC_CLOSE}")
        } else {
            s.to_string()
        }
    }

    fn month_name(&self) -> String {
        let p = pool(self.lang);
        let months = if p.months.is_empty() {
            &pool("en").months
        } else {
            &p.months
        };
        months[self.month % months.len()].clone()
    }

    fn title_with_translation(&self) -> String {
        match &self.translation {
            Some(t) => format!("{} [{t}]", self.title),
            None => self.title.clone(),
        }
    }

    /// The author list in a name form, joined as the style joins it.
    fn names(&self, form: NameForm, join: &str, last_join: &str) -> String {
        let written: Vec<String> = self
            .authors
            .iter()
            .enumerate()
            .map(|(i, p)| form.write(p, i, self.lang))
            .collect();
        if self.authors.len() > 3 && !matches!(form, NameForm::Chinese) && self.lang != "zh" {
            let etal = match self.lang {
                "ru" | "be" | "uk" => " и др.",
                _ => " et al.",
            };
            return format!("{}{etal}", written[0]);
        }
        match written.len() {
            0 => String::new(),
            1 => written[0].clone(),
            n => format!(
                "{}{last_join}{}",
                written[..n - 1].join(join),
                written[n - 1]
            ),
        }
    }
}

#[derive(Clone, Copy)]
enum NameForm {
    GivenFamily,
    /// "Family, Given" for the first, "Given Family" after (Chicago bib.).
    Inverted,
    FamilyInitials,
    FamilyInitialsCompact,
    InitialsFamily,
    Gost,
    GostAfter,
    Chinese,
    FamilyCaps,
}

impl NameForm {
    fn write(self, p: &Person, i: usize, lang: &str) -> String {
        let cyr = matches!(lang, "ru" | "be" | "uk");
        match self {
            NameForm::GivenFamily => format!("{} {}", p.given, p.family),
            NameForm::Inverted if i == 0 => format!("{}, {}", p.family, p.given),
            NameForm::Inverted => format!("{} {}", p.given, p.family),
            NameForm::FamilyInitials => format!("{}, {}", p.family, p.initials(false)),
            NameForm::FamilyInitialsCompact => {
                format!("{} {}", p.family, p.initials(false).replace(['.', ' '], ""))
            }
            NameForm::InitialsFamily => format!("{} {}", p.initials(cyr), p.family),
            NameForm::Gost => format!("{} {}", p.family, p.initials(cyr)),
            NameForm::GostAfter => format!("{} {}", p.initials(cyr), p.family),
            NameForm::Chinese => format!("{}{}", p.family, p.given),
            NameForm::FamilyCaps => format!("{} {}", p.given, p.family.to_uppercase()),
        }
    }
}

/// Writes the work in one style; `note` chooses note forms where the style
/// has them.
pub(super) fn write(w: &Work, style: usize, rng: &mut Rng) -> Draft {
    use Label::*;
    let mut n = Draft::default();
    let pin = |n: &mut Draft, w: &Work, prefix: &str| {
        if let Some(p) = w.pinpoint {
            n.punct(",");
            n.push(Pages, format!("{prefix}{p}."));
        } else {
            n.punct(".");
        }
    };
    let lang = w.lang;
    match (lang, style) {
        (_, 16 | 17) if lang != "zh" => {
            // The house style of think-tank briefs: Author. "Title
            // [Translation]." *Container*, Month D, YYYY.
            let org = rng.chance(0.3);
            if org {
                let p = pool(lang);
                let name = if p.orgs.is_empty() {
                    rng.pick(&pool("en").orgs)
                } else {
                    rng.pick(&p.orgs)
                };
                n.push(Author, format!("{name}."));
            } else {
                n.push(
                    Author,
                    format!("{}.", w.names(NameForm::GivenFamily, ", ", " and ")),
                );
            }
            n.push(Title, format!("“{}.”", w.title_with_translation()));
            match rng.below(4) {
                0 => {}
                1 => n.push(Container, format!("{},", w.it(&w.paper))),
                2 => n.push(Container, format!("{},", w.it(&w.journal))),
                _ => n.push(Container, format!("{},", w.it(&w.series))),
            }
            if rng.chance(0.15) {
                n.push(Date, if rng.chance(0.5) { "N.d." } else { "n.d." });
            } else if rng.chance(0.5) {
                let en_month = pool("en").months[w.month].clone();
                n.push(Date, format!("{en_month} {}, {}.", w.day, w.year));
            } else {
                let en_month = pool("en").months[w.month].clone();
                n.push(Date, format!("{en_month} {}.", w.year));
            }
            if rng.chance(0.2) {
                n.segments.pop();
                n.push(Date, format!("{},", w.year));
                n.push(Pages, format!("p.{}-{}.", w.first, w.last));
            }
        }
        ("zh", s) if s % 3 == 2 => {
            // Chinese note style: 作者：《题名》，《刊名》2020年第2期，第77-90页。
            let names = w.names(NameForm::Chinese, "、", "、");
            if rng.chance(0.8) {
                n.push(Author, format!("{names}："));
            }
            n.push(Title, format!("《{}》，", w.title));
            if rng.chance(0.5) {
                n.push(Container, format!("《{}》", w.journal));
                n.push(Date, format!("{}年", w.year));
                n.push(Volume, format!("第{}期，", w.issue));
                n.push(Pages, format!("第{}-{}页。", w.first, w.last));
            } else {
                n.push(Container, format!("《{}》", w.paper));
                n.push(Date, format!("{}年{}月{}日", w.year, w.month + 1, w.day));
                n.push(Pages, format!("第{}版。", w.issue));
            }
        }
        ("zh", s) => {
            // GB/T 7714.
            let names = w.names(NameForm::Chinese, "，", "，");
            n.push(Author, format!("{names}."));
            match s % 4 {
                0 | 1 => {
                    n.push(Title, format!("{}[J].", w.title));
                    n.push(Container, format!("{},", w.journal));
                    n.push(Date, format!("{},", w.year));
                    n.push(Volume, format!("{}({}):", w.volume, w.issue));
                    n.push(Pages, format!("{}-{}.", w.first, w.last));
                }
                2 => {
                    n.push(Title, format!("{}[M].", w.title));
                    n.push(Location, format!("{}:", w.location));
                    n.push(Publisher, format!("{},", w.publisher));
                    n.push(Date, format!("{}.", w.year));
                }
                _ => {
                    n.push(Title, format!("{}[N].", w.title));
                    n.push(Container, format!("{},", w.paper));
                    n.push(Date, format!("{}-{:02}-{:02}.", w.year, w.month + 1, w.day));
                }
            }
        }
        ("ru" | "be" | "uk", s) if s >= 8 => match s % 4 {
            0 => {
                // An organisation as author, a quoted title.
                let org = w.org.clone().unwrap_or_else(|| w.paper.clone());
                n.push(Author, format!("{org},"));
                n.push(Title, format!("«{}»,", w.title_with_translation()));
                n.push(Date, format!("{:02}.{:02}.{}.", w.day, w.month + 1, w.year));
            }
            1 => {
                // GOST online.
                if rng.chance(0.5) {
                    n.push(Author, w.names(NameForm::Gost, ", ", ", "));
                }
                n.push(Title, format!("{} [Электронный ресурс]", w.title));
                n.push(Container, format!("// {}.", w.paper));
                n.push(Date, format!("{:02}.{:02}.{}.", w.day, w.month + 1, w.year));
            }
            2 => {
                // GOST book with its page count, or a statistical book.
                if rng.chance(0.5) {
                    n.push(Author, w.names(NameForm::Gost, ", ", ", "));
                    n.push(Title, format!("{}.", w.title));
                } else {
                    n.push(Title, w.title.clone());
                    let org = w.org.clone().unwrap_or_else(|| w.publisher.clone());
                    n.push(Author, format!("/ {org}."));
                }
                n.push(Location, format!("{}:", w.location));
                n.push(Publisher, format!("{},", w.publisher));
                n.push(Date, format!("{}.", w.year));
                n.push(Pages, format!("{} с.", w.last));
            }
            _ => {
                // An analytical note in a series.
                n.push(
                    Author,
                    format!("{},", w.names(NameForm::GivenFamily, ", ", " и ")),
                );
                n.push(Title, format!("«{}».", w.title));
                n.push(
                    Container,
                    format!("Аналитическая записка № {}.", w.series_no),
                );
                n.push(Location, format!("{}:", w.location));
                n.push(
                    Publisher,
                    format!("{},", w.org.clone().unwrap_or_else(|| w.publisher.clone())),
                );
                n.push(Date, format!("{}.", w.year));
            }
        },
        ("ru" | "be" | "uk", s) => match s % 4 {
            0 => {
                // GOST article.
                n.push(Author, w.names(NameForm::Gost, ", ", ", "));
                n.push(Title, w.title_with_translation());
                n.push(Container, format!("// {}.", w.journal));
                n.push(Date, format!("{}.", w.year));
                n.push(Volume, format!("№ {}.", w.issue));
                n.push(Pages, format!("С. {}–{}.", w.first, w.last));
            }
            1 => {
                // GOST book.
                n.push(Author, w.names(NameForm::Gost, ", ", ", "));
                n.push(Title, format!("{}.", w.title_with_translation()));
                n.push(Location, format!("{}:", w.location));
                n.push(Publisher, format!("{},", w.publisher));
                n.push(Date, format!("{}.", w.year));
            }
            2 => {
                // A news page, think-tank style.
                if rng.chance(0.5) {
                    n.push(
                        Author,
                        format!("{},", w.names(NameForm::GivenFamily, ", ", " и ")),
                    );
                }
                n.push(Title, format!("«{}»,", w.title_with_translation()));
                n.push(Container, format!("{},", w.it(&w.paper)));
                n.push(Date, format!("{} {} {}.", w.day, w.month_name(), w.year));
            }
            _ => {
                // GOST with a statement of responsibility.
                n.push(Title, w.title.clone());
                n.push(
                    Author,
                    format!("/ {}", w.names(NameForm::GostAfter, ", ", ", ")),
                );
                n.push(Container, format!("// {}.", w.journal));
                n.push(Date, format!("{}.", w.year));
                n.push(Volume, format!("Т. {}, № {}.", w.volume, w.issue));
                n.push(Pages, format!("С. {}–{}.", w.first, w.last));
            }
        },
        ("de", s) => {
            if s % 2 == 0 {
                n.push(
                    Author,
                    format!("{}:", w.names(NameForm::GivenFamily, ", ", " und ")),
                );
                n.push(Title, format!("{},", w.title));
                n.push(Container, format!("in: {}", w.journal));
                n.push(Volume, format!("{}", w.volume));
                n.push(Date, format!("({}),", w.year));
                n.push(Pages, format!("S. {}–{}.", w.first, w.last));
            } else {
                n.push(
                    Author,
                    format!("{}:", w.names(NameForm::Inverted, ", ", " und ")),
                );
                n.push(Title, format!("{},", w.title));
                n.push(
                    Editor,
                    format!(
                        "in: {} (Hrsg.),",
                        w.editors[0].given.clone() + " " + &w.editors[0].family
                    ),
                );
                n.push(Container, format!("{},", w.book));
                n.push(Location, w.location.clone());
                n.push(Date, format!("{},", w.year));
                n.push(Pages, format!("S. {}–{}.", w.first, w.last));
            }
        }
        ("it", s) => {
            n.push(
                Author,
                format!("{},", w.names(NameForm::InitialsFamily, ", ", " - ")),
            );
            n.push(Title, format!("{},", w.title));
            if s % 2 == 0 {
                n.push(Container, format!("«{}»,", w.journal));
                n.push(Volume, format!("{}", w.volume));
                n.push(Date, format!("({}),", w.year));
                n.push(Pages, format!("pp. {}-{}.", w.first, w.last));
            } else {
                n.push(Location, w.location.clone());
                n.push(Date, format!("{}", w.year));
                pin(&mut n, w, "p. ");
            }
        }
        ("fr", s) => {
            n.push(
                Author,
                format!("{},", w.names(NameForm::FamilyCaps, ", ", " et ")),
            );
            if s % 2 == 0 {
                n.push(Title, format!("« {} »,", w.title));
                n.push(Container, format!("{},", w.it(&w.journal)));
                n.push(Volume, format!("vol. {}, n° {},", w.volume, w.issue));
                n.push(Date, format!("{},", w.year));
                n.push(Pages, format!("p. {}-{}.", w.first, w.last));
            } else {
                n.push(Title, format!("{},", w.it(&w.title)));
                n.push(Location, format!("{},", w.location));
                n.push(Publisher, format!("{},", w.publisher));
                n.push(Date, format!("{}", w.year));
                pin(&mut n, w, "p. ");
            }
        }
        (_, 0) => {
            // Chicago note, journal article.
            n.push(
                Author,
                format!("{},", w.names(NameForm::GivenFamily, ", ", " and ")),
            );
            n.push(Title, format!("“{},”", w.title));
            n.push(Container, w.it(&w.journal));
            n.push(Volume, format!("{}, no. {}", w.volume, w.issue));
            n.push(Date, format!("({}):", w.year));
            match w.pinpoint {
                Some(p) => n.push(Pages, format!("{p}.")),
                None => n.push(Pages, format!("{}–{}.", w.first, w.last)),
            }
        }
        (_, 1) => {
            // Chicago note, book.
            n.push(
                Author,
                format!("{},", w.names(NameForm::GivenFamily, ", ", " and ")),
            );
            n.push(Title, w.it(&w.title));
            n.push(Location, format!("({}:", w.location));
            n.push(Publisher, format!("{},", w.publisher));
            n.push(Date, format!("{})", w.year));
            pin(&mut n, w, "");
        }
        (_, 2) => {
            // Chicago note, newspaper or web page.
            if rng.chance(0.6) {
                n.push(
                    Author,
                    format!("{},", w.names(NameForm::GivenFamily, ", ", " and ")),
                );
                n.push(Title, format!("“{},”", w.title));
                n.push(Container, format!("{},", w.it(&w.paper)));
            } else {
                n.push(Title, format!("“{},”", w.title));
                n.push(Container, format!("{},", w.org.clone().unwrap_or_default()));
            }
            n.push(Date, format!("{} {}, {}.", w.month_name(), w.day, w.year));
        }
        (_, 3) => {
            // APA.
            n.push(Author, w.names(NameForm::FamilyInitials, ", ", ", & "));
            n.push(Date, format!("({}).", w.year));
            if rng.chance(0.5) {
                n.push(Title, format!("{}.", w.title));
                n.push(Container, format!("{},", w.it(&w.journal)));
                n.push(Volume, format!("{}({}),", w.volume, w.issue));
                n.push(Pages, format!("{}–{}.", w.first, w.last));
            } else {
                n.push(Title, format!("{}.", w.it(&w.title)));
                n.push(Publisher, format!("{}.", w.publisher));
            }
        }
        (_, 4) => {
            // MLA or Chicago bibliography.
            n.push(
                Author,
                format!("{}.", w.names(NameForm::Inverted, ", ", ", and ")),
            );
            n.push(Title, format!("“{}.”", w.title));
            n.push(Container, format!("{},", w.it(&w.journal)));
            n.push(Volume, format!("vol. {}, no. {},", w.volume, w.issue));
            n.push(Date, format!("{},", w.year));
            n.push(Pages, format!("pp. {}-{}.", w.first, w.last));
        }
        (_, 5) => {
            // Vancouver or Harvard.
            if rng.chance(0.5) {
                n.push(
                    Author,
                    format!("{}.", w.names(NameForm::FamilyInitialsCompact, ", ", ", ")),
                );
                n.push(Title, format!("{}.", w.title));
                n.push(Container, format!("{}.", w.journal));
                n.push(
                    Date,
                    format!(
                        "{};{}({}):{}-{}.",
                        w.year, w.volume, w.issue, w.first, w.last
                    ),
                );
            } else {
                n.push(Author, w.names(NameForm::FamilyInitials, ", ", " and "));
                n.push(Date, format!("({})", w.year));
                n.push(Title, format!("'{}',", w.title));
                n.push(Container, format!("{},", w.it(&w.journal)));
                n.push(Volume, format!("{}({}),", w.volume, w.issue));
                n.push(Pages, format!("pp. {}–{}.", w.first, w.last));
            }
        }
        (_, 6) => {
            // A report, or a chapter in an edited book.
            if rng.chance(0.5) {
                n.push(
                    Author,
                    format!("{},", w.names(NameForm::GivenFamily, ", ", " and ")),
                );
                n.push(Title, format!("{},", w.it(&w.title)));
                n.push(Container, format!("{} {},", w.series, w.series_no));
                n.push(Publisher, format!("{},", w.org.clone().unwrap_or_default()));
                n.push(Date, format!("{} {}", w.month_name(), w.year));
                pin(&mut n, w, "");
            } else {
                let eds = w
                    .editors
                    .iter()
                    .map(|p| format!("{} {}", p.given, p.family))
                    .collect::<Vec<_>>()
                    .join(" and ");
                n.push(
                    Author,
                    format!("{},", w.names(NameForm::GivenFamily, ", ", " and ")),
                );
                n.push(Title, format!("“{},”", w.title));
                n.push(Container, format!("in {},", w.it(&w.book)));
                n.push(Editor, format!("ed. {}", eds));
                n.push(Location, format!("({}:", w.location));
                n.push(Publisher, format!("{},", w.publisher));
                n.push(Date, format!("{}),", w.year));
                n.push(Pages, format!("{}–{}.", w.first, w.last));
            }
        }
        (_, 8) => {
            // An organisation's page: Chicago note or bibliography.
            let org = w.org.clone().unwrap_or_else(|| w.publisher.clone());
            if rng.chance(0.5) {
                n.push(Author, format!("{org},"));
                n.push(Title, format!("“{},”", w.title));
                n.push(Date, format!("{} {}, {}.", w.month_name(), w.day, w.year));
            } else {
                n.push(Author, format!("{org}."));
                n.push(Title, format!("“{}.”", w.title));
                n.push(Date, format!("{} {}, {}.", w.month_name(), w.day, w.year));
            }
        }
        (_, 9) => {
            // APA web page or news article: the site after the title.
            if rng.chance(0.7) {
                n.push(Author, w.names(NameForm::FamilyInitials, ", ", ", & "));
            } else {
                n.push(
                    Author,
                    w.org.clone().unwrap_or_else(|| w.paper.clone()).to_string() + ".",
                );
            }
            if rng.chance(0.6) {
                n.push(Date, format!("({}, {} {}).", w.year, w.month_name(), w.day));
            } else {
                n.push(Date, format!("({}).", w.year));
            }
            n.push(Title, format!("{}.", w.it(&w.title_with_translation())));
            n.push(Container, format!("{}.", w.paper));
        }
        (_, 10) => {
            // A think-tank paper in a numbered series.
            n.push(
                Author,
                format!("{},", w.names(NameForm::GivenFamily, ", ", " and ")),
            );
            n.push(Title, format!("{},", w.it(&w.title)));
            let prefix = if rng.chance(0.5) {
                w.org.clone().unwrap_or_default()
            } else {
                String::new()
            };
            let prefix = prefix
                .split_whitespace()
                .filter(|x| x.chars().next().is_some_and(char::is_uppercase))
                .map(|x| x.chars().next().unwrap_or('X'))
                .collect::<String>();
            if rng.chance(0.5) {
                n.push(
                    Container,
                    format!("{prefix} {}", w.series).trim().to_string(),
                );
                n.push(Volume, format!("No. {},", w.series_no));
            } else {
                n.push(
                    Container,
                    format!("{prefix} {},", w.series).trim().to_string(),
                );
            }
            if rng.chance(0.5) {
                n.push(Location, format!("({}:", w.location));
                n.push(Publisher, format!("{},", w.org.clone().unwrap_or_default()));
                n.push(Date, format!("{})", w.year));
            } else {
                n.push(Date, format!("{} {}", w.month_name(), w.year));
            }
            pin(&mut n, w, "");
        }
        (_, 11) => {
            // A book by an organisation, or a statistical yearbook.
            let org = w.org.clone().unwrap_or_else(|| w.publisher.clone());
            n.push(Author, format!("{org},"));
            n.push(Title, w.it(&w.title));
            n.push(Location, format!("({}:", w.location));
            n.push(Publisher, format!("{},", w.publisher));
            n.push(Date, format!("{})", w.year));
            pin(&mut n, w, "");
        }
        (_, 12) => {
            // MLA book and web forms.
            n.push(
                Author,
                format!("{}.", w.names(NameForm::Inverted, ", ", ", and ")),
            );
            if rng.chance(0.5) {
                n.push(Title, format!("{}.", w.it(&w.title)));
                n.push(
                    Publisher,
                    format!("{},", w.publisher.replace("University Press", "UP")),
                );
                n.push(Date, format!("{}.", w.year));
            } else {
                n.push(Title, format!("“{}.”", w.title));
                n.push(Container, format!("{},", w.it(&w.paper)));
                let short: String = w.month_name().chars().take(3).collect();
                n.push(Date, format!("{} {short}. {}.", w.day, w.year));
            }
        }
        (_, 13) => {
            // Harvard web page.
            n.push(Author, w.names(NameForm::FamilyInitials, ", ", " and "));
            n.push(Date, format!("({})", w.year));
            n.push(Title, format!("{}.", w.it(&w.title)));
            n.push(
                Container,
                format!("{}.", w.org.clone().unwrap_or_else(|| w.paper.clone())),
            );
        }
        (_, 14) => {
            // A chapter, APA.
            let ed = &w.editors[0];
            n.push(Author, w.names(NameForm::FamilyInitials, ", ", ", & "));
            n.push(Date, format!("({}).", w.year));
            n.push(Title, format!("{}.", w.title));
            n.push(
                Editor,
                format!("In {} {} (Ed.),", ed.initials(false), ed.family),
            );
            n.push(Container, w.it(&w.book));
            n.push(Pages, format!("(pp. {}–{}).", w.first, w.last));
            n.push(Publisher, format!("{}.", w.publisher));
        }
        (_, 15) => {
            // A thesis.
            n.push(
                Author,
                format!("{},", w.names(NameForm::GivenFamily, ", ", " and ")),
            );
            n.push(Title, format!("“{}”", w.title));
            let genre = rng.pick(&pool("en").genres).to_string();
            n.push(Genre, format!("({genre},"));
            n.push(Publisher, format!("{},", w.publisher.replace(" Press", "")));
            n.push(Date, format!("{})", w.year));
            pin(&mut n, w, "");
        }
        _ => {
            // OSCOLA.
            n.push(
                Author,
                format!("{},", w.names(NameForm::GivenFamily, ", ", " and ")),
            );
            if rng.chance(0.5) {
                n.push(Title, format!("‘{}’", w.title));
                n.push(Date, format!("({})", w.year));
                n.push(Volume, format!("{}", w.volume));
                n.push(Container, w.journal.clone());
                n.push(Pages, format!("{}", w.first));
            } else {
                n.push(Title, w.it(&w.title));
                n.push(Publisher, format!("({}", w.publisher));
                n.push(Date, format!("{})", w.year));
                if let Some(p) = w.pinpoint {
                    n.push(Pages, format!("{p}"));
                }
            }
        }
    }
    n
}

/// Words that open a note before its reference, per language.
pub(super) fn lead_in(rng: &mut Rng, lang: &str) -> &'static str {
    let options: &[&str] = match lang {
        "ru" => &[
            "См.:",
            "Подробнее см.:",
            "См., например:",
            "Об этом см.:",
            "Ср.:",
        ],
        "be" => &["Гл.:", "Падрабязней гл.:"],
        "uk" => &["Див.:", "Детальніше див.:"],
        "zh" => &["参见", "参见：", "详见"],
        "de" => &["Vgl.", "Siehe", "Vgl. dazu"],
        "it" => &["Cfr.", "Si veda", "Vedi"],
        "fr" => &["Voir", "Cf.", "Voir notamment"],
        _ => &[
            "See",
            "See also",
            "Cf.",
            "For a discussion, see",
            "On this point see",
        ],
    };
    options[rng.below(options.len())]
}

/// A sentence of commentary before a reference.
pub(super) fn commentary(rng: &mut Rng, lang: &str) -> &'static str {
    let options: &[&str] = match lang {
        "ru" => &[
            "Эта оценка остаётся спорной.",
            "Данные за 2020 год не опубликованы.",
            "Об истории вопроса подробнее см.",
        ],
        "de" => &["Zur älteren Debatte vgl.", "Dazu ausführlich"],
        "it" => &["Per il dibattito precedente sulla tassa del sale si veda anche"],
        _ => &[
            "The figures are disputed.",
            "For the older debate on the salt tax see also",
            "This view is contested; for a different reading see",
            "The official statistics end in 2019.",
        ],
    };
    options[rng.below(options.len())]
}
