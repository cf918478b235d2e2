//! Acts, treaties and court decisions by the shapes their citations have:
//! national acts (read in [`super::national_acts`]), an EU act's
//! (`Regulation (EU) 2024/1689 of …`, `Directive 95/46/EC`), a UK or US
//! act's short title, a treaty's name and date of adoption; a case's name,
//! number and date in the forms of the CJEU, the ECtHR, UK, US, French and
//! post-Soviet courts. An act or a case has no author.

use std::sync::LazyLock;

use regex::Regex;

use crate::entry::Date;
use crate::parse::Work;
use crate::parse::dates::{find_dates, parse_date, precision};

use super::national_acts;

/// "Regulation (EU) 2024/1689 of the European Parliament … of 13 June 2024
/// laying down … [2024] OJ L 1689": the title up to the Official Journal
/// (the Bluebook's "Regulation 2022/2065, of … , 2022 O.J. (L 277) 1" too).
static EU_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<title>(?:(?:Council|Commission)\s+(?:Implementing\s+|Delegated\s+)?)?(?:Regulation|Directive|Decision)\s*",
        r"(?:\((?:EU|EC|EEC|Euratom|CFSP)\)\s*(?:No\s*)?(?P<number>\d+/\d+)|(?P<old>\d+/\d+)/(?:EC|EEC|EU)|(?P<bare>(?:19|20)\d\d/\d+),)",
        r"[^\[]*?)\s*(?:\[\d{4}\]|,?\s*OJ\s|,\s\d{4}\sO\.J\.\s|$)",
    ))
    .expect("EU act pattern")
});

/// "Data Protection Act 2018, s 170": a UK act's short title and year.
static UK_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[A-Z][A-Za-z'’ ()]{2,120}?\sAct\s+(?P<year>\d{4}))(?:[,.\s]|$)")
        .expect("UK act pattern")
});

/// "European Parliament resolution of 17 September 2020 on the situation in
/// Belarus (2020/2779(RSP)), OJ C 385, 22.9.2021, p. 25": a European body's
/// act as the Official Journal heads it, its procedure's code in brackets.
static BODY_ACT_OF_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<title>(?:European Parliament|European Council|Council|Council of the European Union|European Commission|Commission|Committee of Ministers|Parliamentary Assembly|PACE)",
        r" (?:resolution|recommendation|decision|opinion|declaration|conclusions) of (?P<day>\d{1,2} \p{L}+ (?:19|20)\d\d) on [^,(]{3,200}?)",
        r"(?:\s*\((?P<code>\d{4}/\d{4}\([A-Z]{3}\)|(?:Resolution|Recommendation) \d{1,5})\))?(?:,|\.?$)",
    ))
    .expect("body's act of a date pattern")
});

/// A European body's act as [`BODY_ACT_OF_DATE`] reads it: its heading
/// (the title), its day and its procedure's code or number.
pub(in crate::parse) struct BodyAct {
    title: String,
    date: Option<Date>,
    code: Option<String>,
}

impl BodyAct {
    /// The work named as the act: no author, the heading as title, the
    /// act's day and its code as number.
    pub(in crate::parse) fn name(self, work: &mut Work) {
        work.authors.clear();
        work.title = Some(self.title);
        work.date = self.date.or(work.date);
        work.number = self.code;
    }
}

/// Reads "European Parliament resolution of 17 September 2020 on … (…)".
pub(in crate::parse) fn body_act_of_date(text: &str) -> Option<BodyAct> {
    const BODIES: [&str; 6] = [
        "European",
        "Council",
        "Commission",
        "Committee",
        "Parliamentary",
        "PACE",
    ];
    let text = text.trim_start();
    if !BODIES.iter().any(|b| text.starts_with(b)) {
        return None;
    }
    let c = BODY_ACT_OF_DATE.captures(text)?;
    Some(BodyAct {
        title: c["title"].to_string(),
        date: find_dates(&c["day"]).first().map(|d| d.date),
        code: c.name("code").map(|m| m.as_str().to_string()),
    })
}

/// "Treaty on European Union [2012] OJ C326/13": a name before the year
/// of the Official Journal.
static NAME_BEFORE_OJ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[^\[(,]{3,200}?)\s*\[(?P<year>\d{4})\]\s*OJ\s")
        .expect("name before OJ pattern")
});

/// "50 U.S.C. § 1701 (2018).": the year of the code's edition at the end.
static YEAR_AT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(((?:19|20)\d\d)\)\s*\.?\s*$").expect("year at end pattern"));

