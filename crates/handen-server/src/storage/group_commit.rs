//! Group commit for sign-ups. An appeal on television brings thousands of
//! sign-ups a minute; syncing each to disk on its own caps a small server
//! at the disk's sync rate. One writer task takes every sign-up waiting,
//! writes them with a few statements per table (`registration_batch`) and
//! commits them together: one sync for the group, and every 201 still
//! answers a sign-up that is on disk. On a SQLite file the sync runs beside
//! the writer (`wal_sync`), so the next group is written meanwhile, and the
//! writer talks to SQLite itself (`sqlite_writer`); elsewhere through a
//! sqlx pool of one connection (`PoolWriter`). It also
//! runs the duplicate check, in the group's transaction, where the group's
//! own earlier sign-ups are visible too, and marks delivered mail sent: on
//! SQLite a second writer would wait for the write lock, and each of its
//! commits made the writer's page cache start over. If the group fails, it is written
//! again, each sign-up as a group of one in its own savepoint, so one bad
//! sign-up never takes the others down.

use super::checkpoints::LogRestart;
use super::registration_batch;
use super::registrations::{NewRegistration, StoreOutcome};
use super::sqlite_writer::SqliteWriter;
use super::statements::{Cell, Statements, Value};
use super::wal_sync::{answer_all, sync_file, Answer, WalSync};
use super::{told_again, Backend, StorageError};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyPool};
use std::future::Future;
use std::path::PathBuf;
use time::OffsetDateTime;
use tokio::sync::{mpsc, oneshot};

/// At most this many sign-ups share a commit; more wait for the next.
const MAX_GROUP: usize = 256;
/// Sign-ups waiting for the writer; above this, callers wait to hand theirs in.
const QUEUE: usize = 4_096;

#[derive(Debug, Clone)]
pub struct SignUpWriter {
    queue: mpsc::Sender<Job>,
    syncs: Option<WalSync>,
}

enum Job {
    SignUp(Box<NewRegistration>, Answer),
    MailSent {
        ids: Vec<String>,
        at: OffsetDateTime,
        answer: oneshot::Sender<Result<(), StorageError>>,
    },
}

impl SignUpWriter {
    /// Starts the writer on a thread of its own, with its own connection:
    /// requests in flight can neither hold the connection it needs nor
    /// delay its wake-ups on the shared runtime. It stops when the last
    /// `SignUpWriter` is dropped. With a SQLite `file`, the connection's
    /// commits do not sync (`sqlite_writer`) and a `WalSync` syncs
    /// its log; otherwise it connects with `pool` and `options`.
    pub fn start(
        backend: Backend,
        pool: AnyPoolOptions,
        options: AnyConnectOptions,
        file: Option<PathBuf>,
    ) -> std::io::Result<SignUpWriter> {
        let syncs = file
            .as_ref()
            .map(|file| {
                let mut wal = file.clone().into_os_string();
                wal.push("-wal");
                WalSync::start(PathBuf::from(wal), sync_file)
            })
            .transpose()?;
        let writer_syncs = syncs.clone();
        let (queue, waiting) = mpsc::channel(QUEUE);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        std::thread::Builder::new()
            .name("sign-up-writer".into())
            .spawn(move || {
                // Connects on first use: a database that is down now gives
                // 503s until it is back, not a dead writer.
                runtime.block_on(async move {
                    match file {
                        Some(file) => {
                            run(backend, SqliteWriter::new(file), waiting, writer_syncs).await
                        }
                        None => {
                            let writer = PoolWriter {
                                pool: pool.connect_lazy_with(options),
                                tx: None,
                            };
                            run(backend, writer, waiting, writer_syncs).await
                        }
                    }
                });
            })?;
        Ok(SignUpWriter { queue, syncs })
    }

    pub async fn store(&self, new: NewRegistration) -> Result<StoreOutcome, StorageError> {
        let (answer, answered) = oneshot::channel();
        self.queue
            .send(Job::SignUp(Box::new(new), answer))
            .await
            .map_err(|_| StorageError::PoolClosed)?;
        answered.await.map_err(|_| StorageError::PoolClosed)?
    }

    /// Returns once everything committed so far is on disk: at once where
    /// commits sync themselves (PostgreSQL, SQLite in memory).
    pub async fn synced(&self) -> Result<(), StorageError> {
        match &self.syncs {
            Some(syncs) => syncs.wait().await,
            None => Ok(()),
        }
    }

