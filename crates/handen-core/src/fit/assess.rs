//! Assessing a profile against every package: status, frictions with their
//! numbers, and how many open places are within reach.

use super::demand::Demand;
use super::profile::{BigState, FitProfile};
use super::suggest::{suggest, Suggestion};
use crate::background::{Course, DiplomaLevel, Vog};
use crate::catalogue::{Qualification, WorkPackage};
use crate::geo::{locate, Located};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FitStatus {
    Now,
    /// Only a short course stands between the person and the package.
    AfterCourse(Course),
    No,
}

/// One reason a package does not fit, with its numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Friction {
    Hours {
        offered: u8,
        needed: u8,
    },
    Weeks {
        offered: i64,
        needed: u8,
    },
    /// `offered`: how many of the package's dayparts the person offers.
    Dayparts {
        offered: u32,
        needed: u8,
    },
    Distance {
        nearest_km: u16,
        travel_km: u16,
    },
    Qualification(Qualification),
    Vog,
    Age {
        age: i32,
        needed: u8,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageFit {
    pub package: usize,
    pub status: FitStatus,
    pub frictions: Vec<Friction>,
    /// Open places within reach; `None` while the postcode or the travel
    /// distance is not known.
    pub reachable: Option<u32>,
    pub nearest_km: Option<u16>,
    /// Open places anywhere.
    pub open_places: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub packages: Vec<PackageFit>,
    pub suggestions: Vec<Suggestion>,
    /// Where distances are measured from, when the postcode is known.
    pub origin: Option<Located>,
    pub fits_now: usize,
    pub fits_after_course: usize,
    /// Open places within reach over all packages that fit now.
    pub reachable_places: u32,
}

fn qualified(profile: &FitProfile, q: Qualification) -> bool {
    let diploma_at_least = |level: DiplomaLevel| profile.diploma.is_some_and(|d| d >= level);
    match q {
        Qualification::None => true,
        Qualification::Course(course) => profile.courses.contains(&course),
        Qualification::CareDiploma(level) => {
            profile.care_background == Some(true) && diploma_at_least(level)
        }
        Qualification::Diploma(level) => diploma_at_least(level),
        Qualification::BigRegistration => profile.big == BigState::Current,
    }
}

/// The frictions of one package for one person, leaving out place, which
/// needs the distances.
pub(crate) fn personal_frictions(profile: &FitProfile, p: &WorkPackage, out: &mut Vec<Friction>) {
    if let Some(offered) = profile.hours_per_week.filter(|&h| h < p.min_hours_per_week) {
        out.push(Friction::Hours {
            offered,
            needed: p.min_hours_per_week,
        });
    }
    if let Some(Some(offered)) = profile
        .weeks
        .filter(|w| w.is_some_and(|w| w < i64::from(p.min_weeks)))
    {
        out.push(Friction::Weeks {
            offered,
            needed: p.min_weeks,
        });
    }
    if !profile.grid.is_empty() {
        let offered = profile.grid.overlap(p.slots).count();
        if offered < u32::from(p.min_slots) {
            out.push(Friction::Dayparts {
                offered,
                needed: p.min_slots,
            });
        }
    }
    let unlocked = p.unlocked_by.is_some_and(|c| profile.courses.contains(&c));
    if !unlocked && !qualified(profile, p.qualification) {
        out.push(Friction::Qualification(p.qualification));
    }
    if p.vog_required && profile.vog == Some(Vog::No) {
        out.push(Friction::Vog);
    }
    if let Some(age) = profile.age.filter(|&a| a < i32::from(p.min_age)) {
        out.push(Friction::Age {
            age,
            needed: p.min_age,
        });
    }
}

pub(crate) fn status(p: &WorkPackage, frictions: &[Friction]) -> FitStatus {
    match (frictions, p.unlocked_by) {
        ([], _) => FitStatus::Now,
        ([Friction::Qualification(_)], Some(course)) => FitStatus::AfterCourse(course),
        _ => FitStatus::No,
    }
}

/// Distances from the origin to every demand area, in the order of
/// `demand.areas()`, rounded up to whole kilometres.
pub(super) fn distances(demand: &Demand, origin: Option<Located>) -> Vec<u16> {
    match origin {
        Some(origin) => demand
            .areas()
            .iter()
            .map(|(_, point)| origin.point.whole_km_to(*point))
            .collect(),
        None => Vec::new(),
    }
}

pub fn assess(profile: &FitProfile, packages: &[WorkPackage], demand: &Demand) -> Assessment {
    let origin = profile.pc4.and_then(locate);
    let km = distances(demand, origin);
    let mut fits = Vec::with_capacity(packages.len());
    for (index, p) in packages.iter().enumerate() {
        let mut frictions = Vec::new();
        personal_frictions(profile, p, &mut frictions);
        let open_places: u32 = demand
            .of_package(index)
            .iter()
            .map(|(a, _)| u32::from(a.places))
            .sum();
        let (mut reachable, mut nearest_km) = (None, None);
        if let (false, Some(travel)) = (km.is_empty(), profile.travel_km) {
            let mut within = 0u32;
            let mut nearest = u16::MAX;
            for at in demand.range(index) {
                let (area, _) = &demand.areas()[at];
                let d = km[at];
                let times_fit =
                    profile.grid.is_empty() || !profile.grid.overlap(area.slots).is_empty();
                if times_fit {
                    nearest = nearest.min(d);
                    if d <= travel {
                        within += u32::from(area.places);
                    }
                }
            }
            reachable = Some(within);
            if nearest != u16::MAX {
                nearest_km = Some(nearest);
                if within == 0 {
                    frictions.push(Friction::Distance {
                        nearest_km: nearest,
                        travel_km: travel,
                    });
                }
            }
        }
        fits.push(PackageFit {
            package: index,
            status: status(p, &frictions),
            frictions,
            reachable,
            nearest_km,
            open_places,
        });
    }
    let fits_now = fits.iter().filter(|f| f.status == FitStatus::Now).count();
    let fits_after_course = fits
        .iter()
        .filter(|f| matches!(f.status, FitStatus::AfterCourse(_)))
        .count();
    let reachable_places = fits
        .iter()
        .filter(|f| f.status == FitStatus::Now)
        .filter_map(|f| f.reachable)
        .sum();
    let suggestions = suggest(profile, packages, demand, &fits, &km);
    Assessment {
        packages: fits,
        suggestions,
        origin,
        fits_now,
        fits_after_course,
        reachable_places,
    }
}
