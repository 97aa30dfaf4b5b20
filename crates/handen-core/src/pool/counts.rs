//! Counts by fit, availability and distance, with small cells suppressed:
//! "3 people aged 50–66 within 5 km" can point at a person; "fewer than 5"
//! cannot. Every combination is a cell, so an empty cell looks like a
//! small one. No totals: a total minus the shown cells would give the
//! suppressed ones back.

use super::bands::{AvailabilityMatch, DistanceBand, FitLevel};
use super::placement::Placement;
use serde::Serialize;

/// The smallest count shown as a number.
pub const K: u32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CountCell {
    pub fit: FitLevel,
    pub availability: AvailabilityMatch,
    pub band: DistanceBand,
    /// `None`: fewer than [`K`].
    pub count: Option<u32>,
}

pub fn count_table<'a>(placements: impl IntoIterator<Item = &'a Placement>) -> Vec<CountCell> {
    let mut cells = Vec::new();
    for &fit in FitLevel::ALL {
        for &availability in AvailabilityMatch::ALL {
            for &band in DistanceBand::ALL {
                cells.push(CountCell {
                    fit,
                    availability,
                    band,
                    count: Some(0),
                });
            }
        }
    }
    for p in placements {
        if let Some(cell) = cells
            .iter_mut()
            .find(|c| c.fit == p.fit && c.availability == p.availability && c.band == p.band)
        {
            cell.count = cell.count.map(|n| n + 1);
        }
    }
    for cell in &mut cells {
        cell.count = cell.count.filter(|&n| n >= K);
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::availability::WeekGrid;

    fn placement(band: DistanceBand) -> Placement {
        Placement {
            fit: FitLevel::Now,
            km: 1,
            band,
            availability: AvailabilityMatch::Full,
            slots: WeekGrid::EMPTY,
        }
    }

    #[test]
    fn cells_under_five_are_suppressed_and_every_cell_is_there() {
        let mut all = vec![placement(DistanceBand::UpTo5); 5];
        all.extend(vec![placement(DistanceBand::UpTo10); 4]);
        let table = count_table(&all);
        assert_eq!(table.len(), 2 * 2 * 4);
        let cell = |band| {
            table
                .iter()
                .find(|c| {
                    c.band == band
                        && c.fit == FitLevel::Now
                        && c.availability == AvailabilityMatch::Full
                })
                .unwrap()
                .count
        };
        assert_eq!(cell(DistanceBand::UpTo5), Some(5));
        assert_eq!(cell(DistanceBand::UpTo10), None);
        assert_eq!(cell(DistanceBand::Further), None);
        assert!(table.iter().all(|c| c.count.is_none_or(|n| n >= K)));
    }
}
