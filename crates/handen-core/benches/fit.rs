//! `cargo bench -p handen-core --bench fit`: one profile change assessed
//! against 60 work packages and 10,000 open requests (target ≤ 1 ms natively).
//! Prints the median and the 99th percentile; asserts nothing.

use handen_core::availability::{Daypart, Slot, Weekday};
use handen_core::fit::{assess, workload, FitProfile};
use handen_core::postcode::pc4_exists;
use handen_core::{Date, RegistrationForm};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn measure(name: &str, iterations: usize, mut run: impl FnMut(usize)) {
    let mut times: Vec<Duration> = (0..iterations)
        .map(|i| {
            let start = Instant::now();
            run(i);
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    let median = times[times.len() / 2];
    let p99 = times[times.len() * 99 / 100];
    println!(
        "{name:<58} median {:>8.3} ms   p99 {:>8.3} ms",
        median.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
}

fn main() {
    let today = Date::new(2026, 11, 24).unwrap_or(Date::EPOCH);
    let (packages, demand) = workload(60, 10_000);
    let form = RegistrationForm::example(today);
    let base = FitProfile::from_form(&form, today);
    println!(
        "fit engine: {} packages, {} open-request areas",
        packages.len(),
        demand.areas().len()
    );

    // A daypart toggled: the most common change while filling in the form.
    let slots: Vec<Slot> = Weekday::ALL
        .iter()
        .flat_map(|&day| Daypart::ALL.iter().map(move |&part| Slot { day, part }))
        .collect();
    measure("profile change (daypart toggled)", 2_000, |i| {
        let mut p = base.clone();
        p.grid = p.grid.with(slots[i % slots.len()]);
        black_box(assess(black_box(&p), &packages, &demand));
    });
    // A new postcode: every distance computed again.
    let codes: Vec<u16> = (1000..10_000)
        .filter(|&c| pc4_exists(c))
        .step_by(7)
        .collect();
    measure("profile change (postcode changed)", 2_000, |i| {
        let mut p = base.clone();
        p.pc4 = Some(codes[i % codes.len()]);
        black_box(assess(black_box(&p), &packages, &demand));
    });
    // Form to assessment, as the worker does it per keystroke.
    measure("form parsed into a profile and assessed", 2_000, |_| {
        let p = FitProfile::from_form(black_box(&form), today);
        black_box(assess(&p, &packages, &demand));
    });
}
