//! Dates as people read them in a letter.

use handen_core::{Date, Language};

const NL_DAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];
const EN_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const NL_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "donderdag 26 november 2026" / "Thursday 26 November 2026".
pub fn long_date(date: Date, language: Language) -> String {
    let (days, months) = match language {
        Language::Nl => (NL_DAYS, NL_MONTHS),
        Language::En => (EN_DAYS, EN_MONTHS),
    };
    let day = days[usize::from(date.weekday()) % 7];
    let month = months[usize::from(date.month().saturating_sub(1)) % 12];
    format!("{day} {} {month} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates() {
        let d = Date::new(2026, 11, 26).unwrap();
        assert_eq!(long_date(d, Language::Nl), "donderdag 26 november 2026");
        assert_eq!(long_date(d, Language::En), "Thursday 26 November 2026");
    }
}
