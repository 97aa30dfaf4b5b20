//! Organisations and their members: registering, approving, and signing
//! members in by link with sessions of their own (the same scheme as a
//! candidate's: only hashes of tokens and session ids are stored).

use super::accounts::new_secret;
use super::outbox::enqueue;
use super::registrations::sha256_hex;
use super::{Database, StorageError};
use crate::clock::timestamp;
use crate::ids::new_id;
use crate::mail::Mail;
use handen_core::employer::Organisation;
use serde::Serialize;
use sqlx::Row;
use time::{Duration, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Member,
    Admin,
}

impl Role {
    fn code(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Admin => "admin",
        }
    }
}

/// Who a member session belongs to, with their organisation's standing.
#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    pub email: String,
    pub role: Role,
    pub language: String,
    pub organisation: Option<OrganisationRow>,
    pub csrf_token: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrganisationRow {
    pub id: String,
    pub name: String,
    pub kvk: String,
    pub sector: String,
    pub postcode: String,
    pub contact_name: String,
    pub contact_email: String,
    pub language: String,
    pub status: String,
    pub created_at: String,
}

impl OrganisationRow {
    pub fn approved(&self) -> bool {
        self.status == "approved"
    }
}

/// Why registering an organisation was refused.
#[derive(Debug)]
pub enum RegisterError {
    KvkTaken,
    EmailTaken,
    Storage(StorageError),
}

impl From<StorageError> for RegisterError {
    fn from(e: StorageError) -> Self {
        RegisterError::Storage(e)
    }
}

const ORGANISATION_COLUMNS: &str =
    "o.id, o.name, o.kvk, o.sector, o.postcode, o.contact_name, o.contact_email, o.language, o.status, o.created_at";

fn organisation_at(row: &sqlx::any::AnyRow, at: usize) -> Result<OrganisationRow, StorageError> {
    Ok(OrganisationRow {
        id: row.try_get(at)?,
        name: row.try_get(at + 1)?,
        kvk: row.try_get(at + 2)?,
        sector: row.try_get(at + 3)?,
        postcode: row.try_get(at + 4)?,
        contact_name: row.try_get(at + 5)?,
        contact_email: row.try_get(at + 6)?,
        language: row.try_get(at + 7)?,
        status: row.try_get(at + 8)?,
        created_at: row.try_get(at + 9)?,
    })
}

