//! A sign-up: the form as a person fills it in (`RegistrationForm`, raw text
//! that travels between app, device storage and server) and the parsed
//! `Registration` that only exists when every field is valid.

use crate::address::{Address, HouseNumber, TravelDistance};
use crate::availability::{Availability, AvailabilityInput};
use crate::background::{Background, BackgroundInput};
use crate::code_enum::parse_codes;
use crate::consent::CONSENT_VERSION;
use crate::date::{Date, DateError};
use crate::email::Email;
use crate::error::{ErrorCode, FieldError};
use crate::field::{Field, Step};
use crate::interest::{Motivation, Sector};
use crate::lenient;
use crate::name::PersonName;
use crate::phone::PhoneNumber;
use crate::postcode::Postcode;
use crate::Language;
use serde::{Deserialize, Serialize};

/// Nobody younger works through Handen; packages may ask more.
pub const MINIMUM_AGE: i32 = 16;
/// Older than this is almost surely a typo in the year.
pub const MAXIMUM_AGE: i32 = 100;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RegistrationForm {
    #[serde(deserialize_with = "lenient::text")]
    pub given_names: String,
    #[serde(deserialize_with = "lenient::text")]
    pub name_prefix: String,
    #[serde(deserialize_with = "lenient::text")]
    pub surname: String,
    #[serde(deserialize_with = "lenient::text")]
    pub birth_date: String,
    #[serde(deserialize_with = "lenient::text")]
    pub email: String,
    #[serde(deserialize_with = "lenient::text")]
    pub phone: String,
    #[serde(deserialize_with = "lenient::text")]
    pub postcode: String,
    #[serde(deserialize_with = "lenient::text")]
    pub house_number: String,
    #[serde(deserialize_with = "lenient::text")]
    pub house_number_addition: String,
    #[serde(deserialize_with = "lenient::text")]
    pub travel_km: String,
    #[serde(deserialize_with = "lenient::text")]
    pub available_from: String,
    #[serde(deserialize_with = "lenient::text")]
    pub available_until: String,
    #[serde(deserialize_with = "lenient::text")]
    pub hours_per_week: String,
    #[serde(deserialize_with = "lenient::list")]
    pub dayparts: Vec<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub availability_notes: String,
    pub care_background: Option<bool>,
    pub big_registered: Option<bool>,
    #[serde(deserialize_with = "lenient::text")]
    pub big_number: String,
    #[serde(deserialize_with = "lenient::text")]
    pub big_profession: String,
    #[serde(deserialize_with = "lenient::text")]
    pub big_status: String,
    #[serde(deserialize_with = "lenient::text")]
    pub big_expired_on: String,
    #[serde(deserialize_with = "lenient::text")]
    pub diploma_level: String,
    #[serde(deserialize_with = "lenient::text")]
    pub diploma_field: String,
    pub student: Option<bool>,
    #[serde(deserialize_with = "lenient::text")]
    pub student_field: String,
    #[serde(deserialize_with = "lenient::text")]
    pub student_year: String,
    #[serde(deserialize_with = "lenient::list")]
    pub courses: Vec<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub vog: String,
    #[serde(deserialize_with = "lenient::list")]
    pub languages: Vec<String>,
    #[serde(deserialize_with = "lenient::list")]
    pub sectors: Vec<String>,
    #[serde(deserialize_with = "lenient::text")]
    pub motivation: String,
    #[serde(deserialize_with = "lenient::flag")]
    pub consent_crisis: bool,
    #[serde(deserialize_with = "lenient::flag")]
    pub consent_reservist: bool,
    #[serde(deserialize_with = "lenient::text")]
    pub consent_version: String,
    /// The language the person used, and wants mail in.
    #[serde(deserialize_with = "lenient::text")]
    pub language: String,
}

