//! Problems with an employer's input. A separate set from
//! [`crate::ErrorCode`]: the volunteers' apps never show these, so their
//! messages live only in the recruiters' app.

use crate::code_enum;

code_enum! {
    pub enum EmployerError {
        NameMissing => "name_missing",
        NameTooLong => "name_too_long",
        KvkMissing => "kvk_missing",
        KvkInvalid => "kvk_invalid",
        SectorInvalid => "sector_invalid",
        PostcodeMissing => "postcode_missing",
        PostcodeInvalid => "postcode_invalid",
        ContactNameMissing => "contact_name_missing",
        ContactNameTooLong => "contact_name_too_long",
        ContactEmailMissing => "contact_email_missing",
        ContactEmailInvalid => "contact_email_invalid",
        PackageInvalid => "package_invalid",
        PeopleInvalid => "people_invalid",
        StartsOnMissing => "starts_on_missing",
        StartsOnInvalid => "starts_on_invalid",
        StartsOnPast => "starts_on_past",
        EndsOnInvalid => "ends_on_invalid",
        EndsOnBeforeStart => "ends_on_before_start",
        DaypartsMissing => "dayparts_missing",
        DaypartsInvalid => "dayparts_invalid",
        HoursInvalid => "hours_invalid",
        NotesTooLong => "notes_too_long",
        OutcomeInvalid => "outcome_invalid",
        ReasonMissing => "reason_missing",
        ReasonInvalid => "reason_invalid",
        NoteTooLong => "note_too_long",
        MaxKmInvalid => "max_km_invalid",
    }
}

impl EmployerError {
    /// The field (JSON key and input id) the problem belongs to.
    pub fn field(self) -> &'static str {
        use EmployerError as E;
        match self {
            E::NameMissing | E::NameTooLong => "name",
            E::KvkMissing | E::KvkInvalid => "kvk",
            E::SectorInvalid => "sector",
            E::PostcodeMissing | E::PostcodeInvalid => "postcode",
            E::ContactNameMissing | E::ContactNameTooLong => "contact_name",
            E::ContactEmailMissing | E::ContactEmailInvalid => "contact_email",
            E::PackageInvalid => "package",
            E::PeopleInvalid => "people",
            E::StartsOnMissing | E::StartsOnInvalid | E::StartsOnPast => "starts_on",
            E::EndsOnInvalid | E::EndsOnBeforeStart => "ends_on",
            E::DaypartsMissing | E::DaypartsInvalid => "dayparts",
            E::HoursInvalid => "hours_per_week",
            E::NotesTooLong => "notes",
            E::OutcomeInvalid => "outcome",
            E::ReasonMissing | E::ReasonInvalid => "reason",
            E::NoteTooLong => "note",
            E::MaxKmInvalid => "max_km",
        }
    }
}
