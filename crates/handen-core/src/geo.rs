//! Where things are: postcode centre points and the distance between them.
//! Place was the second friction of the first wave ("volunteers from the
//! north won't travel to Brabant"); every distance Handen shows comes from here.

use crate::postcode::{pc4_exists, table};
use serde::{Deserialize, Serialize};

/// A point on Earth, in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub lat: f32,
    pub lon: f32,
}

const EARTH_RADIUS_KM: f64 = 6371.0088;

impl Point {
    /// Great-circle distance (haversine), in kilometres.
    pub fn km_to(self, other: Point) -> f32 {
        let (lat1, lat2) = (
            f64::from(self.lat).to_radians(),
            f64::from(other.lat).to_radians(),
        );
        let d_lat = lat2 - lat1;
        let d_lon = (f64::from(other.lon) - f64::from(self.lon)).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        #[allow(clippy::cast_possible_truncation)]
        let km = (2.0 * EARTH_RADIUS_KM * a.sqrt().asin()) as f32;
        km
    }

    /// The distance in whole kilometres, rounded up: "within 15 km" must
    /// not take in someone 15.3 km away.
    pub fn whole_km_to(self, other: Point) -> u16 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let km = self.km_to(other).ceil().min(f32::from(u16::MAX)) as u16;
        km
    }
}

/// Where a 4-digit postcode lies, and whether that is its own point or a
/// neighbour's (a valid code the data set has no point for).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Located {
    pub point: Point,
    /// The code whose point is used: `pc4` itself when `exact`.
    pub used: u16,
    pub exact: bool,
}

fn point_at(index: usize) -> Point {
    let (_, lat, lon) = table::PC4_POINTS[index];
    #[allow(clippy::cast_precision_loss)]
    Point {
        lat: lat as f32 / 10_000.0,
        lon: lon as f32 / 10_000.0,
    }
}

/// The centre of a 4-digit postcode. A valid code without a point falls back
/// to the nearest code in the same 3-digit group, else the nearest code at
/// all; a code that does not exist has no location.
pub fn locate(pc4: u16) -> Option<Located> {
    if !pc4_exists(pc4) {
        return None;
    }
    let points = &table::PC4_POINTS;
    match points.binary_search_by_key(&pc4, |p| p.0) {
        Ok(i) => Some(Located {
            point: point_at(i),
            used: pc4,
            exact: true,
        }),
        Err(i) => {
            let group = pc4 / 10;
            let candidates = [i.checked_sub(1), (i < points.len()).then_some(i)];
            let nearest = candidates.into_iter().flatten().min_by_key(|&j| {
                let code = points[j].0;
                // Same 3-digit group first, then numeric closeness.
                (u16::from(code / 10 != group), code.abs_diff(pc4))
            })?;
            Some(Located {
                point: point_at(nearest),
                used: points[nearest].0,
                exact: false,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amsterdam_to_groningen_is_as_the_data_readme_says() {
        let a = locate(1012).unwrap();
        let g = locate(9712).unwrap();
        assert!(a.exact && g.exact);
        let km = a.point.km_to(g.point);
        assert!((km - 146.5).abs() < 0.5, "{km}");
        assert!(a.point.km_to(a.point) < 0.001);
        assert!((a.point.km_to(g.point) - g.point.km_to(a.point)).abs() < 0.001);
    }

    #[test]
    fn uncovered_codes_fall_back_to_a_neighbour_in_their_group() {
        for code in [2268u16, 2633, 6679, 6683, 7089, 8292, 9662] {
            let located = locate(code).unwrap();
            assert!(!located.exact);
            assert_eq!(located.used / 10, code / 10, "{code} used {}", located.used);
            assert!(located.point.km_to(locate(located.used).unwrap().point) < 0.001);
        }
        // No code of 288x has a point: the numerically nearest one serves.
        let located = locate(2885).unwrap();
        assert_eq!((located.used, located.exact), (2872, false));
        assert_eq!(locate(1000), None);
        assert_eq!(locate(0), None);
    }
}
