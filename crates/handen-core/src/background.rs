//! What someone brings: care background, BIG registration, diploma, study,
//! short courses, certificate of conduct (VOG), languages. Qualification was
//! the third friction of the first wave; it must be captured precisely.

use crate::code_enum;
use crate::code_enum::parse_codes;
use crate::date::{Date, DateError};
use crate::error::ErrorCode;
use crate::text::{single_line, TextProblem};
use serde::{Deserialize, Serialize};

code_enum! {
    /// Professions in the BIG register (Wet BIG, art. 3 and 36a).
    pub enum BigProfession {
        Doctor => "doctor",
        Nurse => "nurse",
        Pharmacist => "pharmacist",
        Physiotherapist => "physiotherapist",
        HealthcarePsychologist => "healthcare_psychologist",
        Psychotherapist => "psychotherapist",
        Dentist => "dentist",
        Midwife => "midwife",
        PhysicianAssistant => "physician_assistant",
    }
}

code_enum! {
    pub enum DiplomaLevel {
        None => "none",
        Mbo1 => "mbo1",
        Mbo2 => "mbo2",
        Mbo3 => "mbo3",
        Mbo4 => "mbo4",
        Hbo => "hbo",
        Wo => "wo",
    }
}

code_enum! {
    /// Short courses that open up work packages.
    pub enum Course {
        SupportingCareWorker => "supporting_care_worker",
        Host => "host",
        FirstAid => "first_aid",
        EmergencyResponse => "emergency_response",
        InfectionPrevention => "infection_prevention",
    }
}

code_enum! {
    /// Certificate of conduct (verklaring omtrent het gedrag).
    pub enum Vog {
        Held => "held",
        WillingToRequest => "willing",
        No => "no",
    }
}

