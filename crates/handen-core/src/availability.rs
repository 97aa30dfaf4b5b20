//! When someone can work: a period, hours per week, and which dayparts of
//! which weekdays. Time was the first friction of the first wave: employers
//! asked for days, helpers offered dayparts; both must be explicit.

use crate::code_enum;
use crate::date::{Date, DateError};
use crate::error::ErrorCode;
use crate::text::{multi_line, TextProblem};
use serde::{Deserialize, Serialize};

code_enum! {
    pub enum Weekday {
        Mon => "mon",
        Tue => "tue",
        Wed => "wed",
        Thu => "thu",
        Fri => "fri",
        Sat => "sat",
        Sun => "sun",
    }
}

code_enum! {
    pub enum Daypart {
        Morning => "morning",
        Afternoon => "afternoon",
        Evening => "evening",
        Night => "night",
    }
}

impl Daypart {
    /// The most hours one daypart can hold, for the sanity check between
    /// hours per week and the dayparts offered (a night shift is longest).
    pub fn max_hours(self) -> u16 {
        match self {
            Daypart::Night => 9,
            _ => 5,
        }
    }
}

/// One cell of the week: Tuesday afternoon. Wire form `tue_afternoon`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot {
    pub day: Weekday,
    pub part: Daypart,
}

impl Slot {
    pub fn code(self) -> String {
        format!("{}_{}", self.day.code(), self.part.code())
    }

    pub fn parse(code: &str) -> Option<Slot> {
        let (day, part) = code.trim().split_once('_')?;
        Some(Slot {
            day: Weekday::from_code(day)?,
            part: Daypart::from_code(part)?,
        })
    }

    fn bit(self) -> u32 {
        let day = Weekday::ALL
            .iter()
            .position(|d| *d == self.day)
            .unwrap_or(0);
        let part = Daypart::ALL
            .iter()
            .position(|p| *p == self.part)
            .unwrap_or(0);
        1 << (day * Daypart::ALL.len() + part)
    }
}

/// The days × dayparts grid as 28 bits: compact to store and to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct WeekGrid(u32);

/// Days as a bitmask, Monday = bit 0 … Sunday = bit 6, for `WeekGrid::of`.
pub mod days {
    pub const WEEKDAYS: u8 = 0b001_1111;
    pub const WEEKEND: u8 = 0b110_0000;
    pub const ALL: u8 = 0b111_1111;
}

/// Dayparts as a bitmask, morning = bit 0 … night = bit 3, for `WeekGrid::of`.
pub mod parts {
    pub const MORNING: u8 = 0b0001;
    pub const AFTERNOON: u8 = 0b0010;
    pub const EVENING: u8 = 0b0100;
    pub const NIGHT: u8 = 0b1000;
    pub const DAYTIME: u8 = MORNING | AFTERNOON;
    pub const WAKING: u8 = MORNING | AFTERNOON | EVENING;
    pub const ALL: u8 = 0b1111;
}

impl WeekGrid {
    pub const EMPTY: WeekGrid = WeekGrid(0);

    /// Every daypart in `parts` on every day in `days` (see `days`, `parts`).
    pub const fn of(days: u8, parts: u8) -> WeekGrid {
        let mut bits = 0u32;
        let mut day = 0;
        while day < 7 {
            if days & (1 << day) != 0 {
                bits |= ((parts & 0b1111) as u32) << (day * 4);
            }
            day += 1;
        }
        WeekGrid(bits)
    }

    pub const fn union(self, other: WeekGrid) -> WeekGrid {
        WeekGrid(self.0 | other.0)
    }
    const ALL_BITS: u32 = (1 << 28) - 1;

    pub fn from_bits(bits: u32) -> Option<WeekGrid> {
        (bits & !WeekGrid::ALL_BITS == 0).then_some(WeekGrid(bits))
    }

    pub fn bits(self) -> u32 {
        self.0
    }

    pub fn with(self, slot: Slot) -> WeekGrid {
        WeekGrid(self.0 | slot.bit())
    }

