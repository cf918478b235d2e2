//! Unit tests of the readings notes with prose need in the languages other
//! than English: sentences that say where figures or quotations come from
//! ("Данные приводятся по:", "Die Zahlen stammen aus", "Les chiffres sont
//! tirés de", "Dane za:"), a sentence quoting someone before the work the
//! quotation comes from, works joined by "sowie" or after "cfr." in prose,
//! and the shapes of the references such notes hold (a Latin-letter GOST
//! heading, a place the labeller has not seen, a Polish journal in
//! quotation marks, a Spanish family name of two words). Each note is made
//! up in a shape real notes have.
use crate::parse::*;

fn families(w: &Work) -> Vec<String> {
    super::layouts::family_names(&w.authors)
}

/// The one piece of a note, which must open with `start`.
fn one_piece_from(note: &str, start: &str) {
    let p = split::pieces(note);
    assert_eq!(p.len(), 1, "{note}: {p:?}");
    assert!(p[0].starts_with(start), "{note}: {p:?}");
}

#[test]
fn sentences_that_name_their_source_in_other_languages() {
    for (note, start) in [
        (
            "Все цифры далее даны по: Кудрин А. Бюджетный манёвр. М. : Дело, 2019. С. 7.",
            "Кудрин",
        ),
        (
            "Перепис проводився у 2001 р. Дані наводяться за: Бойко О. Населення України. Київ : Наукова думка, 2004. С. 18.",
            "Бойко",
        ),
        (
            "Звесткі прыводзяцца паводле: Корзун П. Гісторыя Полацка. Мінск : Мастацкая літаратура, 1999. С. 40.",
            "Корзун",
        ),
        (
            "Die Angaben stammen aus Bundesamt für Migration (Hrsg.): Migrationsbericht 2019, Nürnberg 2020, S. 31.",
            "Bundesamt",
        ),
        (
            "Les données sont tirées de Eurostat, Statistiques régionales 2018, Luxembourg, Office des publications, 2018, p. 12.",
            "Eurostat",
        ),
        (
            "Dane za: Jan Nowak, Rynek pracy w regionie, Kraków 2015, s. 77.",
            "Jan Nowak",
        ),
        (
            "Le cifre sono ricavate da G. Bruni, L'economia del Veneto, Padova, Cedam, 1988, p. 14.",
            "G. Bruni",
        ),
        (
            "Los datos proceden de Banco de España, Informe anual 2019, Madrid, 2020, p. 9.",
            "Banco",
        ),
        (
            "Об этом первым писала «Новая газета»: Петрова Н. Тихий кризис // Новая газета. 2018. 3 июня.",
            "Петрова",
        ),
    ] {
        one_piece_from(note, start);
    }
}

#[test]
fn a_sentence_quoting_someone_before_its_source() {
    for (note, start) in [
        (
            "Как подчёркивает А. Орлов, «реформа так и не была завершена». – Орлов А. Незавершённая реформа. М. : Наука, 2010. С. 55.",
            "Орлов А. Незавершённая",
        ),
        (
            "Як писав Іван Лисяк, «держава починається зі школи» (Лисяк І. Освіта і держава. Львів : Світ, 2003. С. 12).",
            "Лисяк І.",
        ),
        (
            "Comme l'écrit Jean Morel, « la province reste muette » : Jean Morel, Les provinces de l'Est, Paris, Armand Colin, 1999, p. 3.",
            "Jean Morel, Les",
        ),
        (
            "Jak zauważył Adam Lis, „reforma przyszła za późno”; cyt. za: Adam Lis, Reformy i opór, Poznań 2008, s. 14.",
            "Adam Lis, Reformy",
        ),
        (
            "Wie Brandt schon 1975 schrieb, sei der „Wandel durch Annäherung“ nicht gescheitert; vgl. Brandt, Peter: Ostpolitik im Rückblick, Bonn 1990, S. 8.",
            "Brandt, Peter",
        ),
        (
            "«Мы не ищем конфликта», – заявил посол (Смирнов А. А. Дипломатия малых шагов // Международная жизнь. 2017. № 4. С. 10–19).",
            "Смирнов",
        ),
    ] {
        one_piece_from(note, start);
    }
    // A remark told by whose words it quotes.
    for (note, start) in [
        (
            "По словам Г. Лаврова, «переговоры зашли в тупик». – Лавров Г. Пределы диалога. М. : Весь мир, 2015. С. 80.",
            "Лавров Г. Пределы",
        ),
        (
            "Nach Habermas ist die „nachholende Revolution“ ohne Utopie; vgl. Habermas, Jürgen: Die nachholende Revolution, Frankfurt a. M. 1990, S. 181.",
            "Habermas, Jürgen",
        ),
        (
            "Según Pablo Ortega, «la transición fue un pacto de élites»; véase Pablo Ortega, La transición pactada, Madrid, Tecnos, 2001, p. 45.",
            "Pablo Ortega, La",
        ),
        (
            "За словами Олени Гнатюк, «пам'ять стала полем бою» (Гнатюк О. Війни пам'яті. Київ : Критика, 2012. С. 9).",
            "Гнатюк О.",
        ),
    ] {
        one_piece_from(note, start);
    }
    // A Russian headline in guillemets before its outlet is no remark.
    let p = split::pieces("«Минск ждёт ответа» // Коммерсантъ. 2020. 5 мая.");
    assert_eq!(p, ["«Минск ждёт ответа» // Коммерсантъ. 2020. 5 мая."]);
}

