//! Whether one candidate belongs in a request's pool, and where in it.
//! The package's own rules (qualification, VOG, age) come from the fit
//! engine; time and place are the request's, not the package's defaults.

use super::bands::{AvailabilityMatch, DistanceBand, FitLevel};
use crate::availability::WeekGrid;
use crate::catalogue::WorkPackage;
use crate::date::Date;
use crate::fit::{personal_frictions, status, FitProfile, FitStatus, Friction};
use crate::geo::locate;

/// What is being searched: a request, or an employer's filter.
#[derive(Debug, Clone, Copy)]
pub struct PoolQuery<'a> {
    pub package: &'a WorkPackage,
    pub pc4: u16,
    /// The employer's limit; the candidate's own travel distance applies too.
    pub max_km: u16,
    pub slots: WeekGrid,
    pub hours_per_week: u8,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolCandidate {
    pub profile: FitProfile,
    pub available_from: Date,
    pub available_until: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    pub fit: FitLevel,
    pub km: u16,
    pub band: DistanceBand,
    pub availability: AvailabilityMatch,
    /// The request's dayparts this candidate offers.
    pub slots: WeekGrid,
}

/// `None`: not in this pool.
pub fn place(query: &PoolQuery<'_>, c: &PoolCandidate) -> Option<Placement> {
    let dates_overlap = query.ends_on.is_none_or(|end| c.available_from <= end)
        && c.available_until
            .is_none_or(|until| until >= query.starts_on);
    let slots = c.profile.grid.overlap(query.slots);
    if !dates_overlap || slots.is_empty() {
        return None;
    }
    let from = locate(c.profile.pc4?)?;
    let to = locate(query.pc4)?;
    let km = from.point.whole_km_to(to.point);
    if km > query.max_km || km > c.profile.travel_km? {
        return None;
    }
    let mut frictions = Vec::new();
    personal_frictions(&c.profile, query.package, &mut frictions);
    // Time is judged against the request below, not the package's minimums.
    frictions.retain(|f| {
        !matches!(
            f,
            Friction::Hours { .. } | Friction::Weeks { .. } | Friction::Dayparts { .. }
        )
    });
    let fit = match status(query.package, &frictions) {
        FitStatus::Now => FitLevel::Now,
        FitStatus::AfterCourse(_) => FitLevel::AfterCourse,
        FitStatus::No => return None,
    };
    let full = slots == query.slots
        && c.profile
            .hours_per_week
            .is_some_and(|h| h >= query.hours_per_week);
    Some(Placement {
        fit,
        km,
        band: DistanceBand::of(km),
        availability: if full {
            AvailabilityMatch::Full
        } else {
            AvailabilityMatch::Partial
        },
        slots,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::availability::{Daypart, Slot, Weekday};
    use crate::catalogue::find;
    use crate::fit::BigState;

    fn slot(day: Weekday, part: Daypart) -> WeekGrid {
        WeekGrid::EMPTY.with(Slot { day, part })
    }

    fn date(m: u8, d: u8) -> Date {
        Date::new(2026, m, d).unwrap()
    }

    fn candidate() -> PoolCandidate {
        PoolCandidate {
            profile: FitProfile {
                age: Some(40),
                hours_per_week: Some(12),
                weeks: Some(None),
                grid: slot(Weekday::Mon, Daypart::Morning).with(Slot {
                    day: Weekday::Tue,
                    part: Daypart::Morning,
                }),
                pc4: Some(9711),
                travel_km: Some(15),
                care_background: Some(false),
                diploma: None,
                big: BigState::None,
                courses: Vec::new(),
                vog: None,
                sectors: Vec::new(),
            },
            available_from: date(11, 1),
            available_until: None,
        }
    }

    fn query(package: &str) -> PoolQuery<'static> {
        PoolQuery {
            package: find(package).unwrap(),
            pc4: 9712,
            max_km: 50,
            slots: slot(Weekday::Mon, Daypart::Morning),
            hours_per_week: 8,
            starts_on: date(12, 1),
            ends_on: None,
        }
    }

    #[test]
    fn places_a_candidate_by_time_place_and_qualification() {
        let p = place(&query("serve_meals"), &candidate()).unwrap();
        assert_eq!(p.fit, FitLevel::Now);
        assert_eq!(p.band, DistanceBand::UpTo5);
        assert_eq!(p.availability, AvailabilityMatch::Full);
        // A course away.
        let p = place(&query("supporting_care_worker"), &candidate()).unwrap();
        assert_eq!(p.fit, FitLevel::AfterCourse);
        // Not qualified, no course opens it.
        assert_eq!(place(&query("ic_buddy"), &candidate()), None);
    }

    #[test]
    fn leaves_out_who_cannot_come() {
        let mut q = query("serve_meals");
        q.slots = slot(Weekday::Sun, Daypart::Evening);
        assert_eq!(place(&q, &candidate()), None, "no shared daypart");
        let mut q = query("serve_meals");
        q.pc4 = 1012; // Amsterdam: far beyond 15 km
        q.max_km = 500;
        assert_eq!(place(&q, &candidate()), None, "beyond own travel distance");
        let mut c = candidate();
        c.available_until = Some(date(11, 30));
        assert_eq!(place(&query("serve_meals"), &c), None, "gone before start");
        let mut q = query("serve_meals");
        q.hours_per_week = 20;
        assert_eq!(
            place(&q, &candidate()).unwrap().availability,
            AvailabilityMatch::Partial
        );
    }
}
