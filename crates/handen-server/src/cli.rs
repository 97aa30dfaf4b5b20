//! Command-line interface: flags, their environment variables and defaults.

use crate::{assets, serve};
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "handen",
    version,
    about = "Handen: crisis staffing sign-up and matching"
)]
pub struct Cli {
    #[command(flatten)]
    pub log: LogArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Log filter, as in RUST_LOG (e.g. `info`, `handen=debug`).
    #[arg(
        long = "log",
        env = "HANDEN_LOG",
        default_value = "info",
        global = true
    )]
    pub filter: String,
    /// `text` for people, `json` for log collectors.
    #[arg(
        long = "log-format",
        env = "HANDEN_LOG_FORMAT",
        default_value = "text",
        global = true
    )]
    pub format: LogFormat,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the app and the API.
    Serve(ServeArgs),
    /// Work on the built app in `dist/`.
    #[command(subcommand)]
    Assets(AssetsCommand),
    /// Print counts (registrations, consents, mail) as JSON: no personal data.
    Stats(DatabaseArgs),
    /// Print the work-package catalogue as Markdown (docs/work-packages.md).
    Catalogue,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "HANDEN_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Database: `sqlite://path?mode=rwc` (a file, created when missing).
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/handen.db?mode=rwc",
        hide_env_values = true
    )]
    pub database_url: String,
    /// The built app (Trunk's output).
    #[arg(long, env = "HANDEN_DIST", default_value = "dist")]
    pub dist: PathBuf,
    /// Seed demo data into an empty database (for `make run`).
    #[arg(long, env = "HANDEN_DEMO")]
    pub demo: bool,
    /// Public writes (sign-ups …) allowed per client address per minute.
    #[arg(long, env = "HANDEN_RATE_LIMIT_PER_MINUTE", default_value_t = 120)]
    pub rate_limit_per_minute: u32,
    #[command(flatten)]
    pub mail: MailArgs,
}

#[derive(Debug, Clone, Args)]
pub struct MailArgs {
    /// Send mail through this SMTP server (`smtp://host:port`, `smtps://…`).
    /// Unset: mail is written as .eml files to --outbox-dir.
    #[arg(long, env = "SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Where .eml files go when there is no SMTP server.
    #[arg(long, env = "HANDEN_OUTBOX_DIR", default_value = "data/outbox")]
    pub outbox_dir: PathBuf,
    /// The sender of Handen's mail.
    #[arg(
        long,
        env = "HANDEN_MAIL_FROM",
        default_value = "Handen <no-reply@handen.localhost>"
    )]
    pub mail_from: String,
}

#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/handen.db?mode=rwc",
        hide_env_values = true
    )]
    pub database_url: String,
}

#[derive(Debug, Subcommand)]
pub enum AssetsCommand {
    /// Write `.br` and `.gz` next to each compressible file, so the server
    /// sends the best compression without spending CPU per request.
    Precompress {
        #[arg(default_value = "dist")]
        dist: PathBuf,
    },
    /// Print the raw and brotli size of what the first page load fetches.
    Size {
        #[arg(default_value = "dist")]
        dist: PathBuf,
        /// Fail when the brotli total exceeds this many KiB.
        #[arg(long)]
        budget_kib: Option<u64>,
    },
}

pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve(args) => serve::run(args),
        Command::Assets(AssetsCommand::Precompress { dist }) => assets::precompress(&dist),
        Command::Assets(AssetsCommand::Size { dist, budget_kib }) => {
            assets::report_size(&dist, budget_kib)
        }
        Command::Stats(args) => serve::stats(&args.database_url),
        Command::Catalogue => {
            print!("{}", crate::catalogue_doc::markdown());
            Ok(())
        }
    }
}
