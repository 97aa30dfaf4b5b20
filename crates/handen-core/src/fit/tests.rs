//! Each friction and each suggestion, on small made-up packages so every
//! number is visible in the test.

use super::*;
use crate::availability::{days, parts, Daypart, Slot, WeekGrid, Weekday};
use crate::background::{Course, DiplomaLevel, Vog};
use crate::catalogue::{Qualification, Text, WorkPackage, CATALOGUE};
use crate::interest::Sector;
use crate::{Date, RegistrationForm};

const TEXT: Text = Text { nl: "x", en: "y" };

fn package(code: &'static str) -> WorkPackage {
    WorkPackage {
        code,
        sector: Sector::Care,
        title: TEXT,
        does: TEXT,
        min_hours_per_week: 8,
        min_weeks: 4,
        slots: WeekGrid::of(days::WEEKDAYS, parts::DAYTIME),
        min_slots: 2,
        qualification: Qualification::None,
        vog_required: false,
        min_age: 18,
        unlocked_by: None,
    }
}

/// Someone in Utrecht (3511) who fits `package("x")` exactly.
fn person() -> FitProfile {
    FitProfile {
        age: Some(30),
        hours_per_week: Some(8),
        weeks: Some(None),
        grid: WeekGrid::of(0b11, parts::MORNING),
        pc4: Some(3511),
        travel_km: Some(15),
        care_background: Some(false),
        diploma: Some(DiplomaLevel::None),
        big: BigState::None,
        courses: Vec::new(),
        vog: Some(Vog::WillingToRequest),
        sectors: vec![Sector::Care],
    }
}

fn area(package: usize, pc4: u16, places: u16) -> DemandArea {
    DemandArea {
        package,
        pc4,
        places,
        slots: WeekGrid::of(days::WEEKDAYS, parts::DAYTIME),
    }
}

fn one(p: &FitProfile, pkg: WorkPackage, demand: &[DemandArea]) -> PackageFit {
    let packages = [pkg];
    assess(p, &packages, &Demand::new(demand, 1)).packages[0].clone()
}

#[test]
fn a_person_who_fits() {
    let fit = one(&person(), package("x"), &[area(0, 3512, 3)]);
    assert_eq!(fit.status, FitStatus::Now);
    assert!(fit.frictions.is_empty());
    assert_eq!(fit.reachable, Some(3));
    assert!(fit.nearest_km.is_some_and(|km| km <= 2));
}

#[test]
fn time_frictions_name_their_numbers() {
    let mut p = person();
    p.hours_per_week = Some(4);
    p.weeks = Some(Some(2));
    p.grid = WeekGrid::EMPTY.with(Slot {
        day: Weekday::Mon,
        part: Daypart::Morning,
    });
    let fit = one(&p, package("x"), &[]);
    assert_eq!(fit.status, FitStatus::No);
    assert_eq!(
        fit.frictions,
        [
            Friction::Hours {
                offered: 4,
                needed: 8
            },
            Friction::Weeks {
                offered: 2,
                needed: 4
            },
            Friction::Dayparts {
                offered: 1,
                needed: 2
            },
        ]
    );
}

#[test]
fn place_friction_names_the_nearest_request_and_the_travel_distance() {
    // Demand only in Groningen for someone in Utrecht who travels 15 km.
    let fit = one(&person(), package("x"), &[area(0, 9712, 5)]);
    assert_eq!(fit.status, FitStatus::No);
    match fit.frictions.as_slice() {
        [Friction::Distance {
            nearest_km,
            travel_km: 15,
        }] => assert!((140..175).contains(nearest_km), "{nearest_km}"),
        other => panic!("{other:?}"),
    }
    assert_eq!((fit.reachable, fit.open_places), (Some(0), 5));
}

#[test]
fn requests_at_other_times_are_not_within_reach() {
    let mut evening = area(0, 3512, 4);
    evening.slots = WeekGrid::of(days::WEEKDAYS, parts::EVENING);
    let fit = one(&person(), package("x"), &[evening, area(0, 3512, 1)]);
    assert_eq!(fit.reachable, Some(1));
}

#[test]
fn qualification_vog_and_age_frictions() {
    let mut big = package("big");
    big.qualification = Qualification::BigRegistration;
    assert_eq!(
        one(&person(), big, &[]).frictions,
        [Friction::Qualification(Qualification::BigRegistration)]
    );
    let mut p = person();
    p.big = BigState::Current;
    assert_eq!(one(&p, big, &[]).status, FitStatus::Now);

    let mut care = package("care");
    care.qualification = Qualification::CareDiploma(DiplomaLevel::Mbo2);
    let mut p = person();
    p.diploma = Some(DiplomaLevel::Mbo3);
    assert_eq!(
        one(&p, care, &[]).status,
        FitStatus::No,
        "a diploma without a care background"
    );
    p.care_background = Some(true);
    assert_eq!(one(&p, care, &[]).status, FitStatus::Now);

    let mut vog = package("vog");
    vog.vog_required = true;
    let mut p = person();
    p.vog = Some(Vog::No);
    assert_eq!(one(&p, vog, &[]).frictions, [Friction::Vog]);
    p.vog = Some(Vog::Held);
    assert_eq!(one(&p, vog, &[]).status, FitStatus::Now);

    let mut p = person();
    p.age = Some(16);
    assert_eq!(
        one(&p, package("x"), &[]).frictions,
        [Friction::Age {
            age: 16,
            needed: 18
        }]
    );
}

