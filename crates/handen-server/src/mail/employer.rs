//! Mail about organisations and introductions: to an organisation's
//! contact person, and to candidates about an organisation that wants to
//! meet them. Candidates' mail never carries more than they may know; the
//! employer's mail names a candidate only after the candidate said yes.

use super::format::long_date;
use super::Mail;
use handen_core::catalogue::find;
use handen_core::{Date, Language};

fn language(code: &str) -> Language {
    Language::parse(code).unwrap_or_default()
}

fn mail(to: &str, (subject, body): (String, String)) -> Mail {
    Mail {
        to: to.to_owned(),
        subject,
        body,
    }
}

/// What an introduction is about, as the candidate reads it.
pub struct Offer<'a> {
    pub organisation: &'a str,
    pub package: &'a str,
    pub place: &'a str,
    pub starts_on: Date,
    pub ends_on: Option<Date>,
    pub hours_per_week: i64,
}

fn package_title(code: &str, lang: Language) -> String {
    find(code).map_or_else(|| code.to_owned(), |p| p.title.get(lang).to_owned())
}

fn period(o: &Offer<'_>, lang: Language) -> String {
    let from = long_date(o.starts_on, lang);
    match (o.ends_on, lang) {
        (Some(end), Language::Nl) => format!("van {from} tot en met {}", long_date(end, lang)),
        (Some(end), Language::En) => format!("from {from} to {}", long_date(end, lang)),
        (None, Language::Nl) => format!("vanaf {from}"),
        (None, Language::En) => format!("from {from}"),
    }
}

pub fn organisation_received(to: &str, name: &str, organisation: &str, lang: &str) -> Mail {
    mail(to, match language(lang) {
        Language::Nl => (
            format!("Aanmelding van {organisation} ontvangen"),
            format!("Beste {name},\n\nWe hebben de aanmelding van {organisation} bij Handen ontvangen. Een beheerder controleert die; \
                     daarna krijg je bericht. Tot dan kun je inloggen, maar zie je nog geen kandidaten.\n\nHanden\n"),
        ),
        Language::En => (
            format!("Registration of {organisation} received"),
            format!("Dear {name},\n\nWe have received the registration of {organisation} with Handen. An administrator checks it; \
                     you will hear from us afterwards. Until then you can sign in, but you will not see any candidates yet.\n\nHanden\n"),
        ),
    })
}

pub fn organisation_decided(
    to: &str,
    name: &str,
    organisation: &str,
    lang: &str,
    approved: bool,
    url: &str,
) -> Mail {
    mail(to, match (language(lang), approved) {
        (Language::Nl, true) => (
            format!("{organisation} is goedgekeurd"),
            format!("Beste {name},\n\n{organisation} is goedgekeurd. Log in om een aanvraag te doen en de beschikbare mensen te zien:\n\n{url}/employer\n\nHanden\n"),
        ),
        (Language::En, true) => (
            format!("{organisation} has been approved"),
            format!("Dear {name},\n\n{organisation} has been approved. Sign in to file a request and see who is available:\n\n{url}/employer\n\nHanden\n"),
        ),
        (Language::Nl, false) => (
            format!("Aanmelding van {organisation} niet goedgekeurd"),
            format!("Beste {name},\n\nWe hebben de aanmelding van {organisation} niet goedgekeurd. Denk je dat dit een vergissing is? Antwoord dan op deze e-mail.\n\nHanden\n"),
        ),
        (Language::En, false) => (
            format!("Registration of {organisation} not approved"),
            format!("Dear {name},\n\nWe have not approved the registration of {organisation}. If you think this is a mistake, reply to this e-mail.\n\nHanden\n"),
        ),
    })
}

