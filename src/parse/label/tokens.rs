//! Tokens of a note for the field labeller: runs of non-blank characters,
//! with Chinese text further cut after its own punctuation (a Chinese note
//! has few spaces). Each token keeps its byte range in the note, so labels
//! map back to exact spans of the text.

use std::ops::Range;

/// Characters after which a CJK run is cut: full-width comma, stop, colon,
/// semicolon, enumeration comma, closing brackets.
const CJK_CUT_AFTER: &[char] = &['，', '。', '：', '；', '、', '》', '）', '】'];
/// Characters before which a CJK run is cut: opening brackets.
const CJK_CUT_BEFORE: &[char] = &['《', '（', '【', '['];

/// Byte ranges of the tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut cjk = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
            cjk = false;
            continue;
        }
        let this_cjk = is_cjk(c);
        if let Some(s) = start
            && (cjk || this_cjk)
            && CJK_CUT_BEFORE.contains(&c)
            && s < i
        {
            out.push(s..i);
            start = Some(i);
        }
        if start.is_none() {
            start = Some(i);
        }
        cjk |= this_cjk;
        if cjk
            && CJK_CUT_AFTER.contains(&c)
            && let Some(s) = start.take()
        {
            out.push(s..i + c.len_utf8());
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// Han ideographs, kana, hangul and CJK punctuation.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn blanks_split_and_chinese_punctuation_cuts() {
        assert_eq!(words("  Smith, J.  Title. "), ["Smith,", "J.", "Title."]);
        assert_eq!(
            words("张三，李四. 白俄罗斯《国际问题研究》2019"),
            ["张三，", "李四.", "白俄罗斯", "《国际问题研究》", "2019"]
        );
        assert_eq!(words("题名[J]. 刊名"), ["题名", "[J].", "刊名"]);
        assert!(words("").is_empty());
    }
}
