//! Every problem a person's input can have, as one enum with stable codes.
//!
//! The code is what crosses the wire (`{"field": "email", "code":
//! "email_invalid"}`) and what the app translates; each code belongs to one
//! field, so a message can say exactly what to fix there.

use crate::field::Field;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

macro_rules! error_codes {
    ($($variant:ident => $field:ident, $code:literal;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $($variant,)*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The stable code: never rename one, clients and logs rely on it.
            pub fn code(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }

            pub fn field(self) -> Field {
                match self {
                    $(ErrorCode::$variant => Field::$field,)*
                }
            }

            /// A scan of `ALL` rather than a 74-arm string `match`, which
            /// compiles to a large decision tree in the browser build.
            pub fn from_code(code: &str) -> Option<ErrorCode> {
                ErrorCode::ALL.iter().copied().find(|c| c.code() == code)
            }
        }
    };
}

error_codes! {
    GivenNamesMissing => GivenNames, "given_names_missing";
    GivenNamesTooLong => GivenNames, "given_names_too_long";
    GivenNamesInvalid => GivenNames, "given_names_invalid";
    NamePrefixInvalid => NamePrefix, "name_prefix_invalid";
    SurnameMissing => Surname, "surname_missing";
    SurnameTooLong => Surname, "surname_too_long";
    SurnameInvalid => Surname, "surname_invalid";
    BirthDateMissing => BirthDate, "birth_date_missing";
    BirthDateInvalid => BirthDate, "birth_date_invalid";
    BirthDateInFuture => BirthDate, "birth_date_in_future";
    BirthDateTooYoung => BirthDate, "birth_date_too_young";
    BirthDateImplausible => BirthDate, "birth_date_implausible";
    EmailMissing => Email, "email_missing";
    EmailTooLong => Email, "email_too_long";
    EmailInvalid => Email, "email_invalid";
    PhoneMissing => Phone, "phone_missing";
    PhoneInvalid => Phone, "phone_invalid";
    PhoneNotMobile => Phone, "phone_not_mobile";
    PhoneCountryCodeNeeded => Phone, "phone_country_code_needed";
    PostcodeMissing => Postcode, "postcode_missing";
    PostcodeInvalid => Postcode, "postcode_invalid";
    PostcodeUnknown => Postcode, "postcode_unknown";
    HouseNumberMissing => HouseNumber, "house_number_missing";
    HouseNumberInvalid => HouseNumber, "house_number_invalid";
    HouseNumberAdditionInvalid => HouseNumberAddition, "house_number_addition_invalid";
    TravelKmMissing => TravelKm, "travel_km_missing";
    TravelKmInvalid => TravelKm, "travel_km_invalid";
    AvailableFromMissing => AvailableFrom, "available_from_missing";
    AvailableFromInvalid => AvailableFrom, "available_from_invalid";
    AvailableFromTooFar => AvailableFrom, "available_from_too_far";
    AvailableUntilInvalid => AvailableUntil, "available_until_invalid";
    AvailableUntilBeforeFrom => AvailableUntil, "available_until_before_from";
    AvailableUntilInPast => AvailableUntil, "available_until_in_past";
    HoursPerWeekMissing => HoursPerWeek, "hours_per_week_missing";
    HoursPerWeekInvalid => HoursPerWeek, "hours_per_week_invalid";
    HoursPerWeekExceedDayparts => HoursPerWeek, "hours_per_week_exceed_dayparts";
    DaypartsMissing => Dayparts, "dayparts_missing";
    DaypartsInvalid => Dayparts, "dayparts_invalid";
    AvailabilityNotesTooLong => AvailabilityNotes, "availability_notes_too_long";
    AvailabilityNotesInvalid => AvailabilityNotes, "availability_notes_invalid";
    CareBackgroundMissing => CareBackground, "care_background_missing";
    BigRegisteredMissing => BigRegistered, "big_registered_missing";
    BigNumberMissing => BigNumber, "big_number_missing";
    BigNumberInvalid => BigNumber, "big_number_invalid";
    BigProfessionMissing => BigProfession, "big_profession_missing";
    BigProfessionInvalid => BigProfession, "big_profession_invalid";
    BigStatusMissing => BigStatus, "big_status_missing";
    BigStatusInvalid => BigStatus, "big_status_invalid";
    BigExpiredOnMissing => BigExpiredOn, "big_expired_on_missing";
    BigExpiredOnInvalid => BigExpiredOn, "big_expired_on_invalid";
    BigExpiredOnInFuture => BigExpiredOn, "big_expired_on_in_future";
    DiplomaLevelMissing => DiplomaLevel, "diploma_level_missing";
    DiplomaLevelInvalid => DiplomaLevel, "diploma_level_invalid";
    DiplomaFieldMissing => DiplomaField, "diploma_field_missing";
    DiplomaFieldTooLong => DiplomaField, "diploma_field_too_long";
    DiplomaFieldInvalid => DiplomaField, "diploma_field_invalid";
    StudentMissing => Student, "student_missing";
    StudentFieldMissing => StudentField, "student_field_missing";
    StudentFieldTooLong => StudentField, "student_field_too_long";
    StudentFieldInvalid => StudentField, "student_field_invalid";
    StudentYearMissing => StudentYear, "student_year_missing";
    StudentYearInvalid => StudentYear, "student_year_invalid";
    CoursesInvalid => Courses, "courses_invalid";
    VogMissing => Vog, "vog_missing";
    VogInvalid => Vog, "vog_invalid";
    LanguagesMissing => Languages, "languages_missing";
    LanguagesInvalid => Languages, "languages_invalid";
    SectorsMissing => Sectors, "sectors_missing";
    SectorsInvalid => Sectors, "sectors_invalid";
    MotivationMissing => Motivation, "motivation_missing";
    MotivationInvalid => Motivation, "motivation_invalid";
    ConsentCrisisMissing => ConsentCrisis, "consent_crisis_missing";
    ConsentVersionOutdated => ConsentVersion, "consent_version_outdated";
    LanguageInvalid => Language, "language_invalid";
    SignInAddressMissing => SignInAddress, "address_missing";
    SignInAddressInvalid => SignInAddress, "address_invalid";
    PauseUntilMissing => PauseUntil, "pause_until_missing";
    PauseUntilInvalid => PauseUntil, "pause_until_invalid";
    PauseUntilInPast => PauseUntil, "pause_until_in_past";
    PauseUntilTooFar => PauseUntil, "pause_until_too_far";
    PauseReasonMissing => PauseReason, "pause_reason_missing";
    PauseReasonInvalid => PauseReason, "pause_reason_invalid";
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// On the wire: `{"field": "...", "code": "..."}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldError(pub ErrorCode);

impl FieldError {
    pub fn field(self) -> Field {
        self.0.field()
    }

    pub fn code(self) -> ErrorCode {
        self.0
    }
}

impl From<ErrorCode> for FieldError {
    fn from(code: ErrorCode) -> FieldError {
        FieldError(code)
    }
}

#[derive(Serialize, Deserialize)]
struct WireFieldError<'a> {
    field: &'a str,
    code: &'a str,
}

