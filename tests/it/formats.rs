//! Article documents: every format made from the same article (pandoc from
//! the Markdown, checked in) imports to the same entries as the article's
//! text; reference-manager fields give exactly their items; published HTML
//! patterns find their notes; bad documents exit 3 and write nothing;
//! `refman import URL` against a local server.

use std::path::Path;

use serde_json::Value;

use crate::links_server::TestServer;
use crate::{data, json_report, refman};

fn import_json(dir: &Path, article: &str) -> Value {
    let out = refman(dir)
        .args(["import", "--dry-run", "--format", "json", article])
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "{article}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    json_report(&out)
}

/// Per note, the fields of each work's entry.
fn entries(report: &Value) -> Vec<Vec<Value>> {
    report["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| {
            n["works"]
                .as_array()
                .expect("works")
                .iter()
                .map(|w| w["entry"]["fields"].clone())
                .collect()
        })
        .collect()
}

#[test]
fn every_format_imports_like_the_text() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cases = [
        ("seeds/001_7327730271b26347.txt", "formats/seed001", 17),
        ("formats/brief.md", "formats/brief", 5),
    ];
    for (text, stem, count) in cases {
        let expected = entries(&import_json(tmp.path(), &data(text).to_string_lossy()));
        assert_eq!(expected.len(), count, "{text}");
        for ext in ["docx", "odt", "html", "epub", "md"] {
            let path = data(&format!("{stem}.{ext}"));
            if !path.exists() {
                continue;
            }
            let report = import_json(tmp.path(), &path.to_string_lossy());
            assert_eq!(
                report["article"]["format"],
                if ext == "md" { "markdown" } else { ext }
            );
            let got = entries(&report);
            assert_eq!(got.len(), expected.len(), "{stem}.{ext}: note count");
            for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
                assert_eq!(g, e, "{stem}.{ext}: note {}", i + 1);
            }
        }
    }
}

#[test]
fn documents_say_what_they_are() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let docx = import_json(tmp.path(), &data("formats/brief.docx").to_string_lossy());
    assert_eq!(
        docx["article"]["title"],
        "Grain Corridors and the Belarusian Railway"
    );
    assert_eq!(docx["article"]["authors"][0], "Katsiaryna Novik");
    let html = import_json(tmp.path(), &data("formats/brief.html").to_string_lossy());
    assert_eq!(html["article"]["date"], "2024-02-12");
    // The shortened visible link text is not the URL; the target is.
    let note2 = &html["notes"][1]["works"][0]["entry"]["fields"];
    assert_eq!(
        note2["url"],
        "https://president.gov.by/en/events/meeting-with-the-president-of-kazakhstan-2022"
    );
    // Italics survive as evidence of the container.
    let note4 = &docx["notes"][3];
    assert!(
        note4["text"]
            .as_str()
            .unwrap_or_default()
            .contains("*Annual Report on Rail Transit 2023*")
    );
    assert_eq!(docx["notes"][4]["works"][0]["status"], "repeat");
}

#[test]
fn reference_manager_fields_give_their_items_exactly() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let r = import_json(tmp.path(), &data("formats/fields.docx").to_string_lossy());
    let notes = r["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 5, "four footnotes and one endnote");
    let zotero = &notes[0]["works"][0];
    assert_eq!(zotero["pinpoint"], "44");
    assert_eq!(zotero["confidence"], 1.0);
    let f = &zotero["entry"]["fields"];
    assert_eq!(f["title"], "Trade in the Nineties");
    assert_eq!(f["journaltitle"], "Journal of Belarusian Studies");
    assert_eq!(f["doi"], "10.1234/jbs.2011.3");
    assert_eq!(f["pages"], "40--61");
    let mendeley = notes[1]["works"].as_array().expect("works");
    assert_eq!(mendeley.len(), 2);
    assert_eq!(mendeley[0]["entry"]["type"], "book");
    assert_eq!(mendeley[0]["entry"]["fields"]["isbn"], "9789850812345");
    assert_eq!(mendeley[1]["entry"]["fields"]["urldate"], "2023-05-04");
    let endnote = &notes[2]["works"][0]["entry"];
    assert_eq!(endnote["type"], "report");
    assert_eq!(
        endnote["fields"]["institution"],
        "Centre for Energy Studies"
    );
    // Tracked changes read as accepted; a character style's italics; the
    // hyperlink's target, not its shortened text.
    let plain = notes[3]["text"].as_str().unwrap_or_default();
    assert!(
        plain.contains("*Energy Policy Review*") && !plain.contains("Energy Review"),
        "{plain}"
    );
    assert!(
        plain.contains("<https://ces.example.org/oil-transit-2021.pdf>"),
        "{plain}"
    );
    assert_eq!(
        notes[4]["text"],
        "Li Wei, *The Great Stone Park* (Beijing: Foreign Languages Press, 2019), 201."
    );
    assert_eq!(r["article"]["publisher"], "Centre for Energy Studies");

    // Zotero in LibreOffice: the citation in a reference mark's name.
    let odt = import_json(tmp.path(), &data("formats/zotero.odt").to_string_lossy());
    let work = &odt["notes"][0]["works"][0];
    assert_eq!(work["confidence"], 1.0);
    assert_eq!(work["pinpoint"], "12");
    assert_eq!(
        work["entry"]["fields"]["journaltitle"],
        "Baltic Transport Review"
    );
    assert_eq!(odt["notes"].as_array().map(Vec::len), Some(5));
}

