//! `/admin`: administrators approve or reject the organisations that
//! registered. They see organisations, never pools or candidates.

use super::form::sender::{send_notes, Sender};
use super::form::{html, live};
use super::markup::{button_form, details, not_ready, submitted, warning};
use super::model::{Member, Organisation};
use super::session::{use_session, Loaded};
use super::words;
use crate::components::PageTitle;
use crate::html::esc;
use crate::i18n::{fill, texts, texts_for, use_i18n};
use crate::labels;
use crate::router::use_location;
use crate::signup::summary::focus_later;
use handen_core::interest::Sector;
use handen_core::Language;
use leptos::prelude::*;

const NOTICE: &str = "admin-notice";

pub fn page(member: Member) -> AnyView {
    admin(member.admin)
}

fn organisation_html(language: Language, org: &Organisation) -> String {
    let (t, e) = (texts_for(language), texts::employer(language));
    let a = &e.admin;
    let sector = Sector::from_code(&org.sector).map_or("", |s| labels::sector(t, s));
    let contact = format!("{} ({})", org.contact_name, org.contact_email);
    let actions = if org.status == "pending" {
        button_form(&org.id, "approve", a.approve, &org.name, false)
            + &button_form(&org.id, "reject", a.reject, &org.name, true)
    } else {
        String::new()
    };
    format!(
        "<li class=\"organisation\"><h3>{}</h3><p class=\"caption\">{}</p>{}{actions}</li>",
        esc(&org.name),
        esc(words::organisation_status(e, &org.status)),
        details(&[
            (a.kvk, &org.kvk),
            (a.sector, sector),
            (a.postcode, &org.postcode),
            (a.contact, &contact),
            (a.registered_on, &labels::day_of(t, &org.created_at)),
        ])
    )
}

fn lists_html(language: Language, admin: bool, loaded: &Loaded) -> String {
    let e = texts::employer(language);
    let a = &e.admin;
    let body = match loaded {
        _ if !admin => return warning(a.not_allowed),
        Loaded::Ready(body) => body,
        Loaded::Refused(code) if code == "not_an_admin" => return warning(a.not_allowed),
        Loaded::Refused(code) => return not_ready(e, loaded, words::error(language, code)),
        _ => return not_ready(e, loaded, e.load_failed),
    };
    let (pending, reviewed): (Vec<_>, Vec<_>) = Organisation::list(body)
        .into_iter()
        .partition(|o| o.status == "pending");
    let list = |orgs: &[Organisation]| {
        let items: String = orgs
            .iter()
            .map(|o| organisation_html(language, o))
            .collect();
        format!("<ul class=\"plain-list\">{items}</ul>")
    };
    let mut html = format!("<h2>{}</h2>", esc(a.pending_heading));
    html += &if pending.is_empty() {
        format!("<p>{}</p>", esc(a.no_pending))
    } else {
        list(&pending)
    };
    if !reviewed.is_empty() {
        html += &format!("<h2>{}</h2>{}", esc(a.decided_heading), list(&reviewed));
    }
    html
}

fn admin(admin: bool) -> AnyView {
    let i18n = use_i18n();
    let session = use_session();
    let location = use_location();
    let sender = Sender::new(session, location);
    let organisations = RwSignal::new(Loaded::Loading);
    // The organisation decided on last, and whether it was approved.
    let decided = RwSignal::new(None::<(String, bool)>);
    let load = move || {
        session.load(
            location,
            "/api/admin/organisations".to_owned(),
            organisations,
        )
    };
    if admin {
        load();
    }
    let decide = move |ev: leptos::ev::SubmitEvent| {
        let Some((id, verb)) = submitted(&ev) else {
            return;
        };
        let name = organisations.with_untracked(|o| match o {
            Loaded::Ready(body) => Organisation::list(body)
                .into_iter()
                .find(|o| o.id == id)
                .map(|o| o.name)
                .unwrap_or_default(),
            _ => String::new(),
        });
        let approved = verb == "approve";
        sender.send(
            "POST",
            format!("/api/admin/organisations/{id}/{verb}"),
            None,
            Box::new(move |_| {
                decided.set(Some((name, approved)));
                load();
                focus_later(NOTICE.to_owned());
            }),
        );
    };
    let notice = move || {
        let a = &i18n.group(texts::employer).admin;
        decided.get().map_or_else(String::new, |(name, approved)| {
            let words = if approved { a.approved } else { a.rejected };
            format!(
                "<div class=\"panel panel--success\"><p class=\"panel__body\">{}</p></div>",
                esc(&fill(words, &[("name", &name)]))
            )
        })
    };
    let head = move || {
        let e = i18n.group(texts::employer);
        format!(
            "<a href=\"/employer\" class=\"back-link\">{}</a><h1>{}</h1><p>{}</p>",
            esc(e.back),
            esc(e.admin.title),
            esc(e.admin.intro)
        )
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::employer).admin.title.to_owned()) />
        {html(head)}
        <div id=NOTICE tabindex="-1">
            {live(notice)}
            {send_notes(sender)}
        </div>
        <div on:submit=decide inner_html=move || lists_html(i18n.language(), admin, &organisations.get())></div>
    }
    .into_any()
}
