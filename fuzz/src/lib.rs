//! Helpers shared by the fuzz targets: splitting one input into the fields
//! of a form, and a `today` that is a real date.

use arbitrary::{Result, Unstructured};
use handen_core::{Date, RegistrationForm};

/// Separates fields in text inputs: the ASCII unit separator, which no
/// parser gives a meaning (so every other character, control characters
/// included, can still reach each field). The seeds show the shape.
pub const SEP: char = '\u{1f}';

/// The input as text, or `None` when it is not UTF-8 (the server only ever
/// hands core a `&str`; bytes are fuzzed where core takes bytes).
pub fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// The first `N` fields of `s`, separated by [`SEP`]; missing ones empty.
pub fn fields<const N: usize>(s: &str) -> [&str; N] {
    let mut out = [""; N];
    for (slot, part) in out.iter_mut().zip(s.splitn(N, SEP)) {
        *slot = part;
    }
    out
}

/// The date the server uses in the tests' examples.
pub fn fixed_today() -> Date {
    Date::new(2026, 11, 24).unwrap_or(Date::EPOCH)
}

/// Any date core can hold (years 1 to 9999): the app passes the device's
/// date, which a person can set to anything.
pub fn any_date(u: &mut Unstructured<'_>) -> Result<Date> {
    // 0001-01-01 and 9999-12-31 in days since 1970-01-01.
    let days = u.int_in_range(-719_162..=2_932_896)?;
    Ok(Date::from_days_since_epoch(days).unwrap_or(Date::EPOCH))
}

/// Mostly recent dates, sometimes any: most bugs hide near "now", a few at
/// the ends of the calendar.
pub fn today(u: &mut Unstructured<'_>) -> Result<Date> {
    if u.ratio(1, 8)? {
        any_date(u)
    } else {
        let days = u.int_in_range(0..=20_000)?;
        Ok(fixed_today()
            .add_days(days - 10_000)
            .unwrap_or(fixed_today()))
    }
}

/// A replacement for a text field: kept, emptied, one of `typical` (values
/// that parse or nearly do, so the fuzzer gets past the first check), or
/// anything.
pub fn text_field(u: &mut Unstructured<'_>, current: &str, typical: &[&str]) -> Result<String> {
    Ok(match u.int_in_range(0..=5)? {
        0 | 1 => current.to_owned(),
        2 => String::new(),
        3 if !typical.is_empty() => (*u.choose(typical)?).to_owned(),
        4 => format!("{current}{}", u.arbitrary::<&str>()?),
        _ => u.arbitrary::<String>()?,
    })
}

/// A list of codes: mostly known ones, sometimes anything.
pub fn code_list(u: &mut Unstructured<'_>, known: &[&str]) -> Result<Vec<String>> {
    let n = u.int_in_range(0..=8)?;
    (0..n)
        .map(|_| {
            Ok(if u.ratio(7, 8)? && !known.is_empty() {
                (*u.choose(known)?).to_owned()
            } else {
                u.arbitrary::<String>()?
            })
        })
        .collect()
}

/// Every daypart code (`mon_morning` …).
pub fn slot_codes() -> Vec<String> {
    handen_core::availability::WeekGrid::of(
        handen_core::availability::days::ALL,
        handen_core::availability::parts::ALL,
    )
    .codes()
}

/// Every parse of a sign-up form, and what must hold between them: a form
/// that parses has no step with errors and a profile that parses; a parsed
/// registration survives storage (serde) unchanged; the fit engine answers
/// for any form, filled in or not.
pub fn check_registration_form(form: &handen_core::RegistrationForm, today: Date) {
    use handen_core::catalogue::CATALOGUE;
    use handen_core::field::Step;
    use handen_core::fit::{assess, Demand, FitProfile};
    use handen_core::Registration;

    let parsed = form.parse(today);
    match &parsed {
        Ok(registration) => {
            assert!(registration.birth_date <= today);
            let json = serde_json::to_string(registration).expect("a Registration serialises");
            let back = serde_json::from_str::<Registration>(&json);
            assert_eq!(back.as_ref().ok(), Some(registration), "{json}");
        }
        Err(errors) => assert!(!errors.is_empty(), "{form:?}"),
    }
    for step in Step::ALL {
        let errors = form.errors_on(step, today);
        assert!(parsed.is_err() || errors.is_empty());
    }
    let profile = form.parse_profile(today);
    assert!(parsed.is_err() || profile.is_ok(), "{form:?}");
    let fit = FitProfile::from_form(form, today);
    let assessment = assess(&fit, &CATALOGUE, &Demand::default());
    assert_eq!(assessment.packages.len(), CATALOGUE.len());
}

