//! Introductions: an employer asks, the candidate answers, the employer
//! records what came of it. Each step changes the introduction, adds to
//! the candidate's timeline and queues mail in one transaction.

use super::accounts::{add_event, create_token, Purpose};
use super::members::audit;
use super::outbox::enqueue;
use super::rows::{full_name, text as column};
use super::{Database, StorageError};
use crate::clock::timestamp;
use crate::ids::new_id;
use crate::mail::Mail;
use handen_core::account::StatusEvent;
use handen_core::employer::Outcome;
use serde::Serialize;
use sqlx::Row;
use time::{Duration, OffsetDateTime};

/// Name and contact details: only for an introduction the candidate accepted.
#[derive(Debug, Clone, Serialize)]
pub struct Identity {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// An introduction as the employer sees it.
#[derive(Debug, Clone, Serialize)]
pub struct EmployerView {
    pub id: String,
    pub card: String,
    pub status: String,
    pub asked_at: String,
    pub answered_at: Option<String>,
    pub outcome_reason: Option<String>,
    pub outcome_note: Option<String>,
    pub candidate: Option<Identity>,
}

/// An introduction as the candidate sees it.
#[derive(Debug, Clone, Serialize)]
pub struct CandidateView {
    pub id: String,
    pub organisation: String,
    pub package: String,
    pub place: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub dayparts: Vec<String>,
    pub hours_per_week: i64,
    pub status: String,
    pub asked_at: String,
}

/// Who to tell what, after a step: the facts the mail is made from.
#[derive(Debug, Clone)]
pub struct Parties {
    pub registration_id: String,
    pub candidate_name: String,
    pub candidate_email: String,
    pub candidate_language: String,
    pub organisation: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_language: String,
    pub package: String,
    pub place_pc4: u16,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub hours_per_week: i64,
}

#[derive(Debug)]
pub enum StepError {
    NotFound,
    /// Asked for this request before, whatever the answer was.
    AlreadyAsked,
    /// The step does not follow from the current status.
    WrongStatus,
    Limit,
    Storage(StorageError),
}

impl From<StorageError> for StepError {
    fn from(e: StorageError) -> Self {
        StepError::Storage(e)
    }
}

/// Statuses after which the candidate said yes.
const ACCEPTED: [&str; 3] = ["accepted", "placed", "not_selected"];

const PARTIES: &str = "SELECT i.registration_id, r.given_names, r.email, r.language, o.name, o.contact_name, o.contact_email, o.language, \
     q.package, q.pc4, q.starts_on, q.ends_on, q.hours_per_week, i.status, i.organisation_id \
     FROM introductions i JOIN registrations r ON r.id = i.registration_id \
     JOIN organisations o ON o.id = i.organisation_id JOIN requests q ON q.id = i.request_id WHERE i.id = $1";

fn parties(r: &sqlx::any::AnyRow) -> Result<(Parties, String, String), StorageError> {
    let text = |i: usize| column(r, i);
    Ok((
        Parties {
            registration_id: text(0)?,
            candidate_name: text(1)?,
            candidate_email: text(2)?,
            candidate_language: text(3)?,
            organisation: text(4)?,
            contact_name: text(5)?,
            contact_email: text(6)?,
            contact_language: text(7)?,
            package: text(8)?,
            place_pc4: u16::try_from(r.try_get::<i64, _>(9)?).unwrap_or(0),
            starts_on: text(10)?,
            ends_on: r.try_get(11)?,
            hours_per_week: r.try_get(12)?,
        },
        text(13)?,
        text(14)?,
    ))
}

pub struct NewIntroduction<'a> {
    pub organisation_id: &'a str,
    pub request_id: &'a str,
    pub registration_id: &'a str,
    pub card_id: &'a str,
    pub per_day: u32,
    /// How long the sign-in link in the candidate's mail works.
    pub link_valid_for: Duration,
}

impl Database {
    async fn parties_of(
        &self,
        conn: &mut sqlx::AnyConnection,
        id: &str,
    ) -> Result<Option<(Parties, String, String)>, StorageError> {
        let row = sqlx::query(PARTIES).bind(id).fetch_optional(conn).await?;
        row.as_ref().map(parties).transpose()
    }

