//! The fields people fill in, their wire names, and which step of the
//! sign-up asks for them (so an error from the server leads back to the
//! right page). Fields of other forms (signing in, pausing) have no step.

macro_rules! fields {
    ($($variant:ident => $name:literal, $step:expr;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $($variant,)*
        }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$variant,)*];

            /// The JSON key and the HTML input id.
            pub fn name(self) -> &'static str {
                match self {
                    $(Field::$variant => $name,)*
                }
            }

            pub fn step(self) -> Option<Step> {
                match self {
                    $(Field::$variant => $step,)*
                }
            }
        }
    };
}

fields! {
    GivenNames => "given_names", Some(Step::Name);
    NamePrefix => "name_prefix", Some(Step::Name);
    Surname => "surname", Some(Step::Name);
    BirthDate => "birth_date", Some(Step::Name);
    Email => "email", Some(Step::Contact);
    Phone => "phone", Some(Step::Contact);
    Postcode => "postcode", Some(Step::Address);
    HouseNumber => "house_number", Some(Step::Address);
    HouseNumberAddition => "house_number_addition", Some(Step::Address);
    TravelKm => "travel_km", Some(Step::Address);
    AvailableFrom => "available_from", Some(Step::Availability);
    AvailableUntil => "available_until", Some(Step::Availability);
    HoursPerWeek => "hours_per_week", Some(Step::Availability);
    Dayparts => "dayparts", Some(Step::Availability);
    AvailabilityNotes => "availability_notes", Some(Step::Availability);
    CareBackground => "care_background", Some(Step::Background);
    BigRegistered => "big_registered", Some(Step::Background);
    BigNumber => "big_number", Some(Step::Background);
    BigProfession => "big_profession", Some(Step::Background);
    BigStatus => "big_status", Some(Step::Background);
    BigExpiredOn => "big_expired_on", Some(Step::Background);
    DiplomaLevel => "diploma_level", Some(Step::Background);
    DiplomaField => "diploma_field", Some(Step::Background);
    Student => "student", Some(Step::Background);
    StudentField => "student_field", Some(Step::Background);
    StudentYear => "student_year", Some(Step::Background);
    Courses => "courses", Some(Step::Background);
    Vog => "vog", Some(Step::Background);
    Languages => "languages", Some(Step::Background);
    Sectors => "sectors", Some(Step::Interests);
    Motivation => "motivation", Some(Step::Interests);
    ConsentCrisis => "consent_crisis", Some(Step::Consent);
    ConsentReservist => "consent_reservist", Some(Step::Consent);
    ConsentVersion => "consent_version", Some(Step::Consent);
    Language => "language", Some(Step::Consent);
    SignInAddress => "address", None;
    PauseUntil => "pause_until", None;
    PauseReason => "pause_reason", None;
}

/// The sign-up wizard's steps, in order. Each has its own URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Name,
    Contact,
    Address,
    Availability,
    Background,
    Interests,
    Consent,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Name,
        Step::Contact,
        Step::Address,
        Step::Availability,
        Step::Background,
        Step::Interests,
        Step::Consent,
    ];

    /// The URL segment: `/sign-up/<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Name => "name",
            Step::Contact => "contact",
            Step::Address => "address",
            Step::Availability => "availability",
            Step::Background => "background",
            Step::Interests => "interests",
            Step::Consent => "consent",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    pub fn fields(self) -> impl Iterator<Item = Field> {
        Field::ALL
            .iter()
            .copied()
            .filter(move |f| f.step() == Some(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_walk_in_order_and_every_step_has_fields() {
        assert_eq!(Step::Name.previous(), None);
        assert_eq!(Step::Consent.next(), None);
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
            assert!(step.fields().count() > 0, "{step:?}");
            if let Some(next) = step.next() {
                assert_eq!(next.previous(), Some(step));
            }
        }
    }

    #[test]
    fn field_names_are_unique() {
        let mut names: Vec<_> = Field::ALL.iter().map(|f| f.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Field::ALL.len());
    }
}
