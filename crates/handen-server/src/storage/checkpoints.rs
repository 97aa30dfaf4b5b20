//! Copies SQLite's write-ahead log back into the database file beside the
//! sign-up writer instead of inside its commits (`Checkpoints::Elsewhere`):
//! a checkpoint takes as long as writing every page the log changed, and
//! in a commit it kept a whole group of people waiting for their answer.

use sqlx::AnyPool;
use std::time::Duration;

/// Often enough that the log stays a few megabytes under a rush.
const EVERY: Duration = Duration::from_millis(100);

/// Runs until the pool is closed. PASSIVE never waits for, nor blocks, the
/// writer or readers: it copies what it can now and the rest next time.
pub fn start(pool: AnyPool) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        while !pool.is_closed() {
            tick.tick().await;
            if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(&pool)
                .await
            {
                // Busy or closing: the next tick tries again.
                tracing::debug!(%error, "checkpoint skipped");
            }
        }
    });
}