    /// Asks a candidate. `mail` gets the facts and the token of a sign-in
    /// link that opens the candidate's introductions.
    pub async fn introduce(
        &self,
        n: &NewIntroduction<'_>,
        mail: impl FnOnce(&Parties, &str) -> Mail,
        now: OffsetDateTime,
    ) -> Result<EmployerView, StepError> {
        let mut tx = self.begin_write().await?;
        let asked_today: i64 = sqlx::query(
            "SELECT COUNT(*) FROM introductions WHERE organisation_id = $1 AND asked_at > $2",
        )
        .bind(n.organisation_id)
        .bind(timestamp(now - Duration::days(1)))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        if asked_today >= i64::from(n.per_day) {
            return Err(StepError::Limit);
        }
        if sqlx::query("SELECT 1 FROM introductions WHERE request_id = $1 AND registration_id = $2")
            .bind(n.request_id)
            .bind(n.registration_id)
            .fetch_optional(&mut *tx)
            .await?
            .is_some()
        {
            return Err(StepError::AlreadyAsked);
        }
        let id = new_id();
        sqlx::query(
            "INSERT INTO introductions (id, request_id, organisation_id, registration_id, card_id, status, asked_at) \
             VALUES ($1, $2, $3, $4, $5, 'asked', $6)",
        )
        .bind(&id)
        .bind(n.request_id)
        .bind(n.organisation_id)
        .bind(n.registration_id)
        .bind(n.card_id)
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?;
        let (p, _, _) = self
            .parties_of(&mut tx, &id)
            .await?
            .ok_or(StepError::NotFound)?;
        let detail = format!("{} · {}", p.organisation, p.package);
        add_event(
            &mut tx,
            n.registration_id,
            StatusEvent::Proposed,
            Some(&detail),
            now,
        )
        .await?;
        let token = create_token(
            &mut tx,
            n.registration_id,
            Purpose::SignIn,
            None,
            n.link_valid_for,
            now,
        )
        .await?;
        enqueue(
            &mut tx,
            "introduction_asked",
            Some(n.registration_id),
            &mail(&p, &token),
            false,
            now,
        )
        .await?;
        audit(&mut tx, "introduction_asked", &id, now).await?;
        tx.commit().await?;
        Ok(EmployerView {
            id,
            card: n.card_id.to_owned(),
            status: "asked".to_owned(),
            asked_at: timestamp(now),
            answered_at: None,
            outcome_reason: None,
            outcome_note: None,
            candidate: None,
        })
    }

