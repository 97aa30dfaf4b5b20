//! Properties of the parsers over generated input: no input makes them
//! panic, what they accept is normalised (parsing it again changes nothing),
//! and the forms people write Dutch values in are all understood.

use handen_core::address::HouseNumber;
use handen_core::email::Email;
use handen_core::name::PersonName;
use handen_core::phone::PhoneNumber;
use handen_core::postcode::{pc4_exists, Postcode};
use handen_core::{Date, RegistrationForm};
use proptest::prelude::*;

fn today() -> Date {
    Date::new(2026, 11, 24).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsers_never_panic(s in any::<String>(), t in any::<String>(), u in any::<String>()) {
        let _ = Email::parse(&s);
        let _ = PhoneNumber::parse(&s);
        let _ = Postcode::parse(&s);
        let _ = PersonName::parse(&s, &t, &u);
        let _ = HouseNumber::parse(&s, &t);
        let _ = Date::parse_iso(&s);
    }

    #[test]
    fn a_form_of_arbitrary_text_never_panics(fields in proptest::collection::vec(any::<String>(), 30)) {
        let mut form = RegistrationForm::default();
        let names: Vec<&str> = form.text_fields().iter().map(|(n, _)| *n).collect();
        for (name, value) in names.iter().zip(fields.iter()) {
            form.set_text(name, value.clone());
        }
        form.dayparts = fields.iter().take(3).cloned().collect();
        form.sectors = fields.iter().skip(3).take(2).cloned().collect();
        let _ = form.parse(today());
    }

    #[test]
    fn accepted_emails_are_normalised(s in "[A-Za-z0-9._%+-]{1,20}@[A-Za-z0-9-]{1,15}\\.[A-Za-z]{2,6}") {
        if let Ok(email) = Email::parse(&s) {
            prop_assert_eq!(Email::parse(email.as_str()), Ok(email.clone()));
            prop_assert_eq!(email.as_str(), email.as_str().to_ascii_lowercase());
        }
    }

    #[test]
    fn accepted_phones_are_e164_and_stable(s in "[+0-9 ()./-]{0,24}") {
        if let Ok(phone) = PhoneNumber::parse(&s) {
            let text = phone.as_str();
            prop_assert!(text.starts_with('+'));
            prop_assert!((9..=16).contains(&text.len()));
            prop_assert!(text[1..].bytes().all(|b| b.is_ascii_digit()));
            prop_assert_eq!(PhoneNumber::parse(text), Ok(phone.clone()));
        }
    }

    #[test]
    fn every_dutch_way_of_writing_a_mobile_number(
        digits in "[1-58][0-9]{7}",
        style in 0usize..6,
    ) {
        let written = match style {
            0 => format!("06{digits}"),
            1 => format!("06-{digits}"),
            2 => format!("+31 6 {} {}", &digits[..4], &digits[4..]),
            3 => format!("00316{digits}"),
            4 => format!("+31 (0)6 {digits}"),
            _ => format!("(06) {} {} {} {}", &digits[..2], &digits[2..4], &digits[4..6], &digits[6..]),
        };
        prop_assert_eq!(PhoneNumber::parse(&written).map(|p| p.as_str().to_owned()), Ok(format!("+316{digits}")));
    }

    #[test]
    fn postcodes_in_any_spacing_and_case(code in 1000u16..10000, a in b'A'..=b'Z', b in b'A'..=b'Z', spaces in " {0,3}", lower in any::<bool>()) {
        let letters = format!("{}{}", char::from(a), char::from(b));
        let typed = format!("{code}{spaces}{}", if lower { letters.to_lowercase() } else { letters.clone() });
        let parsed = Postcode::parse(&typed);
        if matches!(letters.as_str(), "SA" | "SD" | "SS") {
            prop_assert!(parsed.is_err());
        } else if pc4_exists(code) {
            let postcode = parsed.unwrap();
            prop_assert_eq!(postcode.to_string(), format!("{code} {letters}"));
            prop_assert_eq!(Postcode::parse(&postcode.to_string()), Ok(postcode));
        } else {
            prop_assert!(parsed.is_err());
        }
    }

    #[test]
    fn accepted_names_are_stable(given in "[A-Za-zÀ-ÿ' .-]{1,30}", surname in "(van |de |van der |)[A-Za-zÀ-ÿ' -]{1,30}") {
        if let Ok(name) = PersonName::parse(&given, "", &surname) {
            let again = PersonName::parse(name.given_names(), name.prefix().unwrap_or(""), name.surname());
            prop_assert_eq!(again, Ok(name.clone()));
        }
    }

    #[test]
    fn dates_round_trip_through_text(days in -700_000i64..2_900_000) {
        let date = Date::from_days_since_epoch(days).unwrap();
        prop_assert_eq!(Date::parse_iso(&date.to_string()), Ok(date));
    }
}