/// Values that parse, or nearly, per text field.
const TYPICAL: &[(&str, &[&str])] = &[
    ("given_names", &["Jan", "J.P.", "Anne-Marie", "Zoë", "Ó"]),
    ("name_prefix", &["van der", "de", "van 't", "d’", "Van"]),
    (
        "surname",
        &["Berg", "van der Berg", "De Vries", "el Amrani", "Van"],
    ),
    (
        "birth_date",
        &[
            "1994-03-12",
            "2010-11-24",
            "1926-11-25",
            "2000-02-29",
            "9999-12-31",
        ],
    ),
    (
        "email",
        &[
            "a@b.nl",
            "x.y+z@gmail.com",
            "A@EXAMPLE.COM",
            "a@xn--bcher-kva.example",
        ],
    ),
    (
        "phone",
        &[
            "06-12345678",
            "+31 (0)6 1234 5678",
            "0031612345678",
            "+44 7700 900123",
            "612345678",
        ],
    ),
    ("postcode", &["3511 AB", "1012ab", "9999 ZZ", "1000 SA"]),
    (
        "house_number",
        &["12", "12a", "12-2", "12 bis", "99999", "0"],
    ),
    ("house_number_addition", &["a", "-B", "2 hoog"]),
    ("travel_km", &["15", "250", "0", "15 km", "251"]),
    (
        "available_from",
        &["2026-11-24", "2027-11-25", "2026-12-01"],
    ),
    (
        "available_until",
        &["2026-11-24", "2027-12-01", "2026-11-23"],
    ),
    ("hours_per_week", &["1", "16", "60", "61", "+5"]),
    ("big_number", &["12345678901", "123 456 789 01"]),
    ("big_profession", &["nurse", "doctor", "pharmacist"]),
    ("big_status", &["valid", "expired"]),
    ("big_expired_on", &["2020-01-01", "2026-11-24"]),
    ("diploma_level", &["none", "mbo2", "mbo3", "hbo", "wo"]),
    ("student_year", &["1", "8", "9"]),
    ("vog", &["held", "willing", "no", "yes"]),
    (
        "motivation",
        &["crisis_help", "without_work", "care_switch"],
    ),
    ("consent_version", &[handen_core::consent::CONSENT_VERSION]),
    ("language", &["nl", "en-GB", "fr"]),
];

/// A sign-up form for `today`: the valid example with each field kept,
/// emptied, replaced by a typical value or by anything.
pub fn registration_form(u: &mut Unstructured<'_>, today: Date) -> Result<RegistrationForm> {
    let mut form = RegistrationForm::example(today);
    let texts: Vec<(&str, String)> = form
        .text_fields()
        .into_iter()
        .chain(form.meta_fields())
        .map(|(name, value)| (name, value.clone()))
        .collect();
    for (name, value) in texts {
        let typical = TYPICAL
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&[][..], |(_, t)| t);
        form.set_text(name, text_field(u, &value, typical)?);
    }
    let slots = slot_codes();
    let slots: Vec<&str> = slots.iter().map(String::as_str).collect();
    let lists: [(&str, &[&str]); 4] = [
        ("dayparts", &slots),
        (
            "courses",
            &[
                "supporting_care_worker",
                "host",
                "first_aid",
                "emergency_response",
            ],
        ),
        ("languages", &["nl", "en", "de", "ar", "tr"]),
        (
            "sectors",
            &["care", "childcare", "education", "enforcement"],
        ),
    ];
    for (name, known) in lists {
        if u.ratio(1, 2)? {
            form.set_list(name, code_list(u, known)?);
        }
    }
    for (name, _) in form.yes_no_fields() {
        if u.ratio(1, 3)? {
            form.set_yes_no(name, u.arbitrary()?);
        }
    }
    for (name, _) in form.flag_fields() {
        if u.ratio(1, 4)? {
            form.set_flag(name, u.arbitrary()?);
        }
    }
    Ok(form)
}