code_enum! {
    /// Languages someone can work in; the common ones in the Netherlands.
    pub enum SpokenLanguage {
        Dutch => "nl",
        English => "en",
        German => "de",
        French => "fr",
        Spanish => "es",
        Polish => "pl",
        Turkish => "tr",
        Arabic => "ar",
        Tamazight => "ber",
        Papiamento => "pap",
        Ukrainian => "uk",
        Other => "other",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BigStatus {
    Valid,
    Expired { since: Date },
}

/// An 11-digit BIG number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BigNumber(String);

impl BigNumber {
    pub fn parse(input: &str) -> Result<BigNumber, ErrorCode> {
        let compact: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.'))
            .collect();
        if compact.is_empty() {
            return Err(ErrorCode::BigNumberMissing);
        }
        if compact.len() == 11 && compact.bytes().all(|b| b.is_ascii_digit()) {
            Ok(BigNumber(compact))
        } else {
            Err(ErrorCode::BigNumberInvalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BigRegistration {
    pub number: BigNumber,
    pub profession: BigProfession,
    pub status: BigStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diploma {
    pub level: DiplomaLevel,
    /// Empty only when the level is `None`.
    pub field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Study {
    pub field: String,
    pub year: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Background {
    pub care_background: bool,
    pub big: Option<BigRegistration>,
    pub diploma: Diploma,
    pub study: Option<Study>,
    pub courses: Vec<Course>,
    pub vog: Vog,
    pub languages: Vec<SpokenLanguage>,
}

/// The raw inputs of the background step.
pub struct BackgroundInput<'a> {
    pub care_background: Option<bool>,
    pub big_registered: Option<bool>,
    pub big_number: &'a str,
    pub big_profession: &'a str,
    pub big_status: &'a str,
    pub big_expired_on: &'a str,
    pub diploma_level: &'a str,
    pub diploma_field: &'a str,
    pub student: Option<bool>,
    pub student_field: &'a str,
    pub student_year: &'a str,
    pub courses: &'a [String],
    pub vog: &'a str,
    pub languages: &'a [String],
}

const MAX_FIELD: usize = 100;

fn choice<T>(
    code: &str,
    parse: impl Fn(&str) -> Option<T>,
    missing: ErrorCode,
    invalid: ErrorCode,
) -> Result<T, ErrorCode> {
    if code.trim().is_empty() {
        Err(missing)
    } else {
        parse(code).ok_or(invalid)
    }
}

fn field_text(
    input: &str,
    missing: ErrorCode,
    too_long: ErrorCode,
    invalid: ErrorCode,
) -> Result<String, ErrorCode> {
    single_line(input, MAX_FIELD).map_err(|p| match p {
        TextProblem::Missing => missing,
        TextProblem::TooLong => too_long,
        TextProblem::Invalid => invalid,
    })
}

impl Background {
    pub fn parse(input: &BackgroundInput<'_>, today: Date) -> Result<Background, Vec<ErrorCode>> {
        let mut errors = Vec::new();
        let care_background = input
            .care_background
            .ok_or(ErrorCode::CareBackgroundMissing);
        // Only someone with a care background is asked about BIG.
        let big = match (care_background, input.big_registered) {
            (Ok(true), None) => Err(vec![ErrorCode::BigRegisteredMissing]),
            (Ok(true), Some(true)) => parse_big(input, today),
            _ => Ok(None),
        };
        let level = choice(
            input.diploma_level,
            DiplomaLevel::from_code,
            ErrorCode::DiplomaLevelMissing,
            ErrorCode::DiplomaLevelInvalid,
        );
        let diploma = match level {
            Ok(DiplomaLevel::None) => Ok(Diploma {
                level: DiplomaLevel::None,
                field: None,
            }),
            Ok(level) => field_text(
                input.diploma_field,
                ErrorCode::DiplomaFieldMissing,
                ErrorCode::DiplomaFieldTooLong,
                ErrorCode::DiplomaFieldInvalid,
            )
            .map(|field| Diploma {
                level,
                field: Some(field),
            }),
            Err(e) => Err(e),
        };
        let study = match input.student {
            None => Err(vec![ErrorCode::StudentMissing]),
            Some(false) => Ok(None),
            Some(true) => {
                let field = field_text(
                    input.student_field,
                    ErrorCode::StudentFieldMissing,
                    ErrorCode::StudentFieldTooLong,
                    ErrorCode::StudentFieldInvalid,
                );
                let year = match input.student_year.trim() {
                    "" => Err(ErrorCode::StudentYearMissing),
                    y => y
                        .parse::<u8>()
                        .ok()
                        .filter(|y| (1..=8).contains(y))
                        .ok_or(ErrorCode::StudentYearInvalid),
                };
                match (field, year) {
                    (Ok(field), Ok(year)) => Ok(Some(Study { field, year })),
                    (f, y) => Err(f.err().into_iter().chain(y.err()).collect()),
                }
            }
        };
        let courses =
            parse_codes(input.courses, Course::ALL, Course::code).ok_or(ErrorCode::CoursesInvalid);
        let vog = choice(
            input.vog,
            Vog::from_code,
            ErrorCode::VogMissing,
            ErrorCode::VogInvalid,
        );
        let languages =
            match parse_codes(input.languages, SpokenLanguage::ALL, SpokenLanguage::code) {
                None => Err(ErrorCode::LanguagesInvalid),
                Some(l) if l.is_empty() => Err(ErrorCode::LanguagesMissing),
                Some(l) => Ok(l),
            };

        errors.extend(care_background.as_ref().err());
        if let Err(e) = &big {
            errors.extend(e);
        }
        errors.extend(diploma.as_ref().err());
        if let Err(e) = &study {
            errors.extend(e);
        }
        errors.extend(courses.as_ref().err());
        errors.extend(vog.as_ref().err());
        errors.extend(languages.as_ref().err());
        match (
            care_background,
            big,
            diploma,
            study,
            courses,
            vog,
            languages,
        ) {
            (
                Ok(care_background),
                Ok(big),
                Ok(diploma),
                Ok(study),
                Ok(courses),
                Ok(vog),
                Ok(languages),
            ) => Ok(Background {
                care_background,
                big,
                diploma,
                study,
                courses,
                vog,
                languages,
            }),
            _ => Err(errors),
        }
    }
}

fn parse_big(
    input: &BackgroundInput<'_>,
    today: Date,
) -> Result<Option<BigRegistration>, Vec<ErrorCode>> {
    let number = BigNumber::parse(input.big_number);
    let profession = choice(
        input.big_profession,
        BigProfession::from_code,
        ErrorCode::BigProfessionMissing,
        ErrorCode::BigProfessionInvalid,
    );
    let status = match input.big_status.trim() {
        "" => Err(ErrorCode::BigStatusMissing),
        "valid" => Ok(BigStatus::Valid),
        "expired" => match Date::parse_iso(input.big_expired_on) {
            Ok(since) if since > today => Err(ErrorCode::BigExpiredOnInFuture),
            Ok(since) => Ok(BigStatus::Expired { since }),
            Err(DateError::Missing) => Err(ErrorCode::BigExpiredOnMissing),
            Err(DateError::Invalid) => Err(ErrorCode::BigExpiredOnInvalid),
        },
        _ => Err(ErrorCode::BigStatusInvalid),
    };
    match (number, profession, status) {
        (Ok(number), Ok(profession), Ok(status)) => Ok(Some(BigRegistration {
            number,
            profession,
            status,
        })),
        (n, p, s) => Err(n.err().into_iter().chain(p.err()).chain(s.err()).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap()
    }

    fn base<'a>(courses: &'a [String], languages: &'a [String]) -> BackgroundInput<'a> {
        BackgroundInput {
            care_background: Some(false),
            big_registered: None,
            big_number: "",
            big_profession: "",
            big_status: "",
            big_expired_on: "",
            diploma_level: "none",
            diploma_field: "",
            student: Some(false),
            student_field: "",
            student_year: "",
            courses,
            vog: "willing",
            languages,
        }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn someone_without_care_background() {
        let (c, l) = (
            strings(&["host", "first_aid", "host"]),
            strings(&["nl", "en"]),
        );
        let b = Background::parse(&base(&c, &l), today()).unwrap();
        assert!(!b.care_background && b.big.is_none() && b.study.is_none());
        assert_eq!(b.courses, [Course::Host, Course::FirstAid]);
        assert_eq!(
            b.languages,
            [SpokenLanguage::Dutch, SpokenLanguage::English]
        );
        assert_eq!(b.vog, Vog::WillingToRequest);
    }

    #[test]
    fn a_nurse_with_an_expired_big_registration() {
        let (c, l) = (strings(&[]), strings(&["nl"]));
        let mut input = base(&c, &l);
        input.care_background = Some(true);
        input.big_registered = Some(true);
        input.big_number = "1234 5678 901";
        input.big_profession = "nurse";
        input.big_status = "expired";
        input.big_expired_on = "2023-05-01";
        input.diploma_level = "hbo";
        input.diploma_field = "Verpleegkunde";
        let b = Background::parse(&input, today()).unwrap();
        let big = b.big.unwrap();
        assert_eq!(big.number.as_str(), "12345678901");
        assert_eq!(
            big.status,
            BigStatus::Expired {
                since: Date::new(2023, 5, 1).unwrap()
            }
        );
        assert_eq!(b.diploma.field.as_deref(), Some("Verpleegkunde"));
    }

    #[test]
    fn problems_are_collected_per_field() {
        let (c, l) = (strings(&["juggling"]), strings(&[]));
        let mut input = base(&c, &l);
        input.care_background = Some(true);
        input.big_registered = Some(true);
        input.big_number = "1234";
        input.big_status = "expired";
        input.big_expired_on = "2030-01-01";
        input.diploma_level = "mbo2";
        input.student = Some(true);
        input.student_year = "9";
        input.vog = "";
        assert_eq!(
            Background::parse(&input, today()).unwrap_err(),
            [
                BigNumberInvalid,
                BigProfessionMissing,
                BigExpiredOnInFuture,
                DiplomaFieldMissing,
                StudentFieldMissing,
                StudentYearInvalid,
                CoursesInvalid,
                VogMissing,
                LanguagesMissing
            ]
        );
        let (c, l) = (strings(&[]), strings(&["klingon"]));
        let mut input = base(&c, &l);
        input.care_background = None;
        input.student = None;
        input.diploma_level = "phd";
        input.vog = "maybe";
        assert_eq!(
            Background::parse(&input, today()).unwrap_err(),
            [
                CareBackgroundMissing,
                DiplomaLevelInvalid,
                StudentMissing,
                VogInvalid,
                LanguagesInvalid
            ]
        );
        let (c, l) = (strings(&[]), strings(&["nl"]));
        let mut input = base(&c, &l);
        input.care_background = Some(true);
        assert_eq!(
            Background::parse(&input, today()).unwrap_err(),
            [BigRegisteredMissing]
        );
    }

    #[test]
    fn big_numbers() {
        assert!(BigNumber::parse("19012345601").is_ok());
        assert!(BigNumber::parse("190-1234-5601").is_ok());
        assert_eq!(BigNumber::parse(""), Err(BigNumberMissing));
        for bad in [
            "1901234560",
            "190123456012",
            "1901234560a",
            "１９０１２３４５６０１",
        ] {
            assert_eq!(BigNumber::parse(bad), Err(BigNumberInvalid), "{bad:?}");
        }
    }
}
