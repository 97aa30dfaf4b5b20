//! Where someone wants to help, and why.

use crate::code_enum;

code_enum! {
    /// The four crisis sectors.
    pub enum Sector {
        Care => "care",
        Education => "education",
        Enforcement => "enforcement",
        Childcare => "childcare",
    }
}

code_enum! {
    pub enum Motivation {
        HelpDuringCrisis => "crisis_help",
        TemporarilyWithoutWork => "without_work",
        ConsideringCareSwitch => "care_switch",
    }
}
