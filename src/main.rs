use clap::Parser;

fn main() {
    let code = plan::main_with(plan::cli::Cli::parse(), |code| std::process::exit(code));
    std::process::exit(code);
}