/// "Countering America's Adversaries Through Sanctions Act, Pub. L. No.
/// 115-44, 131 Stat. 886 (2017)": a US act's short title before its public
/// law or code number, or a bill's before its number and Congress
/// ("…, H.R. 8152, 117th Cong. § 207 (2022)").
static US_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[^,]{3,200}?|[^.]{3,200}?\sAct(?:\s+of\s+\d{4})?),\s*(?:Pub\.\s*L\.\s*(?:No\.\s*)?(?P<number>\d+-\d+)|\d+\s+U\.?S\.?C\.?|(?P<bill>(?:H\.R\.|S\.)\s\d+),\s\d+(?:st|nd|rd|th)\sCong\.)")
        .expect("US act pattern")
});

/// "47 U.S.C. § 230(c)(1)", "16 C.F.R. pt. 312", "Exec. Order No.
/// 14,110": a section of the code or an order, which is its own name.
static US_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d+\s(?:U\.S\.C\.|C\.F\.R\.)(?:\s(?:§§?|pt\.)\s?[\w.\-–]+(?:\([\w]+\))*)?|Exec\.\sOrder\sNo\.\s[\d,]+\d)")
        .expect("US code pattern")
});

/// "Rome Statute of the International Criminal Court (adopted 17 July 1998,
/// entered into force 1 July 2002) 2187 UNTS 3": a treaty's name before
/// its dates.
static TREATY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<title>.+?)\s*\((?:adopted|opened\s+for\s+signature|signed|done)\s+(?P<when>[^,)]+)",
    )
    .expect("treaty pattern")
});

static CASE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // "C-72/22 PPU": the urgent procedure's mark is the number's.
        r"(?-u:\b)(?:Joined\s+)?Cases?\s+([CT]-\d+/\d+(?:\sPPU(?-u:\b))?)|(?-u:\b)(ECLI:[A-Z]{2}:[A-Z0-9.:]+)",
        r"|(?:^|[\s,(])([CT]-\d+/\d+(?:\sP(?-u:\b))?)(?-u:\b)|(?-u:\b)[nN][°º]\s*(\d[\d\-/]*)",
        r"|,\s+(?:App(?:lication)?s?\.?\s+)?nos?\.\s*(\d+/\d\d(?:(?:,\s*|\s+and\s+)\d+/\d\d)*(?:\s+and\s+\d+\s+others)?)(?-u:\b)",
    ))
    .expect("case number pattern")
});

/// A case's name: the parties either side of "v" up to the report or the
/// case number ("R (Miller) v Secretary of State … [2017] UKSC 5", "Trump
/// v. Hawaii, 585 U.S. 667 (2018)", "Ukraine v. Russia, Applications nos.
/// …"), after the case number when it opens the note ("Case C-311/18 Data
/// Protection Commissioner v Facebook … [2020]").
static CASE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:Joined\s+)?Cases?\s+[CT]-\d+/\d+(?:\sPPU)?(?:\s+and\s+[CT]-\d+/\d+)?,?\s+|Case\s+of\s+)?",
        // A party's comma before its company form stays ("NetChoice, LLC v.
        // Paxton").
        r"(?P<title>(?:[^\[,]|,\s(?:LLC|L\.L\.C\.|Inc\.|Ltd\.?|Corp\.|Co\.|L\.P\.|N\.A\.|S\.A\.)\s)+?\s*v\.?\s+[^\[]+?)",
        r"\s*(?:\[\d{4}\]|\(\d{4}\)|,\s*\d|,\s*(?:Applications?|App\.|ECLI|[CT]-\d|nos?\.\s*\d)",
        r"|\s+App(?:lication)?s?\.?\s+nos?|\s*\((?:(?:Joined\s+)?Cases?\s+)?[CT]-\d|\s+EU:[CT]:\d{4}:|$)",
    ))
    .expect("case name pattern")
});

/// "Judgment of 13 May 2014, Google Spain and Google, C-131/12" (the
/// Court of Justice's own form) and "Conseil d'État, 19 juillet 2019,
/// Association …, n° 424216": the name between the date and the number.
static NAME_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:Judgment|Order|Opinion)\s+of\s+[^,]+,\s*(?P<title>[^,]+),\s*[CT]-\d",
        r"|^(?:Conseil\s+d['’ʼ]État|Cour\s+de\s+cassation|Conseil\s+constitutionnel)[^,]*,\s*[^,]*\d{4},\s*(?P<french>[^,]+),\s*n[°º]",
    ))
    .expect("name after date pattern")
});

