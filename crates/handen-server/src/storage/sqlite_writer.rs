//! The sign-up writer's connection to a SQLite file, through `rusqlite` on
//! the writer's own thread. sqlx runs each SQLite connection on a worker
//! thread of its own and hands every statement and every row across a
//! channel; under a rush the writer and that worker took turns and together
//! were the ceiling (profiled: half of the pair's time was the hand-offs,
//! the copies of each value and the wake-ups). Both drivers link the same
//! SQLite library (`libsqlite3-sys`), so their locks see each other.

use super::group_commit::WriterConn;
use super::statements::{Cell, Statements, Value};
use super::{told_again, StorageError};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags};
use std::path::PathBuf;

/// Statement shapes the writer keeps prepared: a handful per table (one per
/// chunk size, `registration_batch::chunks`) and its own few.
const PREPARED: usize = 128;

/// Placeholders are bound by position: `?`, or `$1`, `$2` … in the order
/// they first appear (SQLite numbers named ones that way).
pub struct SqliteWriter {
    file: PathBuf,
    /// Opened on first use, and again after a failed open.
    conn: Option<Connection>,
}

/// rusqlite's errors as the storage layer's, by their text (it names a
/// constraint or a column at most, never SQL or values).
fn storage(error: rusqlite::Error) -> StorageError {
    told_again(&error)
}

impl SqliteWriter {
    pub fn new(file: PathBuf) -> SqliteWriter {
        SqliteWriter { file, conn: None }
    }

    /// The connection. Its commits neither sync (`WalSync` does, beside
    /// it) nor copy the log back (`checkpoints`): either inside a commit
    /// kept the whole group waiting. A rush touches index pages all over
    /// the file (random keys), and only this connection's cache survives
    /// the commits (others start over after each), so only it gets a large
    /// one. The log starts over about once a second
    /// (`checkpoints::LogRestart`) and is cut back only past 512 MB: a
    /// second of writes is 130 MB at 1,000 sign-ups a second and 190 MB at
    /// full speed (measured), and with a 64 MB limit the first commit after
    /// each start truncated the file (~20 ms of freeing its pages, every
    /// sign-up waiting behind it) only for it to grow again: that was most
    /// of the p99 at 1,000 a second.
    fn conn(&mut self) -> Result<&Connection, StorageError> {
        if self.conn.is_none() {
            let conn = Connection::open_with_flags(
                &self.file,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(storage)?;
            conn.execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                 PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                 PRAGMA cache_size = -65536; PRAGMA mmap_size = 0; \
                 PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 0; \
                 PRAGMA journal_size_limit = 536870912;",
            )
            .map_err(storage)?;
            conn.set_prepared_statement_cache_capacity(PREPARED);
            self.conn = Some(conn);
        }
        self.conn.as_ref().ok_or(StorageError::PoolClosed)
    }

    fn step(
        &mut self,
        sql: &str,
        values: &[Value<'_>],
        mut each_row: impl FnMut(&rusqlite::Row<'_>) -> Result<(), StorageError>,
    ) -> Result<u64, StorageError> {
        let conn = self.conn()?;
        let mut statement = conn.prepare_cached(sql).map_err(storage)?;
        for (i, value) in values.iter().enumerate() {
            let bound = match value {
                Value::Text(text) => ToSqlOutput::Borrowed(
                    text.as_deref()
                        .map_or(ValueRef::Null, |t| ValueRef::Text(t.as_bytes())),
                ),
                Value::Int(n) => ToSqlOutput::Borrowed(n.map_or(ValueRef::Null, ValueRef::Integer)),
                Value::Real(x) => ToSqlOutput::Borrowed(ValueRef::Real(*x)),
            };
            statement
                .raw_bind_parameter(i + 1, bound)
                .map_err(storage)?;
        }
        let mut rows = statement.raw_query();
        while let Some(row) = rows.next().map_err(storage)? {
            each_row(row)?;
        }
        drop(rows);
        Ok(conn.changes())
    }
}

fn cells(row: &rusqlite::Row<'_>, columns: usize) -> Result<Vec<Cell>, StorageError> {
    (0..columns)
        .map(|i| {
            Ok(match row.get_ref(i).map_err(storage)? {
                ValueRef::Null => Cell::Null,
                ValueRef::Integer(n) => Cell::Int(n),
                ValueRef::Real(x) => Cell::Real(x),
                ValueRef::Text(t) | ValueRef::Blob(t) => {
                    Cell::Text(String::from_utf8_lossy(t).into_owned())
                }
            })
        })
        .collect()
}

impl Statements for SqliteWriter {
    async fn run(&mut self, sql: &str, values: &[Value<'_>]) -> Result<u64, StorageError> {
        self.step(sql, values, |_| Ok(()))
    }

    async fn rows(
        &mut self,
        sql: &str,
        values: &[Value<'_>],
    ) -> Result<Vec<Vec<Cell>>, StorageError> {
        let mut rows = Vec::new();
        self.step(sql, values, |row| {
            rows.push(cells(row, row.as_ref().column_count())?);
            Ok(())
        })?;
        Ok(rows)
    }
}

impl WriterConn for SqliteWriter {
    async fn begin(&mut self) -> Result<(), StorageError> {
        // The write lock from the start: the group's first statement writes.
        self.conn()?
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(storage)
    }

    async fn commit(&mut self) -> Result<(), StorageError> {
        self.conn()?.execute_batch("COMMIT").map_err(storage)
    }

    async fn rollback(&mut self) {
        if let Some(conn) = &self.conn {
            // Fails only when no transaction is open: nothing to undo.
            let _ = conn.execute_batch("ROLLBACK");
        }
    }
}
