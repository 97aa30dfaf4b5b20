//! `GET /api/work-packages`: the catalogue, in both languages, with what
//! each package asks in time, place and qualification.

use axum::Json;
use handen_core::catalogue::{Qualification, CATALOGUE};
use serde_json::{json, Value};

pub fn qualification(q: Qualification) -> Value {
    match q {
        Qualification::None => json!({ "kind": "none" }),
        Qualification::Course(course) => json!({ "kind": "course", "course": course.code() }),
        Qualification::CareDiploma(level) => {
            json!({ "kind": "care_diploma", "level": level.code() })
        }
        Qualification::Diploma(level) => json!({ "kind": "diploma", "level": level.code() }),
        Qualification::BigRegistration => json!({ "kind": "big_registration" }),
    }
}

pub fn catalogue() -> Value {
    Value::from(
        CATALOGUE
            .iter()
            .map(|p| {
                json!({
                    "code": p.code,
                    "sector": p.sector.code(),
                    "title": { "nl": p.title.nl, "en": p.title.en },
                    "does": { "nl": p.does.nl, "en": p.does.en },
                    "min_hours_per_week": p.min_hours_per_week,
                    "min_weeks": p.min_weeks,
                    "dayparts": p.slots.codes(),
                    "min_dayparts": p.min_slots,
                    "qualification": qualification(p.qualification),
                    "vog_required": p.vog_required,
                    "min_age": p.min_age,
                    "unlocked_by": p.unlocked_by.map(|c| c.code()),
                })
            })
            .collect::<Vec<_>>(),
    )
}

pub async fn get() -> Json<Value> {
    Json(catalogue())
}
