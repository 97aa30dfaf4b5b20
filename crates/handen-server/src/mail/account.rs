//! Mail about a person's own registration. Links carry their token in the
//! URL fragment (`#token=`), which browsers never send to a server, so it
//! cannot end up in any access log.

use super::Mail;
use handen_core::Language;

fn language(code: &str) -> Language {
    Language::parse(code).unwrap_or_default()
}

pub fn sign_in(to: &str, name: &str, lang: &str, link: &str) -> Mail {
    let (subject, body) = match language(lang) {
        Language::Nl => (
            "Je link om in te loggen bij Handen".to_owned(),
            format!(
                "Beste {name},\n\nMet deze link kom je bij je aanmelding. Hij werkt één keer en 30 minuten lang:\n\n{link}\n\n\
                 Heb je niet om deze link gevraagd? Dan kun je deze e-mail negeren; er verandert niets.\n\nHanden\n"
            ),
        ),
        Language::En => (
            "Your link to sign in to Handen".to_owned(),
            format!(
                "Dear {name},\n\nThis link takes you to your registration. It works once, for 30 minutes:\n\n{link}\n\n\
                 Did you not ask for this link? Then you can ignore this e-mail; nothing changes.\n\nHanden\n"
            ),
        ),
    };
    Mail {
        to: to.to_owned(),
        subject,
        body,
    }
}

pub fn confirm_email(to: &str, name: &str, lang: &str, link: &str) -> Mail {
    let (subject, body) = match language(lang) {
        Language::Nl => (
            "Bevestig je nieuwe e-mailadres voor Handen".to_owned(),
            format!(
                "Beste {name},\n\nJe wilt dit adres gebruiken voor Handen. Bevestig dat met deze link:\n\n{link}\n\n\
                 Tot je bevestigt, blijft je oude adres gelden.\n\nHanden\n"
            ),
        ),
        Language::En => (
            "Confirm your new e-mail address for Handen".to_owned(),
            format!(
                "Dear {name},\n\nYou want to use this address for Handen. Confirm it with this link:\n\n{link}\n\n\
                 Until you do, your old address stays in use.\n\nHanden\n"
            ),
        ),
    };
    Mail {
        to: to.to_owned(),
        subject,
        body,
    }
}

pub struct ReminderLinks<'a> {
    pub yes: &'a str,
    pub change: &'a str,
    pub pause: &'a str,
}

pub fn still_available(
    to: &str,
    name: &str,
    lang: &str,
    second: bool,
    links: &ReminderLinks<'_>,
) -> Mail {
    let ReminderLinks { yes, change, pause } = links;
    let (subject, body) = match language(lang) {
        Language::Nl => (
            if second { "Herinnering: ben je nog beschikbaar?" } else { "Ben je nog beschikbaar?" }.to_owned(),
            format!(
                "Beste {name},\n\nOrganisaties zoeken mensen die nu beschikbaar zijn. Klopt je beschikbaarheid nog?\n\n\
                 Ja, zoals het was: {yes}\n\nIk wil iets veranderen: {change}\n\nIk wil even pauzeren: {pause}\n\n{}Handen\n",
                if second {
                    "Horen we niets, dan laten we je voorlopig buiten de groepen die organisaties zien. Je blijft aangemeld.\n\n"
                } else {
                    ""
                }
            ),
        ),
        Language::En => (
            if second { "Reminder: are you still available?" } else { "Are you still available?" }.to_owned(),
            format!(
                "Dear {name},\n\nOrganisations look for people who are available now. Is your availability still right?\n\n\
                 Yes, as before: {yes}\n\nI want to change something: {change}\n\nI want to pause for a while: {pause}\n\n{}Handen\n",
                if second {
                    "If we do not hear from you, we leave you out of the pools organisations see for now. You stay registered.\n\n"
                } else {
                    ""
                }
            ),
        ),
    };
    Mail {
        to: to.to_owned(),
        subject,
        body,
    }
}

pub fn erased(to: &str, lang: &str) -> Mail {
    let (subject, body) = match language(lang) {
        Language::Nl => (
            "Je gegevens bij Handen zijn verwijderd".to_owned(),
            "Hallo,\n\nJe hebt je toestemming ingetrokken. We hebben je aanmelding en alles wat je ons gaf verwijderd. \
             We bewaren alleen een telling, zonder wie je bent.\n\nDank je wel dat je wilde helpen.\n\nHanden\n"
                .to_owned(),
        ),
        Language::En => (
            "Your data at Handen has been erased".to_owned(),
            "Hello,\n\nYou withdrew your consent. We have erased your registration and everything you gave us. \
             We keep only a count, without who you are.\n\nThank you for offering to help.\n\nHanden\n"
                .to_owned(),
        ),
    };
    Mail {
        to: to.to_owned(),
        subject,
        body,
    }
}

/// Retention: the crisis consent ended and the person did not agree to stay
/// on as a reservist.
pub fn erased_after_crisis(to: &str, lang: &str) -> Mail {
    let (subject, body) = match language(lang) {
        Language::Nl => (
            "De crisis is voorbij: je gegevens bij Handen zijn verwijderd".to_owned(),
            "Hallo,\n\nJe gaf toestemming om je gegevens te bewaren tijdens de crisis. Die periode is voorbij, \
             dus hebben we je aanmelding en alles wat je ons gaf verwijderd, zoals beloofd. \
             We bewaren alleen een telling, zonder wie je bent.\n\nDank je wel dat je wilde helpen.\n\nHanden\n"
                .to_owned(),
        ),
        Language::En => (
            "The crisis is over: your data at Handen has been erased".to_owned(),
            "Hello,\n\nYou agreed that we keep your data during the crisis. That period is over, \
             so we have erased your registration and everything you gave us, as promised. \
             We keep only a count, without who you are.\n\nThank you for offering to help.\n\nHanden\n"
                .to_owned(),
        ),
    };
    Mail {
        to: to.to_owned(),
        subject,
        body,
    }
}

/// Sent to the address on file when someone starts a sign-up that looks
/// like this registration: the page that started it says only that a link
/// may have been sent, so a stranger learns nothing.
pub fn already_registered(to: &str, name: &str, lang: &str, link: &str) -> Mail {
    let (subject, body) = match language(lang) {
        Language::Nl => (
            "Je bent al aangemeld bij Handen".to_owned(),
            format!(
                "Beste {name},\n\nEr is een nieuwe aanmelding begonnen met gegevens die lijken op die van jouw aanmelding. \
                 Was jij dat? Werk dan met deze link je bestaande aanmelding bij. Hij werkt één keer en 30 minuten lang:\n\n{link}\n\n\
                 Zo houden we één aanmelding per persoon en bellen we je niet twee keer.\n\
                 Was jij het niet? Dan kun je deze e-mail negeren.\n\nHanden\n"
            ),
        ),
        Language::En => (
            "You have already signed up with Handen".to_owned(),
            format!(
                "Dear {name},\n\nSomeone started a new sign-up with details like those of your registration. \
                 Was that you? Then update your existing registration with this link. It works once, for 30 minutes:\n\n{link}\n\n\
                 That way we keep one registration per person and do not call you twice.\n\
                 Was it not you? Then you can ignore this e-mail.\n\nHanden\n"
            ),
        ),
    };
    Mail {
        to: to.to_owned(),
        subject,
        body,
    }
}
