//! The outbox table: mail waiting to be sent.

use super::{Database, StorageError};
use crate::clock::timestamp;
use crate::ids::new_id;
use crate::mail::Mail;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

/// Queues `mail` in the caller's transaction: sent only if that commits.
pub async fn enqueue(
    conn: &mut AnyConnection,
    kind: &str,
    registration_id: Option<&str>,
    mail: &Mail,
    purge_after_send: bool,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO outbox (id, created_at, kind, registration_id, recipient, subject, body, next_attempt_at, purge_after_send) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $2, $8)",
    )
    .bind(new_id())
    .bind(timestamp(now))
    .bind(kind)
    .bind(registration_id)
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(i64::from(purge_after_send))
    .execute(conn)
    .await?;
    Ok(())
}

pub struct PendingMail {
    pub id: String,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

impl Database {
    pub async fn due_mail(
        &self,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<PendingMail>, StorageError> {
        let rows = sqlx::query(
            "SELECT id, kind, recipient, subject, body, attempts FROM outbox \
             WHERE sent_at IS NULL AND (attempts = 0 OR next_attempt_at <= $1) ORDER BY created_at LIMIT $2",
        )
        .bind(timestamp(now))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(PendingMail {
                    id: row.try_get(0)?,
                    kind: row.try_get(1)?,
                    recipient: row.try_get(2)?,
                    subject: row.try_get(3)?,
                    body: row.try_get(4)?,
                    attempts: row.try_get(5)?,
                })
            })
            .collect()
    }

    /// Marks delivered mail sent, a batch in one transaction: the sender
    /// keeps up with a rush of sign-ups instead of syncing once per mail.
    pub async fn mark_mail_sent(
        &self,
        ids: &[String],
        now: OffsetDateTime,
    ) -> Result<(), StorageError> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut tx = self.pool.begin().await?;
        // Mail marked for purging (an erasure confirmation) leaves no trace.
        let purge = format!(
            "DELETE FROM outbox WHERE purge_after_send = 1 AND id IN ({})",
            super::numbered(1, ids.len())
        );
        let sent = format!(
            "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id IN ({})",
            super::numbered(2, ids.len())
        );
        let mut query = sqlx::query(&purge);
        for id in ids {
            query = query.bind(id);
        }
        query.execute(&mut *tx).await?;
        let mut query = sqlx::query(&sent).bind(timestamp(now));
        for id in ids {
            query = query.bind(id);
        }
        query.execute(&mut *tx).await?;
        tx.commit().await
    }

    pub async fn mark_mail_failed(
        &self,
        id: &str,
        error: &str,
        next_attempt: OffsetDateTime,
    ) -> Result<(), StorageError> {
        sqlx::query("UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3")
            .bind(error)
            .bind(timestamp(next_attempt))
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
