//! Words the labeller ran into a neighbouring span at a list of names: a
//! Chinese title read with the last name in Vancouver's form, and APA's
//! Russian or Ukrainian "in" before the editors read with the title.

use crate::entry::Name;
use crate::parse::Work;
use crate::parse::label::tokens::is_cjk;

/// "胡晓明. 中白工业园的合作. 俄罗斯东欧中亚研究. 2014;71(4)": a Chinese
/// article's title after the names in Vancouver's form, read with the last
/// name. (CSE's web page, "黄敏. 环球时报. 2021. …", has its site there,
/// which becomes the title: the name at least is right.)
pub(super) fn chinese_title_in_last_name(work: &mut Work) {
    if work.title.is_some() {
        return;
    }
    // Every name two to four ideographs ("李洋. 中白关系的新阶段").
    let chinese = |n: &str| (2..=4).contains(&n.chars().count()) && n.chars().all(is_cjk);
    let Some((Name::Organization(whole), before)) = work.authors.split_last() else {
        return;
    };
    let Some((name, title)) = whole.split_once(". ") else {
        return;
    };
    let others = before.iter().all(|n| match n {
        Name::Organization(n) => chinese(n),
        _ => false,
    });
    if !others || !chinese(name) || title.chars().filter(|c| is_cjk(*c)).count() < 4 {
        return;
    }
    let (name, title) = (name.to_string(), title.to_string());
    if let Some(last) = work.authors.last_mut() {
        *last = Name::Organization(name);
    }
    work.title = Some(title);
}

/// "Энергетика и интеграция. В | А. Бабенко (Ред.)": APA's Russian (or
/// Ukrainian "У") "in" before the editors, read with the title; whether it
/// was there (the work is then in a collection).
pub(super) fn in_marker_ends_title(work: &mut Work) -> bool {
    if work.editors.is_empty() {
        return false;
    }
    let Some(title) = work.title.as_mut() else {
        return false;
    };
    let Some(kept) = title
        .strip_suffix(". В")
        .or_else(|| title.strip_suffix(". У"))
        .map(str::len)
    else {
        return false;
    };
    title.truncate(kept);
    true
}