#[test]
fn works_joined_in_german_and_italian_prose() {
    let p = split::pieces(
        "So schon Weber, Karl: Der Staat, Berlin 1990, S. 4, sowie Lenz, Anna: Die Stadt, Köln 1995, S. 9.",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[1].starts_with("Lenz, Anna"), "{p:?}");
    one_piece_from(
        "Come ha scritto Luigi Neri, il problema resta aperto: cfr. L. Neri, La terra e i contadini, Milano, Feltrinelli, 1975, p. 8.",
        "L. Neri",
    );
    let p = split::pieces(
        "Si veda G. Rossi, Il porto di Trieste, Trieste, Lint, 1980; per il periodo successivo, Id., Trieste e l'Europa, Trieste, Lint, 1985.",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[1].starts_with("Id.,"), "{p:?}");
}

#[test]
fn a_latin_gost_heading_before_a_title_with_a_colon() {
    let w = parse_note(
        "Snyder T. Bloodlands: Europe between Hitler and Stalin. New York ; London : Basic Books, 2010. P. 5.",
    )
    .work;
    assert_eq!(families(&w), ["Snyder"]);
    assert_eq!(
        w.title.as_deref(),
        Some("Bloodlands: Europe between Hitler and Stalin")
    );
    assert_eq!(w.location.as_deref(), Some("New York; London"));
    assert_eq!(w.publisher.as_deref(), Some("Basic Books"));
}

#[test]
fn imprints_and_journals_the_labeller_misreads() {
    // A Belarusian place it has not seen, after the title's stop.
    let w = parse_note("Шыбека З. Нарыс гісторыі Беларусі, 1795–2002. Берасце, 2003. С. 9.").work;
    assert_eq!(w.container, None, "{w:?}");
    assert_eq!(w.location.as_deref(), Some("Берасце"));
    // A site's name after "//" cut in two.
    let w = parse_note(
        "Зеленский В. Обращение к нации // Официальный сайт Президента Украины. 2022. 24 февр.",
    )
    .work;
    assert_eq!(
        w.container.as_deref(),
        Some("Официальный сайт Президента Украины")
    );
    // A subtitle of words joined by commas before the place.
    let w =
        parse_note("Brandt, Peter: Die Ostpolitik. Ziele, Wege, Grenzen, Bonn: Dietz 1990, S. 3.")
            .work;
    assert_eq!(
        w.title.as_deref(),
        Some("Die Ostpolitik. Ziele, Wege, Grenzen")
    );
    assert_eq!(w.location.as_deref(), Some("Bonn"));
    // A Polish journal in quotation marks after the title.
    let w =
        parse_note("A. Nowak, Polityka wschodnia po 1989 roku, „Przegląd Wschodni” 2015, nr 2.")
            .work;
    assert_eq!(w.container.as_deref(), Some("Przegląd Wschodni"));
    assert_eq!(w.title.as_deref(), Some("Polityka wschodnia po 1989 roku"));
    // A body, then a title whose first words end in a particle.
    let w =
        parse_note("Istat, Rapporto sulla popolazione dell'Italia, Roma, Istat, 2019, p. 4.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("Rapporto sulla popolazione dell'Italia"),
        "{w:?}"
    );
}

#[test]
fn marks_and_kinds_in_polish_and_belarusian() {
    let w = parse_note("J. Kowal (oprac.), Listy z emigracji 1945–1960, Lublin 2001, s. 3.").work;
    assert_eq!(super::layouts::family_names(&w.editors), ["Kowal"]);
    let w = parse_note("Мінск у лічбах : стат. даведнік. Мінск : Статыстыка, 2021. 40 с.").work;
    assert_eq!(w.title.as_deref(), Some("Мінск у лічбах"));
    let w = parse_note("Корзун П. Гісторыя Полацка. 2-е выд. Мінск : Беларусь, 2005. С. 4.").work;
    assert_eq!(w.title.as_deref(), Some("Гісторыя Полацка"));
    assert_eq!(w.edition.as_deref(), Some("2"));
}

#[test]
fn a_spanish_author_with_two_family_names() {
    let w = parse_note(
        "Manuel Pérez Ledesma, El obrero consciente y la huelga general en la España de la Restauración, Madrid, Alianza, 1987, p. 12.",
    )
    .work;
    assert_eq!(families(&w), ["Pérez Ledesma"]);
}
