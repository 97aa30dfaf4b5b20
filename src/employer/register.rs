//! `/employer/register`: an organisation asks to take part; an
//! administrator approves it before it sees anyone. `/employer/registered`
//! says what happens next.

use crate::components::PageTitle;
use crate::employer::form::fields::{input, radios, spec};
use crate::employer::form::sender::{send_button, Sender};
use crate::employer::form::{error_summary, form, html};
use crate::employer::session::use_session;
use crate::employer::validate;
use crate::html::esc;
use crate::i18n::{texts, use_i18n};
use crate::labels;
use crate::router::use_location;
use crate::te;
use handen_core::employer::OrganisationForm;
use handen_core::interest::Sector;
use leptos::prelude::*;

pub fn register() -> AnyView {
    let i18n = use_i18n();
    let location = use_location();
    let sender = Sender::form(use_session(), location);
    let field = || RwSignal::new(String::new());
    let (name, kvk, sector, postcode, contact_name, contact_email) =
        (field(), field(), field(), field(), field(), field());
    let sectors = Signal::derive(move || {
        let t = i18n.texts();
        Sector::ALL
            .iter()
            .map(|&s| (s.code(), labels::sector(t, s)))
            .collect()
    });
    let send = move || {
        let form = OrganisationForm {
            name: name.get_untracked(),
            kvk: kvk.get_untracked(),
            sector: sector.get_untracked(),
            postcode: postcode.get_untracked(),
            contact_name: contact_name.get_untracked(),
            contact_email: contact_email.get_untracked(),
            language: i18n.language_untracked().code().to_owned(),
        };
        if !sender.problems.check(validate::organisation(&form)) {
            return;
        }
        sender.send(
            "POST",
            "/api/organisations".to_owned(),
            Some(validate::organisation_body(&form)),
            Box::new(move |_| location.navigate("/employer/registered")),
        );
    };
    let head = move || {
        let (t, e) = (i18n.texts(), i18n.group(texts::employer));
        format!(
            "<a href=\"/employer\" class=\"back-link\">{}</a>",
            esc(t.signup.back)
        ) + &format!(
            "<span class=\"caption\">{}</span><h1>{}</h1><p>{}</p>",
            esc(e.caption),
            esc(e.register_title),
            esc(e.register_intro)
        )
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::employer).register_title.to_owned()) />
        {error_summary(sender.problems)}
        {html(head)}
        {form(Box::new(send), vec![
            input(spec("name", te!(i18n, name_label)).autocomplete("organization"), name),
            input(spec("kvk", te!(i18n, kvk_label)).hint(te!(i18n, kvk_hint)).number("input--w10"), kvk),
            radios("sector", te!(i18n, sector_legend), sectors, sector),
            input(
                spec("postcode", te!(i18n, postcode_label))
                    .hint(te!(i18n, postcode_hint))
                    .autocomplete("postal-code")
                    .width("input--w7"),
                postcode,
            ),
            input(spec("contact_name", te!(i18n, contact_name_label)).autocomplete("name"), contact_name),
            input(
                spec("contact_email", te!(i18n, contact_email_label))
                    .hint(te!(i18n, contact_email_hint))
                    .kind("email")
                    .autocomplete("email"),
                contact_email,
            ),
            send_button(sender, te!(i18n, register_button), false),
        ])}
    }
    .into_any()
}

pub fn registered() -> AnyView {
    let i18n = use_i18n();
    let text = move || {
        let e = i18n.group(texts::employer);
        format!(
            "<div class=\"panel panel--success\" role=\"status\"><h1 class=\"panel__title\">{}</h1><p class=\"panel__body\">{}</p></div><p><a href=\"/employer\">{}</a></p>",
            esc(e.registered_title),
            esc(e.registered_body),
            esc(e.to_sign_in)
        )
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::employer).registered_title.to_owned()) />
        {html(text)}
    }
    .into_any()
}
