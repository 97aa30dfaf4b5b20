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
