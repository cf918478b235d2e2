fn main() -> std::process::ExitCode {
    refman::cli::run(std::env::args_os())
}
