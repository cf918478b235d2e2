//! Writing a command's output: to standard output (a failed write is an
//! error, exit 4), or atomically to a file (a temporary file beside it, then
//! a rename, through a symbolic link), so that a failed run never leaves half
//! a file.

use std::io::Write;
use std::path::Path;

use crate::library::atomic;

use crate::error::Error;

pub fn write_output(path: Option<&Path>, text: &str) -> Result<(), Error> {
    let Some(path) = path else {
        let mut out = std::io::stdout().lock();
        return stdout_result(out.write_all(text.as_bytes()).and_then(|()| out.flush()));
    };
    atomic::write_file(path, text.as_bytes()).map_err(|source| Error::WriteOutput {
        path: path.to_path_buf(),
        source,
    })
}

/// Writes a value as pretty JSON to standard output as it is serialised,
/// without building the whole text in memory first.
pub fn write_json_stdout<T: serde::Serialize>(value: &T) -> Result<(), Error> {
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
    stdout_result(
        serde_json::to_writer_pretty(&mut out, value)
            .map_err(std::io::Error::from)
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush()),
    )
}

/// A write to standard output as refman reports it: a closed pipe (`|
/// head`) is not an error worth reporting; a full disk or a closed
/// descriptor loses the output, exit 4.
fn stdout_result(written: std::io::Result<()>) -> Result<(), Error> {
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(source) => Err(Error::WriteOutput {
            path: Path::new("standard output").to_path_buf(),
            source,
        }),
        Ok(()) => Ok(()),
    }
}
