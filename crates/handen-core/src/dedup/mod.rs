//! Duplicate detection: one linkage engine for the sign-up check (server),
//! bulk lists in the browser (a Web Worker) and `handen dedup`.
//!
//! Records are normalised once ([`person`]), grouped by blocking keys
//! ([`blocking`]) so only plausible pairs are compared, compared field by
//! field into a Fellegi-Sunter weight with vetoes ([`model`]), and joined
//! into clusters that never chain contradicting records ([`cluster`]).
//! Every verdict can explain itself ([`model::compare`]).

pub mod blocking;
pub mod cluster;
pub mod dates;
mod fold;
pub mod model;
pub mod person;
mod phonetic;
mod similarity;

pub use cluster::{Clusters, Link};
pub use model::{best_match, compare, score, Comparison, Evidence, Level, MatchField, THRESHOLD};
pub use person::{DateReading, InputField, Person, RawRecord, Reader};

/// Where a bulk run is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Comparing,
    Clustering,
}

/// Links a whole list: every record's cluster, and the links that made
/// them. `progress(stage, done, total)` is called now and then.
pub fn link(people: &[Person], progress: &mut dyn FnMut(Stage, usize, usize)) -> Clusters {
    let pairs = blocking::candidate_pairs(people);
    let matches = score_pairs(people, &pairs, progress);
    progress(Stage::Clustering, 0, 1);
    let clusters = cluster::cluster(people, matches);
    progress(Stage::Clustering, 1, 1);
    clusters
}

/// Pairs per progress report (and per thread, natively).
const ROUND: usize = 65_536;

fn score_pairs(
    people: &[Person],
    pairs: &[(u32, u32)],
    progress: &mut dyn FnMut(Stage, usize, usize),
) -> Vec<Link> {
    let mut matches = Vec::new();
    let threads = threads();
    let mut done = 0;
    for round in pairs.chunks(ROUND * threads) {
        matches.extend(score_round(people, round, threads));
        done += round.len();
        progress(Stage::Comparing, done, pairs.len());
    }
    matches
}

fn score_chunk(people: &[Person], pairs: &[(u32, u32)]) -> Vec<Link> {
    pairs
        .iter()
        .filter_map(|&(a, b)| {
            let weight = score(&people[a as usize], &people[b as usize])?;
            (weight >= THRESHOLD).then_some(Link { a, b, weight })
        })
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

#[cfg(target_arch = "wasm32")]
fn threads() -> usize {
    1
}

#[cfg(not(target_arch = "wasm32"))]
fn score_round(people: &[Person], round: &[(u32, u32)], threads: usize) -> Vec<Link> {
    if threads == 1 || round.len() < 4096 {
        return score_chunk(people, round);
    }
    let size = round.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = round
            .chunks(size)
            .map(|chunk| scope.spawn(move || score_chunk(people, chunk)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

#[cfg(target_arch = "wasm32")]
fn score_round(people: &[Person], round: &[(u32, u32)], _threads: usize) -> Vec<Link> {
    score_chunk(people, round)
}
