//! One candidate as an employer sees them before an introduction: bands
//! and categories only. The id is made by the server, per request.

use super::bands::{AgeBand, AvailabilityMatch, DistanceBand, FitLevel};
use super::placement::{Placement, PoolCandidate};
use crate::background::{DiplomaLevel, Vog};
use crate::date::Date;
use crate::fit::{BigState, FitProfile};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Card {
    pub id: String,
    pub fit: FitLevel,
    pub availability: AvailabilityMatch,
    pub band: DistanceBand,
    pub age_band: Option<AgeBand>,
    pub hours_per_week: Option<u8>,
    pub dayparts: Vec<String>,
    pub qualifications: Vec<String>,
    pub available_from: Date,
    pub available_until: Option<Date>,
}

impl Card {
    pub fn new(id: String, c: &PoolCandidate, p: &Placement) -> Card {
        Card {
            id,
            fit: p.fit,
            availability: p.availability,
            band: p.band,
            age_band: c.profile.age.map(AgeBand::of),
            hours_per_week: c.profile.hours_per_week,
            dayparts: p.slots.codes(),
            qualifications: qualifications(&c.profile),
            available_from: c.available_from,
            available_until: c.available_until,
        }
    }
}

/// Training as categories: which diploma level, not which school or field.
pub fn qualifications(p: &FitProfile) -> Vec<String> {
    let mut out = Vec::new();
    if p.big == BigState::Current {
        out.push("big".to_owned());
    }
    let diploma = p.diploma.unwrap_or(DiplomaLevel::None);
    if p.care_background == Some(true) && diploma >= DiplomaLevel::Mbo2 {
        out.push("care_diploma".to_owned());
    }
    if diploma >= DiplomaLevel::Hbo {
        out.push("diploma_hbo".to_owned());
    } else if diploma >= DiplomaLevel::Mbo1 {
        out.push("diploma_mbo".to_owned());
    }
    if p.vog == Some(Vog::Held) {
        out.push("vog".to_owned());
    }
    out.extend(p.courses.iter().map(|c| format!("course_{}", c.code())));
    out
}
