//! The columns a sign-up writes and a signed-in person can change later
//! (travel, availability, background, sectors), made in one place so the
//! INSERT and the UPDATE cannot drift apart.

use super::statements::Value;
use handen_core::address::TravelDistance;
use handen_core::availability::Availability;
use handen_core::background::{Background, BigStatus};
use handen_core::interest::Sector;

/// The column names, in the order of [`values`].
pub const COLUMNS: &str = "travel_km, available_from, available_until, hours_per_week, dayparts, \
     availability_notes, care_background, big_registered, big_number, big_profession, big_expired_on, \
     diploma_level, diploma_field, student_field, student_year, courses, vog, languages, sectors";

/// How many [`values`] there are.
pub const COUNT: usize = 19;

pub fn codes<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

pub fn values<'a>(
    travel: &TravelDistance,
    availability: &'a Availability,
    background: &'a Background,
    sectors: &[Sector],
) -> [Value<'a>; COUNT] {
    let big = background.big.as_ref();
    [
        Value::int(travel.km()),
        Value::string(availability.from.to_string()),
        Value::opt_string(availability.until.map(|d| d.to_string())),
        Value::int(availability.hours_per_week),
        Value::int(availability.grid.bits()),
        Value::opt_str(availability.notes.as_deref()),
        Value::int(background.care_background),
        Value::int(big.is_some()),
        Value::opt_str(big.map(|b| b.number.as_str())),
        Value::opt_str(big.map(|b| b.profession.code())),
        Value::opt_string(big.and_then(|b| match &b.status {
            BigStatus::Valid => None,
            BigStatus::Expired { since } => Some(since.to_string()),
        })),
        Value::str(background.diploma.level.code()),
        Value::opt_str(background.diploma.field.as_deref()),
        Value::opt_str(background.study.as_ref().map(|s| s.field.as_str())),
        Value::Int(background.study.as_ref().map(|s| i64::from(s.year))),
        Value::string(codes(&background.courses)),
        Value::str(background.vog.code()),
        Value::string(codes(&background.languages)),
        Value::string(codes(sectors)),
    ]
}

/// `travel_km = $first, available_from = $first+1, …` for an UPDATE.
pub fn assignments(first: usize) -> String {
    COLUMNS
        .split(',')
        .enumerate()
        .map(|(i, column)| format!("{} = ${}", column.trim(), first + i))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_count_agree() {
        assert_eq!(COLUMNS.split(',').count(), COUNT);
        assert!(assignments(1).starts_with("travel_km = $1, available_from = $2"));
        assert!(assignments(1).ends_with("sectors = $19"));
    }
}
