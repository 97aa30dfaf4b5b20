//! `/api/employer/…`: an approved organisation's requests, the anonymised
//! pool for each, and introductions. Every query is scoped to the caller's
//! organisation: another organisation's request is simply not found.

use super::errors::{api_error, employer_invalid, storage_error, Rejection};
use super::json::JsonBody;
use super::params::{PathId, QueryParams};
use super::staff::Employer;
use super::AppState;
use crate::clock::{self, date_of};
use crate::mail::employer::{introduction_for, outcome as outcome_mail};
use crate::storage::introductions::{NewIntroduction, Parties, StepError};
use crate::storage::RequestRow;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handen_core::availability::WeekGrid;
use handen_core::catalogue::{find, WorkPackage};
use handen_core::employer::{EmployerError, OutcomeForm, WorkRequestForm};
use handen_core::pool::{count_table, Card, PoolQuery};
use handen_core::postcode::Postcode;
use handen_core::Date;
use serde::Deserialize;
use serde_json::{json, Value};

/// Cards shown at once; the rest is counted in `more`.
const CARDS_SHOWN: usize = 50;

pub async fn list(State(state): State<AppState>, employer: Employer) -> Response {
    match state.db.requests_of(&employer.organisation_id).await {
        Ok(requests) => Json(json!({ "requests": requests })).into_response(),
        Err(error) => storage_error(&error),
    }
}

pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    employer: Employer,
    JsonBody(form): JsonBody<WorkRequestForm>,
) -> Result<Response, Rejection> {
    employer.staff.check_csrf(&headers)?;
    let now = clock::now();
    let request = match form.parse(date_of(now)) {
        Ok(r) => r,
        Err(errors) => return Ok(employer_invalid(&errors)),
    };
    Ok(
        match state
            .db
            .file_request(&employer.organisation_id, &request, now)
            .await
        {
            Ok(row) => {
                state.demand.invalidate();
                (StatusCode::CREATED, Json(row)).into_response()
            }
            Err(error) => storage_error(&error),
        },
    )
}

async fn own_request(
    state: &AppState,
    employer: &Employer,
    id: &str,
) -> Result<RequestRow, Response> {
    match state.db.request_of(&employer.organisation_id, id).await {
        Ok(Some(row)) => Ok(row),
        Ok(None) => Err(api_error(StatusCode::NOT_FOUND, None, "not_found")),
        Err(error) => Err(storage_error(&error)),
    }
}

pub async fn get(
    State(state): State<AppState>,
    employer: Employer,
    PathId(id): PathId,
) -> Response {
    let row = match own_request(&state, &employer, &id).await {
        Ok(row) => row,
        Err(response) => return response,
    };
    match state
        .db
        .introductions_of_request(&employer.organisation_id, &id)
        .await
    {
        Ok(introductions) => {
            let mut body = serde_json::to_value(&row).unwrap_or(Value::Null);
            body["introductions"] = serde_json::to_value(introductions).unwrap_or(Value::Null);
            Json(body).into_response()
        }
        Err(error) => storage_error(&error),
    }
}

pub async fn close(
    State(state): State<AppState>,
    headers: HeaderMap,
    employer: Employer,
    PathId(id): PathId,
) -> Result<Response, Rejection> {
    employer.staff.check_csrf(&headers)?;
    Ok(
        match state.db.close_request(&employer.organisation_id, &id).await {
            Ok(true) => {
                state.demand.invalidate();
                StatusCode::NO_CONTENT.into_response()
            }
            Ok(false) => api_error(StatusCode::NOT_FOUND, None, "not_found"),
            Err(error) => storage_error(&error),
        },
    )
}

/// The narrowing an employer may apply to a pool.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PoolFilter {
    package: String,
    postcode: String,
    max_km: String,
    dayparts: String,
    hours: String,
}

struct Narrowing {
    max_km: u16,
    slots: Option<WeekGrid>,
    hours: Option<u8>,
}

