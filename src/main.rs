use clap::Parser;

fn main() {
    let cli = plan::cli::Cli::parse();
    if let Err(err) = plan::run(cli) {
        eprintln!("error: {err:#}");
        std::process::exit(plan::error::exit_code(&err));
    }
}