    pub fn contains(self, slot: Slot) -> bool {
        self.0 & slot.bit() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn count(self) -> u32 {
        self.0.count_ones()
    }

    /// Slots offered in both grids.
    pub fn overlap(self, other: WeekGrid) -> WeekGrid {
        WeekGrid(self.0 & other.0)
    }

    pub fn slots(self) -> impl Iterator<Item = Slot> {
        Weekday::ALL
            .iter()
            .flat_map(|&day| Daypart::ALL.iter().map(move |&part| Slot { day, part }))
            .filter(move |s| self.contains(*s))
    }

    pub fn days(self) -> usize {
        Weekday::ALL
            .iter()
            .filter(|&&day| {
                Daypart::ALL
                    .iter()
                    .any(|&part| self.contains(Slot { day, part }))
            })
            .count()
    }

    pub fn max_hours(self) -> u16 {
        self.slots().map(|s| s.part.max_hours()).sum()
    }

    pub fn parse_codes(codes: &[String]) -> Result<WeekGrid, ErrorCode> {
        let mut grid = WeekGrid::EMPTY;
        for code in codes {
            grid = grid.with(Slot::parse(code).ok_or(ErrorCode::DaypartsInvalid)?);
        }
        if grid.is_empty() {
            return Err(ErrorCode::DaypartsMissing);
        }
        Ok(grid)
    }

    pub fn codes(self) -> Vec<String> {
        self.slots().map(Slot::code).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    pub from: Date,
    pub until: Option<Date>,
    pub hours_per_week: u8,
    pub grid: WeekGrid,
    pub notes: Option<String>,
}

/// The raw inputs of the availability step.
pub struct AvailabilityInput<'a> {
    pub from: &'a str,
    pub until: &'a str,
    pub hours_per_week: &'a str,
    pub dayparts: &'a [String],
    pub notes: &'a str,
}

pub const MAX_HOURS_PER_WEEK: u8 = 60;
pub const MAX_NOTES: usize = 500;
/// How far ahead a start date may lie: a crisis registration is for now.
pub const MAX_DAYS_AHEAD: i64 = 366;

impl Availability {
    pub fn parse(
        input: &AvailabilityInput<'_>,
        today: Date,
    ) -> Result<Availability, Vec<ErrorCode>> {
        let mut errors = Vec::new();
        let from = match Date::parse_iso(input.from) {
            Ok(d) if d.days_since_epoch() - today.days_since_epoch() > MAX_DAYS_AHEAD => {
                Err(ErrorCode::AvailableFromTooFar)
            }
            Ok(d) => Ok(d),
            Err(DateError::Missing) => Err(ErrorCode::AvailableFromMissing),
            Err(DateError::Invalid) => Err(ErrorCode::AvailableFromInvalid),
        };
        let until = match Date::parse_iso(input.until) {
            Ok(d) if d < today => Err(ErrorCode::AvailableUntilInPast),
            Ok(d) if from.as_ref().is_ok_and(|from| d < *from) => {
                Err(ErrorCode::AvailableUntilBeforeFrom)
            }
            Ok(d) => Ok(Some(d)),
            Err(DateError::Missing) => Ok(None),
            Err(DateError::Invalid) => Err(ErrorCode::AvailableUntilInvalid),
        };
        let grid = WeekGrid::parse_codes(input.dayparts);
        let hours = match input.hours_per_week.trim() {
            "" => Err(ErrorCode::HoursPerWeekMissing),
            h => match h.parse::<u8>() {
                Ok(n)
                    if (1..=MAX_HOURS_PER_WEEK).contains(&n)
                        && h.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    match &grid {
                        Ok(g) if u16::from(n) > g.max_hours() => {
                            Err(ErrorCode::HoursPerWeekExceedDayparts)
                        }
                        _ => Ok(n),
                    }
                }
                _ => Err(ErrorCode::HoursPerWeekInvalid),
            },
        };
        let notes = match multi_line(input.notes, MAX_NOTES) {
            Ok(n) => Ok(Some(n)),
            Err(TextProblem::Missing) => Ok(None),
            Err(TextProblem::TooLong) => Err(ErrorCode::AvailabilityNotesTooLong),
            Err(TextProblem::Invalid) => Err(ErrorCode::AvailabilityNotesInvalid),
        };
        for e in [
            from.as_ref().err(),
            until.as_ref().err(),
            hours.as_ref().err(),
            grid.as_ref().err(),
            notes.as_ref().err(),
        ]
        .into_iter()
        .flatten()
        {
            errors.push(*e);
        }
        match (from, until, hours, grid, notes) {
            (Ok(from), Ok(until), Ok(hours_per_week), Ok(grid), Ok(notes)) => Ok(Availability {
                from,
                until,
                hours_per_week,
                grid,
                notes,
            }),
            _ => Err(errors),
        }
    }

    /// Weeks from the start to the end, when there is an end.
    pub fn weeks(&self) -> Option<i64> {
        self.until
            .map(|u| (u.days_since_epoch() - self.from.days_since_epoch() + 1).div_euclid(7))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap()
    }

