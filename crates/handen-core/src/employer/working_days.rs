//! "Two working days": Monday to Friday. Public holidays are not counted
//! out; a reminder a day early on Easter Monday does no harm.

use crate::date::Date;

/// The date `n` working days after `from` (a Friday plus one is Monday;
/// a Saturday plus one is Monday too).
pub fn add_working_days(from: Date, n: u32) -> Date {
    let mut day = from;
    let mut left = n;
    while left > 0 {
        day = day.add_days(1).unwrap_or(day);
        if day.weekday() < 5 {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_weekends() {
        let d = |day| Date::new(2026, 11, day).unwrap();
        // 2026-11-23 is a Monday.
        assert_eq!(add_working_days(d(23), 2), d(25));
        assert_eq!(add_working_days(d(26), 2), d(30)); // Thu → Mon
        assert_eq!(add_working_days(d(27), 2), Date::new(2026, 12, 1).unwrap()); // Fri → Tue
        assert_eq!(add_working_days(d(28), 2), Date::new(2026, 12, 1).unwrap()); // Sat → Tue
        assert_eq!(add_working_days(d(23), 0), d(23));
    }
}
