//! Open demand as the fit engine reads it: open places per work package and
//! 4-digit postcode area, with the dayparts asked for. The server aggregates
//! employers' requests into this and sends it in a compact binary form, so
//! a phone never downloads the whole country's requests one by one.

use crate::availability::WeekGrid;
use crate::catalogue::WorkPackage;
use crate::geo::{locate, Point};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemandArea {
    /// Index into the catalogue the demand is read against.
    pub package: usize,
    pub pc4: u16,
    pub places: u16,
    pub slots: WeekGrid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemandError {
    NotDemand,
    Truncated,
}

/// Demand ready to assess against: areas located and grouped per package.
#[derive(Debug, Clone, Default)]
pub struct Demand {
    areas: Vec<(DemandArea, Point)>,
    by_package: Vec<Range<usize>>,
}

const MAGIC: &[u8; 4] = b"HND1";

impl Demand {
    /// Areas whose postcode cannot be located are left out.
    pub fn new(areas: &[DemandArea], packages: usize) -> Demand {
        let mut located: Vec<(DemandArea, Point)> = areas
            .iter()
            .filter(|a| a.package < packages && a.places > 0)
            .filter_map(|a| locate(a.pc4).map(|l| (*a, l.point)))
            .collect();
        located.sort_by_key(|(a, _)| a.package);
        let mut by_package = vec![0..0; packages];
        let mut start = 0;
        for (package, range) in by_package.iter_mut().enumerate() {
            let end = start
                + located[start..]
                    .iter()
                    .take_while(|(a, _)| a.package == package)
                    .count();
            *range = start..end;
            start = end;
        }
        Demand {
            areas: located,
            by_package,
        }
    }

    pub fn of_package(&self, package: usize) -> &[(DemandArea, Point)] {
        &self.areas[self.range(package)]
    }

    /// Where the package's areas stand in `areas()`.
    pub fn range(&self, package: usize) -> Range<usize> {
        self.by_package.get(package).cloned().unwrap_or(0..0)
    }

    pub fn areas(&self) -> &[(DemandArea, Point)] {
        &self.areas
    }

    /// `HND1`, the package codes (so a client with another catalogue version
    /// still reads the ones it knows), then 10 bytes per area.
    pub fn encode(areas: &[DemandArea], packages: &[WorkPackage]) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + packages.len() * 24 + areas.len() * 10);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(
            &u16::try_from(packages.len())
                .unwrap_or(u16::MAX)
                .to_le_bytes(),
        );
        for p in packages.iter().take(usize::from(u16::MAX)) {
            let code = p.code.as_bytes();
            out.push(u8::try_from(code.len()).unwrap_or(u8::MAX));
            out.extend_from_slice(&code[..code.len().min(255)]);
        }
        let areas: Vec<&DemandArea> = areas
            .iter()
            .filter(|a| a.package < usize::from(u16::MAX))
            .collect();
        out.extend_from_slice(&u32::try_from(areas.len()).unwrap_or(u32::MAX).to_le_bytes());
        for a in areas {
            out.extend_from_slice(&u16::try_from(a.package).unwrap_or(u16::MAX).to_le_bytes());
            out.extend_from_slice(&a.pc4.to_le_bytes());
            out.extend_from_slice(&a.places.to_le_bytes());
            out.extend_from_slice(&a.slots.bits().to_le_bytes());
        }
        out
    }

    /// Reads what `encode` wrote, mapping package codes onto `packages`.
    pub fn decode(bytes: &[u8], packages: &[WorkPackage]) -> Result<Vec<DemandArea>, DemandError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(DemandError::NotDemand);
        }
        let codes = usize::from(u16::from_le_bytes(r.array()?));
        let mut index = Vec::with_capacity(codes);
        for _ in 0..codes {
            let len = usize::from(r.take(1)?[0]);
            let code = r.take(len)?;
            index.push(packages.iter().position(|p| p.code.as_bytes() == code));
        }
        let count = u32::from_le_bytes(r.array()?);
        let mut areas =
            Vec::with_capacity(usize::try_from(count).unwrap_or(0).min(bytes.len() / 10));
        for _ in 0..count {
            let package = usize::from(u16::from_le_bytes(r.array()?));
            let pc4 = u16::from_le_bytes(r.array()?);
            let places = u16::from_le_bytes(r.array()?);
            let slots =
                WeekGrid::from_bits(u32::from_le_bytes(r.array()?)).unwrap_or(WeekGrid::EMPTY);
            if let Some(Some(package)) = index.get(package) {
                areas.push(DemandArea {
                    package: *package,
                    pc4,
                    places,
                    slots,
                });
            }
        }
        Ok(areas)
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DemandError> {
        let end = self.at.checked_add(n).ok_or(DemandError::Truncated)?;
        let slice = self.bytes.get(self.at..end).ok_or(DemandError::Truncated)?;
        self.at = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], DemandError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::availability::{days, parts};
    use crate::catalogue::CATALOGUE;

    fn area(package: usize, pc4: u16, places: u16) -> DemandArea {
        DemandArea {
            package,
            pc4,
            places,
            slots: WeekGrid::of(days::WEEKDAYS, parts::MORNING),
        }
    }

    #[test]
    fn encodes_and_decodes_by_package_code() {
        let areas = vec![area(3, 3511, 4), area(0, 5611, 2), area(28, 6211, 1)];
        let bytes = Demand::encode(&areas, &CATALOGUE);
        assert_eq!(Demand::decode(&bytes, &CATALOGUE), Ok(areas.clone()));
        // A client whose catalogue lacks a package skips its areas.
        let fewer = &CATALOGUE[1..];
        let decoded = Demand::decode(&bytes, fewer).unwrap();
        assert_eq!(decoded.len(), 2);
        assert_eq!(
            decoded[0].package, 2,
            "package 3 is at index 2 of the shorter list"
        );
        assert_eq!(
            Demand::decode(b"nope", &CATALOGUE),
            Err(DemandError::NotDemand)
        );
        assert_eq!(
            Demand::decode(&bytes[..bytes.len() - 3], &CATALOGUE),
            Err(DemandError::Truncated)
        );
        assert_eq!(
            Demand::decode(b"HND1\xff\xff", &CATALOGUE),
            Err(DemandError::Truncated)
        );
    }

    #[test]
    fn groups_per_package_and_drops_what_cannot_be_placed() {
        let demand = Demand::new(
            &[
                area(2, 3511, 4),
                area(0, 5611, 2),
                area(2, 1000, 9),
                area(2, 9712, 0),
                area(99, 3511, 1),
            ],
            5,
        );
        assert_eq!(demand.of_package(0).len(), 1);
        assert_eq!(demand.of_package(1).len(), 0);
        assert_eq!(
            demand.of_package(2).len(),
            1,
            "1000 does not exist; 0 places are no demand"
        );
        assert_eq!(demand.of_package(7).len(), 0);
        assert_eq!(demand.areas().len(), 2);
    }
}