/// What a person may change in their registration later (availability,
/// travel, background, sectors): the same rules as at sign-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileUpdate {
    pub travel: TravelDistance,
    pub availability: Availability,
    pub background: Background,
    pub sectors: Vec<Sector>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub name: PersonName,
    pub birth_date: Date,
    pub email: Email,
    pub phone: PhoneNumber,
    pub address: Address,
    pub travel: TravelDistance,
    pub availability: Availability,
    pub background: Background,
    pub sectors: Vec<Sector>,
    pub motivation: Motivation,
    pub reservist: bool,
    pub consent_version: String,
    pub language: Language,
}

pub fn parse_birth_date(input: &str, today: Date) -> Result<Date, ErrorCode> {
    match Date::parse_iso(input) {
        Err(DateError::Missing) => Err(ErrorCode::BirthDateMissing),
        Err(DateError::Invalid) => Err(ErrorCode::BirthDateInvalid),
        Ok(d) if d > today => Err(ErrorCode::BirthDateInFuture),
        Ok(d) if d.years_until(today) < MINIMUM_AGE => Err(ErrorCode::BirthDateTooYoung),
        Ok(d) if d.years_until(today) > MAXIMUM_AGE => Err(ErrorCode::BirthDateImplausible),
        Ok(d) => Ok(d),
    }
}