pub fn member_sign_in(to: &str, name: &str, lang: &str, link: &str) -> Mail {
    mail(to, match language(lang) {
        Language::Nl => (
            "Je link om in te loggen bij Handen voor organisaties".to_owned(),
            format!("Beste {name},\n\nMet deze link log je in. Hij werkt één keer en 30 minuten lang:\n\n{link}\n\n\
                     Heb je niet om deze link gevraagd? Dan kun je deze e-mail negeren.\n\nHanden\n"),
        ),
        Language::En => (
            "Your link to sign in to Handen for organisations".to_owned(),
            format!("Dear {name},\n\nThis link signs you in. It works once, for 30 minutes:\n\n{link}\n\n\
                     Did you not ask for this link? Then you can ignore this e-mail.\n\nHanden\n"),
        ),
    })
}

/// The introduction mail (or its reminder) for the candidate of `p`.
pub fn introduction_for(
    p: &crate::storage::introductions::Parties,
    link: &str,
    reminder: bool,
) -> Mail {
    let place = crate::places::area(p.place_pc4);
    let date = |s: &str| Date::parse_iso(s).unwrap_or(Date::EPOCH);
    let offer = Offer {
        organisation: &p.organisation,
        package: &p.package,
        place: &place,
        starts_on: date(&p.starts_on),
        ends_on: p.ends_on.as_deref().map(date),
        hours_per_week: p.hours_per_week,
    };
    introduction_asked(
        &p.candidate_email,
        &p.candidate_name,
        &p.candidate_language,
        &offer,
        link,
        reminder,
    )
}

/// To the candidate: an organisation would like to meet them.
fn introduction_asked(
    to: &str,
    name: &str,
    lang: &str,
    offer: &Offer<'_>,
    link: &str,
    reminder: bool,
) -> Mail {
    let l = language(lang);
    let package = package_title(offer.package, l);
    let period = period(offer, l);
    let (org, place, hours) = (offer.organisation, offer.place, offer.hours_per_week);
    mail(to, match l {
        Language::Nl => (
            format!("{}{org} wil kennismaken", if reminder { "Herinnering: " } else { "" }),
            format!("Beste {name},\n\n{org} zoekt mensen voor ‘{package}’ in {place}, {period}, {hours} uur per week, \
                     en wil graag met je kennismaken.\n\nZeg ja of nee op je eigen pagina:\n\n{link}\n\n\
                     Pas als je ja zegt, krijgt {org} je naam, e-mailadres en telefoonnummer. Zeg je nee, dan hoort {org} alleen dat je niet kunt.\n\nHanden\n"),
        ),
        Language::En => (
            format!("{}{org} would like to meet you", if reminder { "Reminder: " } else { "" }),
            format!("Dear {name},\n\n{org} is looking for people for ‘{package}’ in {place}, {period}, {hours} hours a week, \
                     and would like to meet you.\n\nSay yes or no on your own page:\n\n{link}\n\n\
                     Only if you say yes does {org} get your name, e-mail address and phone number. If you say no, {org} only hears that you cannot.\n\nHanden\n"),
        ),
    })
}

/// To the organisation's contact: a candidate answered.
pub fn introduction_answered(
    to: &str,
    name: &str,
    lang: &str,
    package: &str,
    accepted: bool,
    url: &str,
) -> Mail {
    let l = language(lang);
    let package = package_title(package, l);
    mail(to, match (l, accepted) {
        (Language::Nl, true) => (
            format!("Een kandidaat wil kennismaken ({package})"),
            format!("Beste {name},\n\nEen kandidaat voor ‘{package}’ heeft ja gezegd. Je ziet de naam en contactgegevens nu bij de aanvraag:\n\n{url}/employer\n\n\
                     Laat na het gesprek weten of het een plaatsing werd; de kandidaat wacht op bericht.\n\nHanden\n"),
        ),
        (Language::En, true) => (
            format!("A candidate would like to meet you ({package})"),
            format!("Dear {name},\n\nA candidate for ‘{package}’ said yes. Their name and contact details are now on the request:\n\n{url}/employer\n\n\
                     After you have talked, record whether they were placed; the candidate is waiting to hear.\n\nHanden\n"),
        ),
        (Language::Nl, false) => (
            format!("Een kandidaat kan niet ({package})"),
            format!("Beste {name},\n\nEen kandidaat voor ‘{package}’ kan helaas niet. Kijk bij de aanvraag wie er nog meer beschikbaar is:\n\n{url}/employer\n\nHanden\n"),
        ),
        (Language::En, false) => (
            format!("A candidate cannot come ({package})"),
            format!("Dear {name},\n\nA candidate for ‘{package}’ cannot come. See on the request who else is available:\n\n{url}/employer\n\nHanden\n"),
        ),
    })
}