    /// Marks delivered mail sent, in a transaction of its own between two
    /// groups (it needs no sync of its own: a mark lost to a power cut
    /// means a mail sent twice, as a crash between sending and marking does).
    pub async fn mark_mail_sent(
        &self,
        ids: Vec<String>,
        at: OffsetDateTime,
    ) -> Result<(), StorageError> {
        let (answer, answered) = oneshot::channel();
        self.queue
            .send(Job::MailSent { ids, at, answer })
            .await
            .map_err(|_| StorageError::PoolClosed)?;
        answered.await.map_err(|_| StorageError::PoolClosed)?
    }
}

/// The writer's connection: statements inside a transaction it begins and
/// ends itself.
pub(super) trait WriterConn: Statements {
    fn begin(&mut self) -> impl Future<Output = Result<(), StorageError>>;
    fn commit(&mut self) -> impl Future<Output = Result<(), StorageError>>;
    /// Undoes the open transaction, if any; a failure to has nothing left to undo.
    fn rollback(&mut self) -> impl Future<Output = ()>;
}

/// A sqlx pool of one connection (PostgreSQL, SQLite in memory).
struct PoolWriter {
    pool: AnyPool,
    tx: Option<sqlx::Transaction<'static, Any>>,
}

impl PoolWriter {
    /// The open transaction's connection: the writer runs every statement
    /// in one (`in_transaction`).
    fn tx(&mut self) -> Result<&mut sqlx::AnyConnection, StorageError> {
        self.tx
            .as_deref_mut()
            .ok_or_else(|| told_again(&"a statement outside the writer's transaction"))
    }
}

