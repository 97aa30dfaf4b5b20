//! Counts for operators (`handen stats`): how many of what, never who.

use super::{Database, StorageError};
use serde::Serialize;
use sqlx::Row;

#[derive(Debug, Serialize)]
pub struct Stats {
    pub registrations: i64,
    pub consents: i64,
    pub mail_pending: i64,
    pub mail_sent: i64,
    /// Registrations erased (at the person's request or after the crisis): a count, nothing more.
    pub erased: i64,
}

impl Database {
    pub async fn stats(&self) -> Result<Stats, StorageError> {
        let count = |sql: &'static str| async move {
            let row = sqlx::query(sql).fetch_one(&self.pool).await?;
            row.try_get::<i64, _>(0)
        };
        Ok(Stats {
            registrations: count("SELECT COUNT(*) FROM registrations").await?,
            consents: count("SELECT COUNT(*) FROM consents").await?,
            mail_pending: count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await?,
            mail_sent: count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL").await?,
            erased: count(
                "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM erased_registrations",
            )
            .await?,
        })
    }
}
