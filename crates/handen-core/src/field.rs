//! The fields of a registration, their wire names, and which step of the
//! sign-up asks for them (so an error from the server leads back to the
//! right page).

macro_rules! fields {
    ($($variant:ident => $name:literal, $step:ident;)*) => {
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

            pub fn step(self) -> Step {
                match self {
                    $(Field::$variant => Step::$step,)*
                }
            }
        }
    };
}

fields! {
    GivenNames => "given_names", Name;
    NamePrefix => "name_prefix", Name;
    Surname => "surname", Name;
    BirthDate => "birth_date", Name;
    Email => "email", Contact;
    Phone => "phone", Contact;
    Postcode => "postcode", Address;
    HouseNumber => "house_number", Address;
    HouseNumberAddition => "house_number_addition", Address;
    TravelKm => "travel_km", Address;
    AvailableFrom => "available_from", Availability;
    AvailableUntil => "available_until", Availability;
    HoursPerWeek => "hours_per_week", Availability;
    Dayparts => "dayparts", Availability;
    AvailabilityNotes => "availability_notes", Availability;
    CareBackground => "care_background", Background;
    BigRegistered => "big_registered", Background;
    BigNumber => "big_number", Background;
    BigProfession => "big_profession", Background;
    BigStatus => "big_status", Background;
    BigExpiredOn => "big_expired_on", Background;
    DiplomaLevel => "diploma_level", Background;
    DiplomaField => "diploma_field", Background;
    Student => "student", Background;
    StudentField => "student_field", Background;
    StudentYear => "student_year", Background;
    Courses => "courses", Background;
    Vog => "vog", Background;
    Languages => "languages", Background;
    Sectors => "sectors", Interests;
    Motivation => "motivation", Interests;
    ConsentCrisis => "consent_crisis", Consent;
    ConsentReservist => "consent_reservist", Consent;
    ConsentVersion => "consent_version", Consent;
    Language => "language", Consent;
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
        Field::ALL.iter().copied().filter(move |f| f.step() == self)
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