impl Statements for PoolWriter {
    async fn run(&mut self, sql: &str, values: &[Value<'_>]) -> Result<u64, StorageError> {
        self.tx()?.run(sql, values).await
    }

    async fn rows(
        &mut self,
        sql: &str,
        values: &[Value<'_>],
    ) -> Result<Vec<Vec<Cell>>, StorageError> {
        self.tx()?.rows(sql, values).await
    }
}

impl WriterConn for PoolWriter {
    async fn begin(&mut self) -> Result<(), StorageError> {
        self.rollback().await;
        self.tx = Some(self.pool.begin().await?);
        Ok(())
    }

    async fn commit(&mut self) -> Result<(), StorageError> {
        match self.tx.take() {
            Some(tx) => tx.commit().await,
            None => Ok(()),
        }
    }

    async fn rollback(&mut self) {
        if let Some(tx) = self.tx.take() {
            let _ = tx.rollback().await;
        }
    }
}

/// Runs `work` in a transaction of its own: committed when it succeeds,
/// rolled back when it or the commit fails.
async fn in_transaction<W: WriterConn, T>(
    writer: &mut W,
    work: impl AsyncFnOnce(&mut W) -> Result<T, StorageError>,
) -> Result<T, StorageError> {
    writer.begin().await?;
    let done = match work(writer).await {
        Ok(done) => writer.commit().await.map(|()| done),
        Err(error) => Err(error),
    };
    if done.is_err() {
        writer.rollback().await;
    }
    done
}

async fn run(
    backend: Backend,
    mut writer: impl WriterConn,
    mut waiting: mpsc::Receiver<Job>,
    syncs: Option<WalSync>,
) {
    let mut jobs = Vec::with_capacity(MAX_GROUP);
    let mut group = Vec::with_capacity(MAX_GROUP);
    let mut marks = Vec::new();
    // Only where checkpoints run beside the writer (a SQLite file).
    let mut restarts = syncs.as_ref().map(|_| LogRestart::new());
    while waiting.recv_many(&mut jobs, MAX_GROUP).await > 0 {
        if let Some(restarts) = &mut restarts {
            restarts.between_groups(&mut writer).await;
        }
        for job in jobs.drain(..) {
            match job {
                Job::SignUp(new, answer) => group.push((*new, answer)),
                Job::MailSent { ids, at, answer } => marks.push((ids, at, answer)),
            }
        }
        for (ids, at, answer) in marks.drain(..) {
            let marked = in_transaction(&mut writer, async |w| {
                super::outbox::mark_sent(w, &ids, at).await
            })
            .await;
            let _ = answer.send(marked);
        }
        if group.is_empty() {
            continue;
        }
        let outcomes = commit(backend, &mut writer, &group).await;
        tracing::debug!(sign_ups = group.len(), "group committed");
        let answered: Vec<_> = group
            .drain(..)
            .map(|(_, answer)| answer)
            .zip(outcomes)
            .collect();
        match &syncs {
            Some(syncs) => syncs.answer_when_synced(answered),
            // The commit synced.
            None => answer_all(answered, Ok(())),
        }
    }
}

/// One transaction for the group, or, when it fails, one with a savepoint
/// per sign-up; each sign-up's outcome.
async fn commit(
    backend: Backend,
    writer: &mut impl WriterConn,
    group: &[(NewRegistration, Answer)],
) -> Vec<Result<StoreOutcome, StorageError>> {
    let sign_ups: Vec<&NewRegistration> = group.iter().map(|(new, _)| new).collect();
    // The batch alone in its transaction, not in a savepoint: SQLite copies
    // every page a savepoint changes to a side journal, which under a rush
    // cost more than the batch itself. A failed batch rolls back whole.
    let batch = in_transaction(writer, async |w| {
        registration_batch::write_group(w, backend, &sign_ups).await
    });
    match batch.await {
        Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
        // One bad sign-up fails the batch: then each on its own, so it
        // alone gets the error. (If the commit itself failed, each fails
        // again here and says why.)
        Err(error) => {
            tracing::debug!(%error, "group batch failed; storing one by one");
            one_by_one(backend, writer, &sign_ups).await
        }
    }
}

/// Each sign-up as a group of one in its own savepoint, one commit.
async fn one_by_one(
    backend: Backend,
    writer: &mut impl WriterConn,
    sign_ups: &[&NewRegistration],
) -> Vec<Result<StoreOutcome, StorageError>> {
    let outcomes = in_transaction(writer, async |w| {
        let mut outcomes = Vec::with_capacity(sign_ups.len());
        for &new in sign_ups {
            outcomes.push(in_savepoint(w, backend, new).await);
        }
        Ok(outcomes)
    })
    .await;
    outcomes.unwrap_or_else(|error| failed_all(&error, sign_ups.len()))
}

async fn in_savepoint(
    writer: &mut impl WriterConn,
    backend: Backend,
    new: &NewRegistration,
) -> Result<StoreOutcome, StorageError> {
    writer.run("SAVEPOINT sign_up", &[]).await?;
    match registration_batch::write_group(writer, backend, &[new]).await {
        Ok(mut outcomes) => {
            writer.run("RELEASE SAVEPOINT sign_up", &[]).await?;
            outcomes.pop().ok_or(StorageError::RowNotFound)
        }
        Err(error) => {
            writer.run("ROLLBACK TO SAVEPOINT sign_up", &[]).await?;
            writer.run("RELEASE SAVEPOINT sign_up", &[]).await?;
            Err(error)
        }
    }
}

/// The same failure for every sign-up of the group.
fn failed_all(error: &StorageError, n: usize) -> Vec<Result<StoreOutcome, StorageError>> {
    (0..n).map(|_| Err(told_again(error))).collect()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::clock;
    use crate::mail::Mail;
    use crate::storage::Database;
    use handen_core::RegistrationForm;

    /// A migrated database at `file` (as written in a URL) under `dir`.
    pub(crate) async fn database(dir: &tempfile::TempDir, file: &str) -> Database {
        let url = format!("sqlite://{}/{file}?mode=rwc", dir.path().display());
        let db = Database::connect(&url).await.expect("connect");
        db.migrate().await.expect("migrate");
        db
    }

    pub(crate) fn sign_up(key: &str, reference: &str) -> (NewRegistration, Answer) {
        let now = clock::now();
        let registration = RegistrationForm::example(clock::latest_today(now))
            .parse(clock::latest_today(now))
            .expect("the example is valid");
        let new = NewRegistration {
            registration,
            reference: reference.to_owned(),
            idempotency_key: key.to_owned(),
            request_sha256: format!("hash of {key}"),
            response_body: "{}".to_owned(),
            confirmation: Some(Mail {
                to: "a@example.nl".into(),
                subject: "s".into(),
                body: "b".into(),
            }),
            dedup_keys: vec![1, 2, 3],
            probe: None,
            now,
        };
        (new, oneshot::channel().0)
    }

    /// A sign-up the batch cannot store (here: a reference already taken)
    /// fails alone; the others of its group are stored, and a key used
    /// twice in the group is answered as a replay.
    #[tokio::test]
    async fn one_bad_sign_up_does_not_take_its_group_down() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir, "h.db").await;
        let group = vec![
            sign_up("key-one-0000000000", "HND-AAAA-AAAA"),
            sign_up("key-two-0000000000", "HND-AAAA-AAAA"),
            sign_up("key-three-00000000", "HND-BBBB-BBBB"),
            sign_up("key-one-0000000000", "HND-CCCC-CCCC"),
        ];
        let mut writer = SqliteWriter::new(dir.path().join("h.db"));
        let outcomes = commit(Backend::Sqlite, &mut writer, &group).await;
        assert!(matches!(outcomes[0], Ok(StoreOutcome::Created)));
        assert!(outcomes[1].is_err(), "the taken reference is refused");
        assert!(matches!(outcomes[2], Ok(StoreOutcome::Created)));
        assert!(matches!(outcomes[3], Ok(StoreOutcome::Replayed { .. })));
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM registrations")
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert_eq!(stored, 2);
        let mail: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert_eq!(mail, 2, "no mail for the refused sign-up");
    }

