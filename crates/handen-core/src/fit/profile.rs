//! What the fit engine knows about a person: each answer that parses, and
//! `None` for what is missing or not valid yet, so a half-filled form still
//! gets an answer.

use crate::availability::WeekGrid;
use crate::background::{Course, DiplomaLevel, Vog};
use crate::date::Date;
use crate::interest::Sector;
use crate::postcode::pc4_exists;
use crate::registration::parse_birth_date;
use crate::RegistrationForm;

/// A BIG registration counts while valid and up to four years after it
/// lapsed (seed 004 counts both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BigState {
    None,
    Current,
    Lapsed,
}

pub const BIG_GRACE_DAYS: i64 = 4 * 365 + 1;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FitProfile {
    pub age: Option<i32>,
    pub hours_per_week: Option<u8>,
    /// `Some(None)`: open-ended.
    pub weeks: Option<Option<i64>>,
    /// Empty while not answered.
    pub grid: WeekGrid,
    pub pc4: Option<u16>,
    pub travel_km: Option<u16>,
    pub care_background: Option<bool>,
    pub diploma: Option<DiplomaLevel>,
    pub big: BigState,
    pub courses: Vec<Course>,
    pub vog: Option<Vog>,
    pub sectors: Vec<Sector>,
}

fn known<T: Copy>(codes: &[String], all: &[T], code: fn(T) -> &'static str) -> Vec<T> {
    all.iter()
        .copied()
        .filter(|v| codes.iter().any(|c| c.trim() == code(*v)))
        .collect()
}

impl FitProfile {
    pub fn from_form(form: &RegistrationForm, today: Date) -> FitProfile {
        let age = parse_birth_date(&form.birth_date, today)
            .ok()
            .map(|b| b.years_until(today));
        let hours_per_week = form
            .hours_per_week
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|h| (1..=crate::availability::MAX_HOURS_PER_WEEK).contains(h));
        let from = Date::parse_iso(&form.available_from).ok();
        let until = Date::parse_iso(&form.available_until).ok();
        let weeks = match (from, until, form.available_until.trim().is_empty()) {
            (Some(_), _, true) => Some(None),
            (Some(from), Some(until), false) if until >= from => Some(Some(
                (until.days_since_epoch() - from.days_since_epoch() + 1) / 7,
            )),
            _ => None,
        };
        // Four digits are enough to place someone, before the letters are typed.
        let digits: String = form
            .postcode
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(4)
            .collect();
        let pc4 = digits
            .parse::<u16>()
            .ok()
            .filter(|_| digits.len() == 4)
            .filter(|&code| pc4_exists(code));
        let travel_km = crate::address::TravelDistance::parse(&form.travel_km)
            .ok()
            .map(|t| t.km());
        let care_background = form.care_background;
        let big = if care_background == Some(true) && form.big_registered == Some(true) {
            match form.big_status.as_str() {
                "valid" => BigState::Current,
                "expired" => match Date::parse_iso(&form.big_expired_on) {
                    Ok(since)
                        if today.days_since_epoch() - since.days_since_epoch()
                            <= BIG_GRACE_DAYS =>
                    {
                        BigState::Current
                    }
                    _ => BigState::Lapsed,
                },
                _ => BigState::None,
            }
        } else {
            BigState::None
        };
        FitProfile {
            age,
            hours_per_week,
            weeks,
            grid: WeekGrid::parse_codes(&form.dayparts).unwrap_or(WeekGrid::EMPTY),
            pc4,
            travel_km,
            care_background,
            diploma: DiplomaLevel::from_code(&form.diploma_level),
            big,
            courses: known(&form.courses, Course::ALL, Course::code),
            vog: Vog::from_code(&form.vog),
            sectors: known(&form.sectors, Sector::ALL, Sector::code),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap()
    }

    #[test]
    fn a_half_filled_form_gives_what_it_can() {
        let mut form = RegistrationForm {
            postcode: "3511".into(),
            hours_per_week: "12".into(),
            dayparts: vec!["mon_morning".into(), "bogus".into()],
            ..RegistrationForm::default()
        };
        let p = FitProfile::from_form(&form, today());
        assert_eq!(p.pc4, Some(3511));
        assert_eq!(p.hours_per_week, Some(12));
        assert_eq!(
            p.grid,
            WeekGrid::EMPTY,
            "an invalid grid counts as not answered"
        );
        assert_eq!(
            (p.age, p.weeks, p.travel_km, p.vog),
            (None, None, None, None)
        );
        form.postcode = "1000".into();
        assert_eq!(
            FitProfile::from_form(&form, today()).pc4,
            None,
            "1000 does not exist"
        );
    }

    #[test]
    fn the_example_person() {
        let p = FitProfile::from_form(&RegistrationForm::example(today()), today());
        assert_eq!(p.age, Some(32));
        assert_eq!(p.weeks, Some(Some(17)));
        assert_eq!(p.grid.count(), 4);
        assert_eq!(p.diploma, Some(DiplomaLevel::Mbo3));
        assert_eq!(p.courses, [Course::SupportingCareWorker]);
        assert_eq!(p.big, BigState::None);
    }

    #[test]
    fn big_registrations_count_four_years_after_they_lapse() {
        let mut form = RegistrationForm::example(today());
        form.big_registered = Some(true);
        form.big_status = "expired".into();
        form.big_expired_on = "2023-01-10".into();
        assert_eq!(FitProfile::from_form(&form, today()).big, BigState::Current);
        form.big_expired_on = "2021-01-10".into();
        assert_eq!(FitProfile::from_form(&form, today()).big, BigState::Lapsed);
        form.care_background = Some(false);
        assert_eq!(FitProfile::from_form(&form, today()).big, BigState::None);
    }
}