#[test]
fn published_html_patterns_find_their_notes() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cases = [
        (
            "dpub-aria.html",
            3,
            "Anna Lis, *Trade in the Nineties* (Minsk: Navuka, 2011), 44.",
        ),
        (
            "wikipedia.html",
            3,
            "Smith, John (2021). \"State Media in Belarus\" <https://example.org/reports/state-media-belarus>. *Media Studies Quarterly*. 12 (3): 45–67.",
        ),
        (
            "wordpress.html",
            2,
            "Ivan Petrov, *Belarus and Asia* (Minsk, 2004), 15.",
        ),
        (
            "substack.html",
            2,
            "Mei Ng, “Rerouting,” *Asian Trade Review* 4 (2022): 1–20.",
        ),
        (
            "word-saved.html",
            2,
            "Olga Marchenko, “Oil Transit,” *Energy Policy Review* 14 (2021): 33.",
        ),
        (
            "heading.html",
            3,
            "Ministry of Energy, Annual Report 2022 (Minsk, 2023), 12.",
        ),
    ];
    for (file, count, first) in cases {
        let r = import_json(
            tmp.path(),
            &data(&format!("formats/html/{file}")).to_string_lossy(),
        );
        let notes = r["notes"].as_array().expect("notes");
        assert_eq!(notes.len(), count, "{file}");
        assert_eq!(notes[0]["text"], first, "{file}");
    }
}

#[test]
fn bad_documents_exit_3_and_write_nothing() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cases = [
        ("corrupt.docx", "ZIP container is damaged"),
        ("nonotes.docx", "no footnotes or endnotes"),
        ("nonotes.html", "no notes section"),
        ("nospine.epub", "no spine"),
        ("encrypted.pdf", "encrypted"),
        ("image-only.pdf", "no text layer"),
    ];
    for (file, message) in cases {
        let out = refman(tmp.path())
            .args(["import"])
            .arg(data(&format!("formats/{file}")))
            .output()
            .expect("run refman");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{file}: {stderr}");
        assert!(
            stderr.contains(message) && stderr.contains(file),
            "{file}: {stderr}"
        );
        assert!(
            !tmp.path().join("bibliography").exists(),
            "{file} wrote a library"
        );
    }
}

#[test]
fn import_by_address_follows_the_link_checkers_rules() {
    let server = TestServer::start();
    let tmp = tempfile::tempdir().expect("temp dir");
    // Loopback is private: refused unless allowed.
    let out = refman(tmp.path())
        .args(["import", "--dry-run", &server.url("/articles/brief")])
        .output()
        .expect("run refman");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a public address"));
    assert_eq!(
        server.hits("/articles/brief"),
        0,
        "a private address was requested"
    );

    // Allowed: a redirect to the page, read as HTML; a Word file by its
    // content type.
    for path in ["/articles/moved", "/articles/brief.docx"] {
        let out = refman(tmp.path())
            .args([
                "import",
                "--allow-private",
                "--format",
                "json",
                &server.url(path),
            ])
            .output()
            .expect("run refman");
        assert!(
            out.status.success(),
            "{path}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r = json_report(&out);
        assert_eq!(r["notes"].as_array().map(Vec::len), Some(5), "{path}");
    }
    assert!(tmp.path().join("bibliography/library.bib").exists());
    let out = refman(tmp.path())
        .args(["import", "--allow-private", &server.url("/e404")])
        .output()
        .expect("run refman");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("HTTP 404"));
}

