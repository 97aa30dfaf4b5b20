//! The consent texts, versioned. The browser shows exactly these words; the
//! server records which version was agreed to, in which language, the
//! SHA-256 of the exact text and when. Changing a word means a new version.

use crate::code_enum;
use crate::Language;

/// The version of the consent texts below. Bump it with every change.
pub const CONSENT_VERSION: &str = "2026-11-24";

code_enum! {
    pub enum ConsentKind {
        /// Mandatory: sharing data with organisations during the crisis.
        Crisis => "crisis",
        /// Optional: staying on file as a reservist afterwards.
        Reservist => "reservist",
    }
}

impl ConsentKind {
    pub fn text(self, language: Language) -> &'static str {
        match (self, language) {
            (ConsentKind::Crisis, Language::Nl) => CRISIS_NL,
            (ConsentKind::Crisis, Language::En) => CRISIS_EN,
            (ConsentKind::Reservist, Language::Nl) => RESERVIST_NL,
            (ConsentKind::Reservist, Language::En) => RESERVIST_EN,
        }
    }
}

const CRISIS_NL: &str = "Ik geef toestemming dat Handen mijn gegevens bewaart en deelt met zorginstellingen, scholen, gemeenten en kinderopvangorganisaties, om mij tijdens deze crisis in te zetten. Organisaties zien mijn naam en contactgegevens pas als ik ja zeg tegen een kennismaking. Ik kan deze toestemming altijd intrekken; dan worden mijn gegevens verwijderd.";
const CRISIS_EN: &str = "I agree that Handen keeps my data and shares it with care organisations, schools, municipalities and childcare organisations, to deploy me during this crisis. Organisations see my name and contact details only once I say yes to an introduction. I can withdraw this consent at any time; my data is then erased.";
const RESERVIST_NL: &str = "Ik wil na de crisis als reservist bekend blijven. Handen mag mijn gegevens daarvoor bewaren en mij benaderen bij een volgende crisis. Ik kan dit altijd intrekken.";
const RESERVIST_EN: &str = "I want to stay on file as a reservist after the crisis. Handen may keep my data for that and contact me in a next crisis. I can withdraw this at any time.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_text_in_every_language() {
        for kind in ConsentKind::ALL {
            for language in Language::ALL {
                assert!(kind.text(language).len() > 80, "{kind:?} {language:?}");
            }
        }
        assert_ne!(
            ConsentKind::Crisis.text(Language::Nl),
            ConsentKind::Crisis.text(Language::En)
        );
    }
}
