//! Keeping availability fresh: who is due a "still available?" reminder,
//! and who is left out of employer pools after two unanswered ones.

use super::accounts::{add_event, create_token, Purpose};
use super::outbox::enqueue;
use super::{Database, StorageError};
use crate::clock::{date_of, timestamp};
use crate::mail::Mail;
use handen_core::account::StatusEvent;
use sqlx::Row;
use time::{Duration, OffsetDateTime};

pub struct Due {
    pub registration_id: String,
    pub given_names: String,
    pub email: String,
    pub language: String,
}

/// The three links of a reminder: "yes, as before" confirms at once;
/// "change" and "pause" sign the person in and open that page.
pub struct ReminderTokens {
    pub yes: String,
    pub change: String,
    pub pause: String,
}

impl Database {
    /// Registrations without a standing reservist consent: who the crisis
    /// consent alone covers. (id, e-mail, language.)
    pub async fn without_reservist_consent(
        &self,
    ) -> Result<Vec<(String, String, String)>, StorageError> {
        let rows = sqlx::query(
            "SELECT r.id, r.email, r.language FROM registrations r WHERE NOT EXISTS \
             (SELECT 1 FROM consents c WHERE c.registration_id = r.id AND c.kind = 'reservist' AND c.withdrawn_at IS NULL)",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get(0)?,
                    r.try_get::<Option<String>, _>(1)?.unwrap_or_default(),
                    r.try_get(2)?,
                ))
            })
            .collect()
    }

    /// People whose availability was confirmed before `stale_before`, who are
    /// not paused today, and who have had `reminders` reminders, the last
    /// one before `last_before` (ignored for the first reminder).
    pub async fn due_for_reminder(
        &self,
        reminders: i64,
        stale_before: OffsetDateTime,
        last_before: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<Vec<Due>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, given_names, email, language FROM registrations \
             WHERE reminders_sent = $1 AND left_out_of_pools = 0 AND availability_confirmed_at < $2 \
             AND (last_reminder_at IS NULL OR last_reminder_at < $3) \
             AND (paused_until IS NULL OR paused_until < $4) ORDER BY availability_confirmed_at",
        )
        .bind(reminders)
        .bind(timestamp(stale_before))
        .bind(timestamp(last_before))
        .bind(date_of(now).to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Due {
                    registration_id: r.try_get(0)?,
                    given_names: r.try_get::<Option<String>, _>(1)?.unwrap_or_default(),
                    email: r.try_get::<Option<String>, _>(2)?.unwrap_or_default(),
                    language: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Sends reminder number `reminders + 1`, with its links, in one transaction.
    pub async fn send_reminder(
        &self,
        due: &Due,
        reminders: i64,
        link_valid_for: Duration,
        mail: impl FnOnce(&ReminderTokens) -> Mail,
        now: OffsetDateTime,
    ) -> Result<(), StorageError> {
        let mut tx = self.pool.begin().await?;
        let id = &due.registration_id;
        let tokens = ReminderTokens {
            yes: create_token(
                &mut tx,
                id,
                Purpose::StillAvailable,
                None,
                link_valid_for,
                now,
            )
            .await?,
            change: create_token(&mut tx, id, Purpose::SignIn, None, link_valid_for, now).await?,
            pause: create_token(&mut tx, id, Purpose::SignIn, None, link_valid_for, now).await?,
        };
        enqueue(
            &mut tx,
            "still_available",
            Some(id),
            &mail(&tokens),
            false,
            now,
        )
        .await?;
        sqlx::query(
            "UPDATE registrations SET reminders_sent = $1, last_reminder_at = $2 WHERE id = $3",
        )
        .bind(reminders + 1)
        .bind(timestamp(now))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        add_event(&mut tx, id, StatusEvent::ReminderSent, None, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Leaves out of employer pools (not deleted) who did not answer two reminders.
    pub async fn leave_out_unanswered(
        &self,
        last_before: OffsetDateTime,
        now: OffsetDateTime,
    ) -> Result<usize, StorageError> {
        let rows = sqlx::query("SELECT id FROM registrations WHERE reminders_sent >= 2 AND left_out_of_pools = 0 AND last_reminder_at < $1")
            .bind(timestamp(last_before))
            .fetch_all(&self.pool)
            .await?;
        for row in &rows {
            let id: String = row.try_get(0)?;
            let mut tx = self.pool.begin().await?;
            sqlx::query("UPDATE registrations SET left_out_of_pools = 1 WHERE id = $1")
                .bind(&id)
                .execute(&mut *tx)
                .await?;
            add_event(&mut tx, &id, StatusEvent::LeftOutOfPools, None, now).await?;
            tx.commit().await?;
        }
        Ok(rows.len())
    }
}
