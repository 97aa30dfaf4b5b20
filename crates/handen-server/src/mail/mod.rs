//! The mail Handen sends, in the person's language. Rendered when the event
//! happens and stored in the outbox, so what was sent is what was decided.

pub mod account;
pub mod employer;
pub mod format;
pub mod outbox;
pub mod transport;

use handen_core::api::RegistrationReceipt;
use handen_core::{Language, Registration};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub fn registration_confirmation(
    registration: &Registration,
    receipt: &RegistrationReceipt,
) -> Mail {
    let name = registration.name.given_names();
    let reference = &receipt.reference;
    let by = format::long_date(receipt.first_contact_by, registration.language);
    let (subject, body) = match registration.language {
        Language::Nl => (
            format!("Je aanmelding bij Handen is binnen ({reference})"),
            format!(
                "Beste {name},\n\n\
                 Bedankt dat je wilt helpen. Je aanmelding is goed ontvangen.\n\n\
                 Je referentie: {reference}\n\n\
                 Wat gebeurt er nu?\n\
                 - Uiterlijk {by} neemt een bemiddelaar uit jouw regio contact met je op.\n\
                 - Een organisatie ziet je naam en contactgegevens pas als jij ja zegt tegen een kennismaking.\n\
                 - Je kunt je gegevens en beschikbaarheid altijd bekijken, wijzigen of laten verwijderen.\n\n\
                 Met vriendelijke groet,\nHanden\n"
            ),
        ),
        Language::En => (
            format!("Your Handen sign-up has arrived ({reference})"),
            format!(
                "Dear {name},\n\n\
                 Thank you for offering to help. We have received your sign-up.\n\n\
                 Your reference: {reference}\n\n\
                 What happens next?\n\
                 - By {by}, a recruiter from your region will contact you.\n\
                 - An organisation sees your name and contact details only once you say yes to an introduction.\n\
                 - You can always see, change or erase your details and availability.\n\n\
                 Kind regards,\nHanden\n"
            ),
        ),
    };
    Mail {
        to: registration.email.as_str().to_owned(),
        subject,
        body,
    }
}
