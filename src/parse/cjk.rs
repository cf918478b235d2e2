//! Full-width punctuation of Chinese notes. Commas, stops and colons
//! outside book marks are read as their Latin forms, so that Chinese notes
//! split like others; a title or container found in that Latin reading is
//! then given back the punctuation its note wrote (`上海合作组织二十年：成就与
//! 经验`, not `…二十年: 成就…`), since the title's own colon is part of the
//! title, not a separator the parser added.
use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::Work;

/// Full-width commas, stops and colons outside book marks to their Latin
/// forms. Parentheses stay: they belong to titles such as
/// 《白俄罗斯发展报告（2021）》.
pub fn latin_punctuation(text: &str) -> Cow<'_, str> {
    if !may_have_full_width(text) {
        return Cow::Borrowed(text);
    }
    // "2023（2）：45-60": a year's issue in full-width brackets, as a
    // GB/T 7714 journal reference writes it with ASCII ones. Brackets
    // elsewhere ("报告（2022）") are left as the title has them.
    static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\d)\s*（([\d\-–]{1,7})）").expect("full-width issue pattern")
    });
    let text = ISSUE.replace_all(text, "$1($2)");
    let mut out = String::with_capacity(text.len() + 16);
    convert(&text, |c, latin| match latin {
        Some(latin) => out.push_str(latin),
        None => out.push(c),
    });
    Cow::Owned(out)
}

/// Whether a text may hold a full-width mark [`latin_punctuation`]
/// changes. Each begins with byte E3 or EF in UTF-8: most notes have
/// neither, told by one byte search.
fn may_have_full_width(text: &str) -> bool {
    memchr::memchr2(0xE3, 0xEF, text.as_bytes()).is_some()
        && text.contains(['，', '。', '：', '；', '、', '（'])
}

/// Walks `text`, giving each character and, for a mark outside book marks,
/// its Latin form. Inside book marks the punctuation is the title's own
/// (《大国战略：国际战略探究与思考》) and stays as written.
fn convert(text: &str, mut each: impl FnMut(char, Option<&'static str>)) {
    let mut in_title = 0u32;
    for c in text.chars() {
        match c {
            '《' => in_title += 1,
            '》' => in_title = in_title.saturating_sub(1),
            _ => {}
        }
        let latin = match c {
            '，' | '、' => Some(", "),
            '。' => Some(". "),
            '：' => Some(": "),
            '；' => Some("; "),
            _ => None,
        };
        each(c, latin.filter(|_| in_title == 0));
    }
}

/// Gives the work's title and container back the full-width punctuation
/// `original` wrote where [`latin_punctuation`] made it Latin.
pub fn restore_marks(work: &mut Work, original: &str) {
    if !may_have_full_width(original) {
        return;
    }
    for field in [&mut work.title, &mut work.container] {
        if let Some(text) = field
            && let Some(written) = as_written(text, original)
        {
            *text = written;
        }
    }
}

/// The part of `original` that [`latin_punctuation`] turns into `field`,
/// when `field` holds a mark it changed.
fn as_written(field: &str, original: &str) -> Option<String> {
    if !field.contains([',', '.', ':', ';']) {
        return None;
    }
    // The Latin reading, and for each of its bytes the byte of `original`
    // it came from.
    let mut latin = String::with_capacity(original.len() + 16);
    let mut from = Vec::with_capacity(original.len() + 16);
    let mut at = 0;
    convert(original, |c, mark| {
        let before = latin.len();
        match mark {
            Some(mark) => latin.push_str(mark),
            None => latin.push(c),
        }
        from.extend(std::iter::repeat_n(at, latin.len() - before));
        at += c.len_utf8();
    });
    from.push(original.len());
    let start = latin.find(field)?;
    let end = start + field.len();
    // The field ends inside a mark's Latin form (its space): the mark is
    // the field's.
    let end = if end < latin.len() && from[end] == from[end - 1] {
        from[end]
            + original[from[end]..]
                .chars()
                .next()
                .map_or(0, char::len_utf8)
    } else {
        from[end]
    };
    let written = original.get(from[start]..end)?;
    // Only a changed mark may differ, and only inside the field.
    let mut back = String::with_capacity(written.len() + 8);
    convert(written, |c, mark| match mark {
        Some(mark) => back.push_str(mark),
        None => back.push(c),
    });
    (written != field && back.trim_end() == field).then(|| written.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_outside_book_marks_become_latin() {
        assert_eq!(
            latin_punctuation("王缉思：《大国战略：探究与思考》，中信出版社2016年版。"),
            "王缉思: 《大国战略：探究与思考》, 中信出版社2016年版. "
        );
        assert_eq!(
            latin_punctuation("刊名, 2023（2）：45-60."),
            "刊名, 2023(2): 45-60."
        );
        assert!(matches!(latin_punctuation("Plain note."), Cow::Borrowed(_)));
    }

    #[test]
    fn a_title_gets_back_its_own_marks() {
        let note = "孙壮志, 等. 上海合作组织二十年：成就与经验[J]. 刊名, 2021(3): 1-20.";
        assert_eq!(
            as_written("上海合作组织二十年: 成就与经验", note).as_deref(),
            Some("上海合作组织二十年：成就与经验")
        );
        // A title the note wrote with a Latin colon stays as it is.
        let note = "王缉思. 西进: 中国地缘战略的再平衡[N]. 环球时报, 2012-10-17.";
        assert_eq!(as_written("西进: 中国地缘战略的再平衡", note), None);
        // Text the Latin reading does not hold is left alone.
        assert_eq!(as_written("别的题名: 副题", note), None);
    }

    #[test]
    fn a_work_gets_back_its_title_and_container() {
        let note = "李娜. 中国与欧亚：合作、挑战[M]//张伟. 欧亚研究：第一辑. 北京: 出版社, 2020.";
        let mut work = Work {
            title: Some("中国与欧亚: 合作, 挑战".into()),
            container: Some("欧亚研究: 第一辑".into()),
            ..Work::default()
        };
        restore_marks(&mut work, note);
        assert_eq!(work.title.as_deref(), Some("中国与欧亚：合作、挑战"));
        assert_eq!(work.container.as_deref(), Some("欧亚研究：第一辑"));
    }
}