/// "Legality of the Threat or Use of Nuclear Weapons, Advisory Opinion,
/// 1996 I.C.J. 226": an ICJ case's name before the kind of decision.
static ICJ_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[^,]{3,200}?)(?:\s\([^()]{2,80}\))?,\s(?:Advisory\sOpinion|Judgment|Order|Provisional\sMeasures|Preliminary\sObjections?|Merits)(?-u:\b)")
        .expect("ICJ case name pattern")
});

/// "BVerfG, Urteil vom 15.12.1983 – 1 BvR 209/83, BVerfGE 65, 1 (43) –
/// Volkszählung": a German court, the kind and day of its decision, the
/// docket number and, last, the name the decision is known by.
static GERMAN_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<court>BVerfG|BGH|BVerwG|BAG|BSG|BFH),\s(?P<kind>Urt(?:eil|\.)|Beschl(?:uss|\.))\sv(?:om|\.)\s(?P<day>\d{1,2}\.\s?\d{1,2}\.\s?\d{4})(?:\s?[,–-]\s?(?:Az\.\s)?(?P<number>[\w ]{1,12}?\d+/\d\d))?")
        .expect("German decision pattern")
});

/// The fields of a German court's decision ([`GERMAN_DECISION`]); its
/// title is the name after the last dash, else the court, kind and day.
fn german_decision(text: &str, c: &regex::Captures, work: &mut Work) {
    work.institution = Some(c["court"].to_string());
    work.number = c.name("number").map(|n| n.as_str().trim().to_string());
    work.date = parse_date(&c["day"].replace(' ', "")).or(work.date);
    let name = text
        .trim_end()
        .trim_end_matches('.')
        .rsplit_once(" – ")
        .map(|(_, n)| n.trim())
        .filter(|n| {
            n.chars()
                .all(|ch| ch.is_alphabetic() || ch == ' ' || ch == '-')
                && !n.is_empty()
        });
    work.title = Some(name.map_or_else(
        || c[0].split(" – ").next().unwrap_or(&c[0]).trim().to_string(),
        str::to_string,
    ));
    work.container = None;
    work.volume = None;
    work.pages = None;
}

