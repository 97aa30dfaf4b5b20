//! `handen`: the backend binary. `handen serve` runs the web server; the other
//! subcommands are tools that share its code.

mod assets;
mod bench_check;
mod catalogue_doc;
mod cli;
mod clock;
mod dedup_file;
mod demo;
mod duplicates;
mod freshness;
mod http;
mod ids;
mod introduction_reminders;
mod mail;
mod places;
mod serve;
mod shutdown;
mod storage;
mod synthetic_cli;
mod telemetry;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    telemetry::init(&cli.log);
    match cli::run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // `{:#}` prints the whole chain of context on one line.
            eprintln!("handen: {error:#}");
            ExitCode::FAILURE
        }
    }
}