#[test]
fn several_articles_make_one_library_write() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = refman(tmp.path())
        .args(["import", "--format", "json"])
        .arg(data("formats/brief.docx"))
        .arg(data("formats/brief.odt"))
        .arg(data("layouts/chapters.txt"))
        .output()
        .expect("run refman");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = json_report(&out);
    assert_eq!(r["articles"].as_array().map(Vec::len), Some(3));
    // The second copy of the brief adds nothing: its works are the first's.
    assert_eq!(r["articles"][1]["summary"]["entries_added"], 0);
    assert_eq!(
        r["articles"][1]["notes"][0]["works"][0]["status"],
        "existing"
    );
    let added = r["summary"]["entries_added"].as_u64().unwrap_or_default();
    let bib =
        std::fs::read_to_string(tmp.path().join("bibliography/library.bib")).expect("library");
    assert_eq!(
        bib.matches("\n@").count() + usize::from(bib.starts_with('@')),
        added as usize
    );
}

/// The fields a PDF keeps: its text has no italics, so the container's
/// kind (journal or website) may read differently; who, what, when and
/// where must not.
fn essentials(report: &Value) -> Vec<Vec<String>> {
    report["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| {
            let f = &n["works"][0]["entry"]["fields"];
            ["author", "title", "titleaddon", "url", "doi", "pages"]
                .iter()
                .map(|k| f[*k].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn pdf_footnotes_and_endnotes_read_like_the_text() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let seed = import_json(
        tmp.path(),
        &data("seeds/001_7327730271b26347.txt").to_string_lossy(),
    );
    let brief = import_json(tmp.path(), &data("formats/brief.md").to_string_lossy());
    // Page footnotes of a Word document printed to PDF (numbers set as
    // superscripts, notes continued over pages); endnotes of a text printed
    // to PDF; a PDF with an owner password only (readable by anyone).
    let cases = [
        ("formats/seed001.pdf", &seed),
        ("formats/seed001-endnotes.pdf", &seed),
        ("formats/brief.pdf", &brief),
        ("formats/owner-password.pdf", &brief),
    ];
    for (pdf, text) in cases {
        let report = import_json(tmp.path(), &data(pdf).to_string_lossy());
        assert_eq!(report["article"]["format"], "pdf");
        let (got, want) = (essentials(&report), essentials(text));
        assert_eq!(got.len(), want.len(), "{pdf}: notes");
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            // A link's target is not in a PDF's text: a shortened visible
            // address stays shortened (brief note 2).
            if (pdf.contains("brief") || pdf.contains("owner")) && i == 1 {
                continue;
            }
            assert_eq!(g, w, "{pdf}: note {}", i + 1);
        }
    }
    let brief_pdf = import_json(tmp.path(), &data("formats/brief.pdf").to_string_lossy());
    assert_eq!(
        brief_pdf["article"]["title"],
        "Grain Corridors and the Belarusian Railway"
    );
    assert_eq!(brief_pdf["article"]["authors"][0], "Katsiaryna Novik");
}

/// Damaged documents of every format (bytes flipped, files cut short) give
/// an error or notes, never a panic. Deterministic: the same mutations on
/// every run.
#[test]
fn damaged_documents_never_panic() {
    use refman::article::formats::detect;
    use refman::article::read_document;
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let files = [
        "formats/brief.pdf",
        "formats/seed001.docx",
        "formats/fields.docx",
        "formats/brief.odt",
        "formats/brief.epub",
        "formats/brief.html",
    ];
    for round in 0..120 {
        let file = files[round % files.len()];
        let mut bytes = std::fs::read(data(file)).expect("fixture");
        let flips = [1, 8, 64][(next() % 3) as usize];
        for _ in 0..flips {
            let at = (next() as usize) % bytes.len();
            bytes[at] = next() as u8;
        }
        if next() % 5 == 0 {
            let keep = (next() as usize) % bytes.len();
            bytes.truncate(keep.max(1));
        }
        if let Some(format) = detect(&bytes, file, None) {
            let _ = read_document(&bytes, format, None);
        }
    }
}
