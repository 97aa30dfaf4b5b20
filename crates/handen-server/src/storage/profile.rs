//! The columns a sign-up writes and a signed-in person can change later
//! (travel, availability, background, sectors), bound in one place so the
//! INSERT and the UPDATE cannot drift apart.

use handen_core::address::TravelDistance;
use handen_core::availability::Availability;
use handen_core::background::{Background, BigStatus};
use handen_core::interest::Sector;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::Any;

/// The column names, in the order [`bind`] binds them.
pub const COLUMNS: &str = "travel_km, available_from, available_until, hours_per_week, dayparts, \
     availability_notes, care_background, big_registered, big_number, big_profession, big_expired_on, \
     diploma_level, diploma_field, student_field, student_year, courses, vog, languages, sectors";

/// How many values [`bind`] adds.
pub const COUNT: usize = 19;

pub fn codes<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

pub fn bind<'q>(
    query: Query<'q, Any, AnyArguments<'q>>,
    travel: &TravelDistance,
    availability: &'q Availability,
    background: &'q Background,
    sectors: &[Sector],
) -> Query<'q, Any, AnyArguments<'q>> {
    let big = background.big.as_ref();
    query
        .bind(i64::from(travel.km()))
        .bind(availability.from.to_string())
        .bind(availability.until.map(|d| d.to_string()))
        .bind(i64::from(availability.hours_per_week))
        .bind(i64::from(availability.grid.bits()))
        .bind(availability.notes.as_deref())
        .bind(i64::from(background.care_background))
        .bind(i64::from(big.is_some()))
        .bind(big.map(|b| b.number.as_str().to_owned()))
        .bind(big.map(|b| b.profession.code()))
        .bind(big.and_then(|b| match &b.status {
            BigStatus::Valid => None,
            BigStatus::Expired { since } => Some(since.to_string()),
        }))
        .bind(background.diploma.level.code())
        .bind(background.diploma.field.as_deref())
        .bind(background.study.as_ref().map(|s| s.field.clone()))
        .bind(background.study.as_ref().map(|s| i64::from(s.year)))
        .bind(codes(&background.courses))
        .bind(background.vog.code())
        .bind(codes(&background.languages))
        .bind(codes(sectors))
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