pub(super) fn act(text: &str, work: &mut Work) {
    if super::french::act(text, work) || super::central::act(text, work) {
        return;
    }
    // An act is named by its designation, never by an author.
    if national_acts::read(text, work) {
    } else if let Some(c) = crate::parse::special::IBERO_ACT
        .captures(text)
        .filter(|_| crate::parse::special::may_be_ibero_act(text))
    {
        // "Ley 1448 de 2011, por la cual …", "BRASIL. Lei nº 13.709, de 14
        // de agosto de 2018. …": named by its designation; a day given
        // without its year takes the year from the note.
        work.authors.clear();
        work.number = Some(c["number"].to_string());
        let day = find_dates(&c["date"])
            .into_iter()
            .next()
            .map(|d| d.date)
            .or_else(|| c["date"].parse().ok().map(Date::year));
        work.date = day.or(work.date);
        let title = c["title"].trim().to_string();
        if work
            .container
            .as_deref()
            .is_some_and(|k| title.contains(k.trim()))
        {
            work.container = None;
        }
        work.title = Some(title);
    } else if let Some(c) = EU_ACT.captures(text) {
        work.authors.clear();
        let title = c["title"].trim().trim_end_matches(['.', ',']).to_string();
        let number = c
            .name("number")
            .or(c.name("old"))
            .or(c.name("bare"))
            .map_or_else(String::new, |m| m.as_str().to_string());
        // "of 13 June 2024", not the year of "2024/1689"; else a date
        // elsewhere in the note (the Official Journal's), else the year the
        // number holds ("2016/679", "No 1049/2001").
        let best = |t: &str| {
            find_dates(t)
                .into_iter()
                .max_by_key(|d| (d.date.day.is_some(), d.date.month.is_some()))
                .filter(|d| d.date.month.is_some())
                .map(|d| d.date)
        };
        let elsewhere = text.replacen(&number, " ", 1);
        work.date = best(&title)
            .or_else(|| best(&elsewhere))
            .or_else(|| year_of_number(&number))
            .or(work.date);
        // "OJ L", or "(EC) No 765/2006, OJ L" where the labeller ran the
        // amended act into the journal's name.
        if work
            .container
            .as_deref()
            .is_some_and(|c| c.starts_with("OJ") || c.ends_with(" OJ L") || c.ends_with(" OJ C"))
        {
            work.container = None;
        }
        // "(Digital Services Act), 2022 O.J. (L 277) 1": the act's short
        // name and the journal's issue, read as a publisher and a volume.
        if work.publisher.as_deref().is_some_and(|p| title.contains(p)) {
            work.publisher = None;
        }
        if work.volume.as_deref().is_some_and(|v| {
            text.contains(&format!("(L {v})")) || text.contains(&format!("(C {v})"))
        }) {
            work.volume = None;
        }
        work.number = Some(number).filter(|n| !n.is_empty());
        work.title = Some(title);
    } else if let Some(c) = US_ACT.captures(text) {
        work.authors.clear();
        work.title = Some(c["title"].trim().to_string());
        if let Some(n) = c.name("number").or(c.name("bill")) {
            work.number = Some(n.as_str().to_string());
        }
        work.container = None;
    } else if let Some(c) = US_CODE.captures(text) {
        // "47 U.S.C. § 230(c)(1) (2018)", "Exec. Order No. 14,110": named
        // by its place in the code or its number alone.
        work.authors.clear();
        work.title = Some(c[0].trim().to_string());
        work.container = None;
        work.volume = None;
        work.pages = None;
        // "(May 15, 2019)": an order's day.
        if let Some(day) = find_dates(text).into_iter().find(|d| d.date.day.is_some()) {
            work.date = Some(day.date);
        }
    } else if let Some(act) = body_act_of_date(text) {
        act.name(work);
        if work.container.as_deref().is_some_and(|k| k.contains("OJ")) {
            work.container = None;
        }
    } else if let Some(c) = UK_ACT
        .captures(text)
        .or_else(|| NAME_BEFORE_OJ.captures(text))
    {
        work.authors.clear();
        work.title = Some(c["title"].trim().to_string());
        work.date = c["year"].parse().ok().map(Date::year);
        if work
            .container
            .as_deref()
            .is_some_and(|k| c["title"].contains(k))
        {
            work.container = None;
        }
    }
    // "50 U.S.C. § 1701 (2018)": a section's number is no year; a year
    // read elsewhere gives way to the bracketed one at the end, a full date
    // does not.
    if let Some(c) = YEAR_AT_END.captures(text)
        && work
            .date
            .is_none_or(|d| d.month.is_none() && d.year.to_string() != c[1])
    {
        work.date = c[1].parse().ok().map(Date::year);
    }
}

/// The year an EU act's number holds: the first part since 2015
/// ("2016/679"), the second before ("No 1049/2001").
fn year_of_number(number: &str) -> Option<Date> {
    let (a, b) = number.split_once('/')?;
    [a, b]
        .into_iter()
        .filter_map(|p| p.parse::<i32>().ok())
        .find(|y| (1950..=2100).contains(y))
        .map(Date::year)
}

/// "Convention on Cybercrime, Nov. 23, 2001, E.T.S. No. 185": the
/// Bluebook's treaty, its name before the day it was signed.
static TREATY_DATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<title>[^,]{3,200}?),\s(?P<when>(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2},\s\d{4})")
        .expect("dated treaty pattern")
});

pub(super) fn treaty(text: &str, work: &mut Work) {
    let Some(c) = TREATY
        .captures(text)
        .or_else(|| TREATY_DATED.captures(text))
    else {
        return;
    };
    work.authors.clear();
    work.title = Some(c["title"].trim().to_string());
    work.date = find_dates(&c["when"]).first().map(|d| d.date).or(work.date);
    work.container = None;
}

/// "See also", "Cf.", "But see", "See, e.g.,": the Bluebook's signals
/// before a case's name, which are not part of it.
static SIGNAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:[Bb]ut\s)?(?:[Ss]ee|[Cc]f\.)(?:,?\se\.g\.,|\salso|\sgenerally)?|[Aa]ccord|[Cc]ontra|E\.g\.,|[Cc]ompare)\s+")
        .expect("signal pattern")
});

