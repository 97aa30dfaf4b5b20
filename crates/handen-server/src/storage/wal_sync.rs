//! The sign-up writer's syncs, beside it (SQLite files). The writer commits
//! a group without waiting for the disk (`synchronous = NORMAL`: the log is
//! written, not yet synced) and hands the group's answers here; this thread
//! syncs the log and only then answers. Meanwhile the writer already writes
//! the next group, and one sync covers every group committed before it
//! started. So each 201 still answers a sign-up that is on disk, and the
//! disk's sync time no longer adds to every group's.

use super::registrations::StoreOutcome;
use super::{told_again, StorageError};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use tokio::sync::oneshot;

pub type Answer = oneshot::Sender<Result<StoreOutcome, StorageError>>;
pub type Answered = Vec<(Answer, Result<StoreOutcome, StorageError>)>;

/// What waits for the next sync: a group's answers, or someone who needs
/// everything committed so far on disk before reading it (`WalSync::wait`).
#[derive(Debug)]
enum Waiting {
    Group(Answered),
    Reader(oneshot::Sender<Result<(), StorageError>>),
}

#[derive(Debug, Clone)]
pub struct WalSync {
    committed: mpsc::Sender<Waiting>,
}

impl WalSync {
    /// `wal` is the database's write-ahead log (`handen.db-wal`); `sync`
    /// makes a file durable (`File::sync_data`, or a test's stand-in).
    pub fn start(wal: PathBuf, sync: fn(&Path) -> std::io::Result<()>) -> std::io::Result<WalSync> {
        let (committed, waiting) = mpsc::channel::<Waiting>();
        std::thread::Builder::new()
            .name("wal-sync".into())
            .spawn(move || {
                while let Ok(first) = waiting.recv() {
                    // Every group committed by now shares this sync.
                    let (mut answered, mut readers) = (Vec::new(), Vec::new());
                    for next in std::iter::once(first).chain(waiting.try_iter()) {
                        match next {
                            Waiting::Group(group) => answered.extend(group),
                            Waiting::Reader(reader) => readers.push(reader),
                        }
                    }
                    let synced = sync(&wal).or_else(|error| match error.kind() {
                        // The log is gone only when the last connection
                        // closed, and SQLite deletes it only after copying
                        // it back and syncing the database file. (Not
                        // synced from here: closing a descriptor of the
                        // database file would drop SQLite's locks on it,
                        // `checkpoints::DatabaseFile`.)
                        std::io::ErrorKind::NotFound => Ok(()),
                        _ => Err(error),
                    });
                    for reader in readers {
                        let _ = reader.send(synced.as_ref().map_err(|e| told_again(e)).copied());
                    }
                    answer_all(answered, synced);
                }
            })?;
        Ok(WalSync { committed })
    }

    /// Answers the group once everything committed so far is on disk.
    pub fn answer_when_synced(&self, answered: Answered) {
        if let Err(mpsc::SendError(Waiting::Group(answered))) =
            self.committed.send(Waiting::Group(answered))
        {
            // The sync thread is gone (it never panics; this is shutdown):
            // nothing can promise these are on disk.
            answer_all(
                answered,
                Err(std::io::Error::other("the log sync has stopped")),
            );
        }
    }

    /// Returns once everything committed before the call is on disk. Read
    /// first, then wait: what the read saw was committed before, so it is
    /// then durable too, and nothing is sent out about a sign-up that a
    /// power cut could still take back.
    pub async fn wait(&self) -> Result<(), StorageError> {
        let stopped = || told_again(&"the log sync has stopped");
        let (reader, synced) = oneshot::channel();
        self.committed
            .send(Waiting::Reader(reader))
            .map_err(|_| stopped())?;
        synced.await.map_err(|_| stopped())?
    }
}

/// Syncs a file's data to disk.
pub fn sync_file(path: &Path) -> std::io::Result<()> {
    std::fs::File::open(path)?.sync_data()
}

/// Answers each caller: its own outcome once `synced`, else the failure.
pub fn answer_all(answered: Answered, synced: std::io::Result<()>) {
    for (answer, outcome) in answered {
        let outcome = match &synced {
            Ok(()) => outcome,
            // Committed but perhaps not on disk: a 503, and the person's
            // retry with the same key gets the stored answer.
            Err(error) => Err(told_again(error)),
        };
        // The caller may have gone (timeout); what is stored stays.
        let _ = answer.send(outcome);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static SYNCS: AtomicUsize = AtomicUsize::new(0);

    fn counting_sync(_: &Path) -> std::io::Result<()> {
        SYNCS.fetch_add(1, Ordering::SeqCst);
        Ok(())
    }

    fn failing_sync(_: &Path) -> std::io::Result<()> {
        Err(std::io::Error::other("disk gone"))
    }

    /// No answer before the sync; then the group's own outcomes.
    #[tokio::test]
    async fn a_group_is_answered_after_its_sync() {
        let syncer = WalSync::start("db-wal".into(), counting_sync).expect("thread");
        let before = SYNCS.load(Ordering::SeqCst);
        let (tx, rx) = oneshot::channel();
        syncer.answer_when_synced(vec![(tx, Ok(StoreOutcome::Created))]);
        let outcome = rx.await.expect("answered");
        assert!(matches!(outcome, Ok(StoreOutcome::Created)));
        assert!(SYNCS.load(Ordering::SeqCst) > before, "synced first");
    }

    /// A failed sync answers an error, not the commit's success.
    #[tokio::test]
    async fn a_failed_sync_is_no_success() {
        let syncer = WalSync::start("db-wal".into(), failing_sync).expect("thread");
        let (tx, rx) = oneshot::channel();
        syncer.answer_when_synced(vec![(tx, Ok(StoreOutcome::Created))]);
        assert!(rx.await.expect("answered").is_err());
    }

    /// A reader waiting for what it read is answered after a sync, and
    /// told when the sync failed.
    #[tokio::test]
    async fn a_reader_waits_for_a_sync() {
        let syncer = WalSync::start("db-wal".into(), counting_sync).expect("thread");
        let before = SYNCS.load(Ordering::SeqCst);
        syncer.wait().await.expect("synced");
        assert!(SYNCS.load(Ordering::SeqCst) > before, "synced first");
        let failing = WalSync::start("db-wal".into(), failing_sync).expect("thread");
        assert!(failing.wait().await.is_err());
    }

    fn log_gone(_: &Path) -> std::io::Result<()> {
        Err(std::io::ErrorKind::NotFound.into())
    }

    /// A log that is gone was copied back and synced by SQLite itself: the
    /// group is answered, and nothing opens the database file (closing it
    /// would drop SQLite's locks).
    #[tokio::test]
    async fn a_log_that_is_gone_was_synced() {
        let syncer = WalSync::start("db-wal".into(), log_gone).expect("thread");
        let (tx, rx) = oneshot::channel();
        syncer.answer_when_synced(vec![(tx, Ok(StoreOutcome::Created))]);
        assert!(matches!(
            rx.await.expect("answered"),
            Ok(StoreOutcome::Created)
        ));
    }
}
