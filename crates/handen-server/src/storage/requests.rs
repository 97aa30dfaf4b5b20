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