    fn slots(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|s| (*s).to_owned()).collect()
    }

    fn parse(
        from: &str,
        until: &str,
        hours: &str,
        parts: &[&str],
        notes: &str,
    ) -> Result<Availability, Vec<ErrorCode>> {
        let dayparts = slots(parts);
        Availability::parse(
            &AvailabilityInput {
                from,
                until,
                hours_per_week: hours,
                dayparts: &dayparts,
                notes,
            },
            today(),
        )
    }

    #[test]
    fn a_typical_offer() {
        let a = parse(
            "2026-11-30",
            "2027-02-28",
            "16",
            &["mon_morning", "tue_afternoon", "tue_morning", "sat_evening"],
            " Not on holidays ",
        )
        .unwrap();
        assert_eq!(a.hours_per_week, 16);
        assert_eq!(a.grid.count(), 4);
        assert_eq!(a.grid.days(), 3);
        assert!(a.grid.contains(Slot {
            day: Weekday::Tue,
            part: Daypart::Afternoon
        }));
        assert_eq!(
            a.grid.codes(),
            ["mon_morning", "tue_morning", "tue_afternoon", "sat_evening"]
        );
        assert_eq!(a.notes.as_deref(), Some("Not on holidays"));
        assert_eq!(a.weeks(), Some(13));
        let open = parse("2026-11-24", "", "8", &["wed_night"], "").unwrap();
        assert_eq!(
            (open.until, open.notes.as_deref(), open.weeks()),
            (None, None, None)
        );
    }

    #[test]
    fn each_problem_is_named() {
        assert_eq!(
            parse("", "", "", &[], "").unwrap_err(),
            [AvailableFromMissing, HoursPerWeekMissing, DaypartsMissing]
        );
        assert_eq!(
            parse("30-11-2026", "2026-02-30", "4", &["mon_morning"], "").unwrap_err(),
            [AvailableFromInvalid, AvailableUntilInvalid]
        );
        assert_eq!(
            parse("2026-12-10", "2026-12-01", "4", &["mon_morning"], "").unwrap_err(),
            [AvailableUntilBeforeFrom]
        );
        assert_eq!(
            parse("2026-11-01", "2026-11-20", "4", &["mon_morning"], "").unwrap_err(),
            [AvailableUntilInPast]
        );
        assert_eq!(
            parse("2028-01-01", "", "4", &["mon_morning"], "").unwrap_err(),
            [AvailableFromTooFar]
        );
        assert_eq!(
            parse("2026-12-01", "", "0", &["mon_morning"], "").unwrap_err(),
            [HoursPerWeekInvalid]
        );
        assert_eq!(
            parse("2026-12-01", "", "61", &["mon_morning"], "").unwrap_err(),
            [HoursPerWeekInvalid]
        );
        assert_eq!(
            parse("2026-12-01", "", "-4", &["mon_morning"], "").unwrap_err(),
            [HoursPerWeekInvalid]
        );
        assert_eq!(
            parse("2026-12-01", "", "40", &["mon_morning", "tue_morning"], "").unwrap_err(),
            [HoursPerWeekExceedDayparts]
        );
        assert_eq!(
            parse("2026-12-01", "", "4", &["funday_morning"], "").unwrap_err(),
            [DaypartsInvalid]
        );
        assert_eq!(
            parse("2026-12-01", "", "4", &["mon_brunch"], "").unwrap_err(),
            [DaypartsInvalid]
        );
        assert_eq!(
            parse("2026-12-01", "", "4", &["mon_morning"], &"x".repeat(501)).unwrap_err(),
            [AvailabilityNotesTooLong]
        );
        assert_eq!(
            parse("2026-12-01", "", "4", &["mon_morning"], "a\u{0}b").unwrap_err(),
            [AvailabilityNotesInvalid]
        );
    }

    #[test]
    fn grids_from_days_and_parts() {
        let g = WeekGrid::of(days::WEEKDAYS, parts::MORNING);
        assert_eq!(g.count(), 5);
        assert!(g.contains(Slot {
            day: Weekday::Fri,
            part: Daypart::Morning
        }));
        assert!(!g.contains(Slot {
            day: Weekday::Sat,
            part: Daypart::Morning
        }));
        assert_eq!(WeekGrid::of(days::ALL, parts::ALL).count(), 28);
        assert_eq!(
            WeekGrid::of(days::WEEKEND, parts::NIGHT).codes(),
            ["sat_night", "sun_night"]
        );
    }

    #[test]
    fn grid_bits_round_trip() {
        for day in Weekday::ALL {
            for part in Daypart::ALL {
                let slot = Slot {
                    day: *day,
                    part: *part,
                };
                let grid = WeekGrid::EMPTY.with(slot);
                assert!(grid.contains(slot));
                assert_eq!(grid.count(), 1);
                assert_eq!(Slot::parse(&slot.code()), Some(slot));
                assert_eq!(WeekGrid::from_bits(grid.bits()), Some(grid));
            }
        }
        assert_eq!(WeekGrid::from_bits(1 << 28), None);
    }
}
