// Loading and saving large libraries is allocation-bound; mimalloc halves it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    refman::cli::run(std::env::args_os())
}