    /// Through `Database`, on a file whose folder name had to be escaped in
    /// the URL: the log `WalSync` syncs is the one SQLite writes, so the
    /// sign-up is answered (a wrong path would fail every sign-up).
    #[tokio::test]
    async fn a_sign_up_is_answered_once_its_log_is_synced() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir, "my%20data/h.db").await;
        let (new, _) = sign_up("key-synced-0000000", "HND-SYNC-AAAA");
        let outcome = db.store_registration(new).await;
        assert!(matches!(outcome, Ok(StoreOutcome::Created)), "{outcome:?}");
        assert!(dir.path().join("my data/h.db-wal").exists());
    }

    /// The batch path alone: a group of distinct sign-ups, larger than one
    /// statement chunk, is stored whole.
    #[tokio::test]
    async fn a_large_group_is_stored_in_one_batch() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir, "h.db").await;
        let group: Vec<_> = (0..100)
            .map(|i| sign_up(&format!("key-{i:016}"), &format!("HND-{i:04}-AAAA")))
            .collect();
        let sign_ups: Vec<&NewRegistration> = group.iter().map(|(new, _)| new).collect();
        let mut tx = db.pool.begin().await.expect("begin");
        let outcomes = registration_batch::write_group(&mut *tx, Backend::Sqlite, &sign_ups)
            .await
            .expect("the batch path");
        tx.commit().await.expect("commit");
        assert_eq!(outcomes.len(), 100);
        let keys: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM dedup_keys")
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert_eq!(keys, 300);
    }

    /// The log's checkpoint sequence number (bytes 12..16 of its header),
    /// which SQLite counts up each time the log starts over.
    fn log_restarts(wal: &std::path::Path) -> u32 {
        let header = std::fs::read(wal).expect("the log exists");
        u32::from_be_bytes([header[12], header[13], header[14], header[15]])
    }

    /// Under a rush that never lets the writer rest, the log still starts
    /// over, so it stays the size of about a second of writes instead of
    /// growing for as long as the rush lasts.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_log_starts_over_during_a_rush() {
        use std::time::{Duration, Instant};
        let dir = tempfile::tempdir().expect("temp dir");
        let db = database(&dir, "h.db").await;
        let wal = dir.path().join("h.db-wal");
        let before = log_restarts(&wal);
        let until = Instant::now() + Duration::from_millis(3_500);
        let rush: Vec<_> = (0..64)
            .map(|task| {
                let db = db.clone();
                tokio::spawn(async move {
                    let mut n = 0;
                    while Instant::now() < until {
                        let (new, _) = sign_up(
                            &format!("key-{task:03}-{n:012}"),
                            &format!("HND-{task:03}-{n:08}"),
                        );
                        let outcome = db.store_registration(new).await;
                        assert!(matches!(outcome, Ok(StoreOutcome::Created)), "{outcome:?}");
                        n += 1;
                    }
                })
            })
            .collect();
        for task in rush {
            task.await.expect("no sign-up failed");
        }
        assert!(
            log_restarts(&wal) > before,
            "the log started over {} times",
            log_restarts(&wal) - before
        );
    }
}
