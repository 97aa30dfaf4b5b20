//! Copies SQLite's write-ahead log back into the database file beside the
//! sign-up writer instead of inside its commits (its connection has
//! `wal_autocheckpoint = 0`, `Role::SignUpWriter`):
//! a checkpoint takes as long as writing every page the log changed, and
//! in a commit it kept a whole group of people waiting for their answer.
//!
//! Copying is not enough to keep the log small: SQLite starts the log over
//! from its beginning only when a write begins while everything in it has
//! been copied, and under a rush the writer always has written more by then.
//! The log grew for as long as the rush lasted (2 GB in 30 seconds, 70 MB
//! a second, measured), and with it the disk and every reader's lookups in
//! the log's index. So once a second the writer itself copies what is left
//! between two groups (`LogRestart`), and its next write starts the log over.

use sqlx::AnyPool;
use std::time::{Duration, Instant};

/// Often enough that little is left to copy when the writer restarts the log.
const EVERY: Duration = Duration::from_millis(100);

/// The log then holds at most about a second of writes. Less often, and it
/// grows larger; more often, and the writer's pauses (7–16 ms each,
/// measured at 1,500 sign-ups a second) add up.
const RESTART_EVERY: Duration = Duration::from_secs(1);

/// Runs until the pool is closed. PASSIVE never waits for, nor blocks, the
/// writer or readers: it copies what it can now and the rest next time.
pub fn start(pool: AnyPool) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        while !pool.is_closed() {
            tick.tick().await;
            checkpoint(&pool).await;
        }
    });
}

/// The writer's own checkpoint, between two of its groups.
pub struct LogRestart {
    last: Instant,
}

impl LogRestart {
    pub fn new() -> LogRestart {
        LogRestart {
            last: Instant::now(),
        }
    }

    /// Call with no transaction open on `writer`: the checkpoint then
    /// copies the whole log (unless a reader still needs part of it), and
    /// the writer's next write starts the log over.
    pub async fn between_groups(&mut self, writer: &AnyPool) {
        if self.last.elapsed() >= RESTART_EVERY {
            checkpoint(writer).await;
            self.last = Instant::now();
        }
    }
}

async fn checkpoint(pool: &AnyPool) {
    if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
        .execute(pool)
        .await
    {
        // Busy or closing: the next time tries again.
        tracing::debug!(%error, "checkpoint skipped");
    }
}
