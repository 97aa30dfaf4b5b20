//! Dates: ISO dates from forms and JSON, birth dates against today, pauses,
//! the duplicate engine's ways of reading a spreadsheet's dates (any common
//! writing, or a strftime pattern the user names), and date arithmetic on
//! what they return. Input: `pattern SEP value`; the first 8 bytes are also
//! read as a number of days.
#![no_main]

use handen_core::account::Pause;
use handen_core::dedup::dates::{read_any, DateFormat};
use handen_core::registration::parse_birth_date;
use handen_core::Date;
use libfuzzer_sys::fuzz_target;

fn check_iso(s: &str) {
    if let Ok(date) = Date::parse_iso(s) {
        let shown = date.to_string();
        assert_eq!(Date::parse_iso(&shown), Ok(date), "{s:?}");
        assert_eq!(
            Date::from_days_since_epoch(date.days_since_epoch()),
            Some(date)
        );
        assert!(date.weekday() < 7);
        let json = serde_json::to_string(&date).expect("a Date serialises");
        assert_eq!(serde_json::from_str::<Date>(&json).ok(), Some(date));
    }
}

fuzz_target!(|data: &[u8]| {
    let days = data
        .get(..8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
        .map_or(0, i64::from_le_bytes);
    let today = handen_fuzz::fixed_today();
    if let Some(later) = today.add_days(days) {
        assert_eq!(later.days_since_epoch() - today.days_since_epoch(), days);
    }
    let _ = Date::from_days_since_epoch(days);

    let Some(s) = handen_fuzz::text(data) else {
        return;
    };
    let [pattern, value] = handen_fuzz::fields(s);
    check_iso(s);
    check_iso(value);
    if let Ok(born) = parse_birth_date(value, today) {
        assert!(born <= today);
    }
    if let Ok(pause) = Pause::parse(value, pattern, today) {
        assert!(pause.until > today);
    }
    for input in [s, value] {
        if let Some(date) = read_any(input) {
            assert_eq!(Date::new(date.year(), date.month(), date.day()), Some(date));
        }
    }
    if let Ok(format) = DateFormat::parse(pattern) {
        for input in [value, s] {
            if let Some(date) = format.read(input) {
                assert_eq!(Date::new(date.year(), date.month(), date.day()), Some(date));
            }
        }
    }
});
