//! `refman completions SHELL` and `refman man`: generated from the clap
//! definitions, so they never fall behind the commands.

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    shell: Shell,
}

pub fn completions(args: &CompletionsArgs, mut command: clap::Command) -> Result<u8> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "refman", &mut out);
    emit(&out)
}

pub fn man(command: clap::Command) -> Result<u8> {
    let mut out = Vec::new();
    clap_mangen::Man::new(command).render(&mut out)?;
    emit(&out)
}

/// To standard output; a reader that stopped early (`| head`) is no error.
fn emit(bytes: &[u8]) -> Result<u8> {
    use std::io::Write;
    match std::io::stdout().write_all(bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(0),
    }
}
