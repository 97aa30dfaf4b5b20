//! A request: how many people for which work package, where, from when to
//! when, on which dayparts and for how many hours a week.

use super::EmployerError as E;
use crate::availability::{WeekGrid, MAX_HOURS_PER_WEEK};
use crate::catalogue::{find, WorkPackage};
use crate::date::Date;
use crate::postcode::Postcode;
use crate::text::{multi_line, TextProblem};
use crate::ErrorCode;
use serde::{Deserialize, Serialize};

/// More than this is a recruitment campaign, not a request.
pub const MAX_PEOPLE: u16 = 200;
const MAX_NOTES: usize = 1000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkRequestForm {
    pub package: String,
    pub people: String,
    pub postcode: String,
    pub starts_on: String,
    pub ends_on: String,
    pub dayparts: Vec<String>,
    pub hours_per_week: String,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkRequest {
    pub package: &'static WorkPackage,
    pub people: u16,
    pub postcode: Postcode,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    pub slots: WeekGrid,
    pub hours_per_week: u8,
    pub notes: Option<String>,
}

fn number<T: std::str::FromStr + PartialOrd>(
    input: &str,
    min: T,
    max: T,
    problem: E,
) -> Result<T, E> {
    input
        .trim()
        .parse::<T>()
        .ok()
        .filter(|n| *n >= min && *n <= max)
        .ok_or(problem)
}

impl WorkRequestForm {
    /// Every problem at once. `today` refuses a start in the past.
    pub fn parse(&self, today: Date) -> Result<WorkRequest, Vec<E>> {
        let package = find(self.package.trim()).ok_or(E::PackageInvalid);
        let people = number(&self.people, 1, MAX_PEOPLE, E::PeopleInvalid);
        let postcode = Postcode::parse(&self.postcode).map_err(|e| match e {
            ErrorCode::PostcodeMissing => E::PostcodeMissing,
            _ => E::PostcodeInvalid,
        });
        let starts_on = match self.starts_on.trim() {
            "" => Err(E::StartsOnMissing),
            s => match Date::parse_iso(s) {
                Ok(d) if d < today => Err(E::StartsOnPast),
                Ok(d) => Ok(d),
                Err(_) => Err(E::StartsOnInvalid),
            },
        };
        let ends_on = match self.ends_on.trim() {
            "" => Ok(None),
            s => match (Date::parse_iso(s), Date::parse_iso(self.starts_on.trim())) {
                (Ok(end), Ok(start)) if end < start => Err(E::EndsOnBeforeStart),
                (Ok(end), _) => Ok(Some(end)),
                (Err(_), _) => Err(E::EndsOnInvalid),
            },
        };
        let slots = if self.dayparts.is_empty() {
            Err(E::DaypartsMissing)
        } else {
            WeekGrid::parse_codes(&self.dayparts).map_err(|_| E::DaypartsInvalid)
        };
        let hours = number(&self.hours_per_week, 1, MAX_HOURS_PER_WEEK, E::HoursInvalid);
        let notes = match multi_line(&self.notes, MAX_NOTES) {
            Ok(notes) => Ok(Some(notes)),
            Err(TextProblem::Missing) => Ok(None),
            Err(_) => Err(E::NotesTooLong),
        };
        match (
            package, people, postcode, starts_on, ends_on, slots, hours, notes,
        ) {
            (
                Ok(package),
                Ok(people),
                Ok(postcode),
                Ok(starts_on),
                Ok(ends_on),
                Ok(slots),
                Ok(hours_per_week),
                Ok(notes),
            ) => Ok(WorkRequest {
                package,
                people,
                postcode,
                starts_on,
                ends_on,
                slots,
                hours_per_week,
                notes,
            }),
            (package, people, postcode, starts_on, ends_on, slots, hours, notes) => Err([
                package.err(),
                people.err(),
                postcode.err(),
                starts_on.err(),
                ends_on.err(),
                slots.err(),
                hours.err(),
                notes.err(),
            ]
            .into_iter()
            .flatten()
            .collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap()
    }

    fn form() -> WorkRequestForm {
        WorkRequestForm {
            package: "serve_meals".into(),
            people: "3".into(),
            postcode: "9711AB".into(),
            starts_on: "2026-12-01".into(),
            ends_on: "2027-01-31".into(),
            dayparts: vec!["mon_morning".into(), "tue_afternoon".into()],
            hours_per_week: "12".into(),
            notes: "  Ingang B \n\n\n bellen ".into(),
        }
    }

    #[test]
    fn parses_a_request() {
        let r = form().parse(today()).unwrap();
        assert_eq!(r.package.code, "serve_meals");
        assert_eq!(r.people, 3);
        assert_eq!(r.postcode.pc4(), 9711);
        assert_eq!(r.slots.count(), 2);
        assert_eq!(r.notes.as_deref(), Some("Ingang B\n\nbellen"));
    }

    #[test]
    fn refuses_what_cannot_be_staffed() {
        let mut f = form();
        f.starts_on = "2026-11-23".into();
        f.ends_on = "2026-11-01".into();
        f.people = "0".into();
        f.dayparts = vec!["mon_brunch".into()];
        f.hours_per_week = "99".into();
        f.package = "juggling".into();
        assert_eq!(
            f.parse(today()).unwrap_err(),
            vec![
                E::PackageInvalid,
                E::PeopleInvalid,
                E::StartsOnPast,
                E::EndsOnBeforeStart,
                E::DaypartsInvalid,
                E::HoursInvalid
            ]
        );
        let empty = WorkRequestForm::default().parse(today()).unwrap_err();
        assert!(empty.contains(&E::StartsOnMissing) && empty.contains(&E::DaypartsMissing));
        assert!(!empty.contains(&E::EndsOnInvalid));
    }
}
