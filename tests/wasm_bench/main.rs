//! `make bench`: the fit benchmark in headless Chromium (target ≤ 3 ms per
//! profile change with 60 packages and 10,000 open requests). Prints the
//! median and the 99th percentile; asserts nothing.

#![cfg(target_arch = "wasm32")]

use handen_core::availability::{Daypart, Slot, Weekday};
use handen_core::fit::{assess, workload, FitProfile};
use handen_core::{Date, RegistrationForm};
use std::hint::black_box;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn measure(name: &str, iterations: usize, mut run: impl FnMut(usize)) {
    // Let the JIT and the allocator settle before timing.
    for i in 0..iterations / 5 {
        run(i);
    }
    let mut times: Vec<f64> = (0..iterations)
        .map(|i| {
            let start = now_ms();
            run(i);
            now_ms() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let p99 = times[times.len() * 99 / 100];
    web_sys::console::log_1(
        &format!("wasm bench: {name:<40} median {median:>7.3} ms   p99 {p99:>7.3} ms").into(),
    );
}

#[wasm_bindgen_test]
fn fit_profile_change_in_the_browser() {
    let today = Date::new(2026, 11, 24).unwrap_or(Date::EPOCH);
    let (packages, demand) = workload(60, 10_000);
    let form = RegistrationForm::example(today);
    let base = FitProfile::from_form(&form, today);
    let slots: Vec<Slot> = Weekday::ALL
        .iter()
        .flat_map(|&day| Daypart::ALL.iter().map(move |&part| Slot { day, part }))
        .collect();
    measure("profile change (daypart toggled)", 1_000, |i| {
        let mut p = base.clone();
        p.grid = p.grid.with(slots[i % slots.len()]);
        black_box(assess(black_box(&p), &packages, &demand));
    });
    measure("form parsed into a profile and assessed", 1_000, |_| {
        let p = FitProfile::from_form(black_box(&form), today);
        black_box(assess(&p, &packages, &demand));
    });
}
