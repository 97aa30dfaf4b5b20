//! A synthetic, deterministic workload for the fit benchmarks (native and
//! in the browser): `packages` packages cycling through the catalogue and
//! `areas` demand areas spread over every existing postcode.

use super::demand::{Demand, DemandArea};
use crate::availability::WeekGrid;
use crate::catalogue::{WorkPackage, CATALOGUE};
use crate::postcode::pc4_exists;

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).unwrap_or(0) % n.max(1)
    }
}

pub fn workload(packages: usize, areas: usize) -> (Vec<WorkPackage>, Demand) {
    let catalogue: Vec<WorkPackage> = (0..packages)
        .map(|i| CATALOGUE[i % CATALOGUE.len()])
        .collect();
    let codes: Vec<u16> = (1000..10_000).filter(|&c| pc4_exists(c)).collect();
    let mut rng = Lcg(42);
    let demand: Vec<DemandArea> = (0..areas)
        .map(|_| DemandArea {
            package: rng.below(packages),
            pc4: codes[rng.below(codes.len())],
            places: 1 + u16::try_from(rng.below(5)).unwrap_or(0),
            slots: WeekGrid::from_bits(u32::try_from(rng.below(1 << 28)).unwrap_or(0))
                .unwrap_or(WeekGrid::EMPTY),
        })
        .collect();
    let demand = Demand::new(&demand, catalogue.len());
    (catalogue, demand)
}
