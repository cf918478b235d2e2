//! One library of hostile values through every output format: markup that
//! would run in a page, a formula for a spreadsheet, a `javascript:` link,
//! TeX commands, a terminal escape. Each format must keep them inert, and
//! the exports must read back.

use std::fs;

use crate::refman;

const LIBRARY: &str = r#"@online{hostile2024,
  author = {{<script>alert(1)</script> Ministry}},
  title = {Title with \textbackslash{}input\{/etc/passwd\} and \$x\$ and 50\% and \_ and \# and \& and ESC[31m},
  journaltitle = {=HYPERLINK("http://evil.example") [link](javascript:alert(1))},
  url = {https://example.org/a?b=<c>&d="e"},
  date = {2024},
}

@online{js2024,
  title = {Click me},
  url = {javascript:alert(1)},
  date = {2024},
}
"#;

fn run(dir: &std::path::Path, args: &[&str]) -> String {
    let out = refman(dir).args(args).output().expect("run refman");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn hostile_values_stay_inert_in_every_format() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let lib = tmp.path().join("bibliography");
    fs::create_dir_all(&lib).expect("library");
    // A real escape character in the title.
    fs::write(lib.join("library.bib"), LIBRARY.replace("ESC", "\u{1b}")).expect("write");

    let html = run(
        tmp.path(),
        &["render", "--no-cache", "--style", "apa", "--format", "html"],
    );
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        !html.to_lowercase().contains("href=\"javascript:"),
        "{html}"
    );

    let md = run(
        tmp.path(),
        &["render", "--no-cache", "--style", "apa", "--format", "md"],
    );
    // `\<script>` is literal text in Markdown; a bare one would be a tag.
    assert!(!md.replace("\\<", "").contains("<script>"), "{md}");
    assert!(!md.contains('\u{1b}'), "a terminal escape reached the page");
    assert!(
        !md.replace("\\]", "")
            .to_lowercase()
            .contains("](javascript:"),
        "{md}"
    );
    assert!(
        !md.contains("<c>"),
        "an address breaks out of its autolink: {md}"
    );

    let tex = run(
        tmp.path(),
        &[
            "render",
            "--no-cache",
            "--style",
            "apa",
            "--format",
            "latex",
        ],
    );
    assert!(!tex.contains("\\input{"), "{tex}");
    assert!(tex.contains("50\\%") && tex.contains("\\$x\\$"), "{tex}");

    let txt = run(tmp.path(), &["reliability"]);
    assert!(
        !txt.contains('\u{1b}'),
        "a terminal escape reached the table"
    );

    let csv = run(tmp.path(), &["reliability", "--format", "csv"]);
    for line in csv.lines() {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '@']), "a formula cell: {line}");
        }
    }
    let rel_html = run(tmp.path(), &["reliability", "--format", "html"]);
    assert!(!rel_html.contains("<script>"));
    let rel_md = run(tmp.path(), &["reliability", "--format", "md"]);
    assert!(
        !rel_md
            .replace("\\]", "")
            .to_lowercase()
            .contains("](javascript:"),
        "{rel_md}"
    );

    // Exports read back: BibTeX and BibLaTeX as a library, CSL-JSON as JSON.
    for format in ["bibtex", "biblatex"] {
        let text = run(tmp.path(), &["export", "--format", format]);
        let back = tmp.path().join(format!("back-{format}"));
        fs::create_dir_all(back.join("bibliography")).expect("dir");
        fs::write(back.join("bibliography/library.bib"), &text).expect("write");
        let keys = run(&back, &["export", "--format", "csl-json"]);
        let items: serde_json::Value = serde_json::from_str(&keys).expect("json");
        assert_eq!(
            items.as_array().map(Vec::len),
            Some(2),
            "{format} did not read back"
        );
    }
    let json = run(tmp.path(), &["export", "--format", "csl-json"]);
    let items: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(items[0]["URL"], "https://example.org/a?b=<c>&d=\"e\"");
    let ris = run(tmp.path(), &["export", "--format", "ris"]);
    assert_eq!(ris.matches("ER  -").count(), 2, "{ris}");
}

/// Field values that would run commands, read files, end the document or
/// unbalance it if they reached TeX as markup, in text fields and in
/// addresses (which LaTeX output puts in `\url` and `\href`).
const TEX_LIBRARY: &str = r#"@online{tex2024,
  author = {{Ministry \textbackslash{}write18\{rm -rf\}}},
  title = {\textbackslash{}input\{/etc/passwd\} \textbackslash{}end\{document\} \{ unbalanced \$ \& \% \# \_ ~ \textasciicircum{}\textasciicircum{}5c @comment\{},
  journaltitle = {=cmd|' /C calc'!A0},
  url = {https://example.org/a\}b%20c#frag^^5c\end{document}~x_y$z&w},
  date = {2024},
}

@online{href2024,
  title = {Linked title},
  doi = {10.1000/a\}b\{c%d#e^^5c},
  date = {2024},
}
"#;

#[test]
fn latex_output_compiles_with_hostile_values() {
    let Some(pdflatex) = crate::tool("pdflatex", &["--version"]) else {
        return;
    };
    let tmp = tempfile::tempdir().expect("temp dir");
    let lib = tmp.path().join("bibliography");
    fs::create_dir_all(&lib).expect("library");
    fs::write(lib.join("library.bib"), TEX_LIBRARY).expect("write");
    for style in ["apa", "chicago-notes", "ieee"] {
        let body = run(
            tmp.path(),
            &[
                "render",
                "--no-cache",
                "--style",
                style,
                "--format",
                "latex",
            ],
        );
        assert!(
            body.contains("\\url{") || body.contains("\\href{"),
            "{body}"
        );
        let doc = format!(
            "\\documentclass{{article}}\n\\usepackage[T1]{{fontenc}}\n\
             \\usepackage[utf8]{{inputenc}}\n\\usepackage{{hyperref}}\n\
             \\begin{{document}}\n{body}\n\\end{{document}}\n"
        );
        let tex = tmp.path().join(format!("{style}.tex"));
        fs::write(&tex, &doc).expect("write tex");
        let out = std::process::Command::new(&pdflatex)
            .current_dir(tmp.path())
            .args([
                "-no-shell-escape",
                "-interaction=nonstopmode",
                "-halt-on-error",
            ])
            .arg(&tex)
            .output()
            .expect("run pdflatex");
        let log = fs::read_to_string(tmp.path().join(format!("{style}.log"))).unwrap_or_default();
        assert!(
            out.status.success(),
            "{style}: pdflatex failed on refman's LaTeX:\n{doc}\n{}",
            log.lines()
                .filter(|l| l.starts_with('!') || l.starts_with("l."))
                .collect::<Vec<_>>()
                .join("\n")
        );
        // TeX logs every file it opens as `(PATH`; the title's words may
        // be quoted in an overfull-box report, which is harmless.
        assert!(
            !log.contains("(/etc/passwd"),
            "{style}: TeX opened a file named in a field"
        );
        // The whole list is in the document: nothing ended it early.
        assert!(
            tmp.path().join(format!("{style}.pdf")).is_file() && !log.contains("Runaway"),
            "{style}: {log}"
        );
    }
}
