//! `make bench`: in headless Chromium, the fit benchmark (target ≤ 3 ms per
//! profile change with 60 packages and 10,000 open requests; prints the
//! median and the 99th percentile) and the duplicate finder on a generated
//! list of 100,000 rows as the clean-list worker runs it (target ≤ 6 s from
//! the file's bytes to groups). Asserts nothing.

#![cfg(target_arch = "wasm32")]

use handen_app::dedup_worker::session::{Mapping, Progress, Session};
use handen_core::availability::{Daypart, Slot, Weekday};
use handen_core::dedup::dates::DateFormat;
use handen_core::dedup::{DateReading, InputField};
use handen_core::fit::{assess, workload, FitProfile};
use handen_core::synthetic::{generate, Config, Profile};
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

/// Rows in the list: a large first wave's sign-ups for one region.
const LIST_ROWS: usize = 100_000;

#[wasm_bindgen_test]
fn clean_a_list_of_100000_rows_in_the_browser() {
    // The generator makes ~20% more rows than people.
    let mut data = generate(&Config::new(
        LIST_ROWS * 5 / 6 + 1_000,
        2026,
        Profile::Dutch,
    ));
    data.rows.truncate(LIST_ROWS);
    let bytes = data.to_csv(b';').into_bytes();
    let rows = data.rows.len();
    drop(data);

    let start = now_ms();
    let Ok(mut session) = Session::parse(black_box(&bytes)) else {
        web_sys::console::log_1(&"wasm bench: the generated list does not parse".into());
        return;
    };
    let parsed = now_ms();
    let mut mapping = Mapping {
        dates: DateFormat::parse(Profile::Dutch.date_format())
            .map_or(DateReading::Any, DateReading::Format),
        ..Mapping::default()
    };
    for (i, field) in InputField::ALL.iter().enumerate() {
        mapping.columns[i] = session.table.column(field.name());
    }
    // The last report of reading rows into people comes just before linking.
    let mut read = None;
    session.run(mapping, &mut |stage, done, total| {
        if stage == Progress::Reading && done == total {
            read = Some(now_ms());
        }
    });
    let done = now_ms();
    let read = read.unwrap_or(done);
    let counts = session.counts();
    web_sys::console::log_1(
        &format!(
            "wasm bench: clean a list of {rows} rows: parse {:.0} ms, normalise {:.0} ms, link {:.0} ms, total {:.0} ms ({} people, {} groups)",
            parsed - start,
            read - parsed,
            done - read,
            done - start,
            counts.people,
            counts.groups,
        )
        .into(),
    );
}
