//! Place names of 4-digit postcode areas, for mail and pages ("9711
//! Groningen"). Server-only: the browser build keeps just the points.

use std::collections::HashMap;
use std::sync::OnceLock;

const PC4_CSV: &str = include_str!("../../handen-core/data/pc4.csv");

fn places() -> &'static HashMap<u16, &'static str> {
    static PLACES: OnceLock<HashMap<u16, &'static str>> = OnceLock::new();
    PLACES.get_or_init(|| {
        PC4_CSV
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut fields = line.split(',');
                let pc4 = fields.next()?.parse().ok()?;
                let place = fields.nth(2)?;
                Some((pc4, place))
            })
            .collect()
    })
}

/// "9711 Groningen", or just the digits for an area without a name.
pub fn area(pc4: u16) -> String {
    match places().get(&pc4) {
        Some(place) if !place.is_empty() => format!("{pc4} {place}"),
        _ => pc4.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_areas() {
        assert_eq!(super::area(1011), "1011 Amsterdam");
        assert!(super::area(9711).starts_with("9711 "));
    }
}