pub(super) fn case(text: &str, work: &mut Work) {
    if super::french::case(text, work) || super::central::case(text, work) {
        return;
    }
    let text = SIGNAL.find(text).map_or(text, |m| &text[m.end()..]);
    // "Court of Justice of the European Union, Case C-351/22, …": the
    // court that decided (CSL's `authority`), not an author.
    if let [crate::entry::Name::Organization(court)] = work.authors.as_slice()
        && work.institution.is_none()
        && (court.contains("Court") || court.contains("Tribunal"))
        // "Judgment of the Supreme Court … of 6": the decision's own words.
        && !court.contains(|c: char| c.is_ascii_digit())
        && !["Judgment", "Judgement", "Decision", "Ruling", "Order", "Case"]
            .iter()
            .any(|w| court.starts_with(w))
    {
        work.institution = Some(court.clone());
    }
    work.authors.clear();
    // "ECLI:EU:C:2024:113": the case's identifier, no page.
    if work
        .pages
        .as_deref()
        .is_some_and(|p| p.contains("ECLI") || p.starts_with(':'))
    {
        work.pages = None;
    }
    // "Judgment of 8 February 2024": the decision's word before its day,
    // read as a publisher.
    if work.publisher.as_deref().is_some_and(|p| {
        matches!(
            p.trim_end_matches([',', ' ']),
            "Judgment of" | "Judgement of" | "Judgment" | "Order of" | "Decision of" | "Ruling of"
        )
    }) {
        work.publisher = None;
    }
    // "Постановление Конституционного Суда РФ от 14.07.2015 № 21-П «…»".
    if national_acts::read_decision(text, work) {
        return;
    }
    if let Some(c) = CASE_NUMBER.captures(text) {
        work.number = (1..=5)
            .find_map(|i| c.get(i))
            .map(|m| m.as_str().to_string());
    }
    // "Constitutional Court of Ukraine, Decision No. 13-r/2020 of …": a
    // decision named by its number only.
    static DECISION_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(.{3,80}?),\s+)?((?:Decision|Judgment|Judgement|Ruling)\s+No\.?\s*([\w/\-]*\d[\w/\-]*))")
            .expect("decision number pattern")
    });
    if work.number.is_none()
        && let Some(c) = DECISION_NUMBER.captures(text)
    {
        // The court that gave it (CSL's `authority`).
        if let Some(court) = c.get(1).filter(|m| m.as_str().contains("Court")) {
            work.institution = Some(court.as_str().to_string());
        }
        work.number = Some(c[3].to_string());
        work.title = Some(c[2].to_string());
        if work.volume.as_deref().is_some_and(|v| c[3].starts_with(v)) {
            work.volume = None;
        }
    }
    if let Some(c) = NAME_AFTER_DATE.captures(text) {
        let name = c.name("title").or(c.name("french"));
        work.title = name.map(|m| m.as_str().trim().to_string());
    } else if let Some(c) = GERMAN_DECISION.captures(text) {
        german_decision(text, &c, work);
        return;
    } else if let Some(c) = ICJ_NAME.captures(text) {
        work.title = Some(c["title"].trim().to_string());
    } else if let Some(c) = CASE_NAME.captures(text) {
        work.title = Some(c["title"].trim().to_string());
    }
    if work.container.as_deref().is_some_and(|c| {
        work.number.as_deref().is_some_and(|n| c.contains(n))
            || c.starts_with("decision")
            // The case's name the labeller read as a newspaper's.
            || work.title.as_deref().is_some_and(|t| t.starts_with(c))
    }) {
        work.container = None;
    }
    // "§ 412": the paragraph cited, not a volume.
    if let Some(v) = work.volume.as_deref()
        && (text.contains(&format!("§ {v}")) || text.contains(&format!("§{v}")))
    {
        work.volume = None;
    }
    // The decision's day where the note gives one ("Judgment of 13 May
    // 2014", "19 juillet 2019"), else the year of its report ("[2020]").
    let dated = find_dates(text)
        .into_iter()
        .filter(|d| d.date.day.is_some())
        .map(|d| d.date)
        .next();
    let precision = |d: &Option<Date>| d.as_ref().map_or(0, precision);
    if precision(&dated) > precision(&work.date) {
        work.date = dated;
    }
    if work.date.is_none() {
        static REPORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
            // "[2020]", "(2020)", or the year in a European case
            // identifier without its "ECLI:" ("EU:C:2021:492").
            Regex::new(r"[\[(]((?:19|20)\d\d)[\])]|(?:^|\s|ECLI:)EU:[CT]:((?:19|20)\d\d):")
                .expect("report year pattern")
        });
        work.date = REPORT_YEAR
            .captures(text)
            .and_then(|c| c.get(1).or(c.get(2))?.as_str().parse().ok())
            .map(Date::year);
    }
}
