//! The freshness job: people whose availability was last confirmed more
//! than `stale_after` ago get "still available?" with one-tap answers; a
//! second reminder follows after `remind_again_after`; without an answer
//! after that, they are left out of employer pools until they confirm.
//! `handen serve` runs it every hour; `handen freshness --now …` runs it
//! once at any moment (cron, tests).

use crate::cli::AccountArgs;
use crate::mail::account::{still_available, ReminderLinks};
use crate::storage::Database;
use serde::Serialize;
use time::{Duration, OffsetDateTime};

#[derive(Debug, Clone)]
pub struct FreshnessConfig {
    pub stale_after: Duration,
    pub remind_again_after: Duration,
    pub link_valid_for: Duration,
    pub public_url: String,
    /// The last day covered by the crisis consent.
    pub crisis_ends_on: Option<handen_core::Date>,
}

impl FreshnessConfig {
    pub fn from_args(args: &AccountArgs, public_url: String) -> anyhow::Result<FreshnessConfig> {
        let crisis_ends_on = match args.crisis_consent_ends_on.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(handen_core::Date::parse_iso(text).map_err(|_| {
                anyhow::anyhow!(
                    "HANDEN_CRISIS_CONSENT_ENDS_ON {text:?} is not a date such as 2027-06-30"
                )
            })?),
        };
        Ok(FreshnessConfig {
            crisis_ends_on,
            stale_after: Duration::days(args.freshness_days.into()),
            remind_again_after: Duration::days(args.remind_again_days.into()),
            // A reminder is read when it is read: its links last until the
            // next one, not the 30 minutes of a link someone asked for.
            link_valid_for: Duration::days(args.remind_again_days.into())
                .max(Duration::seconds(args.link_ttl_seconds.into())),
            public_url,
        })
    }
}

#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct FreshnessReport {
    pub first_reminders: usize,
    pub second_reminders: usize,
    pub left_out_of_pools: usize,
    /// Candidates reminded of an unanswered introduction.
    pub introduction_reminders: usize,
    /// Organisations reminded of an outcome to record.
    pub outcome_reminders: usize,
    /// People erased because the crisis consent ended (no reservist consent).
    pub erased_after_crisis: usize,
}

impl FreshnessReport {
    pub fn sent(&self) -> usize {
        self.first_reminders
            + self.second_reminders
            + self.introduction_reminders
            + self.outcome_reminders
    }
}

pub async fn run(
    db: &Database,
    config: &FreshnessConfig,
    now: OffsetDateTime,
) -> anyhow::Result<FreshnessReport> {
    // Leaving out first, so someone is never reminded and left out at once.
    let mut report = FreshnessReport {
        left_out_of_pools: db
            .leave_out_unanswered(now - config.remind_again_after, now)
            .await?,
        ..FreshnessReport::default()
    };
    for reminders in [1i64, 0] {
        let due = db
            .due_for_reminder(
                reminders,
                now - config.stale_after,
                now - config.remind_again_after,
                now,
            )
            .await?;
        for person in &due {
            let url = &config.public_url;
            db.send_reminder(
                person,
                reminders,
                config.link_valid_for,
                |t| {
                    let yes = format!("{url}/still-available#token={}", t.yes);
                    let change = format!("{url}/sign-in#token={}&next=/my/availability", t.change);
                    let pause = format!("{url}/sign-in#token={}&next=/my/pause", t.pause);
                    still_available(
                        &person.email,
                        &person.given_names,
                        &person.language,
                        reminders == 1,
                        &ReminderLinks {
                            yes: &yes,
                            change: &change,
                            pause: &pause,
                        },
                    )
                },
                now,
            )
            .await?;
        }
        if reminders == 0 {
            report.first_reminders = due.len();
        } else {
            report.second_reminders = due.len();
        }
    }
    (report.introduction_reminders, report.outcome_reminders) =
        crate::introduction_reminders::run(db, config, now).await?;
    if let Some(ends_on) = config.crisis_ends_on {
        report.erased_after_crisis = erase_after_crisis(db, ends_on, now).await?;
    }
    if report != FreshnessReport::default() {
        tracing::info!(
            first = report.first_reminders,
            second = report.second_reminders,
            left_out = report.left_out_of_pools,
            introductions = report.introduction_reminders,
            outcomes = report.outcome_reminders,
            "freshness"
        );
    }
    Ok(report)
}

/// Retention: once the crisis consent's last day has passed, everyone who
/// did not also agree to stay on as a reservist is erased exactly as if they
/// had asked (a count per sign-up month and an audit line stay), and told.
async fn erase_after_crisis(
    db: &Database,
    ends_on: handen_core::Date,
    now: OffsetDateTime,
) -> anyhow::Result<usize> {
    if crate::clock::date_of(now) <= ends_on {
        return Ok(0);
    }
    let mut erased = 0;
    for (id, email, language) in db.without_reservist_consent().await? {
        let goodbye = crate::mail::account::erased_after_crisis(&email, &language);
        if db.erase(&id, &goodbye, now).await? {
            erased += 1;
        }
    }
    if erased > 0 {
        tracing::info!(erased, "crisis consent ended: registrations erased");
    }
    Ok(erased)
}
