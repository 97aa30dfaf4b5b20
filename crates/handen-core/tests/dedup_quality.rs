//! The duplicate engine's quality at its fixed threshold, on generated
//! lists it was not tuned on (other seeds than the benchmark's): pair
//! precision and recall must stay high, Dutch and international. Quality,
//! not speed: speed is measured by `make bench`.

#![cfg(feature = "synthetic")]

use handen_core::dedup::dates::DateFormat;
use handen_core::dedup::{compare, link, DateReading, Reader};
use handen_core::synthetic::{generate, pair_quality, Config, Profile};

fn quality(profile: Profile, seed: u64) -> (f64, f64, f64) {
    let data = generate(&Config::new(4_000, seed, profile));
    let format = DateFormat::parse(profile.date_format()).map(DateReading::Format);
    let reader = Reader::new(format.unwrap_or_default());
    let columns = data.columns();
    let people: Vec<_> = data
        .rows
        .iter()
        .map(|row| reader.person_from_row(row, &columns))
        .collect();
    let clusters = link(&people, &mut |_, _, _| {});
    // Every link the clustering kept is a match that explains itself.
    for l in &clusters.links {
        let c = compare(&people[l.a as usize], &people[l.b as usize]);
        assert!(c.is_match() && c.evidence.len() == 6, "{c:?}");
    }
    let q = pair_quality(&data.truth, &clusters.cluster_of);
    (q.precision, q.recall, q.f1)
}

#[test]
fn dutch_lists_are_cleaned_well() {
    let (precision, recall, f1) = quality(Profile::Dutch, 31);
    assert!(
        f1 >= 0.96,
        "precision {precision:.3} recall {recall:.3} F1 {f1:.3}"
    );
}

#[test]
fn lists_from_elsewhere_too() {
    let (precision, recall, f1) = quality(Profile::International, 37);
    assert!(
        f1 >= 0.95,
        "precision {precision:.3} recall {recall:.3} F1 {f1:.3}"
    );
}