    /// The introductions of one of the organisation's requests; identities
    /// only where the candidate said yes.
    pub async fn introductions_of_request(
        &self,
        organisation_id: &str,
        request_id: &str,
    ) -> Result<Vec<EmployerView>, StorageError> {
        let rows = sqlx::query(
            "SELECT i.id, i.card_id, i.status, i.asked_at, i.answered_at, i.outcome_reason, i.outcome_note, \
             r.given_names, r.name_prefix, r.surname, r.email, r.phone \
             FROM introductions i JOIN registrations r ON r.id = i.registration_id \
             WHERE i.request_id = $1 AND i.organisation_id = $2 ORDER BY i.asked_at",
        )
        .bind(request_id)
        .bind(organisation_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let text = |i: usize| column(r, i);
                let status = text(2)?;
                let candidate = if ACCEPTED.contains(&status.as_str()) {
                    Some(Identity {
                        name: full_name(&text(7)?, &text(8)?, &text(9)?),
                        email: text(10)?,
                        phone: text(11)?,
                    })
                } else {
                    None
                };
                Ok(EmployerView {
                    id: text(0)?,
                    card: text(1)?,
                    status,
                    asked_at: text(3)?,
                    answered_at: r.try_get(4)?,
                    outcome_reason: r.try_get(5)?,
                    outcome_note: r.try_get(6)?,
                    candidate,
                })
            })
            .collect()
    }

    pub async fn introductions_of_candidate(
        &self,
        registration_id: &str,
    ) -> Result<Vec<CandidateView>, StorageError> {
        let rows = sqlx::query(
            "SELECT i.id, o.name, q.package, q.pc4, q.starts_on, q.ends_on, q.dayparts, q.hours_per_week, i.status, i.asked_at \
             FROM introductions i JOIN organisations o ON o.id = i.organisation_id JOIN requests q ON q.id = i.request_id \
             WHERE i.registration_id = $1 ORDER BY i.asked_at DESC",
        )
        .bind(registration_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let pc4 = u16::try_from(r.try_get::<i64, _>(3)?).unwrap_or(0);
                let bits = u32::try_from(r.try_get::<i64, _>(6)?).unwrap_or(0);
                Ok(CandidateView {
                    id: r.try_get(0)?,
                    organisation: r.try_get(1)?,
                    package: r.try_get(2)?,
                    place: crate::places::area(pc4),
                    starts_on: r.try_get(4)?,
                    ends_on: r.try_get(5)?,
                    dayparts: handen_core::availability::WeekGrid::from_bits(bits)
                        .unwrap_or_default()
                        .codes(),
                    hours_per_week: r.try_get(7)?,
                    status: r.try_get(8)?,
                    asked_at: r.try_get(9)?,
                })
            })
            .collect()
    }

    /// The candidate's yes or no. Only their own, only once.
    pub async fn answer_introduction(
        &self,
        registration_id: &str,
        id: &str,
        accept: bool,
        mail: impl FnOnce(&Parties) -> Mail,
        now: OffsetDateTime,
    ) -> Result<(), StepError> {
        let mut tx = self.begin_write().await?;
        let (p, status, _) = self
            .parties_of(&mut tx, id)
            .await?
            .ok_or(StepError::NotFound)?;
        if p.registration_id != registration_id {
            return Err(StepError::NotFound);
        }
        if status != "asked" {
            return Err(StepError::WrongStatus);
        }
        let (new_status, event) = if accept {
            ("accepted", StatusEvent::IntroductionAccepted)
        } else {
            ("declined", StatusEvent::IntroductionDeclined)
        };
        sqlx::query("UPDATE introductions SET status = $1, answered_at = $2 WHERE id = $3 AND status = 'asked'")
            .bind(new_status)
            .bind(timestamp(now))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        add_event(&mut tx, registration_id, event, Some(&p.organisation), now).await?;
        enqueue(
            &mut tx,
            "introduction_answered",
            None,
            &mail(&p),
            false,
            now,
        )
        .await?;
        audit(&mut tx, &format!("introduction_{new_status}"), id, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The employer's outcome, after the candidate accepted. Placing fills
    /// a place of the request; not selecting puts the candidate back in
    /// every pool at once (the pool leaves out only open introductions).
    pub async fn record_outcome(
        &self,
        organisation_id: &str,
        id: &str,
        outcome: &Outcome,
        mail: impl FnOnce(&Parties) -> Mail,
        now: OffsetDateTime,
    ) -> Result<(), StepError> {
        let mut tx = self.begin_write().await?;
        let (p, status, owner) = self
            .parties_of(&mut tx, id)
            .await?
            .ok_or(StepError::NotFound)?;
        if owner != organisation_id {
            return Err(StepError::NotFound);
        }
        if status != "accepted" {
            return Err(StepError::WrongStatus);
        }
        sqlx::query(
            "UPDATE introductions SET status = $1, outcome_reason = $2, outcome_note = $3, outcome_at = $4 WHERE id = $5",
        )
        .bind(outcome.code())
        .bind(outcome.reason().map(|r| r.code()))
        .bind(outcome.note())
        .bind(timestamp(now))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let event = match outcome {
            Outcome::Placed { .. } => {
                sqlx::query(
                    "UPDATE requests SET filled = filled + 1, \
                     status = CASE WHEN filled + 1 >= people THEN 'filled' ELSE 'partly_filled' END \
                     WHERE id = (SELECT request_id FROM introductions WHERE id = $1) AND status <> 'closed'",
                )
                .bind(id)
                .execute(&mut *tx)
                .await?;
                StatusEvent::Placed
            }
            Outcome::NotSelected { .. } => StatusEvent::NotSelected,
        };
        let detail = match outcome.reason() {
            Some(reason) => format!("{} · {}", p.organisation, reason.code()),
            None => p.organisation.clone(),
        };
        add_event(&mut tx, &p.registration_id, event, Some(&detail), now).await?;
        enqueue(
            &mut tx,
            "introduction_outcome",
            Some(&p.registration_id),
            &mail(&p),
            false,
            now,
        )
        .await?;
        audit(
            &mut tx,
            &format!("introduction_{}", outcome.code()),
            id,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Introductions waiting on someone: `asked` ones not yet reminded
    /// (the candidate's answer) and `accepted` ones without an outcome not
    /// yet reminded (the employer's). With the moment the wait began.
    pub async fn waiting_introductions(
        &self,
    ) -> Result<Vec<(String, String, String)>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, status, CASE WHEN status = 'asked' THEN asked_at ELSE answered_at END FROM introductions \
             WHERE (status = 'asked' AND reminded_at IS NULL) OR (status = 'accepted' AND outcome_reminded_at IS NULL)",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get(0)?,
                    r.try_get(1)?,
                    r.try_get::<Option<String>, _>(2)?.unwrap_or_default(),
                ))
            })
            .collect()
    }

    /// Sends one reminder for a waiting introduction; `mail` gets the facts
    /// and, for a candidate, the token of a fresh sign-in link.
    pub async fn remind_introduction(
        &self,
        id: &str,
        link_valid_for: Duration,
        mail: impl FnOnce(&Parties, bool, Option<&str>) -> Mail,
        now: OffsetDateTime,
    ) -> Result<bool, StorageError> {
        let mut tx = self.begin_write().await?;
        let Some((p, status, _)) = self.parties_of(&mut tx, id).await? else {
            return Ok(false);
        };
        let candidate = status == "asked";
        let sql = if candidate {
            "UPDATE introductions SET reminded_at = $1 WHERE id = $2 AND status = 'asked' AND reminded_at IS NULL"
        } else {
            "UPDATE introductions SET outcome_reminded_at = $1 WHERE id = $2 AND status = 'accepted' AND outcome_reminded_at IS NULL"
        };
        let changed = sqlx::query(sql)
            .bind(timestamp(now))
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed != 1 {
            return Ok(false);
        }
        let token = if candidate {
            Some(
                create_token(
                    &mut tx,
                    &p.registration_id,
                    Purpose::SignIn,
                    None,
                    link_valid_for,
                    now,
                )
                .await?,
            )
        } else {
            None
        };
        let registration = candidate.then_some(p.registration_id.as_str());
        enqueue(
            &mut tx,
            "introduction_reminder",
            registration,
            &mail(&p, candidate, token.as_deref()),
            false,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}
