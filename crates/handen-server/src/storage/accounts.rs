//! A person's own registration: one-time links, sessions, what they see and
//! change, the timeline, export and erasure.

use super::outbox::enqueue;
use super::registrations::sha256_hex;
use super::rows::{big_status, full_name, text as string};
use super::{profile, Database, StorageError};
use crate::clock::timestamp;
use crate::ids::new_ordered_id;
use crate::mail::Mail;
use handen_core::account::{Pause, StatusEvent};
use handen_core::registration::ProfileUpdate;
use handen_core::RegistrationForm;
use rand::Rng;
use serde_json::{json, Map, Value};
use sqlx::{AnyConnection, Row};
use time::{Duration, OffsetDateTime};

#[derive(Debug, Clone, Copy)]
pub enum ContactDetail {
    Phone,
    Email,
}

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    SignIn,
    ConfirmEmail,
    StillAvailable,
}

impl Purpose {
    fn code(self) -> &'static str {
        match self {
            Purpose::SignIn => "sign_in",
            Purpose::ConfirmEmail => "confirm_email",
            Purpose::StillAvailable => "still_available",
        }
    }
}

/// 256 random bits, as 64 hex digits: the secret in a link or a cookie.
pub fn new_secret() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Who a sign-in address belongs to (a household may share one).
pub struct Contact {
    pub registration_id: String,
    pub given_names: String,
    pub email: String,
    pub language: String,
}

pub struct UsedToken {
    pub registration_id: String,
    pub new_email: Option<String>,
}

pub struct Session {
    pub registration_id: String,
    pub csrf_token: String,
}