/// Keeps the first error and pushes every later one into `errors`.
fn take<T>(result: Result<T, ErrorCode>, errors: &mut Vec<ErrorCode>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

fn take_all<T>(result: Result<T, Vec<ErrorCode>>, errors: &mut Vec<ErrorCode>) -> Option<T> {
    result.map_err(|e| errors.extend(e)).ok()
}

/// The form's fields by kind, with their wire names: for codecs that do not
/// use serde (the browser reads and writes JSON with its own JSON object,
/// which keeps a JSON library out of the first page load).
impl RegistrationForm {
    pub fn text_fields(&self) -> [(&'static str, &String); 24] {
        let f = self;
        [
            (Field::GivenNames.name(), &f.given_names),
            (Field::NamePrefix.name(), &f.name_prefix),
            (Field::Surname.name(), &f.surname),
            (Field::BirthDate.name(), &f.birth_date),
            (Field::Email.name(), &f.email),
            (Field::Phone.name(), &f.phone),
            (Field::Postcode.name(), &f.postcode),
            (Field::HouseNumber.name(), &f.house_number),
            (Field::HouseNumberAddition.name(), &f.house_number_addition),
            (Field::TravelKm.name(), &f.travel_km),
            (Field::AvailableFrom.name(), &f.available_from),
            (Field::AvailableUntil.name(), &f.available_until),
            (Field::HoursPerWeek.name(), &f.hours_per_week),
            (Field::AvailabilityNotes.name(), &f.availability_notes),
            (Field::BigNumber.name(), &f.big_number),
            (Field::BigProfession.name(), &f.big_profession),
            (Field::BigStatus.name(), &f.big_status),
            (Field::BigExpiredOn.name(), &f.big_expired_on),
            (Field::DiplomaLevel.name(), &f.diploma_level),
            (Field::DiplomaField.name(), &f.diploma_field),
            (Field::StudentField.name(), &f.student_field),
            (Field::StudentYear.name(), &f.student_year),
            (Field::Vog.name(), &f.vog),
            (Field::Motivation.name(), &f.motivation),
        ]
    }

    /// The two texts that are not answers: which consent text, which language.
    pub fn meta_fields(&self) -> [(&'static str, &String); 2] {
        [
            (Field::ConsentVersion.name(), &self.consent_version),
            (Field::Language.name(), &self.language),
        ]
    }

    pub fn list_fields(&self) -> [(&'static str, &Vec<String>); 4] {
        let f = self;
        [
            (Field::Dayparts.name(), &f.dayparts),
            (Field::Courses.name(), &f.courses),
            (Field::Languages.name(), &f.languages),
            (Field::Sectors.name(), &f.sectors),
        ]
    }

    pub fn yes_no_fields(&self) -> [(&'static str, Option<bool>); 3] {
        let f = self;
        [
            (Field::CareBackground.name(), f.care_background),
            (Field::BigRegistered.name(), f.big_registered),
            (Field::Student.name(), f.student),
        ]
    }

    pub fn flag_fields(&self) -> [(&'static str, bool); 2] {
        [
            (Field::ConsentCrisis.name(), self.consent_crisis),
            (Field::ConsentReservist.name(), self.consent_reservist),
        ]
    }

    /// Sets a field by wire name from a codec; unknown names are ignored.
    pub fn set_text(&mut self, name: &str, value: String) {
        let f = self;
        let slot = match name {
            "given_names" => &mut f.given_names,
            "name_prefix" => &mut f.name_prefix,
            "surname" => &mut f.surname,
            "birth_date" => &mut f.birth_date,
            "email" => &mut f.email,
            "phone" => &mut f.phone,
            "postcode" => &mut f.postcode,
            "house_number" => &mut f.house_number,
            "house_number_addition" => &mut f.house_number_addition,
            "travel_km" => &mut f.travel_km,
            "available_from" => &mut f.available_from,
            "available_until" => &mut f.available_until,
            "hours_per_week" => &mut f.hours_per_week,
            "availability_notes" => &mut f.availability_notes,
            "big_number" => &mut f.big_number,
            "big_profession" => &mut f.big_profession,
            "big_status" => &mut f.big_status,
            "big_expired_on" => &mut f.big_expired_on,
            "diploma_level" => &mut f.diploma_level,
            "diploma_field" => &mut f.diploma_field,
            "student_field" => &mut f.student_field,
            "student_year" => &mut f.student_year,
            "vog" => &mut f.vog,
            "motivation" => &mut f.motivation,
            "consent_version" => &mut f.consent_version,
            "language" => &mut f.language,
            _ => return,
        };
        *slot = value;
    }

    pub fn set_list(&mut self, name: &str, value: Vec<String>) {
        let slot = match name {
            "dayparts" => &mut self.dayparts,
            "courses" => &mut self.courses,
            "languages" => &mut self.languages,
            "sectors" => &mut self.sectors,
            _ => return,
        };
        *slot = value;
    }

    pub fn set_yes_no(&mut self, name: &str, value: Option<bool>) {
        let slot = match name {
            "care_background" => &mut self.care_background,
            "big_registered" => &mut self.big_registered,
            "student" => &mut self.student,
            _ => return,
        };
        *slot = value;
    }

    pub fn set_flag(&mut self, name: &str, value: bool) {
        let slot = match name {
            "consent_crisis" => &mut self.consent_crisis,
            "consent_reservist" => &mut self.consent_reservist,
            _ => return,
        };
        *slot = value;
    }
}

impl RegistrationForm {
    fn parse_sectors(&self) -> Result<Vec<Sector>, ErrorCode> {
        match parse_codes(&self.sectors, Sector::ALL, Sector::code) {
            None => Err(ErrorCode::SectorsInvalid),
            Some(s) if s.is_empty() => Err(ErrorCode::SectorsMissing),
            Some(s) => Ok(s),
        }
    }

    fn parse_availability(&self, today: Date) -> Result<Availability, Vec<ErrorCode>> {
        Availability::parse(
            &AvailabilityInput {
                from: &self.available_from,
                until: &self.available_until,
                hours_per_week: &self.hours_per_week,
                dayparts: &self.dayparts,
                notes: &self.availability_notes,
            },
            today,
        )
    }

    /// Parses only what `ProfileUpdate` holds; the other fields are ignored.
    pub fn parse_profile(&self, today: Date) -> Result<ProfileUpdate, Vec<FieldError>> {
        let mut e = Vec::new();
        let travel = take(TravelDistance::parse(&self.travel_km), &mut e);
        let availability = take_all(self.parse_availability(today), &mut e);
        let background = take_all(Background::parse(&self.background_input(), today), &mut e);
        let sectors = take(self.parse_sectors(), &mut e);
        match (travel, availability, background, sectors) {
            (Some(travel), Some(availability), Some(background), Some(sectors)) => {
                Ok(ProfileUpdate {
                    travel,
                    availability,
                    background,
                    sectors,
                })
            }
            _ => Err(ErrorCode::ALL
                .iter()
                .copied()
                .filter(|c| e.contains(c))
                .map(FieldError)
                .collect()),
        }
    }

    /// Parses everything; on failure returns every problem, in field order.
    /// `today` is the person's date (the app) or the latest date anywhere on
    /// Earth (the server), so a 16th birthday counts from its first hour.
    pub fn parse(&self, today: Date) -> Result<Registration, Vec<FieldError>> {
        let mut e = Vec::new();
        let name = take_all(
            PersonName::parse(&self.given_names, &self.name_prefix, &self.surname),
            &mut e,
        );
        let birth_date = take(parse_birth_date(&self.birth_date, today), &mut e);
        let email = take(Email::parse(&self.email), &mut e);
        let phone = take(PhoneNumber::parse(&self.phone), &mut e);
        let postcode = take(Postcode::parse(&self.postcode), &mut e);
        let house_number = take(
            HouseNumber::parse(&self.house_number, &self.house_number_addition),
            &mut e,
        );
        let travel = take(TravelDistance::parse(&self.travel_km), &mut e);
        let availability = take_all(self.parse_availability(today), &mut e);
        let background = take_all(Background::parse(&self.background_input(), today), &mut e);
        let sectors = take(self.parse_sectors(), &mut e);
        let motivation = take(
            match self.motivation.trim() {
                "" => Err(ErrorCode::MotivationMissing),
                m => Motivation::from_code(m).ok_or(ErrorCode::MotivationInvalid),
            },
            &mut e,
        );
        if !self.consent_crisis {
            e.push(ErrorCode::ConsentCrisisMissing);
        }
        if self.consent_version != CONSENT_VERSION {
            e.push(ErrorCode::ConsentVersionOutdated);
        }
        let language = take(
            match self.language.trim() {
                "" => Ok(Language::default()),
                l => Language::parse(l).map_err(|_| ErrorCode::LanguageInvalid),
            },
            &mut e,
        );
        // In field order: `ErrorCode::ALL` is declared that way.
        let e: Vec<ErrorCode> = ErrorCode::ALL
            .iter()
            .copied()
            .filter(|c| e.contains(c))
            .collect();
        match (
            name,
            birth_date,
            email,
            phone,
            postcode,
            house_number,
            travel,
            availability,
            background,
            sectors,
            motivation,
            language,
        ) {
            (
                Some(name),
                Some(birth_date),
                Some(email),
                Some(phone),
                Some(postcode),
                Some(house_number),
                Some(travel),
                Some(availability),
                Some(background),
                Some(sectors),
                Some(motivation),
                Some(language),
            ) if e.is_empty() => Ok(Registration {
                name,
                birth_date,
                email,
                phone,
                address: Address {
                    postcode,
                    house_number,
                },
                travel,
                availability,
                background,
                sectors,
                motivation,
                reservist: self.consent_reservist,
                consent_version: self.consent_version.clone(),
                language,
            }),
            _ => Err(e.into_iter().map(FieldError).collect()),
        }
    }

    /// The problems on one step of the wizard.
    pub fn errors_on(&self, step: Step, today: Date) -> Vec<ErrorCode> {
        match self.parse(today) {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .into_iter()
                .map(FieldError::code)
                .filter(|c| c.field().step() == Some(step))
                .collect(),
        }
    }

    fn background_input(&self) -> BackgroundInput<'_> {
        BackgroundInput {
            care_background: self.care_background,
            big_registered: self.big_registered,
            big_number: &self.big_number,
            big_profession: &self.big_profession,
            big_status: &self.big_status,
            big_expired_on: &self.big_expired_on,
            diploma_level: &self.diploma_level,
            diploma_field: &self.diploma_field,
            student: self.student,
            student_field: &self.student_field,
            student_year: &self.student_year,
            courses: &self.courses,
            vog: &self.vog,
            languages: &self.languages,
        }
    }

    /// A complete, valid example (documentation, tests, demo data),
    /// available from a week after `today` for four months.
    pub fn example(today: Date) -> RegistrationForm {
        let s = |v: &str| v.to_owned();
        let in_days = |n| today.add_days(n).unwrap_or(today).to_string();
        let list = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect();
        RegistrationForm {
            given_names: s("Sanne"),
            name_prefix: s("van der"),
            surname: s("Berg"),
            birth_date: s("1994-03-12"),
            email: s("sanne.vanderberg@example.nl"),
            phone: s("06-12345678"),
            postcode: s("3511 AB"),
            house_number: s("12"),
            house_number_addition: s("a"),
            travel_km: s("15"),
            available_from: in_days(7),
            available_until: in_days(127),
            hours_per_week: s("16"),
            dayparts: list(&["mon_morning", "mon_afternoon", "wed_morning", "sat_evening"]),
            availability_notes: s("Not during school holidays."),
            care_background: Some(true),
            big_registered: Some(false),
            diploma_level: s("mbo3"),
            diploma_field: s("Verzorgende IG"),
            student: Some(false),
            courses: list(&["supporting_care_worker"]),
            vog: s("held"),
            languages: list(&["nl", "en"]),
            sectors: list(&["care", "childcare"]),
            motivation: s("crisis_help"),
            consent_crisis: true,
            consent_reservist: true,
            consent_version: s(CONSENT_VERSION),
            language: s("nl"),
            ..RegistrationForm::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap()
    }

    #[test]
    fn the_example_parses() {
        let r = RegistrationForm::example(today()).parse(today()).unwrap();
        assert_eq!(r.name.full(), "Sanne van der Berg");
        assert_eq!(r.phone.as_str(), "+31612345678");
        assert_eq!(r.address.postcode.to_string(), "3511 AB");
        assert_eq!(r.address.house_number.to_string(), "12A");
        assert_eq!(r.sectors, [Sector::Care, Sector::Childcare]);
        assert!(r.reservist);
        assert_eq!(r.language, Language::Nl);
    }

    #[test]
    fn an_empty_form_names_every_required_field_in_order() {
        let errors: Vec<_> = RegistrationForm::default()
            .parse(today())
            .unwrap_err()
            .into_iter()
            .map(FieldError::code)
            .collect();
        assert_eq!(
            errors,
            [
                GivenNamesMissing,
                SurnameMissing,
                BirthDateMissing,
                EmailMissing,
                PhoneMissing,
                PostcodeMissing,
                HouseNumberMissing,
                TravelKmMissing,
                AvailableFromMissing,
                HoursPerWeekMissing,
                DaypartsMissing,
                CareBackgroundMissing,
                DiplomaLevelMissing,
                StudentMissing,
                VogMissing,
                LanguagesMissing,
                SectorsMissing,
                MotivationMissing,
                ConsentCrisisMissing,
                ConsentVersionOutdated,
            ]
        );
        let fields: Vec<Field> = errors.iter().map(|e| e.field()).collect();
        let mut sorted = fields.clone();
        sorted.sort();
        assert_eq!(fields, sorted);
    }

    #[test]
    fn age_rules() {
        assert_eq!(
            parse_birth_date("2010-11-24", today()),
            Ok(Date::new(2010, 11, 24).unwrap())
        );
        assert_eq!(
            parse_birth_date("2010-11-25", today()),
            Err(BirthDateTooYoung)
        );
        assert_eq!(
            parse_birth_date("2027-01-01", today()),
            Err(BirthDateInFuture)
        );
        assert_eq!(
            parse_birth_date("1925-01-01", today()),
            Err(BirthDateImplausible)
        );
        assert_eq!(
            parse_birth_date("24-11-1990", today()),
            Err(BirthDateInvalid)
        );
    }

    #[test]
    fn errors_per_step() {
        let mut form = RegistrationForm::example(today());
        form.email = "nope".into();
        form.hours_per_week = "99".into();
        assert_eq!(form.errors_on(Step::Contact, today()), [EmailInvalid]);
        assert_eq!(
            form.errors_on(Step::Availability, today()),
            [HoursPerWeekInvalid]
        );
        assert!(form.errors_on(Step::Name, today()).is_empty());
    }

    #[test]
    fn a_profile_update_checks_only_what_can_change() {
        let mut form = RegistrationForm::example(today());
        form.email = "not checked here".into();
        form.consent_crisis = false;
        let update = form.parse_profile(today()).unwrap();
        assert_eq!(update.sectors, [Sector::Care, Sector::Childcare]);
        form.hours_per_week = "0".into();
        form.sectors = Vec::new();
        let codes: Vec<_> = form
            .parse_profile(today())
            .unwrap_err()
            .into_iter()
            .map(FieldError::code)
            .collect();
        assert_eq!(codes, [HoursPerWeekInvalid, SectorsMissing]);
    }

    #[test]
    fn consent_is_mandatory_and_versioned() {
        let mut form = RegistrationForm::example(today());
        form.consent_crisis = false;
        form.consent_version = "2020-01-01".into();
        let codes: Vec<_> = form
            .parse(today())
            .unwrap_err()
            .into_iter()
            .map(FieldError::code)
            .collect();
        assert_eq!(codes, [ConsentCrisisMissing, ConsentVersionOutdated]);
    }

    #[test]
    fn lenient_json_from_other_clients() {
        let json = r#"{"given_names": "Jan", "name_prefix": null, "travel_km": 15, "hours_per_week": 16.0,
                       "dayparts": null, "consent_crisis": null, "unknown_field": [1,2]}"#;
        let form: RegistrationForm = serde_json::from_str(json).unwrap();
        assert_eq!(
            (
                form.name_prefix.as_str(),
                form.travel_km.as_str(),
                form.hours_per_week.as_str()
            ),
            ("", "15", "16")
        );
        assert!(form.dayparts.is_empty() && !form.consent_crisis);
        assert!(serde_json::from_str::<RegistrationForm>(r#"{"email": {"x": 1}}"#).is_err());
        assert!(serde_json::from_str::<RegistrationForm>(r#"{"sectors": "care"}"#).is_err());
    }

    #[test]
    fn the_field_lists_cover_every_serialised_field() {
        let form = RegistrationForm::example(today());
        let json = serde_json::to_value(&form).unwrap();
        let mut listed: Vec<&str> = form.text_fields().iter().map(|(n, _)| *n).collect();
        listed.extend(form.meta_fields().iter().map(|(n, _)| *n));
        listed.extend(form.list_fields().iter().map(|(n, _)| *n));
        listed.extend(form.yes_no_fields().iter().map(|(n, _)| *n));
        listed.extend(form.flag_fields().iter().map(|(n, _)| *n));
        listed.sort_unstable();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(listed, keys);

        // Setting every field by name from the lists rebuilds the same form.
        let mut copy = RegistrationForm::default();
        for (name, value) in form.text_fields().into_iter().chain(form.meta_fields()) {
            copy.set_text(name, value.clone());
        }
        for (name, value) in form.list_fields() {
            copy.set_list(name, value.clone());
        }
        for (name, value) in form.yes_no_fields() {
            copy.set_yes_no(name, value);
        }
        for (name, value) in form.flag_fields() {
            copy.set_flag(name, value);
        }
        assert_eq!(copy, form);
    }

    #[test]
    fn the_form_survives_a_round_trip_through_device_storage() {
        let form = RegistrationForm::example(today());
        let json = serde_json::to_string(&form).unwrap();
        assert_eq!(
            serde_json::from_str::<RegistrationForm>(&json).unwrap(),
            form
        );
    }
}
