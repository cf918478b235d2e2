//! What a fetched page says, from the capped prefix of its body: its
//! title (HTML `<title>`, or a PDF's `/Title`), its text, whether it is a
//! "not found" page served with 200 (a soft 404), whether it still carries
//! the cited title (drift), and whether a `#:~:text=` fragment is on it.
//! Bodies are decoded by their declared or detected charset.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// A page as the checker reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    /// Visible text (HTML without tags, scripts and styles), whitespace collapsed.
    pub text: String,
    pub soft_404: bool,
}

/// Reads a body prefix.
pub fn analyse(body: &[u8], content_type: Option<&str>) -> Page {
    let is_pdf = content_type.is_some_and(|t| t.to_ascii_lowercase().contains("pdf"))
        || body.starts_with(b"%PDF");
    if is_pdf {
        return Page {
            title: pdf_title(body),
            ..Page::default()
        };
    }
    let html = decode(body, content_type);
    let (title, h1, text) = html_parts(&html);
    let soft_404 = [title.as_deref(), h1.as_deref()]
        .into_iter()
        .flatten()
        .any(is_not_found);
    Page {
        title,
        text,
        soft_404,
    }
}

/// The body as text: the charset of `Content-Type`, else of a `<meta>` tag,
/// else detected (windows-1251 pages often declare nothing).
pub fn decode<'a>(body: &'a [u8], content_type: Option<&str>) -> Cow<'a, str> {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:]+)"#).expect("static regex")
    });
    let declared = content_type
        .and_then(|t| {
            t.split(';')
                .find_map(|p| p.trim().strip_prefix("charset=").map(str::to_string))
        })
        .or_else(|| {
            let head = String::from_utf8_lossy(&body[..body.len().min(4096)]).into_owned();
            META.captures(&head).map(|c| c[1].to_string())
        });
    let encoding = declared
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim_matches('"').as_bytes()))
        .unwrap_or_else(|| {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(body, true);
            detector.guess(None, chardetng::Utf8Detection::Allow)
        });
    let (text, _, _) = encoding.decode(body);
    text
}

fn html_parts(html: &str) -> (Option<String>, Option<String>, String) {
    let Ok(dom) = tl::parse(html, tl::ParserOptions::default()) else {
        return (None, None, String::new());
    };
    let parser = dom.parser();
    let first_text = |selector: &str| {
        dom.query_selector(selector)?
            .next()
            .and_then(|handle| handle.get(parser))
            .map(|node| clean(&node.inner_text(parser)))
            .filter(|t| !t.is_empty())
    };
    let title = first_text("title");
    let h1 = first_text("h1");
    let mut text = String::new();
    for node in dom.nodes() {
        if let tl::Node::Raw(raw) = node {
            text.push_str(&raw.as_utf8_str());
            text.push(' ');
        }
    }
    // Script and style bodies are raw text too; they rarely hold a quote.
    (title, h1, clean(&text))
}

/// Entities decoded, whitespace collapsed.
fn clean(text: &str) -> String {
    let decoded = html_escape::decode_html_entities(text);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_title(body: &[u8]) -> Option<String> {
    static INFO: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r"/Title\s*\(([^)]{1,300})\)").expect("static regex")
    });
    static XMP: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r"(?s)<dc:title>.*?<rdf:li[^>]*>([^<]{1,300})</rdf:li>")
            .expect("static regex")
    });
    let raw = XMP
        .captures(body)
        .or_else(|| INFO.captures(body))
        .map(|c| c[1].to_vec())?;
    let title = String::from_utf8(raw).ok()?;
    let title = clean(&title);
    (!title.is_empty()).then_some(title)
}

/// A title or heading that says the page does not exist.
pub fn is_not_found(text: &str) -> bool {
    static NOT_FOUND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)page not found|not found|error 404|404 error|^404\b|\b404 -|ошибка 404|страница не найдена|страница не существует|нет такой страницы|сторінку не знайдено|сторінка не знайдена|старонка не знойдзена|старонку не знойдзена|页面不存在|页面未找到|找不到页面",
        )
        .expect("static regex")
    });
    NOT_FOUND.is_match(text)
}

/// Whether the page title still names the cited work: most of the words
/// of the cited title (or of its translation), compared in transliteration
/// and lower case, appear in the page title.
pub fn title_matches(page_title: &str, cited: &[String]) -> bool {
    let page = words(page_title);
    cited.iter().any(|title| {
        let wanted = words(title);
        if wanted.is_empty() {
            return true;
        }
        let found = wanted.iter().filter(|w| page.contains(w)).count();
        found * 10 >= wanted.len() * 6
    })
}

