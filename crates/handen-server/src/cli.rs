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
    /// Run the "still available?" job once, as `serve` does every hour.
    Freshness(FreshnessArgs),
    /// Find the people in a CSV list who are there more than once: writes
    /// `id,cluster_id`, rows of one person sharing a cluster_id.
    Dedup(crate::dedup_file::DedupArgs),
    /// Write a generated, labelled list of sign-ups with duplicates and
    /// households, for trying and measuring duplicate detection.
    Synthetic(crate::synthetic_cli::SyntheticArgs),
    /// Administrators, who approve organisations.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Measure the sign-up duplicate check against many stored
    /// registrations (a throwaway SQLite database); prints p50 and p99.
    #[command(hide = true)]
    BenchCheck(crate::bench_check::BenchCheckArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "HANDEN_BIND", default_value = DEFAULT_BIND)]
    pub bind: SocketAddr,
    /// Database: `sqlite://path?mode=rwc` (a file, created when missing) or
    /// `postgres://user:password@host:port/database`.
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
    /// API requests of any kind allowed per client address per minute.
    #[arg(long, env = "HANDEN_API_RATE_LIMIT_PER_MINUTE", default_value_t = 1200)]
    pub api_rate_limit_per_minute: u32,
    #[command(flatten)]
    pub mail: MailArgs,
    #[command(flatten)]
    pub accounts: AccountArgs,
    /// Introductions one organisation may ask for in any 24 hours.
    #[arg(long, env = "HANDEN_INTRODUCTIONS_PER_DAY", default_value_t = 20)]
    pub introductions_per_day: u32,
    /// Seconds between runs of the "still available?" job.
    #[arg(
        long,
        env = "HANDEN_FRESHNESS_INTERVAL_SECONDS",
        default_value_t = 3600
    )]
    pub freshness_interval_seconds: u64,
}

#[derive(Debug, Clone, Args)]
pub struct AccountArgs {
    /// The address people reach Handen at; links in mail start with it.
    /// Unset: `http://` and the address `serve` listens on.
    #[arg(long, env = "HANDEN_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// How long a link in mail works.
    #[arg(long, env = "HANDEN_LINK_TTL_SECONDS", default_value_t = 1800)]
    pub link_ttl_seconds: u32,
    /// How long a session lasts after signing in.
    #[arg(long, env = "HANDEN_SESSION_TTL_SECONDS", default_value_t = 12 * 3600)]
    pub session_ttl_seconds: u32,
    /// Sign-in links one address can ask for per hour.
    #[arg(long, env = "HANDEN_SIGN_IN_PER_ADDRESS_PER_HOUR", default_value_t = 5)]
    pub sign_in_per_address_per_hour: u32,
    /// Sign-ups, duplicate checks and organisation registrations naming one
    /// e-mail address or phone number, per hour.
    #[arg(long, env = "HANDEN_WRITES_PER_ADDRESS_PER_HOUR", default_value_t = 10)]
    pub writes_per_address_per_hour: u32,
    /// Requests per signed-in person or member per minute.
    #[arg(
        long,
        env = "HANDEN_IDENTITY_RATE_LIMIT_PER_MINUTE",
        default_value_t = 300
    )]
    pub identity_rate_limit_per_minute: u32,
    /// Days after which availability counts as stale and is asked about.
    #[arg(long, env = "HANDEN_FRESHNESS_DAYS", default_value_t = 21)]
    pub freshness_days: u32,
    /// Days between the first and the second reminder, and between the
    /// second and leaving someone out of employer pools.
    #[arg(long, env = "HANDEN_REMIND_AGAIN_DAYS", default_value_t = 7)]
    pub remind_again_days: u32,
    /// The last day the crisis consent covers (YYYY-MM-DD). After it, the
    /// hourly job erases everyone who did not also agree to stay on as a
    /// reservist, keeping only anonymous counts. Unset: no end yet.
    #[arg(long, env = "HANDEN_CRISIS_CONSENT_ENDS_ON")]
    pub crisis_consent_ends_on: Option<String>,
}

impl AccountArgs {
    /// Without a trailing slash, so paths can follow.
    pub fn public_url(&self, bind: SocketAddr) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_owned()
    }
}

/// Where `handen serve` listens unless told otherwise.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

#[derive(Debug, Clone, Args)]
pub struct FreshnessArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub accounts: AccountArgs,
    /// Run as if it were this moment (RFC 3339), for tests and catch-up.
    #[arg(long)]
    pub now: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Add an administrator (or make an existing member one). They sign in
    /// by link at /employer with this address.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
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
        /// Fail when a page's brotli total exceeds this many KiB.
        #[arg(long)]
        budget_kib: Option<u64>,
        /// The pages to weigh, relative to `dist` (repeatable).
        #[arg(long = "page", default_values_t = [String::from("index.html")])]
        pages: Vec<String>,
    },
}

pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve(args) => serve::run(args),
        Command::Assets(AssetsCommand::Precompress { dist }) => assets::precompress(&dist),
        Command::Assets(AssetsCommand::Size {
            dist,
            budget_kib,
            pages,
        }) => pages
            .iter()
            .try_for_each(|page| assets::report_size(&dist, page, budget_kib)),
        Command::Stats(args) => serve::stats(&args.database_url),
        Command::Freshness(args) => serve::freshness_once(&args),
        Command::Dedup(args) => crate::dedup_file::run(&args),
        Command::Synthetic(args) => crate::synthetic_cli::run(&args),
        Command::BenchCheck(args) => crate::bench_check::run(&args),
        Command::Admin(AdminCommand::Add {
            email,
            name,
            database,
        }) => serve::add_admin(&database.database_url, &email, &name),
        Command::Catalogue => {
            print!("{}", crate::catalogue_doc::markdown());
            Ok(())
        }
    }
}
