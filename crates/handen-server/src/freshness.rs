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
}

impl FreshnessConfig {
    pub fn from_args(args: &AccountArgs, public_url: String) -> FreshnessConfig {
        FreshnessConfig {
            stale_after: Duration::days(args.freshness_days.into()),
            remind_again_after: Duration::days(args.remind_again_days.into()),
            // A reminder is read when it is read: its links last until the
            // next one, not the 30 minutes of a link someone asked for.
            link_valid_for: Duration::days(args.remind_again_days.into())
                .max(Duration::seconds(args.link_ttl_seconds.into())),
            public_url,
        }
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
