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

// Every sign-up allocates a few hundred times (JSON, validation, the mail,
// the duplicate check's candidates), and glibc's allocator was ~10 % of
// the CPU under a rush; with mimalloc full speed at 90-130k registrations
// went from 2,607-2,693 to 2,837-3,089 sign-ups/s (measured back to back).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
