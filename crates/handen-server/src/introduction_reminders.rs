//! Nobody is left waiting: two working days after an introduction was
//! asked without an answer, the candidate is reminded once; two working
//! days after they accepted without an outcome, the organisation is.
//! Runs with the freshness job (hourly, or `handen freshness --now …`).

use crate::clock::{date_of, timestamp};
use crate::freshness::FreshnessConfig;
use crate::mail::employer::{introduction_for, outcome_reminder};
use crate::storage::Database;
use handen_core::employer::add_working_days;
use handen_core::Date;
use time::OffsetDateTime;

/// Whether two working days have passed since `since` (a stored
/// timestamp), counted in calendar dates: asked on Friday, due on Tuesday.
pub fn waited_long_enough(since: &str, now: OffsetDateTime) -> bool {
    let Some(day) = since.get(..10).and_then(|d| Date::parse_iso(d).ok()) else {
        return false;
    };
    let due = add_working_days(day, 2);
    date_of(now) > due
        || (date_of(now) == due && now_time_of_day(now).as_str() >= since.get(11..).unwrap_or(""))
}

fn now_time_of_day(now: OffsetDateTime) -> String {
    timestamp(now).get(11..).unwrap_or_default().to_owned()
}

/// Returns (candidates reminded, organisations reminded).
pub async fn run(
    db: &Database,
    config: &FreshnessConfig,
    now: OffsetDateTime,
) -> anyhow::Result<(usize, usize)> {
    let (mut candidates, mut organisations) = (0, 0);
    let url = &config.public_url;
    for (id, status, since) in db.waiting_introductions().await? {
        if !waited_long_enough(&since, now) {
            continue;
        }
        let sent = db
            .remind_introduction(
                &id,
                config.link_valid_for,
                |p, candidate, token| {
                    if candidate {
                        let link = format!(
                            "{url}/sign-in#token={}&next=/my/introductions",
                            token.unwrap_or_default()
                        );
                        introduction_for(p, &link, true)
                    } else {
                        outcome_reminder(
                            &p.contact_email,
                            &p.contact_name,
                            &p.contact_language,
                            &p.package,
                            url,
                        )
                    }
                },
                now,
            )
            .await?;
        if sent && status == "asked" {
            candidates += 1;
        } else if sent {
            organisations += 1;
        }
    }
    Ok((candidates, organisations))
}

#[cfg(test)]
mod tests {
    use super::waited_long_enough;
    use time::macros::datetime;

    #[test]
    fn two_working_days_skip_the_weekend() {
        // Friday morning → due Tuesday at the same time.
        let asked = "2026-11-27T09:00:00.000Z";
        assert!(!waited_long_enough(asked, datetime!(2026-11-30 10:00 UTC)));
        assert!(!waited_long_enough(asked, datetime!(2026-12-01 08:59 UTC)));
        assert!(waited_long_enough(asked, datetime!(2026-12-01 09:00 UTC)));
        assert!(waited_long_enough(asked, datetime!(2026-12-02 00:00 UTC)));
        assert!(!waited_long_enough(
            "garbage",
            datetime!(2030-01-01 00:00 UTC)
        ));
    }
}
