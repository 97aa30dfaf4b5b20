//! What would open more work, ranked by how much it opens: another daypart,
//! a little more travel, more hours, a longer period, a short course, a VOG.

use super::assess::{personal_frictions, FitStatus, Friction, PackageFit};
use super::demand::Demand;
use super::profile::FitProfile;
use crate::availability::{Daypart, Slot, Weekday};
use crate::background::{Course, Vog};
use crate::catalogue::WorkPackage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggestion {
    /// Offering this daypart too would open `packages` more packages.
    AddSlot {
        slot: Slot,
        packages: u32,
    },
    /// Travelling `extra_km` further would reach `places` more open places.
    TravelFurther {
        extra_km: u16,
        places: u32,
    },
    /// Offering `hours` a week would open `packages` more packages.
    MoreHours {
        hours: u8,
        packages: u32,
    },
    /// Being available `weeks` weeks would open `packages` more packages.
    LongerPeriod {
        weeks: u8,
        packages: u32,
    },
    TakeCourse {
        course: Course,
        packages: u32,
    },
    RequestVog {
        packages: u32,
    },
}

impl Suggestion {
    /// How much it opens, to rank by (places count for less than packages).
    fn weight(self) -> u32 {
        match self {
            Suggestion::TravelFurther { places, .. } => places.div_ceil(3),
            Suggestion::AddSlot { packages, .. }
            | Suggestion::MoreHours { packages, .. }
            | Suggestion::LongerPeriod { packages, .. }
            | Suggestion::TakeCourse { packages, .. }
            | Suggestion::RequestVog { packages } => packages,
        }
    }
}

const MAX_SUGGESTIONS: usize = 4;
const FURTHER_KM: [u16; 3] = [10, 25, 50];

pub(super) fn suggest(
    profile: &FitProfile,
    packages: &[WorkPackage],
    demand: &Demand,
    fits: &[PackageFit],
    km: &[u16],
) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let blocked_only = |kind: fn(&Friction) -> bool| {
        fits.iter()
            .filter(move |f| !f.frictions.is_empty() && f.frictions.iter().all(kind))
    };

    // Another daypart: packages held back only by dayparts.
    if !profile.grid.is_empty() {
        let mut best: Option<(Slot, u32)> = None;
        for &day in Weekday::ALL {
            for &part in Daypart::ALL {
                let slot = Slot { day, part };
                if profile.grid.contains(slot) {
                    continue;
                }
                let grid = profile.grid.with(slot);
                let opens = blocked_only(|f| matches!(f, Friction::Dayparts { .. }))
                    .filter(|f| {
                        let p = &packages[f.package];
                        grid.overlap(p.slots).count() >= u32::from(p.min_slots)
                    })
                    .count();
                let opens = u32::try_from(opens).unwrap_or(u32::MAX);
                if opens > 0 && best.is_none_or(|(_, n)| opens > n) {
                    best = Some((slot, opens));
                }
            }
        }
        if let Some((slot, packages)) = best {
            out.push(Suggestion::AddSlot { slot, packages });
        }
    }

    // Further travel: more places for the packages that fit apart from place.
    if let (false, Some(travel)) = (km.is_empty(), profile.travel_km) {
        let candidates: Vec<&PackageFit> = fits
            .iter()
            .filter(|f| {
                f.frictions
                    .iter()
                    .all(|x| matches!(x, Friction::Distance { .. }))
            })
            .collect();
        for extra in FURTHER_KM {
            let reach = travel.saturating_add(extra);
            let mut places = 0u32;
            for f in &candidates {
                for at in demand.range(f.package) {
                    let (area, _) = &demand.areas()[at];
                    let times_fit =
                        profile.grid.is_empty() || !profile.grid.overlap(area.slots).is_empty();
                    if times_fit && km[at] > travel && km[at] <= reach {
                        places += u32::from(area.places);
                    }
                }
            }
            if places > 0 {
                out.push(Suggestion::TravelFurther {
                    extra_km: extra,
                    places,
                });
                break;
            }
        }
    }

    // More hours: the smallest step up that opens packages.
    if let Some(hours) = profile.hours_per_week {
        let mut steps: Vec<u8> = blocked_only(|f| matches!(f, Friction::Hours { .. }))
            .map(|f| packages[f.package].min_hours_per_week)
            .filter(|&h| h > hours)
            .collect();
        steps.sort_unstable();
        if let Some(&step) = steps.first() {
            let opens = u32::try_from(steps.iter().filter(|&&h| h <= step).count()).unwrap_or(0);
            out.push(Suggestion::MoreHours {
                hours: step,
                packages: opens,
            });
        }
    }

    // A longer period.
    let mut weeks: Vec<u8> = blocked_only(|f| matches!(f, Friction::Weeks { .. }))
        .map(|f| packages[f.package].min_weeks)
        .collect();
    weeks.sort_unstable();
    if let Some(&step) = weeks.first() {
        let opens = u32::try_from(weeks.iter().filter(|&&w| w <= step).count()).unwrap_or(0);
        out.push(Suggestion::LongerPeriod {
            weeks: step,
            packages: opens,
        });
    }

    // A short course: what it would open, per course.
    for &course in Course::ALL {
        let opens = fits
            .iter()
            .filter(|f| f.status == FitStatus::AfterCourse(course))
            .count();
        if opens > 0 {
            out.push(Suggestion::TakeCourse {
                course,
                packages: u32::try_from(opens).unwrap_or(0),
            });
        }
    }

    // A certificate of conduct, for someone who said they have none.
    if profile.vog == Some(Vog::No) {
        let mut with_vog = profile.clone();
        with_vog.vog = Some(Vog::WillingToRequest);
        let opens = fits
            .iter()
            .filter(|f| f.frictions.contains(&Friction::Vog))
            .filter(|f| {
                let mut frictions = Vec::new();
                personal_frictions(&with_vog, &packages[f.package], &mut frictions);
                frictions.is_empty()
                    && !f
                        .frictions
                        .iter()
                        .any(|x| matches!(x, Friction::Distance { .. }))
            })
            .count();
        if opens > 0 {
            out.push(Suggestion::RequestVog {
                packages: u32::try_from(opens).unwrap_or(0),
            });
        }
    }

    // Most first; stable, so the order above breaks ties.
    out.sort_by_key(|s| std::cmp::Reverse(s.weight()));
    out.truncate(MAX_SUGGESTIONS);
    out
}
