//! Unit tests of the readings Chinese-language and China-watching notes
//! need: Taiwan's and Hong Kong's forms in traditional characters, theses,
//! white papers, volumes and laws in the mainland form, GB/T 7714's online
//! codes and the tails of its journal and newspaper items, a title's own
//! full-width punctuation, names in pinyin and in the Palladius system
//! with their characters, a translated title cut by the labeller. Each
//! note is made up in a shape real notes have.
use crate::parse::*;

/// The family names of a work's authors alone.
fn families(w: &Work) -> Vec<String> {
    super::layouts::family_names(&w.authors)
}

#[test]
fn taiwan_and_hong_kong_books_with_the_imprint_in_brackets() {
    let w = parse_note("林碧炤，《國際政治與外交政策》（臺北：五南圖書，2017年），頁112。").work;
    assert_eq!(families(&w), ["林碧炤"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("國際政治與外交政策"));
    assert_eq!(w.publisher.as_deref(), Some("五南圖書"));
    assert_eq!(w.location.as_deref(), Some("臺北"));
    assert_eq!(w.entry_type, "book");
    let w = parse_note("王賡武：《中國與海外華人》（香港：商務印書館，1994），頁30。").work;
    assert_eq!(w.publisher.as_deref(), Some("商務印書館"), "{w:?}");
    assert_eq!(w.date, Some(Date::year(1994)));
}

#[test]
fn a_taiwan_article_in_angle_marks_with_volume_and_month() {
    let w = parse_note(
        "張登及，〈崛起中國的外交轉型〉，《中國大陸研究》，第61卷第4期（2018年12月），頁25-48。",
    )
    .work;
    assert_eq!(w.title.as_deref(), Some("崛起中國的外交轉型"), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("中國大陸研究"));
    assert_eq!(
        (w.volume.as_deref(), w.number.as_deref()),
        (Some("61"), Some("4"))
    );
    assert_eq!(w.date.map(|d| (d.year, d.month)), Some((2018, Some(12))));
    assert_eq!(w.pages.as_deref(), Some("25--48"));
    assert_eq!(w.entry_type, "article");
}

#[test]
fn theses_in_the_mainland_form() {
    let w = parse_note("赵磊：《上海合作组织的安全合作》，博士学位论文，复旦大学，2015年。").work;
    assert_eq!(w.entry_type, "thesis", "{w:?}");
    assert_eq!(w.institution.as_deref(), Some("复旦大学"));
    assert_eq!(w.thesis.as_deref(), Some("博士学位论文"));
    let w = parse_note("周琳：《中亚能源政治研究》，兰州大学硕士学位论文，2019年，第8页。").work;
    assert_eq!(w.institution.as_deref(), Some("兰州大学"), "{w:?}");
    assert_eq!(w.date, Some(Date::year(2019)));
}

#[test]
fn a_white_paper_a_volume_and_a_law() {
    let w =
        parse_note("国务院新闻办公室：《中国的军事战略》白皮书，北京：人民出版社2015年版。").work;
    assert_eq!(w.entry_type, "report", "{w:?}");
    assert_eq!(w.title.as_deref(), Some("中国的军事战略"));
    let w = parse_note("毛泽东：《毛泽东选集》第2卷，北京：人民出版社1991年版，第560页。").work;
    assert_eq!(w.volume.as_deref(), Some("2"), "{w:?}");
    assert_eq!(w.publisher.as_deref(), Some("人民出版社"));
    let w = parse_note("《中华人民共和国数据安全法》，2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过。").work;
    assert_eq!(w.entry_type, "legislation", "{w:?}");
    assert_eq!(w.date.map(|d| (d.month, d.day)), Some((Some(6), Some(10))));
}

#[test]
fn a_translated_author_and_the_translator_before_the_title() {
    let w =
        parse_note("[英]巴里·布赞著，刘永涛译：《人、国家与恐惧》，上海：上海人民出版社2009年版。")
            .work;
    assert_eq!(families(&w), ["巴里·布赞"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("人、国家与恐惧"));
}

#[test]
fn gbt_online_codes_and_the_tails_of_journal_and_newspaper_items() {
    let w = parse_note("商务部. 中国对外投资发展报告2022[R/OL]. (2023-02-10)[2023-06-01]. http://www.mofcom.gov.cn/a/b.html.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("中国对外投资发展报告2022"),
        "{w:?}"
    );
    assert_eq!(families(&w), ["商务部"]);
    assert_eq!(w.date, Date::new(2023, Some(2), Some(10)));
    let w = parse_note("李新. 中亚地缘政治新格局[J/OL]. 当代世界, 2022, 8(3): 10-15[2023-01-20]. https://kns.cnki.net/x.html.").work;
    assert_eq!(w.date, Some(Date::year(2022)), "{w:?}");
    assert_eq!(w.urldate, Date::new(2023, Some(1), Some(20)));
    assert_eq!(w.number.as_deref(), Some("3"));
    let w = parse_note("钟声. 开放合作是正确选择[N/OL]. 人民日报, 2019-04-25[2019-05-01]. http://paper.people.com.cn/x.htm.").work;
    assert_eq!(w.container.as_deref(), Some("人民日报"), "{w:?}");
    assert_eq!(w.date, Date::new(2019, Some(4), Some(25)));
    let w = parse_note("孙力. 欧亚联盟的前景[J]. 外交评论, 2018 (5): 30-49.").work;
    assert_eq!(w.number.as_deref(), Some("5"), "{w:?}");
}

#[test]
fn a_gbt_title_keeps_its_full_width_colon() {
    let w =
        parse_note("李永全. 俄罗斯发展报告：转型与挑战[M]. 北京: 社会科学文献出版社, 2020.").work;
    assert_eq!(
        w.title.as_deref(),
        Some("俄罗斯发展报告：转型与挑战"),
        "{w:?}"
    );
}

#[test]
fn names_in_pinyin_and_palladius_with_their_characters() {
    let w = parse_note("Qin Yaqing 秦亚青, Guanxi yu guocheng 关系与过程 [Relations and processes] (Shanghai: Shanghai renmin chubanshe, 2012), 7.").work;
    assert_eq!(families(&w), ["Qin"], "{w:?}");
    assert_eq!(w.title.as_deref(), Some("Guanxi yu guocheng 关系与过程"));
    assert_eq!(w.publisher.as_deref(), Some("Shanghai renmin chubanshe"));
    let w = parse_note(
        "Чжао Хуашэн. Китай, Центральная Азия и ШОС. М. : Московский Центр Карнеги, 2005. 64 с.",
    )
    .work;
    assert_eq!(families(&w), ["Чжао"], "{w:?}");
    // A Russian name in its natural order stays as it is.
    let w = parse_note("Ирина Петрова. Очерки о Китае. М. : Наука, 2010. 200 с.").work;
    assert_eq!(families(&w), ["Петрова"], "{w:?}");
}

#[test]
fn a_translation_cut_by_the_labeller_leaves_the_journal() {
    let w = parse_note("Li Wei, \"Zhongguo waijiao de xin fazhan\" [New developments in the diplomacy of contemporary China], Waijiao pinglun, no. 3 (2021).").work;
    assert_eq!(w.container.as_deref(), Some("Waijiao pinglun"), "{w:?}");
    assert_eq!(
        w.title_translated.as_deref(),
        Some("New developments in the diplomacy of contemporary China")
    );
}

#[test]
fn an_apa_issue_after_a_journal_in_small_letters() {
    let w = parse_note("Wang, L. (2020). Title of a study. Guoji zhengzhi kexue, (2), 1–30.").work;
    assert_eq!(
        w.container.as_deref(),
        Some("Guoji zhengzhi kexue"),
        "{w:?}"
    );
    assert_eq!(
        (w.volume.as_deref(), w.number.as_deref()),
        (None, Some("2"))
    );
}

#[test]
fn a_ministrys_statement_is_a_page_of_its_site() {
    let w = parse_note("\"Remarks on the Situation in the Region,\" Ministry of Foreign Affairs of Japan, March 3, 2022.").work;
    assert_eq!(w.entry_type, "online", "{w:?}");
}

#[test]
fn collected_works_with_the_volume_in_chinese_numerals() {
    let p = parse_note("《邓小平文选》第三卷，人民出版社1993年版，第77页。");
    let w = p.work;
    assert_eq!(w.title.as_deref(), Some("邓小平文选"), "{w:?}");
    assert_eq!(w.volume.as_deref(), Some("3"));
    assert_eq!(w.publisher.as_deref(), Some("人民出版社"));
    assert_eq!(w.date, Some(Date::year(1993)));
    assert!(w.authors.is_empty());
    assert_eq!(p.pinpoint.as_deref(), Some("77"));
    let w = parse_note(
        "江泽民：《在庆祝中国共产党成立八十周年大会上的讲话》，载《江泽民文选》第十二卷，人民出版社2006年版，第270页。",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("江泽民文选"), "{w:?}");
    assert_eq!(w.volume.as_deref(), Some("12"));
    assert_eq!(w.entry_type, "incollection");
}

#[test]
fn a_taiwan_chapter_a_journal_with_its_city_and_a_thesis_in_brackets() {
    let w = parse_note(
        "吳玉山，〈權力不對稱與兩岸關係〉，收錄於包宗和、吳玉山編，《重新檢視爭辯中的兩岸關係理論》（臺北：五南圖書，2009），頁31-59。",
    )
    .work;
    assert_eq!(w.entry_type, "incollection", "{w:?}");
    assert_eq!(w.container.as_deref(), Some("重新檢視爭辯中的兩岸關係理論"));
    assert_eq!(
        super::layouts::family_names(&w.editors),
        ["包宗和", "吳玉山"]
    );
    assert_eq!(w.pages.as_deref(), Some("31--59"));
    let w = parse_note(
        "蕭高彥，〈共和主義與現代政治〉，《政治與社會哲學評論》（臺北），第1期（2002年6月），頁85-116。",
    )
    .work;
    assert_eq!(w.container.as_deref(), Some("政治與社會哲學評論"), "{w:?}");
    assert_eq!(
        (w.volume.as_deref(), w.number.as_deref()),
        (None, Some("1"))
    );
    assert_eq!(w.date.map(|d| (d.year, d.month)), Some((2002, Some(6))));
    let w = parse_note(
        "黃奎博，〈中國大陸對中亞的能源外交〉（碩士論文，淡江大學國際事務與戰略研究所，2006），頁12。",
    )
    .work;
    assert_eq!(w.entry_type, "thesis", "{w:?}");
    assert_eq!(
        w.institution.as_deref(),
        Some("淡江大學國際事務與戰略研究所")
    );
    assert_eq!(w.date, Some(Date::year(2006)));
}

#[test]
fn an_institute_s_paper_an_editorial_and_a_chapter_cited() {
    let w =
        parse_note("傅莹、[美]何汉理：《中美关系的未来》，清华大学战略与安全研究中心，2021年5月。")
            .work;
    assert_eq!(families(&w), ["傅莹", "何汉理"], "{w:?}");
    assert_eq!(w.entry_type, "report");
    assert_eq!(w.institution.as_deref(), Some("清华大学战略与安全研究中心"));
    assert_eq!(w.date.map(|d| (d.year, d.month)), Some((2021, Some(5))));
    let w = parse_note("社论：《坚持走和平发展道路》，《人民日报》2019年9月28日，第1版。").work;
    assert!(w.authors.is_empty(), "{w:?}");
    assert_eq!(w.container.as_deref(), Some("人民日报"));
    let p =
        parse_note("郑永年：《全球化与中国国家转型》，郁建兴等译，浙江人民出版社2009年版，第2章。");
    assert_eq!(
        p.work.publisher.as_deref(),
        Some("浙江人民出版社"),
        "{:?}",
        p.work
    );
    assert_eq!(p.pinpoint.as_deref(), Some("第2章"));
}

#[test]
fn prose_before_a_chinese_reference_and_chinese_repeats() {
    let pieces = split::pieces(
        "关于这一时期的中苏关系，可参见沈志华：《中苏关系史纲》，新华出版社2007年版。",
    );
    assert_eq!(pieces, ["沈志华：《中苏关系史纲》，新华出版社2007年版。"]);
    let pieces =
        split::pieces("见 Lowell Dittmer, China's Asia, Lanham: Rowman & Littlefield, 2018, p. 9.");
    assert_eq!(pieces.len(), 1);
    assert!(pieces[0].starts_with("Lowell Dittmer"), "{pieces:?}");
    let op_cit = |author: &str, page: &str| {
        Some(short::BackReference::OpCit {
            author: author.into(),
            pinpoint: Some(page.into()),
        })
    };
    assert_eq!(
        short::detect("前引沈志华书，第30页。"),
        op_cit("沈志华", "30")
    );
    assert_eq!(
        short::detect("蕭高彥，前揭書，頁90。"),
        op_cit("蕭高彥", "90")
    );
    assert_eq!(
        short::detect("同注⑤，第8页。"),
        Some(short::BackReference::Note {
            note: "5".into(),
            pinpoint: Some("8".into())
        })
    );
    assert_eq!(
        short::detect("同上書，頁20。"),
        Some(short::BackReference::Ibid {
            pinpoint: Some("20".into())
        })
    );
}
