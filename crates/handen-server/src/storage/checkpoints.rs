//! Copies SQLite's write-ahead log back into the database file beside the
//! sign-up writer instead of inside its commits (its connection has
//! `wal_autocheckpoint = 0`, `sqlite_writer`):
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

use super::statements::{Cell, Statements};
use sqlx::AnyPool;
use std::fs::File;
use std::mem::ManuallyDrop;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Often enough that little is left to copy when the writer restarts the log.
const EVERY: Duration = Duration::from_millis(100);

/// The log then holds at most about a second of writes. Less often, and it
/// grows larger; more often, and the writer's pauses (2–7 ms each at 1,000
/// sign-ups a second, measured; 7–16 ms before this task synced what it
/// copied) add up.
const RESTART_EVERY: Duration = Duration::from_secs(1);

/// Runs until the pool is closed. PASSIVE never waits for, nor blocks, the
/// writer or readers: it copies what it can now and the rest next time.
/// Whatever it copied is then synced into `database` here, beside the
/// writer: the copies sit in the kernel's cache until a sync, and the
/// writer's own checkpoint (`LogRestart`) syncs the file while every
/// sign-up waits. Left to it, after a rush that sync wrote a second's worth
/// of pages scattered over the file (20–24 ms, measured at 1,000 sign-ups a
/// second after 10 s at full speed, against 3–8 ms on a fresh file).
pub fn start(pool: AnyPool, database: PathBuf) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut file = None;
        let mut copied = None;
        while !pool.is_closed() {
            tick.tick().await;
            let now = match pool.acquire().await {
                Ok(mut conn) => checkpoint(&mut *conn).await.and_then(|done| done.copied),
                Err(error) => {
                    tracing::debug!(%error, "checkpoint skipped");
                    None
                }
            };
            if now.is_some_and(|frames| frames > 0 && Some(frames) != copied) {
                if file.is_none() {
                    file = DatabaseFile::open(&database);
                }
                if let Some(file) = &file {
                    file.sync_data().await;
                }
            }
            copied = now;
        }
    });
}

/// The database file, opened once and never closed: closing any descriptor
/// of a file drops every POSIX lock the process holds on it, SQLite's own
/// included, and another process may then take the database for unused
/// and corrupt it (SQLite's "How To Corrupt", 2.2). Opening it for each
/// sync did exactly that in the API tests ("database disk image is
/// malformed" in a test reading beside the server).
struct DatabaseFile(ManuallyDrop<Arc<File>>);

impl DatabaseFile {
    fn open(database: &Path) -> Option<DatabaseFile> {
        match File::open(database) {
            Ok(file) => Some(DatabaseFile(ManuallyDrop::new(Arc::new(file)))),
            Err(error) => {
                tracing::debug!(%error, "database file not opened for syncs");
                None
            }
        }
    }

    /// A failed sync is left to the next one (and to the writer's
    /// checkpoint, which syncs before the log starts over).
    async fn sync_data(&self) {
        let file = Arc::clone(&self.0);
        let synced = tokio::task::spawn_blocking(move || file.sync_data()).await;
        if let Ok(Err(error)) = synced {
            tracing::debug!(%error, "database sync skipped");
        }
    }
}

/// A checkpoint that could not copy the whole log is tried again this soon:
/// the task's own checkpoint (which makes the writer's give up at once, as
/// PASSIVE ones do) or a reader's snapshot is over by then, and waiting a
/// whole `RESTART_EVERY` let the log grow on (a test saw no restart at all
/// in 3.5 s of rush once the writer got faster).
const RETRY_AFTER: Duration = Duration::from_millis(50);

/// The writer's own checkpoint, between two of its groups.
pub struct LogRestart {
    next: Instant,
}

impl LogRestart {
    pub fn new() -> LogRestart {
        LogRestart {
            next: Instant::now() + RESTART_EVERY,
        }
    }

    /// Call with no transaction open on `writer`: the checkpoint then
    /// copies the whole log (unless a reader still needs part of it), and
    /// the writer's next write starts the log over.
    pub async fn between_groups(&mut self, writer: &mut impl Statements) {
        if Instant::now() < self.next {
            return;
        }
        let copied_all = checkpoint(writer)
            .await
            .is_some_and(|done| done.copied_all());
        self.next = Instant::now()
            + if copied_all {
                RESTART_EVERY
            } else {
                RETRY_AFTER
            };
    }
}

const CHECKPOINT: &str = "PRAGMA wal_checkpoint(PASSIVE)";

/// What a checkpoint answers: one row of busy, frames in the log, frames
/// copied back.
struct Checkpointed {
    busy: bool,
    log: Option<i64>,
    copied: Option<i64>,
}

impl Checkpointed {
    /// Nothing stood in its way and the whole log is copied back: the next
    /// write starts the log over.
    fn copied_all(&self) -> bool {
        !self.busy && self.log == self.copied
    }
}

/// The checkpoint, on the writer's connection or the task's; `None` when
/// it could not run (busy or closing: the next time tries again).
async fn checkpoint(conn: &mut impl Statements) -> Option<Checkpointed> {
    match conn.rows(CHECKPOINT, &[]).await {
        Ok(rows) => rows.first().map(|row| {
            let n = |i: usize| row.get(i).and_then(Cell::int);
            Checkpointed {
                busy: n(0) != Some(0),
                log: n(1),
                copied: n(2),
            }
        }),
        Err(error) => {
            tracing::debug!(%error, "checkpoint skipped");
            None
        }
    }
}
