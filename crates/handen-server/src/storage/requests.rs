//! Employers' requests, and the open demand aggregated from them.

use super::{Database, StorageError};
use crate::clock::timestamp;
use crate::ids::new_id;
use handen_core::availability::WeekGrid;
use handen_core::catalogue::CATALOGUE;
use handen_core::fit::DemandArea;
use handen_core::Date;
use sqlx::Row;
use std::collections::BTreeMap;
use time::OffsetDateTime;

pub struct NewRequest<'a> {
    pub package: &'a str,
    pub people: u16,
    pub postcode: &'a str,
    pub pc4: u16,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    pub slots: WeekGrid,
    pub hours_per_week: u8,
    pub demo: bool,
}

impl Database {
    pub async fn insert_request(
        &self,
        r: NewRequest<'_>,
        now: OffsetDateTime,
    ) -> Result<String, StorageError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO requests (id, package, people, postcode, pc4, starts_on, ends_on, dayparts, hours_per_week, \
             status, created_at, demo) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $11)",
        )
        .bind(&id)
        .bind(r.package)
        .bind(i64::from(r.people))
        .bind(r.postcode)
        .bind(i64::from(r.pc4))
        .bind(r.starts_on.to_string())
        .bind(r.ends_on.map(|d| d.to_string()))
        .bind(i64::from(r.slots.bits()))
        .bind(i64::from(r.hours_per_week))
        .bind(timestamp(now))
        .bind(i64::from(r.demo))
        .execute(&self.pool)
        .await?;
        Ok(id)
    }

    pub async fn count_requests(&self) -> Result<i64, StorageError> {
        sqlx::query("SELECT COUNT(*) FROM requests")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)
    }

    /// Open places per (package, 4-digit area), with the union of the
    /// dayparts asked for there. Requests that ended are not demand.
    pub async fn open_demand(&self, today: Date) -> Result<Vec<DemandArea>, StorageError> {
        let rows = sqlx::query(
            "SELECT package, pc4, people - filled, dayparts FROM requests \
             WHERE status IN ('open', 'partly_filled') AND people > filled \
             AND (ends_on IS NULL OR ends_on >= $1)",
        )
        .bind(today.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut areas: BTreeMap<(usize, u16), (u32, u32)> = BTreeMap::new();
        for row in rows {
            let code: String = row.try_get(0)?;
            let Some(package) = CATALOGUE.iter().position(|p| p.code == code) else {
                continue;
            };
            let pc4 = u16::try_from(row.try_get::<i64, _>(1)?).unwrap_or(0);
            let places = u32::try_from(row.try_get::<i64, _>(2)?).unwrap_or(0);
            let slots = u32::try_from(row.try_get::<i64, _>(3)?).unwrap_or(0);
            let entry = areas.entry((package, pc4)).or_default();
            entry.0 = entry.0.saturating_add(places);
            entry.1 |= slots;
        }
        Ok(areas
            .into_iter()
            .map(|((package, pc4), (places, slots))| DemandArea {
                package,
                pc4,
                places: u16::try_from(places).unwrap_or(u16::MAX),
                slots: WeekGrid::from_bits(slots).unwrap_or(WeekGrid::EMPTY),
            })
            .collect())
    }
}

/// A request as its organisation sees it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RequestRow {
    pub id: String,
    pub package: String,
    pub people: i64,
    pub filled: i64,
    pub postcode: String,
    pub place: String,
    #[serde(skip)]
    pub pc4: u16,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub dayparts: Vec<String>,
    #[serde(skip)]
    pub slots: WeekGrid,
    pub hours_per_week: i64,
    pub notes: Option<String>,
    pub status: String,
    pub created_at: String,
}

const REQUEST_COLUMNS: &str = "id, package, people, filled, postcode, pc4, starts_on, ends_on, dayparts, hours_per_week, notes, status, created_at";

fn request_row(r: &sqlx::any::AnyRow) -> Result<RequestRow, StorageError> {
    let pc4 = u16::try_from(r.try_get::<i64, _>(5)?).unwrap_or(0);
    let slots = WeekGrid::from_bits(u32::try_from(r.try_get::<i64, _>(8)?).unwrap_or(0))
        .unwrap_or_default();
    Ok(RequestRow {
        id: r.try_get(0)?,
        package: r.try_get(1)?,
        people: r.try_get(2)?,
        filled: r.try_get(3)?,
        postcode: r.try_get(4)?,
        place: crate::places::area(pc4),
        pc4,
        starts_on: r.try_get(6)?,
        ends_on: r.try_get(7)?,
        dayparts: slots.codes(),
        slots,
        hours_per_week: r.try_get(9)?,
        notes: r.try_get(10)?,
        status: r.try_get(11)?,
        created_at: r.try_get(12)?,
    })
}

impl Database {
    pub async fn file_request(
        &self,
        organisation_id: &str,
        r: &handen_core::employer::WorkRequest,
        now: OffsetDateTime,
    ) -> Result<RequestRow, StorageError> {
        let id = new_id();
        sqlx::query(
            "INSERT INTO requests (id, organisation_id, package, people, postcode, pc4, starts_on, ends_on, dayparts, \
             hours_per_week, notes, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'open', $12)",
        )
        .bind(&id)
        .bind(organisation_id)
        .bind(r.package.code)
        .bind(i64::from(r.people))
        .bind(r.postcode.to_string())
        .bind(i64::from(r.postcode.pc4()))
        .bind(r.starts_on.to_string())
        .bind(r.ends_on.map(|d| d.to_string()))
        .bind(i64::from(r.slots.bits()))
        .bind(i64::from(r.hours_per_week))
        .bind(r.notes.as_deref())
        .bind(timestamp(now))
        .execute(&self.pool)
        .await?;
        self.request_of(organisation_id, &id)
            .await?
            .ok_or(sqlx::Error::RowNotFound)
    }

    pub async fn requests_of(
        &self,
        organisation_id: &str,
    ) -> Result<Vec<RequestRow>, StorageError> {
        let rows = sqlx::query(&format!(
            "SELECT {REQUEST_COLUMNS} FROM requests WHERE organisation_id = $1 ORDER BY created_at DESC"
        ))
        .bind(organisation_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(request_row).collect()
    }

    /// One request, only if it is this organisation's.
    pub async fn request_of(
        &self,
        organisation_id: &str,
        id: &str,
    ) -> Result<Option<RequestRow>, StorageError> {
        let row = sqlx::query(&format!(
            "SELECT {REQUEST_COLUMNS} FROM requests WHERE id = $1 AND organisation_id = $2"
        ))
        .bind(id)
        .bind(organisation_id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(request_row).transpose()
    }

    pub async fn close_request(
        &self,
        organisation_id: &str,
        id: &str,
    ) -> Result<bool, StorageError> {
        Ok(sqlx::query(
            "UPDATE requests SET status = 'closed' WHERE id = $1 AND organisation_id = $2",
        )
        .bind(id)
        .bind(organisation_id)
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }
}
