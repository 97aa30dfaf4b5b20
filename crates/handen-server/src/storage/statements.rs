//! Statements the sign-up writer runs, whichever driver runs them: sqlx
//! (PostgreSQL, and the request pool) or `rusqlite` on the writer's own
//! thread (a SQLite file, `sqlite_writer`). Rows to write are built once,
//! as `Value`s, and rows read come back as `Cell`s, so the group's SQL and
//! the rules that fill it exist once for both.

use super::StorageError;
use sqlx::any::{AnyArguments, AnyRow, AnyTypeInfoKind};
use sqlx::query::Query;
use sqlx::{Any, AnyConnection, Row, ValueRef as _};
use std::borrow::Cow;
use std::future::Future;

/// A value bound to a placeholder. NULLs keep their type: PostgreSQL
/// refuses a text NULL for a BIGINT column.
#[derive(Debug, Clone)]
pub enum Value<'a> {
    Text(Option<Cow<'a, str>>),
    Int(Option<i64>),
    Real(f64),
}

impl<'a> Value<'a> {
    pub fn str(text: &'a str) -> Value<'a> {
        Value::Text(Some(Cow::Borrowed(text)))
    }

    pub fn string(text: String) -> Value<'a> {
        Value::Text(Some(Cow::Owned(text)))
    }

    pub fn opt_str(text: Option<&'a str>) -> Value<'a> {
        Value::Text(text.map(Cow::Borrowed))
    }

    pub fn opt_string(text: Option<String>) -> Value<'a> {
        Value::Text(text.map(Cow::Owned))
    }

    pub fn int(n: impl Into<i64>) -> Value<'a> {
        Value::Int(Some(n.into()))
    }
}

/// A value read back.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Cell {
    /// Text, or empty for NULL (erased or never given).
    pub fn text(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Real(x) => x.to_string(),
            Cell::Null => String::new(),
        }
    }

    /// `text`, without a copy.
    pub fn into_text(self) -> String {
        match self {
            Cell::Text(text) => text,
            other => other.text(),
        }
    }

    pub fn int(&self) -> Option<i64> {
        match self {
            Cell::Int(n) => Some(*n),
            _ => None,
        }
    }
}

/// The cell at `i` of a row, or an error naming the column's position
/// (a statement and its reader disagree: a bug, not bad input).
pub fn cell(row: &[Cell], i: usize) -> Result<&Cell, StorageError> {
    row.get(i).ok_or(StorageError::ColumnIndexOutOfBounds {
        index: i,
        len: row.len(),
    })
}

/// The cell at `i`, taken out of the row (left `Null`): for readers that
/// keep its text instead of copying it.
pub fn take(row: &mut [Cell], i: usize) -> Result<Cell, StorageError> {
    let len = row.len();
    row.get_mut(i)
        .map(|cell| std::mem::replace(cell, Cell::Null))
        .ok_or(StorageError::ColumnIndexOutOfBounds { index: i, len })
}

/// A connection inside the caller's transaction.
pub trait Statements {
    /// Runs `sql` with `values` bound in order; the rows it changed.
    fn run(
        &mut self,
        sql: &str,
        values: &[Value<'_>],
    ) -> impl Future<Output = Result<u64, StorageError>>;

    /// Runs `sql` with `values` bound in order; every row it returns.
    fn rows(
        &mut self,
        sql: &str,
        values: &[Value<'_>],
    ) -> impl Future<Output = Result<Vec<Vec<Cell>>, StorageError>>;
}

/// Binds `values` onto a sqlx query, in order.
pub fn bind_all<'q>(
    mut query: Query<'q, Any, AnyArguments<'q>>,
    values: &'q [Value<'_>],
) -> Query<'q, Any, AnyArguments<'q>> {
    for value in values {
        query = match value {
            Value::Text(text) => query.bind(text.as_deref()),
            Value::Int(n) => query.bind(*n),
            Value::Real(x) => query.bind(*x),
        };
    }
    query
}

fn cells(row: &AnyRow) -> Result<Vec<Cell>, StorageError> {
    (0..row.len())
        .map(|i| {
            let kind = row.try_get_raw(i)?.type_info().kind();
            Ok(match kind {
                AnyTypeInfoKind::Null => Cell::Null,
                AnyTypeInfoKind::Bool
                | AnyTypeInfoKind::SmallInt
                | AnyTypeInfoKind::Integer
                | AnyTypeInfoKind::BigInt => row
                    .try_get::<Option<i64>, _>(i)?
                    .map_or(Cell::Null, Cell::Int),
                AnyTypeInfoKind::Real | AnyTypeInfoKind::Double => row
                    .try_get::<Option<f64>, _>(i)?
                    .map_or(Cell::Null, Cell::Real),
                AnyTypeInfoKind::Text | AnyTypeInfoKind::Blob => row
                    .try_get::<Option<String>, _>(i)?
                    .map_or(Cell::Null, Cell::Text),
            })
        })
        .collect()
}

impl Statements for AnyConnection {
    async fn run(&mut self, sql: &str, values: &[Value<'_>]) -> Result<u64, StorageError> {
        Ok(bind_all(sqlx::query(sql), values)
            .execute(self)
            .await?
            .rows_affected())
    }

    async fn rows(
        &mut self,
        sql: &str,
        values: &[Value<'_>],
    ) -> Result<Vec<Vec<Cell>>, StorageError> {
        bind_all(sqlx::query(sql), values)
            .fetch_all(self)
            .await?
            .iter()
            .map(cells)
            .collect()
    }
}
