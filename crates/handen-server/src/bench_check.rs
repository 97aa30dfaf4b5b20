//! `handen bench-check` (run by `make bench`): the sign-up duplicate check,
//! as `POST /api/registrations/dedup-check` and every sign-up run it,
//! against a large throwaway SQLite database of generated registrations.
//! Prints p50, p99 and the slowest; asserts nothing.

use crate::duplicates;
use crate::serve::{open, runtime};
use crate::storage::Identity;
use anyhow::Context;
use clap::Args;
use handen_core::dedup::dates::DateFormat;
use handen_core::dedup::{blocking, DateReading, Reader};
use handen_core::synthetic::{generate, Config, Profile};
use std::time::{Duration, Instant};

#[derive(Debug, Args)]
pub struct BenchCheckArgs {
    /// Stored registrations.
    #[arg(long, default_value_t = 1_000_000)]
    pub registrations: usize,
    /// Checks to time: half people already stored (written differently),
    /// half new people.
    #[arg(long, default_value_t = 2_000)]
    pub probes: usize,
}

fn identity(headers: &[&str], row: &[String]) -> Identity {
    let get = |name: &str| {
        headers
            .iter()
            .position(|h| *h == name)
            .and_then(|i| row.get(i))
            .cloned()
            .unwrap_or_default()
    };
    Identity {
        id: get("id"),
        given_names: get("given_name"),
        name_prefix: get("name_prefix"),
        surname: get("surname"),
        birth_date: get("birth_date"),
        email: get("email"),
        phone: get("phone"),
        postcode: get("postcode"),
        house_number: get("house_number")
            .chars()
            .take_while(char::is_ascii_digit)
            .collect(),
        language: "nl".into(),
    }
}

pub fn run(args: &BenchCheckArgs) -> anyhow::Result<()> {
    let dir = tempfile_dir()?;
    let url = format!("sqlite://{}/bench.db?mode=rwc", dir.display());
    let reader = Reader::new(
        DateFormat::parse(Profile::Dutch.date_format())
            .map(DateReading::Format)
            .unwrap_or_default(),
    );
    // The stored people, and as many again to sign up later.
    let data = generate(&Config::new(args.registrations, 11, Profile::Dutch));
    let newcomers = generate(&Config::new(args.probes, 12, Profile::Dutch));
    let result = runtime()?.block_on(async {
        let db = open(&url).await?;
        let started = Instant::now();
        let stored = args.registrations.min(data.rows.len());
        for (n, chunk) in data.rows[..stored].chunks(20_000).enumerate() {
            let rows: Vec<(Identity, Vec<i64>)> = chunk
                .iter()
                .map(|row| {
                    let identity = identity(&data.headers, row);
                    let keys = blocking::keys(&identity.person(&reader));
                    (identity, keys)
                })
                .collect();
            db.insert_bench_identities(&rows).await?;
            eprint!("\rstored {:>8} registrations", (n + 1) * 20_000);
        }
        eprintln!(" in {:.0} s", started.elapsed().as_secs_f64());

        let columns = data.columns();
        let mut times = Vec::with_capacity(args.probes);
        let mut matched = 0;
        for i in 0..args.probes {
            // Every other probe is a stored row's duplicate copy, which the
            // generator wrote differently (typos, another e-mail …).
            let row = if i % 2 == 0 {
                &data.rows[(i * 7919) % stored]
            } else {
                &newcomers.rows[i % newcomers.rows.len()]
            };
            let start = Instant::now();
            let probe = reader.person_from_row(row, &columns);
            let earlier = duplicates::check(&db, &reader, &probe).await?;
            times.push(start.elapsed());
            matched += usize::from(earlier.is_some());
        }
        anyhow::Ok((stored, times, matched))
    });
    let _ = std::fs::remove_dir_all(&dir);
    let (stored, mut times, matched) = result?;
    times.sort_unstable();
    let at = |q: usize| {
        times
            .get(times.len() * q / 100)
            .copied()
            .unwrap_or(Duration::ZERO)
    };
    println!(
        "duplicate check, {stored} stored registrations (SQLite), {} checks ({matched} found an earlier registration): \
         p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        times.len(),
        at(50).as_secs_f64() * 1e3,
        at(99).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
    Ok(())
}

fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("handen-bench-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}
