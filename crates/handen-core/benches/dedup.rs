//! `cargo bench -p handen-core --features synthetic --bench dedup`: the
//! duplicate engine on generated lists of 100,000 rows, Dutch (what it was
//! built for) and international (other names, columns, phone and date
//! formats: does it generalise?). Prints pair precision, recall and F1 at
//! the fixed threshold, the time per stage and the peak memory; asserts
//! nothing.

use handen_core::dedup::dates::DateFormat;
use handen_core::dedup::{link, DateReading, InputField, Reader};
use handen_core::synthetic::{generate, pair_quality, Config, Profile};
use std::time::Instant;

/// Peak resident memory since the last reset, in MiB (Linux).
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn reset_peak() {
    // "5" resets the peak to the current size (Linux ≥ 4.0).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn run(profile: Profile, rows: usize) {
    // The generator makes ~20% more rows than people.
    let data = generate(&Config::new(rows * 5 / 6, 2026, profile));
    let csv = data.to_csv(b';');
    drop(data.rows);
    reset_peak();
    let before = peak_mib().unwrap_or(0.0);

    let start = Instant::now();
    let table = match handen_core::csv::parse(csv.as_bytes(), None) {
        Ok(table) => table,
        Err(error) => panic!("generated CSV does not parse: {error}"),
    };
    let parsed = start.elapsed();
    let format = DateFormat::parse(profile.date_format()).map(DateReading::Format);
    let reader = Reader::new(format.unwrap_or_default());
    let mapping: Vec<(InputField, usize)> = profile
        .roles()
        .into_iter()
        .filter_map(|(field, column)| Some((InputField::from_name(field)?, table.column(column)?)))
        .collect();
    let people: Vec<_> = table
        .rows
        .iter()
        .map(|row| reader.person_from_row(row, &mapping))
        .collect();
    let normalised = start.elapsed();
    let clusters = link(&people, &mut |_, _, _| {});
    let total = start.elapsed();
    let peak = peak_mib().unwrap_or(0.0);

    let q = pair_quality(&data.truth, &clusters.cluster_of);
    println!(
        "{profile:?}: {} rows, {} true pairs; precision {:.4} recall {:.4} F1 {:.4} (TP {} FP {} FN {})",
        table.rows.len(),
        q.true_positives + q.false_negatives,
        q.precision,
        q.recall,
        q.f1,
        q.true_positives,
        q.false_positives,
        q.false_negatives
    );
    println!(
        "{profile:?}: parse {:.0} ms, normalise {:.0} ms, link {:.0} ms, total {:.2} s; peak memory {:.0} MiB ({:.0} MiB above the generated text)",
        parsed.as_secs_f64() * 1e3,
        (normalised - parsed).as_secs_f64() * 1e3,
        (total - normalised).as_secs_f64() * 1e3,
        total.as_secs_f64(),
        peak,
        peak - before
    );
}

fn main() {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("dedup bench, {threads} threads available");
    run(Profile::Dutch, 100_000);
    run(Profile::International, 100_000);
}
