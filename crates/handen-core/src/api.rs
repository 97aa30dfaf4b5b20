//! Payloads the server sends and the app reads. One definition, both sides.

use serde::{Deserialize, Serialize};

/// `GET /api/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// `ok` when every dependency answers, `degraded` otherwise.
    pub status: HealthStatus,
    /// The server's version (its Cargo package version).
    pub version: String,
    pub database: DatabaseHealth,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    Ok,
    Degraded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatabaseHealth {
    pub reachable: bool,
    /// `sqlite` or `postgres`; never the URL, which may hold a password.
    pub backend: String,
}

/// The body of every 4xx/5xx answer from `/api`: stable codes a client can
/// translate, and the field each is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrors {
    pub errors: Vec<ApiError>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub field: Option<String>,
    pub code: String,
}

impl ApiErrors {
    pub fn single(field: Option<&str>, code: &str) -> ApiErrors {
        ApiErrors {
            errors: vec![ApiError {
                field: field.map(str::to_owned),
                code: code.to_owned(),
            }],
        }
    }
}

/// The answer to `POST /api/registrations`: what the person needs to know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationReceipt {
    /// What to quote when calling, e.g. `HND-7K3M-Q9PX`.
    pub reference: String,
    /// A recruiter contacts the person on or before this date.
    pub first_contact_by: crate::Date,
}

/// How soon a recruiter contacts someone who signed up: people in the first
/// wave "heard nothing"; Handen promises a date.
pub const FIRST_CONTACT_WORKING_DAYS: u8 = 3;

/// `FIRST_CONTACT_WORKING_DAYS` working days (Monday to Friday) after `today`.
pub fn first_contact_by(today: crate::Date) -> crate::Date {
    let mut date = today;
    let mut left = FIRST_CONTACT_WORKING_DAYS;
    while left > 0 {
        date = date.add_days(1).unwrap_or(date);
        if date.weekday() < 5 {
            left -= 1;
        }
    }
    date
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    #[test]
    fn first_contact_skips_weekends() {
        let d = |m, day| Date::new(2026, m, day).unwrap();
        // Tuesday → Friday; Thursday → Tuesday; Saturday → Wednesday.
        assert_eq!(first_contact_by(d(11, 24)), d(11, 27));
        assert_eq!(first_contact_by(d(11, 26)), d(12, 1));
        assert_eq!(first_contact_by(d(11, 28)), d(12, 2));
    }
}
