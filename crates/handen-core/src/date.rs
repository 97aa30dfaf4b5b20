//! A calendar date without time or zone: birth dates and availability.
//!
//! Handen's own because `chrono`/`time` would add tens of KB to the browser
//! build for what is a few lines of arithmetic (Howard Hinnant's civil-date
//! algorithms). Core has no clock: callers pass "today".

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    Missing,
    Invalid,
}

impl Date {
    /// 1970-01-01: a fallback where no other date can be had.
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// `YYYY-MM-DD`, as `<input type="date">` and JSON carry dates.
    pub fn parse_iso(input: &str) -> Result<Date, DateError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(DateError::Missing);
        }
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(DateError::Invalid);
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(DateError::Invalid);
        }
        let number = |p: &str| {
            p.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| p.parse::<u32>().ok())
                .flatten()
        };
        match (number(y), number(m), number(d)) {
            (Some(y), Some(m), Some(d)) => {
                let (Ok(y), Ok(m), Ok(d)) = (i32::try_from(y), u8::try_from(m), u8::try_from(d))
                else {
                    return Err(DateError::Invalid);
                };
                Date::new(y, m, d).ok_or(DateError::Invalid)
            }
            _ => Err(DateError::Invalid),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// `None` outside years 1 to 9999, however far outside.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// Whole years from `self` to `on`: someone born on 29 February turns a
    /// year older on 1 March in other years.
    pub fn years_until(self, on: Date) -> i32 {
        let mut years = on.year - self.year;
        if (on.month, on.day) < (self.month, self.day) {
            years -= 1;
        }
        years
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        u8::try_from((self.days_since_epoch() + 3).rem_euclid(7)).unwrap_or(0)
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        Date::parse_iso(&s).map_err(|_| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn parses_iso_dates_and_refuses_the_rest() {
        assert_eq!(Date::parse_iso("2000-02-29"), Ok(d(2000, 2, 29)));
        assert_eq!(Date::parse_iso(" 1987-12-31 "), Ok(d(1987, 12, 31)));
        for bad in [
            "1900-02-29",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "2024-4-1",
            "24-04-01",
            "2024/04/01",
            "01-04-2024",
            "2024-04-01T00:00",
            "abcd-ef-gh",
            "2024-04-01-",
            "+024-04-01",
            "0000-01-01",
            "2024-04-0١",
        ] {
            assert_eq!(Date::parse_iso(bad), Err(DateError::Invalid), "{bad}");
        }
        assert_eq!(Date::parse_iso(""), Err(DateError::Missing));
        assert_eq!(Date::parse_iso("   "), Err(DateError::Missing));
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(d(1969, 12, 31).days_since_epoch(), -1);
        // From year 1 to year 9999.
        for days in (-719_162..2_932_896).step_by(997) {
            let date = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(date.days_since_epoch(), days);
        }
        assert_eq!(d(2024, 2, 28).add_days(1), Some(d(2024, 2, 29)));
        assert_eq!(d(2024, 12, 31).add_days(1), Some(d(2025, 1, 1)));
    }

    /// Found by fuzzing (fuzz target `dates`): a day count near `i64::MAX`
    /// overflowed (a panic in debug builds, a wrong date in release).
    #[test]
    fn far_away_days_are_no_date() {
        assert_eq!(d(2026, 11, 24).add_days(9_223_372_036_854_775_799), None);
        assert_eq!(d(2026, 11, 24).add_days(i64::MIN), None);
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
        assert_eq!(Date::from_days_since_epoch(i64::MIN), None);
        assert_eq!(Date::from_days_since_epoch(9_223_372_036_854_000_000), None);
    }

    #[test]
    fn ages_count_whole_years() {
        let born = d(2008, 6, 15);
        assert_eq!(born.years_until(d(2024, 6, 14)), 15);
        assert_eq!(born.years_until(d(2024, 6, 15)), 16);
        let leap = d(2008, 2, 29);
        assert_eq!(leap.years_until(d(2024, 2, 28)), 15);
        assert_eq!(leap.years_until(d(2024, 2, 29)), 16);
        assert_eq!(leap.years_until(d(2025, 2, 28)), 16);
        assert_eq!(leap.years_until(d(2025, 3, 1)), 17);
    }

    #[test]
    fn weekdays() {
        assert_eq!(d(2026, 11, 23).weekday(), 0); // a Monday
        assert_eq!(d(2026, 11, 29).weekday(), 6);
    }

    #[test]
    fn serde_uses_iso() {
        let date = d(1999, 1, 9);
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"1999-01-09\"");
        assert_eq!(
            serde_json::from_str::<Date>("\"1999-01-09\"").unwrap(),
            date
        );
        assert!(serde_json::from_str::<Date>("\"1999-1-9\"").is_err());
    }
}