#[test]
fn a_short_course_opens_a_package() {
    let mut host = package("host");
    host.qualification = Qualification::Course(Course::Host);
    host.unlocked_by = Some(Course::Host);
    assert_eq!(
        one(&person(), host, &[]).status,
        FitStatus::AfterCourse(Course::Host)
    );
    let mut p = person();
    p.courses = vec![Course::Host];
    assert_eq!(one(&p, host, &[]).status, FitStatus::Now);

    // The course stands in for a diploma too.
    let mut support = package("support");
    support.qualification = Qualification::CareDiploma(DiplomaLevel::Mbo2);
    support.unlocked_by = Some(Course::SupportingCareWorker);
    assert_eq!(
        one(&person(), support, &[]).status,
        FitStatus::AfterCourse(Course::SupportingCareWorker)
    );
    p.courses = vec![Course::SupportingCareWorker];
    assert_eq!(one(&p, support, &[]).status, FitStatus::Now);
}

#[test]
fn what_is_not_answered_is_no_friction() {
    let unknown = FitProfile {
        age: None,
        hours_per_week: None,
        weeks: None,
        grid: WeekGrid::EMPTY,
        pc4: None,
        travel_km: None,
        care_background: None,
        diploma: None,
        big: BigState::None,
        courses: Vec::new(),
        vog: None,
        sectors: Vec::new(),
    };
    let fit = one(&unknown, package("x"), &[area(0, 9712, 5)]);
    assert_eq!((fit.status, fit.reachable), (FitStatus::Now, None));
}

fn suggestions(p: &FitProfile, packages: &[WorkPackage], demand: &[DemandArea]) -> Vec<Suggestion> {
    assess(p, packages, &Demand::new(demand, packages.len())).suggestions
}

#[test]
fn suggests_the_daypart_that_opens_most() {
    let mut p = person();
    p.grid = WeekGrid::EMPTY.with(Slot {
        day: Weekday::Mon,
        part: Daypart::Morning,
    });
    let s = suggestions(&p, &[package("a"), package("b")], &[]);
    assert_eq!(
        s,
        [Suggestion::AddSlot {
            slot: Slot {
                day: Weekday::Mon,
                part: Daypart::Afternoon
            },
            packages: 2
        }]
    );
}

#[test]
fn suggests_travelling_further_with_the_places_it_reaches() {
    // Amersfoort (3811) is ~20 km from Utrecht (3511).
    let s = suggestions(&person(), &[package("a")], &[area(0, 3811, 7)]);
    assert_eq!(
        s,
        [Suggestion::TravelFurther {
            extra_km: 10,
            places: 7
        }]
    );
}

#[test]
fn suggests_more_hours_a_longer_period_a_course_and_a_vog() {
    let mut more_hours = package("more_hours");
    more_hours.min_hours_per_week = 12;
    let mut longer = package("longer");
    longer.min_weeks = 8;
    let mut course = package("course");
    course.qualification = Qualification::Course(Course::FirstAid);
    course.unlocked_by = Some(Course::FirstAid);
    let mut vog = package("vog");
    vog.vog_required = true;
    let mut p = person();
    p.weeks = Some(Some(4));
    p.vog = Some(Vog::No);
    let s = suggestions(&p, &[more_hours, longer, course, vog], &[]);
    for want in [
        Suggestion::MoreHours {
            hours: 12,
            packages: 1,
        },
        Suggestion::LongerPeriod {
            weeks: 8,
            packages: 1,
        },
        Suggestion::TakeCourse {
            course: Course::FirstAid,
            packages: 1,
        },
        Suggestion::RequestVog { packages: 1 },
    ] {
        assert!(s.contains(&want), "{want:?} missing from {s:?}");
    }
}

#[test]
fn the_whole_catalogue_for_the_example_person() {
    let today = Date::new(2026, 11, 24).unwrap();
    let p = FitProfile::from_form(&RegistrationForm::example(today), today);
    let demand = Demand::new(
        &[area(0, 3512, 2), area(8, 3521, 3), area(13, 3511, 1)],
        CATALOGUE.len(),
    );
    let a = assess(&p, &CATALOGUE, &demand);
    assert_eq!(a.packages.len(), CATALOGUE.len());
    assert_eq!(
        a.fits_now,
        a.packages
            .iter()
            .filter(|f| f.status == FitStatus::Now)
            .count()
    );
    assert!(a.fits_now > 0 && a.fits_now < CATALOGUE.len());
    assert!(a.origin.is_some_and(|o| o.exact && o.used == 3511));
    assert!(a.suggestions.len() <= 4);
}
