use clap::Parser;

fn main() {
    std::process::exit(plan::main_with(plan::cli::Cli::parse()));
}
