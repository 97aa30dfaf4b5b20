//! Group commit for sign-ups. An appeal on television brings thousands of
//! sign-ups a minute; syncing each to disk on its own caps a small server
//! at the disk's sync rate. One writer task takes every sign-up waiting,
//! writes each in its own savepoint (one bad sign-up never takes the others
//! down) and commits them together: one sync for the group, and every 201
//! still answers a sign-up that is on disk.

use super::registrations::{self, NewRegistration, StoreOutcome};
use super::StorageError;
use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

/// At most this many sign-ups share a commit; more wait for the next.
const MAX_GROUP: usize = 256;
/// Sign-ups waiting for the writer; above this, callers wait to hand theirs in.
const QUEUE: usize = 4_096;

type Answer = oneshot::Sender<Result<StoreOutcome, StorageError>>;

#[derive(Debug, Clone)]
pub struct SignUpWriter {
    queue: mpsc::Sender<(NewRegistration, Answer)>,
}

impl SignUpWriter {
    /// Starts the writer; it stops when the last `SignUpWriter` is dropped.
    pub fn start(pool: AnyPool) -> SignUpWriter {
        let (queue, waiting) = mpsc::channel(QUEUE);
        tokio::spawn(run(pool, waiting));
        SignUpWriter { queue }
    }

    pub async fn store(&self, new: NewRegistration) -> Result<StoreOutcome, StorageError> {
        let (answer, answered) = oneshot::channel();
        self.queue
            .send((new, answer))
            .await
            .map_err(|_| StorageError::PoolClosed)?;
        answered.await.map_err(|_| StorageError::PoolClosed)?
    }
}

async fn run(pool: AnyPool, mut waiting: mpsc::Receiver<(NewRegistration, Answer)>) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while waiting.recv_many(&mut group, MAX_GROUP).await > 0 {
        let outcomes = commit(&pool, &group).await;
        tracing::debug!(sign_ups = group.len(), "group committed");
        for ((_, answer), outcome) in group.drain(..).zip(outcomes) {
            // The caller may have gone (timeout); what is stored stays.
            let _ = answer.send(outcome);
        }
    }
}

/// One transaction for the group; each sign-up's outcome, or the commit's
/// error for all of them when the commit fails (then none is stored).
async fn commit(
    pool: &AnyPool,
    group: &[(NewRegistration, Answer)],
) -> Vec<Result<StoreOutcome, StorageError>> {
    let mut tx = match pool.begin().await {
        Ok(tx) => tx,
        Err(error) => return failed_all(&error, group.len()),
    };
    let mut outcomes = Vec::with_capacity(group.len());
    for (new, _) in group {
        outcomes.push(in_savepoint(&mut tx, new).await);
    }
    match tx.commit().await {
        Ok(()) => outcomes,
        Err(error) => failed_all(&error, group.len()),
    }
}

async fn in_savepoint(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    new: &NewRegistration,
) -> Result<StoreOutcome, StorageError> {
    let mut savepoint = sqlx::Acquire::begin(&mut **tx).await?;
    match registrations::write(&mut savepoint, new).await {
        Ok(outcome) => {
            savepoint.commit().await?;
            Ok(outcome)
        }
        Err(error) => {
            savepoint.rollback().await?;
            Err(error)
        }
    }
}

/// The same failure for every sign-up of the group (sqlx errors cannot be
/// cloned; the text is what the log needs).
fn failed_all(error: &StorageError, n: usize) -> Vec<Result<StoreOutcome, StorageError>> {
    (0..n)
        .map(|_| Err(StorageError::Io(std::io::Error::other(error.to_string()))))
        .collect()
}
