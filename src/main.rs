use clap::Parser;

fn main() {
    let code = match plan::cli::Cli::try_parse() {
        Ok(cli) => plan::main_with(cli, |code| std::process::exit(code)),
        // Help, the version or a usage mistake, reported without a panic.
        Err(err) => plan::main_with_clap_error(err),
    };
    std::process::exit(code);
}