fn words(text: &str) -> Vec<String> {
    any_ascii::any_ascii(text)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 1)
        .map(str::to_string)
        .collect()
}

/// A text directive `#:~:text=[prefix-,]start[,end][,-suffix]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextDirective {
    pub start: String,
    pub end: Option<String>,
}

/// The text directive of a URL fragment, percent-decoded.
pub fn text_directive(fragment: &str) -> Option<TextDirective> {
    let value = fragment
        .split(":~:")
        .nth(1)?
        .split('&')
        .find_map(|d| d.strip_prefix("text="))?;
    let parts: Vec<String> = value
        .split(',')
        .map(|p| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect();
    let parts: Vec<&String> = parts
        .iter()
        .filter(|p| !p.ends_with('-') && !p.starts_with('-'))
        .collect();
    let start = parts.first()?.to_string();
    Some(TextDirective {
        start,
        end: parts.get(1).map(|s| s.to_string()),
    })
}

/// Whether the page text holds the directive's start (and its end after it),
/// ignoring case and spacing.
pub fn fragment_on_page(text: &str, directive: &TextDirective) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let text = norm(text);
    let Some(at) = text.find(&norm(&directive.start)) else {
        return false;
    };
    directive
        .end
        .as_deref()
        .is_none_or(|end| text[at..].contains(&norm(end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_title_text_and_soft_404() {
        let page = analyse(
            b"<html><head><title>Page not found | &#1057;\xd1\x82\xd1\x80</title></head><body><h1>Oops</h1><p>Go&nbsp;home</p></body></html>",
            Some("text/html; charset=utf-8"),
        );
        assert!(page.soft_404);
        assert!(
            page.title
                .as_deref()
                .is_some_and(|t| t.starts_with("Page not found | С"))
        );
        assert!(page.text.contains("Go home"), "{}", page.text);
        let fine = analyse(b"<title>Resolution 404 of the Council</title>", None);
        assert!(!fine.soft_404);
    }

    #[test]
    fn windows_1251_declared_or_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<title>Страница не найдена</title><p>Товарооборот достиг рекорда</p>");
        let declared = analyse(&bytes, Some("text/html; charset=windows-1251"));
        assert_eq!(declared.title.as_deref(), Some("Страница не найдена"));
        assert!(declared.soft_404);
        let meta = [b"<meta charset=\"windows-1251\">".as_slice(), &bytes].concat();
        assert_eq!(
            analyse(&meta, None).title.as_deref(),
            Some("Страница не найдена")
        );
        let detected = analyse(&bytes, Some("text/html"));
        assert!(detected.text.contains("Товарооборот"), "{}", detected.text);
    }

    #[test]
    fn pdf_titles_from_info_or_xmp() {
        let pdf = b"%PDF-1.7\n1 0 obj << /Title (Foreign Trade of Belarus) /Producer (x) >>";
        assert_eq!(
            analyse(pdf, Some("application/pdf")).title.as_deref(),
            Some("Foreign Trade of Belarus")
        );
        let xmp = b"%PDF-1.4 <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Roadmaps</rdf:li></rdf:Alt></dc:title>";
        assert_eq!(analyse(xmp, None).title.as_deref(), Some("Roadmaps"));
    }

    #[test]
    fn drift_compares_across_scripts_and_case() {
        let cited = vec![
            "Завершился государственный визит".to_string(),
            "State visit comes to an end".to_string(),
        ];
        assert!(title_matches(
            "ЗАВЕРШИЛСЯ ГОСУДАРСТВЕННЫЙ ВИЗИТ — Президент",
            &cited
        ));
        assert!(title_matches("State visit comes to an end | Site", &cited));
        assert!(!title_matches(
            "UPDATED: page now about something else",
            &cited
        ));
    }

    #[test]
    fn text_fragments_are_decoded_and_found() {
        let d = text_directive(
            ":~:text=%D0%9F%D0%BE%D1%81%D0%BB%D0%B5%20%D1%80%D0%BE%D1%81%D1%82%D0%B0,2%25",
        )
        .expect("directive");
        assert_eq!(d.start, "После роста");
        assert_eq!(d.end.as_deref(), Some("2%"));
        assert!(fragment_on_page(
            "Итак. После  роста товарооборота на 2% в год",
            &d
        ));
        assert!(!fragment_on_page("Совсем другой текст", &d));
        let with_context = text_directive(":~:text=pre-,start,-suf").expect("directive");
        assert_eq!(with_context.start, "start");
        assert_eq!(with_context.end, None);
    }
}
