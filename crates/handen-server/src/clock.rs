//! Time, in one place: timestamps as stored, and "today" as the rules see it.

use handen_core::Date;
use time::macros::format_description;
use time::{Duration, OffsetDateTime};

pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// RFC 3339 in UTC with exactly three fraction digits. The fixed width is
/// what makes stored timestamps sort as text (`…21Z` would sort after
/// `…21.5Z`).
pub fn timestamp(t: OffsetDateTime) -> String {
    let format =
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");
    let t = t.to_offset(time::UtcOffset::UTC);
    t.format(&format)
        .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

pub fn date_of(t: OffsetDateTime) -> Date {
    let days = t.unix_timestamp().div_euclid(86_400);
    Date::from_days_since_epoch(days).unwrap_or(Date::EPOCH)
}

/// The latest calendar date anywhere on Earth (UTC+14). The server checks
/// ages against it, so someone whose 16th birthday has begun where they are
/// is never refused because the server's clock is behind their time zone.
pub fn latest_today(t: OffsetDateTime) -> Date {
    date_of(t + Duration::hours(14))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn timestamps_are_utc_with_millis_and_a_fixed_width() {
        let t = datetime!(2026-11-24 10:15:30.123456 +01:00);
        assert_eq!(timestamp(t), "2026-11-24T09:15:30.123Z");
        assert_eq!(
            timestamp(datetime!(2026-11-24 09:15:30.49 UTC)),
            "2026-11-24T09:15:30.490Z"
        );
        assert_eq!(
            timestamp(datetime!(2026-11-24 09:15:30 UTC)),
            "2026-11-24T09:15:30.000Z"
        );
        let earlier = timestamp(datetime!(2026-11-24 09:15:30 UTC));
        let later = timestamp(datetime!(2026-11-24 09:15:30.5 UTC));
        assert!(earlier < later);
    }

    #[test]
    fn latest_today_runs_ahead() {
        assert_eq!(
            latest_today(datetime!(2026-11-24 09:00 UTC)),
            Date::new(2026, 11, 24).unwrap()
        );
        assert_eq!(
            latest_today(datetime!(2026-11-24 10:00 UTC)),
            Date::new(2026, 11, 25).unwrap()
        );
        assert_eq!(
            date_of(datetime!(2026-11-24 23:59 UTC)),
            Date::new(2026, 11, 24).unwrap()
        );
    }
}
