//! `handen synthetic`: a generated, labelled list of sign-ups (see
//! `handen_core::synthetic`), for trying `handen dedup` and the browser's
//! "clean a sign-up list" page, and for their tests and benchmarks.

use anyhow::Context;
use clap::Args;
use handen_core::synthetic::{generate, Config, Profile};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct SyntheticArgs {
    /// Distinct people; the list has about 20% more rows (the duplicates).
    #[arg(long, default_value_t = 1000)]
    pub people: usize,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// `dutch`, or `international` (other names, columns and formats).
    #[arg(long, default_value = "dutch")]
    pub profile: ProfileArg,
    #[arg(long)]
    pub output: PathBuf,
    /// Also write `id,person` (the truth) here, to measure a result by.
    #[arg(long)]
    pub truth: Option<PathBuf>,
    /// The column separator.
    #[arg(long, default_value = ",")]
    pub delimiter: char,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ProfileArg {
    Dutch,
    International,
}

pub fn run(args: &SyntheticArgs) -> anyhow::Result<()> {
    let profile = match args.profile {
        ProfileArg::Dutch => Profile::Dutch,
        ProfileArg::International => Profile::International,
    };
    let delimiter = u8::try_from(args.delimiter)
        .ok()
        .filter(|d| d.is_ascii_punctuation() || *d == b'\t')
        .context("--delimiter: give one ASCII character, such as , or ;")?;
    let data = generate(&Config::new(args.people, args.seed, profile));
    std::fs::write(&args.output, data.to_csv(delimiter))
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    if let Some(path) = &args.truth {
        let mut out = String::from("id,person\n");
        for (row, person) in data.rows.iter().zip(&data.truth) {
            out.push_str(&format!("{},{person}\n", row[0]));
        }
        std::fs::write(path, out).with_context(|| format!("cannot write {}", path.display()))?;
    }
    eprintln!(
        "{} rows of {} people ({}; dates {})",
        data.rows.len(),
        args.people,
        data.headers.join(","),
        data.date_format()
    );
    Ok(())
}