impl Database {
    /// A new organisation, pending approval, with its contact person as its
    /// first member; `mail` tells that person what happens next.
    pub async fn register_organisation(
        &self,
        o: &Organisation,
        mail: &Mail,
        now: OffsetDateTime,
    ) -> Result<String, RegisterError> {
        let mut tx = self.begin_write().await?;
        let kvk = o.kvk.as_string();
        if sqlx::query("SELECT 1 FROM organisations WHERE kvk = $1")
            .bind(&kvk)
            .fetch_optional(&mut *tx)
            .await?
            .is_some()
        {
            return Err(RegisterError::KvkTaken);
        }
        if sqlx::query("SELECT 1 FROM members WHERE email = $1")
            .bind(o.contact_email.as_str())
            .fetch_optional(&mut *tx)
            .await?
            .is_some()
        {
            return Err(RegisterError::EmailTaken);
        }
        let id = new_id();
        sqlx::query(
            "INSERT INTO organisations (id, name, kvk, sector, postcode, contact_name, contact_email, language, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9)",
        )
        .bind(&id)
        .bind(&o.name)
        .bind(&kvk)
        .bind(o.sector.code())
        .bind(o.postcode.to_string())
        .bind(&o.contact_name)
        .bind(o.contact_email.as_str())
        .bind(o.language.code())
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await?;
        insert_member(
            &mut tx,
            Some(&id),
            &o.contact_name,
            o.contact_email.as_str(),
            Role::Member,
            o.language.code(),
            now,
        )
        .await?;
        enqueue(&mut tx, "organisation_received", None, mail, false, now).await?;
        audit(&mut tx, "organisation_registered", &id, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// `handen admin add`: an administrator, or the existing member with
    /// that address made one. Returns whether someone new was added.
    pub async fn add_admin(
        &self,
        name: &str,
        email: &str,
        now: OffsetDateTime,
    ) -> Result<bool, StorageError> {
        let mut tx = self.begin_write().await?;
        let updated = sqlx::query("UPDATE members SET role = 'admin' WHERE email = $1")
            .bind(email)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if updated == 0 {
            insert_member(&mut tx, None, name, email, Role::Admin, "nl", now).await?;
        }
        tx.commit().await?;
        Ok(updated == 0)
    }

    /// A colleague who may act for the organisation too.
    pub async fn add_member(
        &self,
        organisation_id: &str,
        name: &str,
        email: &str,
        language: &str,
        now: OffsetDateTime,
    ) -> Result<(), RegisterError> {
        let mut tx = self.begin_write().await?;
        if sqlx::query("SELECT 1 FROM members WHERE email = $1")
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?
            .is_some()
        {
            return Err(RegisterError::EmailTaken);
        }
        insert_member(
            &mut tx,
            Some(organisation_id),
            name,
            email,
            Role::Member,
            language,
            now,
        )
        .await?;
        audit(&mut tx, "member_added", organisation_id, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The members of an organisation: name and address, for its own members.
    pub async fn members_of(
        &self,
        organisation_id: &str,
    ) -> Result<Vec<(String, String)>, StorageError> {
        let rows = sqlx::query(
            "SELECT name, email FROM members WHERE organisation_id = $1 ORDER BY created_at",
        )
        .bind(organisation_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    pub async fn organisations(&self) -> Result<Vec<OrganisationRow>, StorageError> {
        let rows = sqlx::query(&format!(
            "SELECT {ORGANISATION_COLUMNS} FROM organisations o ORDER BY o.status = 'pending' DESC, o.created_at DESC"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| organisation_at(r, 0)).collect()
    }

    /// Approves or rejects a pending organisation; `mail` makes the message
    /// to its contact person. False when there is no such organisation.
    pub async fn decide_organisation(
        &self,
        id: &str,
        approve: bool,
        mail: impl FnOnce(&OrganisationRow) -> Mail,
        now: OffsetDateTime,
    ) -> Result<bool, StorageError> {
        let mut tx = self.begin_write().await?;
        let Some(row) = sqlx::query(&format!(
            "SELECT {ORGANISATION_COLUMNS} FROM organisations o WHERE o.id = $1"
        ))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        else {
            return Ok(false);
        };
        let organisation = organisation_at(&row, 0)?;
        let status = if approve { "approved" } else { "rejected" };
        sqlx::query("UPDATE organisations SET status = $1, decided_at = $2 WHERE id = $3")
            .bind(status)
            .bind(timestamp(now))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if organisation.status != status {
            enqueue(
                &mut tx,
                "organisation_decided",
                None,
                &mail(&organisation),
                false,
                now,
            )
            .await?;
        }
        audit(&mut tx, &format!("organisation_{status}"), id, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// A sign-in link for the member with this address, if there is one.
    pub async fn send_member_link(
        &self,
        email: &str,
        valid_for: Duration,
        mail: impl FnOnce(&str, &str, &str) -> Mail,
        now: OffsetDateTime,
    ) -> Result<bool, StorageError> {
        let mut tx = self.begin_write().await?;
        let Some(row) = sqlx::query("SELECT id, name, language FROM members WHERE email = $1")
            .bind(email)
            .fetch_optional(&mut *tx)
            .await?
        else {
            return Ok(false);
        };
        let (id, name, language): (String, String, String) =
            (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
        let token = new_secret();
        sqlx::query(
            "INSERT INTO member_tokens (token_sha256, member_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(sha256_hex(token.as_bytes()))
        .bind(&id)
        .bind(timestamp(now))
        .bind(timestamp(now + valid_for))
        .execute(&mut *tx)
        .await?;
        enqueue(
            &mut tx,
            "member_sign_in",
            None,
            &mail(&token, &name, &language),
            false,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Uses a member's sign-in token and starts a session: the cookie's
    /// secret and the CSRF token, or `None` for a bad link.
    pub async fn start_member_session(
        &self,
        token: &str,
        valid_for: Duration,
        now: OffsetDateTime,
    ) -> Result<Option<(String, String)>, StorageError> {
        let hash = sha256_hex(token.as_bytes());
        let mut tx = self.begin_write().await?;
        let used = sqlx::query(
            "UPDATE member_tokens SET used_at = $1 WHERE token_sha256 = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(timestamp(now))
        .bind(&hash)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if used != 1 {
            return Ok(None);
        }
        let member_id: String =
            sqlx::query("SELECT member_id FROM member_tokens WHERE token_sha256 = $1")
                .bind(&hash)
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
        let (id, csrf) = (new_secret(), new_secret());
        sqlx::query("INSERT INTO member_sessions (id_sha256, member_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(sha256_hex(id.as_bytes()))
            .bind(&member_id)
            .bind(&csrf)
            .bind(timestamp(now))
            .bind(timestamp(now + valid_for))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some((id, csrf)))
    }

    pub async fn member_session(
        &self,
        session_id: &str,
        now: OffsetDateTime,
    ) -> Result<Option<Member>, StorageError> {
        let row = sqlx::query(&format!(
            "SELECT m.name, m.email, m.role, m.language, s.csrf_token, {ORGANISATION_COLUMNS} \
             FROM member_sessions s JOIN members m ON m.id = s.member_id \
             LEFT JOIN organisations o ON o.id = m.organisation_id \
             WHERE s.id_sha256 = $1 AND s.expires_at > $2"
        ))
        .bind(sha256_hex(session_id.as_bytes()))
        .bind(timestamp(now))
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let organisation = match r.try_get::<Option<String>, _>(5)? {
            Some(_) => Some(organisation_at(&r, 5)?),
            None => None,
        };
        let role: String = r.try_get(2)?;
        Ok(Some(Member {
            name: r.try_get(0)?,
            email: r.try_get(1)?,
            role: if role == "admin" {
                Role::Admin
            } else {
                Role::Member
            },
            language: r.try_get(3)?,
            csrf_token: r.try_get(4)?,
            organisation,
        }))
    }

    pub async fn end_member_session(&self, session_id: &str) -> Result<(), StorageError> {
        sqlx::query("DELETE FROM member_sessions WHERE id_sha256 = $1")
            .bind(sha256_hex(session_id.as_bytes()))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The key that makes card ids: made by the first start, kept, so a
    /// card's id stays the same for a request across restarts and instances.
    pub async fn card_key(&self) -> Result<String, StorageError> {
        sqlx::query(
            "INSERT INTO server_secrets (name, value) VALUES ('card_key', $1) ON CONFLICT (name) DO NOTHING",
        )
        .bind(new_secret())
        .execute(&self.pool)
        .await?;
        sqlx::query("SELECT value FROM server_secrets WHERE name = 'card_key'")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)
    }
}

async fn insert_member(
    conn: &mut sqlx::AnyConnection,
    organisation_id: Option<&str>,
    name: &str,
    email: &str,
    role: Role,
    language: &str,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO members (id, organisation_id, name, email, role, language, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(organisation_id)
    .bind(name)
    .bind(email)
    .bind(role.code())
    .bind(language)
    .bind(timestamp(now))
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn audit(
    conn: &mut sqlx::AnyConnection,
    action: &str,
    subject: &str,
    now: OffsetDateTime,
) -> Result<(), StorageError> {
    sqlx::query("INSERT INTO audit_log (occurred_at, action, subject) VALUES ($1, $2, $3)")
        .bind(timestamp(now))
        .bind(action)
        .bind(subject)
        .execute(conn)
        .await?;
    Ok(())
}
