//! The outbox table: mail waiting to be sent.

use super::statements::{Statements, Value};
use super::{Backend, Database, StorageError};
use crate::clock::timestamp;
use crate::ids::new_ordered_id;
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
    .bind(new_ordered_id(now))
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

/// Long enough for a batch to go out through a slow relay; a mail whose
/// instance died mid-batch waits this long before another sends it.
const LEASE: time::Duration = time::Duration::minutes(10);

pub struct PendingMail {
    pub id: String,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

impl Database {
    /// Due mail, oldest first. In the order of `outbox_pending` (new mail
    /// is due when it is created), so a backlog of thousands after a rush
    /// is read 200 at a time, not sorted whole for every batch.
    ///
    /// On PostgreSQL several `handen serve` instances share the outbox, so
    /// each takes what it reads: a lease moves the mail's next attempt
    /// `LEASE` ahead (rows another instance is taking are skipped), and a
    /// mail whose sender died is due again when its lease ends. A SQLite
    /// file has one instance, whose writer alone writes (`group_commit`).
    pub async fn due_mail(
        &self,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<PendingMail>, StorageError> {
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT id, kind, recipient, subject, body, attempts FROM outbox \
                 WHERE sent_at IS NULL AND (attempts = 0 OR next_attempt_at <= $1) ORDER BY next_attempt_at LIMIT $2"
            }
            // New mail is due at once (its next attempt is its creation,
            // until a lease moves it); a leased one when the lease ends.
            Backend::Postgres => {
                "UPDATE outbox SET next_attempt_at = $3 WHERE id IN (\
                 SELECT id FROM outbox WHERE sent_at IS NULL \
                 AND (next_attempt_at <= $1 OR (attempts = 0 AND next_attempt_at = created_at)) \
                 ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, kind, recipient, subject, body, attempts"
            }
        };
        let mut query = sqlx::query(sql).bind(timestamp(now)).bind(limit);
        if self.backend == Backend::Postgres {
            query = query.bind(timestamp(now + LEASE));
        }
        let rows = query.fetch_all(&self.pool).await?;
        let mut due = rows
            .iter()
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
            .collect::<Result<Vec<_>, StorageError>>()?;
        // RETURNING keeps no order; ids follow time.
        due.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(due)
    }

    /// Returns once every commit so far is on disk. The mail sender waits
    /// for it between reading mail and sending it: a SQLite file's sign-ups
    /// are committed a moment before their sync (`wal_sync`), and a
    /// confirmation must not go out for a sign-up a power cut takes back.
    pub async fn wait_until_synced(&self) -> Result<(), StorageError> {
        self.sign_ups.synced().await
    }

    /// Marks delivered mail sent, a batch in one transaction: the sender
    /// keeps up with a rush of sign-ups instead of syncing once per mail.
    /// The sign-up writer writes it (`group_commit`).
    pub async fn mark_mail_sent(
        &self,
        ids: Vec<String>,
        now: OffsetDateTime,
    ) -> Result<(), StorageError> {
        if ids.is_empty() {
            return Ok(());
        }
        self.sign_ups.mark_mail_sent(ids, now).await
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

/// `Database::mark_mail_sent` on the writer's connection, in its
/// transaction.
pub(super) async fn mark_sent(
    conn: &mut impl Statements,
    ids: &[String],
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    let ids: Vec<Value> = ids.iter().map(|id| Value::str(id)).collect();
    // Mail marked for purging (an erasure confirmation) leaves no trace.
    let purge = format!(
        "DELETE FROM outbox WHERE purge_after_send = 1 AND id IN ({})",
        super::numbered(1, ids.len())
    );
    conn.run(&purge, &ids).await?;
    let sent = format!(
        "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id IN ({})",
        super::numbered(2, ids.len())
    );
    let mut bound = vec![Value::string(timestamp(now))];
    bound.extend(ids);
    conn.run(&sent, &bound).await?;
    Ok(())
}
