//! Chinese prose before a reference: "关于“一带一路”倡议的早期讨论，参见王义桅：
//! 《…》", "相关数据来自国家统计局：《…》", "这一观点详见郑永年：《…》". Chinese
//! writes no space between the prose, the word that points to a source and
//! the author, so the words of [`super::COMMENTARY_WORDS`] are never
//! separated; here the pointing word is found in the text itself and kept
//! only before the head of a Chinese reference: a short name closed by a
//! colon (a comma in Taiwan's form) and a title in book marks.

use std::sync::LazyLock;

use regex::Regex;

/// Prose without book marks, a word pointing to a source (a bare `见`
/// only at the start or after a comma: `王见明` is a name), then the head.
static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<prose>[^《》〈〉]{0,60}?)",
        r"(?:(?:另|又|亦|可)?(?:参见|參見|参看|參看|参阅|參閱|[详詳][见見]|[转轉]?引自|[来來]自|出自|源自)",
        r"|(?:^|[，,]\s*)[见見])[：:]?\s*",
        r"(?P<rest>(?:[［\[〔（(][^］\]〕）)]{1,3}[］\]〕）)]\s*)?",
        r"(?:[^《》〈〉，,：:。；;\s]{1,30}[：:，,]\s*)?[《〈].*)$",
    ))
    .expect("Chinese lead-in pattern")
});

/// The reference after a clause of Chinese prose and its pointing word,
/// when there is such a clause.
pub(super) fn after_lead_in(text: &str) -> Option<&str> {
    LEAD_IN.captures(text)?.name("rest").map(|m| m.as_str())
}

#[cfg(test)]
mod tests {
    use super::after_lead_in;

    #[test]
    fn prose_and_a_pointing_word_before_the_head() {
        assert_eq!(
            after_lead_in(
                "对这一问题的系统讨论，参见时殷弘：《全球性挑战与中国》，湖南人民出版社2010年版。"
            ),
            Some("时殷弘：《全球性挑战与中国》，湖南人民出版社2010年版。")
        );
        assert_eq!(
            after_lead_in("引文数据来自海关总署：《2021年进出口统计》，2022年1月。"),
            Some("海关总署：《2021年进出口统计》，2022年1月。")
        );
        assert_eq!(
            after_lead_in(
                "其他看法可参阅《国际问题研究》编辑部：《笔谈》，载《国际问题研究》2019年第1期。"
            ),
            Some("《国际问题研究》编辑部：《笔谈》，载《国际问题研究》2019年第1期。")
        );
        assert_eq!(
            after_lead_in("此说，见林碧炤，〈國家安全〉，《問題與研究》，第3期（2010年），頁1-9。"),
            Some("林碧炤，〈國家安全〉，《問題與研究》，第3期（2010年），頁1-9。")
        );
    }

    #[test]
    fn names_with_the_same_characters_are_no_lead_in() {
        assert_eq!(
            after_lead_in("王见明：《中亚的水资源》，新疆人民出版社2008年版。"),
            None
        );
        assert_eq!(
            after_lead_in("《来自远方的报告》，人民出版社2001年版。"),
            None
        );
        assert_eq!(after_lead_in("笔者对外交部官员的访谈，2019年10月。"), None);
    }
}