/// To the organisation's contact: an outcome is still to be recorded.
pub fn outcome_reminder(to: &str, name: &str, lang: &str, package: &str, url: &str) -> Mail {
    let l = language(lang);
    let package = package_title(package, l);
    mail(to, match l {
        Language::Nl => (
            format!("Herinnering: hoe ging de kennismaking? ({package})"),
            format!("Beste {name},\n\nEen kandidaat voor ‘{package}’ zei twee werkdagen geleden ja. Laat weten of het een plaatsing werd, \
                     zodat de kandidaat bericht krijgt:\n\n{url}/employer\n\nHanden\n"),
        ),
        Language::En => (
            format!("Reminder: how did the introduction go? ({package})"),
            format!("Dear {name},\n\nA candidate for ‘{package}’ said yes two working days ago. Record whether they were placed, \
                     so that the candidate hears from you:\n\n{url}/employer\n\nHanden\n"),
        ),
    })
}

/// To the candidate: what came of it, told kindly either way.
pub fn outcome(
    to: &str,
    name: &str,
    lang: &str,
    organisation: &str,
    package: &str,
    placed: bool,
    reason: Option<&str>,
) -> Mail {
    let l = language(lang);
    let package = package_title(package, l);
    let why = match (l, reason) {
        (Language::Nl, Some("time")) => " De tijden pasten niet goed genoeg.",
        (Language::Nl, Some("place")) => " De afstand of plek paste niet goed genoeg.",
        (Language::Nl, Some("qualification")) => {
            " Er was voor dit werk een andere opleiding of ervaring nodig."
        }
        (Language::En, Some("time")) => " The times did not fit well enough.",
        (Language::En, Some("place")) => " The distance or place did not fit well enough.",
        (Language::En, Some("qualification")) => {
            " This work needed different training or experience."
        }
        _ => "",
    };
    mail(to, match (l, placed) {
        (Language::Nl, true) => (
            format!("Je bent geplaatst bij {organisation}"),
            format!("Beste {name},\n\n{organisation} heeft je geplaatst voor ‘{package}’. Dank je wel voor je hulp! \
                     De organisatie neemt contact met je op over de eerste dag.\n\nHanden\n"),
        ),
        (Language::En, true) => (
            format!("You have been placed with {organisation}"),
            format!("Dear {name},\n\n{organisation} has placed you for ‘{package}’. Thank you for helping! \
                     The organisation will contact you about your first day.\n\nHanden\n"),
        ),
        (Language::Nl, false) => (
            format!("Bericht van {organisation}"),
            format!("Beste {name},\n\nDank je wel voor de kennismaking. {organisation} heeft voor ‘{package}’ iemand anders gekozen.{why}\n\n\
                     Dat zegt niets over wat je kunt bijdragen: je staat meteen weer beschikbaar voor andere organisaties.\n\nHanden\n"),
        ),
        (Language::En, false) => (
            format!("News from {organisation}"),
            format!("Dear {name},\n\nThank you for meeting {organisation}. For ‘{package}’ they chose someone else.{why}\n\n\
                     That says nothing about what you can offer: you are available to other organisations again straight away.\n\nHanden\n"),
        ),
    })
}
