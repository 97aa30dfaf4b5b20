//! Words for codes: every choice and every error in the current language.
//! The matches are exhaustive, so a new code in core is a compile error
//! here until it has its words.

use crate::i18n::Texts;
use handen_core::account::PauseReason;
use handen_core::availability::{Daypart, Slot, Weekday};
use handen_core::background::{BigProfession, Course, DiplomaLevel, SpokenLanguage, Vog};
use handen_core::interest::{Motivation, Sector};
use handen_core::{Date, ErrorCode};

pub fn error(t: &'static Texts, code: ErrorCode) -> &'static str {
    t.errors.get(code.code()).unwrap_or(t.errors.unknown)
}

pub fn weekday(t: &'static Texts, day: Weekday) -> &'static str {
    let o = &t.options;
    match day {
        Weekday::Mon => o.mon,
        Weekday::Tue => o.tue,
        Weekday::Wed => o.wed,
        Weekday::Thu => o.thu,
        Weekday::Fri => o.fri,
        Weekday::Sat => o.sat,
        Weekday::Sun => o.sun,
    }
}

pub fn weekday_short(t: &'static Texts, day: Weekday) -> &'static str {
    let o = &t.options;
    match day {
        Weekday::Mon => o.mon_short,
        Weekday::Tue => o.tue_short,
        Weekday::Wed => o.wed_short,
        Weekday::Thu => o.thu_short,
        Weekday::Fri => o.fri_short,
        Weekday::Sat => o.sat_short,
        Weekday::Sun => o.sun_short,
    }
}

pub fn daypart(t: &'static Texts, part: Daypart) -> &'static str {
    let o = &t.options;
    match part {
        Daypart::Morning => o.morning,
        Daypart::Afternoon => o.afternoon,
        Daypart::Evening => o.evening,
        Daypart::Night => o.night,
    }
}

pub fn big_profession(t: &'static Texts, p: BigProfession) -> &'static str {
    let o = &t.options;
    match p {
        BigProfession::Doctor => o.doctor,
        BigProfession::Nurse => o.nurse,
        BigProfession::Pharmacist => o.pharmacist,
        BigProfession::Physiotherapist => o.physiotherapist,
        BigProfession::HealthcarePsychologist => o.healthcare_psychologist,
        BigProfession::Psychotherapist => o.psychotherapist,
        BigProfession::Dentist => o.dentist,
        BigProfession::Midwife => o.midwife,
        BigProfession::PhysicianAssistant => o.physician_assistant,
    }
}

pub fn diploma_level(t: &'static Texts, level: DiplomaLevel) -> &'static str {
    let o = &t.options;
    match level {
        DiplomaLevel::None => o.diploma_none,
        DiplomaLevel::Mbo1 => o.mbo1,
        DiplomaLevel::Mbo2 => o.mbo2,
        DiplomaLevel::Mbo3 => o.mbo3,
        DiplomaLevel::Mbo4 => o.mbo4,
        DiplomaLevel::Hbo => o.hbo,
        DiplomaLevel::Wo => o.wo,
    }
}

pub fn course(t: &'static Texts, course: Course) -> &'static str {
    let o = &t.options;
    match course {
        Course::SupportingCareWorker => o.supporting_care_worker,
        Course::Host => o.host,
        Course::FirstAid => o.first_aid,
        Course::EmergencyResponse => o.emergency_response,
        Course::InfectionPrevention => o.infection_prevention,
    }
}

pub fn vog(t: &'static Texts, vog: Vog) -> &'static str {
    let o = &t.options;
    match vog {
        Vog::Held => o.vog_held,
        Vog::WillingToRequest => o.vog_willing,
        Vog::No => o.vog_no,
    }
}

pub fn spoken_language(t: &'static Texts, language: SpokenLanguage) -> &'static str {
    let o = &t.options;
    match language {
        SpokenLanguage::Dutch => o.lang_nl,
        SpokenLanguage::English => o.lang_en,
        SpokenLanguage::German => o.lang_de,
        SpokenLanguage::French => o.lang_fr,
        SpokenLanguage::Spanish => o.lang_es,
        SpokenLanguage::Polish => o.lang_pl,
        SpokenLanguage::Turkish => o.lang_tr,
        SpokenLanguage::Arabic => o.lang_ar,
        SpokenLanguage::Tamazight => o.lang_ber,
        SpokenLanguage::Papiamento => o.lang_pap,
        SpokenLanguage::Ukrainian => o.lang_uk,
        SpokenLanguage::Other => o.lang_other,
    }
}

pub fn sector(t: &'static Texts, sector: Sector) -> &'static str {
    let o = &t.options;
    match sector {
        Sector::Care => o.care,
        Sector::Education => o.education,
        Sector::Enforcement => o.enforcement,
        Sector::Childcare => o.childcare,
    }
}

pub fn motivation(t: &'static Texts, motivation: Motivation) -> &'static str {
    let o = &t.options;
    match motivation {
        Motivation::HelpDuringCrisis => o.crisis_help,
        Motivation::TemporarilyWithoutWork => o.without_work,
        Motivation::ConsideringCareSwitch => o.care_switch,
    }
}

/// "vrijdag 27 november 2026".
pub fn long_date(t: &'static Texts, date: Date) -> String {
    let day = Weekday::ALL
        .get(usize::from(date.weekday()))
        .copied()
        .unwrap_or(Weekday::Mon);
    let month = t
        .months
        .get(&format!("m{}", date.month()))
        .unwrap_or_default();
    format!("{} {} {month} {}", weekday(t, day), date.day(), date.year())
}

/// "maandag ochtend, dinsdag middag" from slot codes.
pub fn slots(t: &'static Texts, codes: &[String]) -> String {
    codes
        .iter()
        .filter_map(|c| Slot::parse(c))
        .map(|s| format!("{} {}", weekday(t, s.day), daypart(t, s.part)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "dinsdag 24 november 2026" from an ISO date or a stored timestamp.
pub fn day_of(t: &'static Texts, iso: &str) -> String {
    iso.get(..10)
        .and_then(|d| Date::parse_iso(d).ok())
        .map(|d| long_date(t, d))
        .unwrap_or_default()
}

/// "vanaf {date}" or "{from} tot en met {until}", with the dates in words;
/// an empty `until` is open-ended.
pub fn period(t: &'static Texts, from: &str, until: &str, open: &str, range: &str) -> String {
    let from = day_of(t, from);
    if until.is_empty() {
        crate::i18n::fill(open, &[("date", &from)])
    } else {
        crate::i18n::fill(range, &[("from", &from), ("until", &day_of(t, until))])
    }
}

pub fn pause_reason(t: &'static Texts, reason: PauseReason) -> &'static str {
    let f = &t.account_fields;
    match reason {
        PauseReason::PlacedElsewhere => f.reason_placed_elsewhere,
        PauseReason::Ill => f.reason_ill,
        PauseReason::Holiday => f.reason_holiday,
        PauseReason::Other => f.reason_other,
    }
}
