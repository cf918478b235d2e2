//! A fetched page as the link checker reads it: its title, visible text
//! and soft-404 signs, a text fragment directive looked up in it, and the
//! cited title compared with the page's. No input may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use refman::links::page;

fuzz_target!(|bytes: &[u8]| {
    let html = page::analyse(bytes, Some("text/html; charset=utf-8"));
    let _ = page::analyse(bytes, None);
    if let Some(title) = &html.title {
        let _ = page::title_matches(title, &[html.text.chars().take(80).collect()]);
    }
    let text = String::from_utf8_lossy(bytes);
    if let Some(directive) = page::text_directive(&text) {
        let _ = page::fragment_on_page(&html.text, &directive);
    }
    let _ = page::is_not_found(&html.text);
});
