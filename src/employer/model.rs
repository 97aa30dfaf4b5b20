//! What the employers' API answers, read from JSON (`docs/employers.md`).
//! A missing or mistyped value reads as empty, never as a failure: the
//! page shows what it got.

use crate::json;
use wasm_bindgen::JsValue;

fn text(o: &JsValue, key: &str) -> String {
    json::get_string(o, key).unwrap_or_default()
}

fn number(o: &JsValue, key: &str) -> Option<u32> {
    let value = json::get(o, key);
    value
        .as_f64()
        .filter(|n| *n >= 0.0)
        .map(|n| n as u32)
        .or_else(|| value.as_string().and_then(|s| s.parse().ok()))
}

fn texts(o: &JsValue, key: &str) -> Vec<String> {
    json::items(o, key)
        .iter()
        .filter_map(JsValue::as_string)
        .collect()
}

fn object(o: &JsValue, key: &str) -> Option<JsValue> {
    Some(json::get(o, key)).filter(JsValue::is_object)
}

/// The `(field, code)` pairs of an `{"errors": [...]}` answer.
pub fn errors(body: &str) -> Vec<(String, String)> {
    json::parse(body)
        .map(|o| {
            json::items(&o, "errors")
                .iter()
                .map(|e| (text(e, "field"), text(e, "code")))
                .filter(|(_, code)| !code.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kvk: String,
    pub sector: String,
    pub postcode: String,
    pub status: String,
    /// Only in the administrators' list.
    pub contact_name: String,
    pub contact_email: String,
    pub created_at: String,
}

impl Organisation {
    pub fn read(o: &JsValue) -> Organisation {
        Organisation {
            id: text(o, "id"),
            name: text(o, "name"),
            kvk: text(o, "kvk"),
            sector: text(o, "sector"),
            postcode: text(o, "postcode"),
            status: text(o, "status"),
            contact_name: text(o, "contact_name"),
            contact_email: text(o, "contact_email"),
            created_at: text(o, "created_at"),
        }
    }

    pub fn list(body: &str) -> Vec<Organisation> {
        json::parse(body)
            .map(|o| {
                json::items(&o, "organisations")
                    .iter()
                    .map(Organisation::read)
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The signed-in member (`GET /api/staff/me`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub email: String,
    pub admin: bool,
    pub organisation: Option<Organisation>,
}

impl Member {
    /// The member and the session's CSRF token.
    pub fn parse(body: &str) -> Option<(Member, String)> {
        let o = json::parse(body)?;
        let member = Member {
            name: text(&o, "name"),
            email: text(&o, "email"),
            admin: text(&o, "role") == "admin",
            organisation: object(&o, "organisation").map(|org| Organisation::read(&org)),
        };
        Some((member, text(&o, "csrf")))
    }

    /// The organisation, when an administrator approved it.
    pub fn approved(&self) -> Option<&Organisation> {
        self.organisation
            .as_ref()
            .filter(|org| org.status == "approved")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Introduction {
    pub id: String,
    pub card: String,
    pub status: String,
    pub asked_at: String,
    pub answered_at: String,
    pub outcome_reason: String,
    pub outcome_note: String,
    /// Only once the candidate accepted.
    pub candidate: Option<Candidate>,
}

impl Introduction {
    fn read(o: &JsValue) -> Introduction {
        Introduction {
            id: text(o, "id"),
            card: text(o, "card"),
            status: text(o, "status"),
            asked_at: text(o, "asked_at"),
            answered_at: text(o, "answered_at"),
            outcome_reason: text(o, "outcome_reason"),
            outcome_note: text(o, "outcome_note"),
            candidate: object(o, "candidate").map(|c| Candidate {
                name: text(&c, "name"),
                email: text(&c, "email"),
                phone: text(&c, "phone"),
            }),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkRequest {
    pub id: String,
    pub package: String,
    pub people: u32,
    pub filled: u32,
    pub postcode: String,
    pub place: String,
    pub starts_on: String,
    pub ends_on: String,
    pub dayparts: Vec<String>,
    pub hours_per_week: u32,
    pub notes: String,
    pub status: String,
    pub introductions: Vec<Introduction>,
}

impl WorkRequest {
    fn read(o: &JsValue) -> WorkRequest {
        WorkRequest {
            id: text(o, "id"),
            package: text(o, "package"),
            people: number(o, "people").unwrap_or(0),
            filled: number(o, "filled").unwrap_or(0),
            postcode: text(o, "postcode"),
            place: text(o, "place"),
            starts_on: text(o, "starts_on"),
            ends_on: text(o, "ends_on"),
            dayparts: texts(o, "dayparts"),
            hours_per_week: number(o, "hours_per_week").unwrap_or(0),
            notes: text(o, "notes"),
            status: text(o, "status"),
            introductions: json::items(o, "introductions")
                .iter()
                .map(Introduction::read)
                .collect(),
        }
    }

    pub fn parse(body: &str) -> Option<WorkRequest> {
        json::parse(body).map(|o| WorkRequest::read(&o))
    }

    pub fn list(body: &str) -> Vec<WorkRequest> {
        json::parse(body)
            .map(|o| {
                json::items(&o, "requests")
                    .iter()
                    .map(WorkRequest::read)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Still taking introductions.
    pub fn is_open(&self) -> bool {
        self.status == "open" || self.status == "partly_filled"
    }
}

/// One cell of the pool's counts: `count` is `None` for fewer than five.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub fit: String,
    pub availability: String,
    pub band: String,
    pub count: Option<u32>,
}

/// An anonymised candidate: no name, contact, birth date or postcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: String,
    pub fit: String,
    pub availability: String,
    pub band: String,
    pub age_band: String,
    pub hours_per_week: u32,
    pub dayparts: Vec<String>,
    pub qualifications: Vec<String>,
    pub available_from: String,
    pub available_until: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pool {
    pub counts: Vec<Count>,
    pub cards: Vec<Card>,
    /// Candidates beyond the cards shown.
    pub more: u32,
}

impl Pool {
    pub fn parse(body: &str) -> Option<Pool> {
        let o = json::parse(body)?;
        Some(Pool {
            counts: json::items(&o, "counts")
                .iter()
                .map(|c| Count {
                    fit: text(c, "fit"),
                    availability: text(c, "availability"),
                    band: text(c, "band"),
                    count: number(c, "count"),
                })
                .collect(),
            cards: json::items(&o, "cards")
                .iter()
                .map(|c| Card {
                    id: text(c, "id"),
                    fit: text(c, "fit"),
                    availability: text(c, "availability"),
                    band: text(c, "band"),
                    age_band: text(c, "age_band"),
                    hours_per_week: number(c, "hours_per_week").unwrap_or(0),
                    dayparts: texts(c, "dayparts"),
                    qualifications: texts(c, "qualifications"),
                    available_from: text(c, "available_from"),
                    available_until: text(c, "available_until"),
                })
                .collect(),
            more: number(&o, "more").unwrap_or(0),
        })
    }

    /// The count in one cell, as the server gave it.
    pub fn count(&self, fit: &str, availability: &str, band: &str) -> Option<u32> {
        self.counts
            .iter()
            .find(|c| c.fit == fit && c.availability == availability && c.band == band)
            .and_then(|c| c.count)
    }
}