impl PoolFilter {
    fn narrowing(&self) -> Result<Narrowing, Vec<EmployerError>> {
        let mut problems = Vec::new();
        let max_km = match self.max_km.trim() {
            "" => u16::MAX,
            s => s
                .parse::<u16>()
                .ok()
                .filter(|&km| (1..=300).contains(&km))
                .unwrap_or_else(|| {
                    problems.push(EmployerError::MaxKmInvalid);
                    0
                }),
        };
        let slots = match self.dayparts.trim() {
            "" => None,
            s => {
                let codes: Vec<String> = s.split(',').map(str::to_owned).collect();
                WeekGrid::parse_codes(&codes)
                    .map_err(|_| problems.push(EmployerError::DaypartsInvalid))
                    .ok()
                    .filter(|g| !g.is_empty())
            }
        };
        let hours = match self.hours.trim() {
            "" => None,
            s => s
                .parse::<u8>()
                .ok()
                .filter(|h| (1..=60).contains(h))
                .or_else(|| {
                    problems.push(EmployerError::HoursInvalid);
                    None
                }),
        };
        if problems.is_empty() {
            Ok(Narrowing {
                max_km,
                slots,
                hours,
            })
        } else {
            Err(problems)
        }
    }
}

fn query_for<'a>(row: &RequestRow, package: &'a WorkPackage, n: &Narrowing) -> PoolQuery<'a> {
    PoolQuery {
        package,
        pc4: row.pc4,
        max_km: n.max_km,
        slots: n.slots.map_or(row.slots, |s| s.overlap(row.slots)),
        hours_per_week: n
            .hours
            .unwrap_or(u8::try_from(row.hours_per_week).unwrap_or(u8::MAX)),
        starts_on: Date::parse_iso(&row.starts_on).unwrap_or(Date::EPOCH),
        ends_on: row.ends_on.as_deref().and_then(|d| Date::parse_iso(d).ok()),
    }
}

/// A request's pool: counts and cards.
pub async fn pool(
    State(state): State<AppState>,
    employer: Employer,
    PathId(id): PathId,
    QueryParams(filter): QueryParams<PoolFilter>,
) -> Response {
    let row = match own_request(&state, &employer, &id).await {
        Ok(row) => row,
        Err(response) => return response,
    };
    let narrowing = match filter.narrowing() {
        Ok(n) => n,
        Err(problems) => return employer_invalid(&problems),
    };
    let Some(package) = find(&row.package) else {
        return api_error(StatusCode::NOT_FOUND, None, "not_found");
    };
    let key = &state.employers.card_key;
    let query = query_for(&row, package, &narrowing);
    if query.slots.is_empty() {
        return employer_invalid(&[EmployerError::DaypartsInvalid]);
    }
    match state.db.pool(&id, &query, key, date_of(clock::now())).await {
        Ok(pooled) => {
            let counts = count_table(pooled.iter().map(|p| &p.placement));
            let cards: Vec<Card> = pooled
                .iter()
                .take(CARDS_SHOWN)
                .map(|p| Card::new(p.card_id.clone(), &p.candidate, &p.placement))
                .collect();
            Json(json!({
                "counts": counts,
                "cards": cards,
                "more": pooled.len().saturating_sub(CARDS_SHOWN),
            }))
            .into_response()
        }
        Err(error) => storage_error(&error),
    }
}