impl Serialize for FieldError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        WireFieldError {
            field: self.field().name(),
            code: self.0.code(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for FieldError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FieldError, D::Error> {
        #[derive(Deserialize)]
        struct Owned {
            code: String,
        }
        let wire = Owned::deserialize(deserializer)?;
        ErrorCode::from_code(&wire.code)
            .map(FieldError)
            .ok_or_else(|| serde::de::Error::custom("unknown error code"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_snake_case_and_start_with_their_field() {
        let mut seen = HashSet::new();
        for &code in ErrorCode::ALL {
            let text = code.code();
            assert!(seen.insert(text), "duplicate code {text}");
            assert!(
                text.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{text}"
            );
            assert!(
                text.starts_with(code.field().name()),
                "{text} vs {}",
                code.field().name()
            );
            assert_eq!(ErrorCode::from_code(text), Some(code));
        }
    }

    #[test]
    fn codes_are_declared_in_field_order() {
        let fields: Vec<_> = ErrorCode::ALL.iter().map(|c| c.field()).collect();
        let mut sorted = fields.clone();
        sorted.sort();
        assert_eq!(fields, sorted);
    }

    #[test]
    fn wire_form_names_field_and_code() {
        let json = serde_json::to_string(&FieldError(ErrorCode::EmailInvalid)).unwrap();
        assert_eq!(json, r#"{"field":"email","code":"email_invalid"}"#);
        let back: FieldError = serde_json::from_str(&json).unwrap();
        assert_eq!(back, FieldError(ErrorCode::EmailInvalid));
        assert!(serde_json::from_str::<FieldError>(r#"{"field":"x","code":"nope"}"#).is_err());
    }
}
