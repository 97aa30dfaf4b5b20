//! All SQL lives behind this module. Queries use only what SQLite and
//! PostgreSQL share (`$1` placeholders, TEXT and BIGINT values, standard
//! `INSERT … ON CONFLICT`), so one code path serves both; only the migrations,
//! where the two dialects name types differently, exist once per backend.
//! Everything goes through sqlx except the sign-up writer's connection to a
//! SQLite file (`sqlite_writer`), which runs the same statements.

pub mod accounts;
mod checkpoints;
mod duplicates;
mod freshness;
mod group_commit;
pub mod introductions;
pub mod members;
mod outbox;
mod pool;
mod profile;
mod registration_batch;
mod registrations;
mod requests;
mod rows;
mod sqlite_writer;
mod statements;
mod stats;
mod wal_sync;

pub use duplicates::Identity;
pub use outbox::PendingMail;
pub use registrations::{sha256_hex, NewRegistration, StoreOutcome};
pub use requests::{NewRequest, RequestRow};

use anyhow::Context;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

pub type StorageError = sqlx::Error;

/// A failure as the storage layer's error, by its text: told to each of
/// several callers (sqlx errors cannot be cloned), or from rusqlite
/// (`sqlite_writer`). The text is what the log needs.
fn told_again(error: &dyn std::fmt::Display) -> StorageError {
    StorageError::Io(std::io::Error::other(error.to_string()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    fn from_url(url: &str) -> anyhow::Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            anyhow::bail!(
                "unsupported DATABASE_URL scheme (expected sqlite://… or postgres://…); the URL is not shown because it may hold a password"
            )
        }
    }
}

#[derive(Debug, Clone)]
pub struct Database {
    pool: AnyPool,
    backend: Backend,
    sign_ups: group_commit::SignUpWriter,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Database {
    pub async fn connect(url: &str) -> anyhow::Result<Database> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url)?;
        let file = match backend {
            Backend::Sqlite => sqlite_file(url),
            Backend::Postgres => None,
        };
        if let Some(parent) = file.as_deref().and_then(Path::parent) {
            // SQLite creates the file (`mode=rwc`) but not its folder;
            // `./data/` must exist on a fresh clone.
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create {}", parent.display()))?;
            }
        }
        let options =
            AnyConnectOptions::from_str(url).context("DATABASE_URL is not a valid URL")?;
        let pool = pool_options(backend, 8)
            .connect_with(options.clone())
            .await
            .context("cannot connect")?;
        // A SQLite file's log is synced by the writer's own `WalSync`, and
        // copied back by the `checkpoints` task; other databases
        // (PostgreSQL, SQLite in memory) do both in the commit.
        if let Some(file) = &file {
            checkpoints::start(pool.clone(), file.clone());
        }
        let sign_ups =
            group_commit::SignUpWriter::start(backend, pool_options(backend, 1), options, file)
                .context("cannot start the sign-up writer")?;
        Ok(Database {
            pool,
            backend,
            sign_ups,
        })
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }

    /// A transaction that reads before it writes. SQLite (WAL) refuses to
    /// upgrade a reader to a writer once another connection wrote ("database
    /// is locked", whatever the busy timeout), so a no-op write takes the
    /// write lock first and concurrent callers queue instead of failing.
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, StorageError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE server_secrets SET value = value WHERE 1 = 0")
            .execute(&mut *tx)
            .await?;
        Ok(tx)
    }

    pub async fn ping(&self) -> anyhow::Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// sqlx connections: the request pool's, and the sign-up writer's where it
/// uses sqlx (`group_commit::PoolWriter`; on a SQLite file it opens its
/// own, `sqlite_writer`).
fn pool_options(backend: Backend, connections: u32) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(Duration::from_secs(5))
        // A SQLite file does not drop connections: no ping before each use.
        .test_before_acquire(backend != Backend::Sqlite)
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    // WAL lets readers run beside the writer; FULL syncs each
                    // commit, so an answered request is on disk. No mmap:
                    // the file grows under a rush, and every connection
                    // then unmapped and faulted its map anew.
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                         PRAGMA cache_size = -16384; PRAGMA mmap_size = 0; \
                         PRAGMA temp_store = MEMORY;",
                    )
                    .await?;
                }
                if backend == Backend::Postgres {
                    // sqlx keeps each statement prepared; PostgreSQL then
                    // plans it once for all values, with the sizes the
                    // tables had, and keeps that plan. A deployment that
                    // starts empty planned the sign-up's duplicate lookup
                    // for empty tables and kept it as they grew under a
                    // rush: 230-500 sign-ups/s instead of ~1,000 (measured,
                    // `make bench-load`). Planning each execution anew sees
                    // the tables as they are now.
                    conn.execute("SET plan_cache_mode = force_custom_plan")
                        .await?;
                }
                Ok(())
            })
        })
}

/// `rows` groups of `columns` placeholders for a multi-row INSERT, the
/// only placeholders of their statement: `($1, $2), ($3, $4)`, or for SQLite
/// `(?, ?), (?, ?)`, because SQLite looks numbered ones up by a linear scan
/// each, which makes a statement with a thousand of them slow to prepare
/// and to bind.
pub(crate) fn values(backend: Backend, rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| match backend {
            Backend::Sqlite => format!("({})", vec!["?"; columns].join(", ")),
            Backend::Postgres => format!("({})", numbered(row * columns + 1, columns)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `n` numbered placeholders from `$first`: `$2, $3, $4` for an `IN (…)`.
pub(crate) fn numbered(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The database file a `sqlite:` URL names, read as sqlx reads it (the
/// log synced beside it must be the very file SQLite writes); `None` for
/// one in memory.
fn sqlite_file(url: &str) -> Option<PathBuf> {
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(url).ok()?;
    let in_memory = url.contains(":memory:") || url.contains("mode=memory");
    (!in_memory).then(|| options.get_filename().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::sqlite_file;
    use std::path::PathBuf;

    #[test]
    fn the_file_of_a_sqlite_url() {
        let file = |url| sqlite_file(url);
        assert_eq!(
            file("sqlite://data/handen.db?mode=rwc"),
            Some(PathBuf::from("data/handen.db"))
        );
        assert_eq!(
            file("sqlite:///srv/my%20data/h.db"),
            Some(PathBuf::from("/srv/my data/h.db"))
        );
        assert_eq!(file("sqlite::memory:"), None);
        assert_eq!(file("sqlite://h.db?mode=memory"), None);
    }
}