/// Counts for a filter without a request: how many might there be?
pub async fn explore(
    State(state): State<AppState>,
    _employer: Employer,
    QueryParams(filter): QueryParams<PoolFilter>,
) -> Response {
    let mut problems = Vec::new();
    let package = find(filter.package.trim());
    if package.is_none() {
        problems.push(EmployerError::PackageInvalid);
    }
    let postcode = Postcode::parse(&filter.postcode).ok();
    if postcode.is_none() {
        problems.push(EmployerError::PostcodeInvalid);
    }
    let narrowing = filter.narrowing().map_err(|more| problems.extend(more));
    let (Some(package), Some(postcode), Ok(narrowing)) = (package, postcode, narrowing) else {
        return employer_invalid(&problems);
    };
    let today = date_of(clock::now());
    let query = PoolQuery {
        package,
        pc4: postcode.pc4(),
        max_km: narrowing.max_km,
        slots: narrowing.slots.unwrap_or(package.slots),
        hours_per_week: narrowing.hours.unwrap_or(package.min_hours_per_week),
        starts_on: today,
        ends_on: None,
    };
    // No request: nothing to exclude but introductions under way; the key
    // is a fresh one, so these ids could not be used anyway (none are sent).
    match state.db.pool("", &query, "", today).await {
        Ok(pooled) => {
            let counts = count_table(pooled.iter().map(|p| &p.placement));
            Json(json!({ "counts": counts, "cards": [], "more": 0 })).into_response()
        }
        Err(error) => storage_error(&error),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IntroductionBody {
    card: String,
}

pub async fn introduce(
    State(state): State<AppState>,
    headers: HeaderMap,
    employer: Employer,
    PathId(id): PathId,
    JsonBody(body): JsonBody<IntroductionBody>,
) -> Result<Response, Rejection> {
    employer.staff.check_csrf(&headers)?;
    let row = match own_request(&state, &employer, &id).await {
        Ok(row) => row,
        Err(response) => return Ok(response),
    };
    if !matches!(row.status.as_str(), "open" | "partly_filled") {
        return Ok(api_error(StatusCode::CONFLICT, None, "request_not_open"));
    }
    let Some(package) = find(&row.package) else {
        return Ok(api_error(StatusCode::NOT_FOUND, None, "not_found"));
    };
    let key = &state.employers.card_key;
    let whole = Narrowing {
        max_km: u16::MAX,
        slots: None,
        hours: None,
    };
    let query = query_for(&row, package, &whole);
    let now = clock::now();
    let pooled = match state.db.pool(&id, &query, key, date_of(now)).await {
        Ok(pooled) => pooled,
        Err(error) => return Ok(storage_error(&error)),
    };
    let card = body.card.trim();
    let Some(found) = pooled.iter().find(|p| p.card_id == card) else {
        // Not (or no longer) in the pool: asked before, paused, placed …
        // Which of these is not the employer's business.
        let asked = state
            .db
            .introductions_of_request(&employer.organisation_id, &id)
            .await
            .map(|list| list.iter().any(|i| i.card == card))
            .unwrap_or(false);
        return Ok(if asked {
            api_error(StatusCode::CONFLICT, Some("card"), "already_asked")
        } else {
            api_error(StatusCode::GONE, Some("card"), "card_gone")
        });
    };
    let url = &state.accounts.public_url;
    let asked = state
        .db
        .introduce(
            &NewIntroduction {
                organisation_id: &employer.organisation_id,
                request_id: &id,
                registration_id: &found.registration_id,
                card_id: &found.card_id,
                per_day: state.employers.introductions_per_day,
                link_valid_for: state.employers.answer_link_valid_for,
            },
            |p: &Parties, token| {
                introduction_for(
                    p,
                    &format!("{url}/sign-in#token={token}&next=/my/introductions"),
                    false,
                )
            },
            now,
        )
        .await;
    Ok(match asked {
        Ok(view) => {
            state.mail_wake.notify_one();
            (StatusCode::CREATED, Json(view)).into_response()
        }
        Err(e) => step_error(e),
    })
}

pub fn step_error(e: StepError) -> Response {
    match e {
        StepError::NotFound => api_error(StatusCode::NOT_FOUND, None, "not_found"),
        StepError::AlreadyAsked => api_error(StatusCode::CONFLICT, Some("card"), "already_asked"),
        StepError::WrongStatus => api_error(StatusCode::CONFLICT, None, "wrong_status"),
        StepError::Limit => api_error(StatusCode::TOO_MANY_REQUESTS, None, "introduction_limit"),
        StepError::Storage(error) => storage_error(&error),
    }
}

pub async fn outcome(
    State(state): State<AppState>,
    headers: HeaderMap,
    employer: Employer,
    PathId(id): PathId,
    JsonBody(form): JsonBody<OutcomeForm>,
) -> Result<Response, Rejection> {
    employer.staff.check_csrf(&headers)?;
    let outcome = match form.parse() {
        Ok(o) => o,
        Err(errors) => return Ok(employer_invalid(&errors)),
    };
    let placed = matches!(outcome, handen_core::employer::Outcome::Placed { .. });
    let reason = outcome.reason().map(|r| r.code());
    let recorded = state
        .db
        .record_outcome(
            &employer.organisation_id,
            &id,
            &outcome,
            |p| {
                outcome_mail(
                    &p.candidate_email,
                    &p.candidate_name,
                    &p.candidate_language,
                    &p.organisation,
                    &p.package,
                    placed,
                    reason,
                )
            },
            clock::now(),
        )
        .await;
    Ok(match recorded {
        Ok(()) => {
            state.mail_wake.notify_one();
            if placed {
                state.demand.invalidate();
            }
            StatusCode::NO_CONTENT.into_response()
        }
        Err(StepError::WrongStatus) => api_error(StatusCode::CONFLICT, None, "not_accepted"),
        Err(e) => step_error(e),
    })
}
