//! Reading an input: a file (refuses directories, empty files and files
//! over the size limit; whatever the file is, a pipe or a device that never
//! ends, at most the limit plus one byte is read) or, for articles, a web
//! address fetched with the link checker's rules. Documents (DOCX, ODT,
//! HTML, EPUB, PDF) are told by their content and read by `article::formats`;
//! everything else is decoded as text.

use std::fs;
use std::path::Path;
use std::time::Duration;

use crate::article::{
    Article, Format, MARKER_FORMS, NOTE_HEADINGS, byline, decode, formats, read_notes,
};
use crate::error::Error;

/// Articles larger than this are refused unread: 32 MiB is over a hundred
/// times the longest article with notes seen in practice, and holds a
/// 300-page PDF.
pub const MAX_ARTICLE_BYTES: u64 = 32 * 1024 * 1024;

/// How an article given by address is fetched.
#[derive(Debug, Clone, Copy)]
pub struct FetchRules {
    pub allow_private: bool,
    pub timeout: Duration,
}

impl Default for FetchRules {
    fn default() -> Self {
        FetchRules {
            allow_private: false,
            timeout: Duration::from_secs(30),
        }
    }
}

/// An article and where it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub article: Article,
    pub format: Format,
    /// The path or address as given.
    pub source: String,
}

/// The bytes of a file, at most [`MAX_ARTICLE_BYTES`].
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Error> {
    let meta = fs::metadata(path).map_err(|e| Error::read(path, e))?;
    if meta.is_dir() {
        return Err(Error::IsDirectory {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: MAX_ARTICLE_BYTES,
        });
    }
    let bytes = read_capped(path, &meta)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(bytes)
}

/// The text of an input file, decoded to UTF-8.
pub fn read_text(path: &Path) -> Result<String, Error> {
    let bytes = read_bytes(path)?;
    decode_text(path, &bytes)
}

fn decode_text(path: &Path, bytes: &[u8]) -> Result<String, Error> {
    let decoded = decode(bytes).map_err(|source| Error::Decode {
        path: path.to_path_buf(),
        source,
    })?;
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(decoded.text)
}

/// How long a named pipe may wait for its writer. Opening a FIFO blocks
/// until something opens the other end; a pipe nobody writes to would
/// otherwise hang refman for ever.
const PIPE_WRITER_WAIT: Duration = Duration::from_secs(10);

/// Opens an input; a named pipe is opened on a helper thread and given up
/// after [`PIPE_WRITER_WAIT`] (the thread stays blocked in `open` until the
/// process ends, which is at most an error message away).
fn open_input(path: &Path, meta: &fs::Metadata) -> Result<fs::File, Error> {
    if !is_pipe(meta) {
        return fs::File::open(path).map_err(|e| Error::read(path, e));
    }
    let (sender, receiver) = std::sync::mpsc::channel();
    let owned = path.to_path_buf();
    std::thread::spawn(move || {
        // The receiver is gone when the wait timed out; nothing to do.
        let _ = sender.send(fs::File::open(&owned));
    });
    match receiver.recv_timeout(PIPE_WRITER_WAIT) {
        Ok(opened) => opened.map_err(|e| Error::read(path, e)),
        Err(_) => Err(Error::NoWriter {
            path: path.to_path_buf(),
            seconds: PIPE_WRITER_WAIT.as_secs(),
        }),
    }
}

/// Whether a file is a named pipe (FIFO); there are none off Unix.
#[cfg(unix)]
fn is_pipe(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_pipe(_: &fs::Metadata) -> bool {
    false
}

/// At most [`MAX_ARTICLE_BYTES`] of a file; more is an error.
fn read_capped(path: &Path, meta: &fs::Metadata) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let file = open_input(path, meta)?;
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read(path, e))?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_ARTICLE_BYTES,
        });
    }
    Ok(bytes)
}

/// Whether an input names a web address rather than a file.
pub fn is_address(source: &Path) -> bool {
    source
        .to_str()
        .is_some_and(|s| s.starts_with("http://") || s.starts_with("https://"))
}

/// An article file's notes; no notes is an error that says what was looked
/// for.
pub fn read_article(path: &Path) -> Result<Loaded, Error> {
    load_article(path, FetchRules::default())
}

/// An article from a file or a web address.
pub fn load_article(source: &Path, rules: FetchRules) -> Result<Loaded, Error> {
    let (bytes, content_type, base) = if is_address(source) {
        let address = source.to_string_lossy().to_string();
        let got = fetch(&address, rules)?;
        (got.body, got.content_type, Some(got.url))
    } else {
        (read_bytes(source)?, None, None)
    };
    let name = source.to_string_lossy();
    let source_name = name.to_string();
    if let Some(format) = formats::detect(&bytes, &name, content_type.as_deref()) {
        let article = formats::read_document(&bytes, format, base.as_deref()).map_err(|e| {
            Error::Document {
                path: source.to_path_buf(),
                source: e,
            }
        })?;
        return Ok(Loaded {
            article,
            format,
            source: source_name,
        });
    }
    let text = decode_text(source, &bytes)?;
    let mut article = read_notes(&text).ok_or_else(|| Error::NoNotes {
        path: source.to_path_buf(),
        headings: NOTE_HEADINGS[..11].join(", ") + ", …",
        markers: MARKER_FORMS.to_string(),
    })?;
    article.meta.authors = byline(&text);
    let lower = name.to_ascii_lowercase();
    let format = if lower.ends_with(".md") || lower.ends_with(".markdown") || text.contains("[^") {
        Format::Markdown
    } else {
        Format::Text
    };
    Ok(Loaded {
        article,
        format,
        source: source_name,
    })
}

/// Fetches an article with the link checker's HTTP layer and rules.
fn fetch(address: &str, rules: FetchRules) -> Result<crate::links::download::Download, Error> {
    use crate::links::Options;
    use crate::links::download::download;
    use crate::links::http::HttpFetcher;
    let failed = |message: String| Error::Fetch {
        url: address.to_string(),
        message,
    };
    let options = Options {
        allow_private: rules.allow_private,
        timeout: rules.timeout,
        ..Options::default()
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| failed(e.to_string()))?;
    let fetcher = HttpFetcher::new(rules.timeout, 1, rules.allow_private).map_err(failed)?;
    runtime
        .block_on(download(
            &fetcher,
            address,
            &options,
            MAX_ARTICLE_BYTES as usize,
        ))
        .map_err(failed)
}