pub async fn add_event(
    conn: &mut AnyConnection,
    registration_id: &str,
    event: StatusEvent,
    detail: Option<&str>,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    sqlx::query("INSERT INTO registration_events (id, registration_id, status, occurred_at, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_ordered_id(now))
        .bind(registration_id)
        .bind(event.code())
        .bind(timestamp(now))
        .bind(detail)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn create_token(
    conn: &mut AnyConnection,
    registration_id: &str,
    purpose: Purpose,
    new_email: Option<&str>,
    valid_for: Duration,
    now: OffsetDateTime,
) -> Result<String, StorageError> {
    let token = new_secret();
    sqlx::query(
        "INSERT INTO tokens (token_sha256, registration_id, purpose, new_email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(sha256_hex(token.as_bytes()))
    .bind(registration_id)
    .bind(purpose.code())
    .bind(new_email)
    .bind(timestamp(now))
    .bind(timestamp(now + valid_for))
    .execute(conn)
    .await?;
    Ok(token)
}

impl Database {
    pub async fn contacts_for(&self, key: &str) -> Result<Vec<Contact>, StorageError> {
        let rows = sqlx::query("SELECT id, given_names, email, language FROM registrations WHERE email = $1 OR phone = $1")
            .bind(key)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Contact {
                    registration_id: string(r, 0)?,
                    given_names: string(r, 1)?,
                    email: string(r, 2)?,
                    language: string(r, 3)?,
                })
            })
            .collect()
    }

    /// Creates a one-time link and queues its mail, in one transaction.
    /// A link to confirm a new e-mail address carries that address, which
    /// counts only once the link is opened.
    pub async fn send_link(
        &self,
        registration_id: &str,
        purpose: Purpose,
        new_email: Option<&str>,
        valid_for: Duration,
        mail: impl FnOnce(&str) -> Mail,
        now: OffsetDateTime,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        let token =
            create_token(&mut tx, registration_id, purpose, new_email, valid_for, now).await?;
        enqueue(
            &mut tx,
            purpose.code(),
            Some(registration_id),
            &mail(&token),
            false,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Uses a one-time link: `None` when it is unknown, used, expired or for
    /// another purpose. Marking it used and reading it is one statement's
    /// race: two tabs opening the same link cannot both succeed.
    pub async fn use_token(
        &self,
        token: &str,
        purpose: Purpose,
        now: OffsetDateTime,
    ) -> Result<Option<UsedToken>, StorageError> {
        let hash = sha256_hex(token.as_bytes());
        let used = sqlx::query(
            "UPDATE tokens SET used_at = $1 WHERE token_sha256 = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(timestamp(now))
        .bind(&hash)
        .bind(purpose.code())
        .execute(&self.pool)
        .await?
        .rows_affected();
        if used != 1 {
            return Ok(None);
        }
        let row =
            sqlx::query("SELECT registration_id, new_email FROM tokens WHERE token_sha256 = $1")
                .bind(&hash)
                .fetch_one(&self.pool)
                .await?;
        Ok(Some(UsedToken {
            registration_id: string(&row, 0)?,
            new_email: row.try_get::<Option<String>, _>(1)?,
        }))
    }

    /// Starts a session: returns the cookie's secret and the CSRF token.
    pub async fn create_session(
        &self,
        registration_id: &str,
        valid_for: Duration,
        now: OffsetDateTime,
    ) -> Result<(String, String), StorageError> {
        let (id, csrf) = (new_secret(), new_secret());
        sqlx::query("INSERT INTO sessions (id_sha256, registration_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(sha256_hex(id.as_bytes()))
            .bind(registration_id)
            .bind(&csrf)
            .bind(timestamp(now))
            .bind(timestamp(now + valid_for))
            .execute(&self.pool)
            .await?;
        Ok((id, csrf))
    }

    pub async fn session(
        &self,
        id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<Session>, StorageError> {
        let row = sqlx::query("SELECT registration_id, csrf_token FROM sessions WHERE id_sha256 = $1 AND expires_at > $2")
            .bind(sha256_hex(id.as_bytes()))
            .bind(timestamp(now))
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(Session {
                registration_id: string(&r, 0)?,
                csrf_token: string(&r, 1)?,
            })
        })
        .transpose()
    }

    pub async fn end_session(&self, id: &str) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM sessions WHERE id_sha256 = $1")
            .bind(sha256_hex(id.as_bytes()))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Forgets links and sessions that can no longer be used.
    pub async fn purge_expired(&self, now: OffsetDateTime) -> Result<u64, StorageError> {
        let now = timestamp(now);
        let tokens =
            sqlx::query("DELETE FROM tokens WHERE expires_at <= $1 OR used_at IS NOT NULL")
                .bind(&now)
                .execute(&self.pool)
                .await?
                .rows_affected();
        let mut purged = tokens;
        for sql in [
            "DELETE FROM sessions WHERE expires_at <= $1",
            "DELETE FROM member_tokens WHERE expires_at <= $1 OR used_at IS NOT NULL",
            "DELETE FROM member_sessions WHERE expires_at <= $1",
        ] {
            purged += sqlx::query(sql)
                .bind(&now)
                .execute(&self.pool)
                .await?
                .rows_affected();
        }
        Ok(purged)
    }

    /// What the person sees of their registration: the editable answers as
    /// a form, the rest read-only, and the timeline.
    pub async fn me(&self, registration_id: &str) -> Result<Option<Value>, StorageError> {
        let row = sqlx::query(
            "SELECT reference, given_names, name_prefix, surname, email, phone, postcode, house_number, house_number_addition, \
             travel_km, available_from, available_until, hours_per_week, dayparts, availability_notes, care_background, \
             big_registered, big_number, big_profession, big_expired_on, diploma_level, diploma_field, student_field, student_year, \
             courses, vog, languages, sectors, paused_until, pause_reason, left_out_of_pools, availability_confirmed_at, created_at, language, birth_date \
             FROM registrations WHERE id = $1",
        )
        .bind(registration_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let list = |i: usize| -> Result<Vec<String>, StorageError> {
            Ok(string(&r, i)?
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect())
        };
        let int =
            |i: usize| -> Result<Option<i64>, StorageError> { r.try_get::<Option<i64>, _>(i) };
        let grid = handen_core::availability::WeekGrid::from_bits(
            u32::try_from(int(13)?.unwrap_or(0)).unwrap_or(0),
        )
        .unwrap_or_default();
        let big_registered = int(16)? == Some(1);
        let expired_on = string(&r, 19)?;
        let form = RegistrationForm {
            travel_km: int(9)?.map(|v| v.to_string()).unwrap_or_default(),
            available_from: string(&r, 10)?,
            available_until: string(&r, 11)?,
            hours_per_week: int(12)?.map(|v| v.to_string()).unwrap_or_default(),
            dayparts: grid.codes(),
            availability_notes: string(&r, 14)?,
            care_background: Some(int(15)? == Some(1)),
            big_registered: Some(big_registered),
            big_number: string(&r, 17)?,
            big_profession: string(&r, 18)?,
            big_status: big_status(big_registered, &expired_on),
            big_expired_on: expired_on,
            diploma_level: string(&r, 20)?,
            diploma_field: string(&r, 21)?,
            student: Some(!string(&r, 22)?.is_empty()),
            student_field: string(&r, 22)?,
            student_year: int(23)?.map(|v| v.to_string()).unwrap_or_default(),
            courses: list(24)?,
            vog: string(&r, 25)?,
            languages: list(26)?,
            sectors: list(27)?,
            postcode: string(&r, 6)?,
            language: string(&r, 33)?,
            // Read-only here, but some work packages have an age rule the
            // fit panel needs it for.
            birth_date: string(&r, 34)?,
            ..RegistrationForm::default()
        };
        let name = full_name(&string(&r, 1)?, &string(&r, 2)?, &string(&r, 3)?);
        let events = sqlx::query("SELECT status, occurred_at, detail FROM registration_events WHERE registration_id = $1 ORDER BY occurred_at, id")
            .bind(registration_id)
            .fetch_all(&self.pool)
            .await?;
        let timeline: Vec<Value> = events
            .iter()
            .map(|e| Ok(json!({ "status": string(e, 0)?, "at": string(e, 1)?, "detail": e.try_get::<Option<String>, _>(2)? })))
            .collect::<Result<_, StorageError>>()?;
        Ok(Some(json!({
            "reference": string(&r, 0)?,
            "name": name,
            "email": string(&r, 4)?,
            "phone": string(&r, 5)?,
            "address": format!("{} {}{}", string(&r, 6)?, int(7)?.unwrap_or(0), string(&r, 8)?),
            "paused_until": r.try_get::<Option<String>, _>(28)?,
            "pause_reason": r.try_get::<Option<String>, _>(29)?,
            "left_out_of_pools": int(30)? == Some(1),
            "availability_confirmed_at": string(&r, 31)?,
            "signed_up_at": string(&r, 32)?,
            "language": string(&r, 33)?,
            "form": serde_json::to_value(&form).unwrap_or(Value::Null),
            "timeline": timeline,
        })))
    }

    /// Saves new availability, travel, background and sectors. Saving is
    /// also confirming that the availability is current.
    pub async fn update_profile(
        &self,
        registration_id: &str,
        u: &ProfileUpdate,
        now: OffsetDateTime,
    ) -> Result<bool, StorageError> {
        let mut tx = self.pool.begin().await?;
        let n = profile::COUNT + 1;
        let update = format!(
            "UPDATE registrations SET {}, availability_confirmed_at = ${n}, reminders_sent = 0, \
             last_reminder_at = NULL, left_out_of_pools = 0 WHERE id = ${}",
            profile::assignments(1),
            n + 1,
        );
        let profile = profile::values(&u.travel, &u.availability, &u.background, &u.sectors);
        let updated = super::statements::bind_all(sqlx::query(&update), &profile)
            .bind(timestamp(now))
            .bind(registration_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if updated == 1 {
            add_event(
                &mut tx,
                registration_id,
                StatusEvent::AvailabilityUpdated,
                None,
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(updated == 1)
    }

    pub async fn pause(
        &self,
        registration_id: &str,
        pause: Option<Pause>,
        now: OffsetDateTime,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE registrations SET paused_until = $1, pause_reason = $2 WHERE id = $3")
            .bind(pause.map(|p| p.until.to_string()))
            .bind(pause.map(|p| p.reason.code()))
            .bind(registration_id)
            .execute(&mut *tx)
            .await?;
        match pause {
            Some(p) => {
                let detail = format!("{} {}", p.reason.code(), p.until);
                add_event(
                    &mut tx,
                    registration_id,
                    StatusEvent::Paused,
                    Some(&detail),
                    now,
                )
                .await?;
            }
            None => add_event(&mut tx, registration_id, StatusEvent::Resumed, None, now).await?,
        }
        tx.commit().await?;
        Ok(())
    }

    /// Replaces a contact detail, with a timeline event naming which.
    pub async fn set_contact(
        &self,
        registration_id: &str,
        detail: ContactDetail,
        value: &str,
        now: OffsetDateTime,
    ) -> Result<(), StorageError> {
        let (sql, name) = match detail {
            ContactDetail::Phone => ("UPDATE registrations SET phone = $1 WHERE id = $2", "phone"),
            ContactDetail::Email => ("UPDATE registrations SET email = $1 WHERE id = $2", "email"),
        };
        let mut tx = self.pool.begin().await?;
        sqlx::query(sql)
            .bind(value)
            .bind(registration_id)
            .execute(&mut *tx)
            .await?;
        super::duplicates::rekey(&mut tx, registration_id).await?;
        add_event(
            &mut tx,
            registration_id,
            StatusEvent::ContactChanged,
            Some(name),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// "Still available?" answered with "yes, as before".
    pub async fn confirm_availability(
        &self,
        registration_id: &str,
        now: OffsetDateTime,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE registrations SET availability_confirmed_at = $1, reminders_sent = 0, last_reminder_at = NULL, left_out_of_pools = 0 WHERE id = $2",
        )
        .bind(timestamp(now))
        .bind(registration_id)
        .execute(&mut *tx)
        .await?;
        add_event(
            &mut tx,
            registration_id,
            StatusEvent::AvailabilityConfirmed,
            None,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Everything stored about one person, as JSON (access and portability).
    pub async fn export(&self, registration_id: &str) -> Result<Option<Value>, StorageError> {
        let tables = [
            ("registration", "SELECT * FROM registrations WHERE id = $1"),
            ("consents", "SELECT kind, text_version, text_sha256, language, given_at, withdrawn_at FROM consents WHERE registration_id = $1 ORDER BY given_at"),
            ("timeline", "SELECT status, occurred_at, detail FROM registration_events WHERE registration_id = $1 ORDER BY occurred_at"),
            ("mail", "SELECT kind, created_at, recipient, subject, body, sent_at FROM outbox WHERE registration_id = $1 ORDER BY created_at"),
            ("sessions", "SELECT created_at, expires_at FROM sessions WHERE registration_id = $1 ORDER BY created_at"),
            ("introductions", "SELECT o.name AS organisation, q.package, q.pc4, q.starts_on, q.ends_on, i.status, i.asked_at, i.answered_at, \
              i.outcome_reason, i.outcome_note, i.outcome_at FROM introductions i JOIN organisations o ON o.id = i.organisation_id \
              JOIN requests q ON q.id = i.request_id WHERE i.registration_id = $1 ORDER BY i.asked_at"),
        ];
        let mut out = Map::new();
        for (name, sql) in tables {
            let rows = sqlx::query(sql)
                .bind(registration_id)
                .fetch_all(&self.pool)
                .await?;
            let values: Vec<Value> = rows.iter().map(row_to_json).collect();
            if name == "registration" {
                let Some(first) = values.into_iter().next() else {
                    return Ok(None);
                };
                out.insert(name.to_owned(), first);
            } else {
                out.insert(name.to_owned(), Value::from(values));
            }
        }
        Ok(Some(Value::Object(out)))
    }

    /// Erases a person: the registration and everything that hangs off it
    /// goes; a count per sign-up month and an audit line without identity
    /// stay; the confirmation mail is deleted once sent.
    pub async fn erase(
        &self,
        registration_id: &str,
        goodbye: &Mail,
        now: OffsetDateTime,
    ) -> Result<bool, StorageError> {
        let mut tx = self.begin_write().await?;
        let Some(row) = sqlx::query("SELECT created_at FROM registrations WHERE id = $1")
            .bind(registration_id)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(false);
        };
        let month: String = string(&row, 0)?.chars().take(7).collect();
        for sql in [
            "DELETE FROM outbox WHERE registration_id = $1",
            "DELETE FROM tokens WHERE registration_id = $1",
            "DELETE FROM sessions WHERE registration_id = $1",
            "DELETE FROM consents WHERE registration_id = $1",
            "DELETE FROM registration_events WHERE registration_id = $1",
            "DELETE FROM idempotency_keys WHERE registration_id = $1",
            "DELETE FROM dedup_keys WHERE registration_id = $1",
            "DELETE FROM introductions WHERE registration_id = $1",
            // A later registration linked to this one keeps its review
            // mark, not a pointer to someone who is gone.
            "UPDATE registrations SET duplicate_of = NULL WHERE duplicate_of = $1",
            "DELETE FROM registrations WHERE id = $1",
        ] {
            sqlx::query(sql)
                .bind(registration_id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO erased_registrations (signed_up_month, count) VALUES ($1, 1) \
             ON CONFLICT (signed_up_month) DO UPDATE SET count = erased_registrations.count + 1",
        )
        .bind(&month)
        .execute(&mut *tx)
        .await?;
        sqlx::query("INSERT INTO audit_log (occurred_at, action, subject) VALUES ($1, 'registration_erased', NULL)")
            .bind(timestamp(now))
            .execute(&mut *tx)
            .await?;
        enqueue(&mut tx, "erasure_confirmation", None, goodbye, true, now).await?;
        tx.commit().await?;
        Ok(true)
    }
}

/// A row as a JSON object, whatever its columns: export must not forget
/// a column someone adds later.
fn row_to_json(row: &sqlx::any::AnyRow) -> Value {
    use sqlx::Column;
    let mut object = Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = if let Ok(v) = row.try_get::<Option<String>, _>(i) {
            v.map_or(Value::Null, Value::from)
        } else if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
            v.map_or(Value::Null, Value::from)
        } else if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
            v.map_or(Value::Null, Value::from)
        } else {
            Value::Null
        };
        object.insert(column.name().to_owned(), value);
    }
    Value::Object(object)
}
