//! `/employer`: signed out, the sign-in form; signed in, the organisation,
//! where its approval stands and, once approved, its requests.

use super::sign_in::sign_in_form;
use crate::components::PageTitle;
use crate::employer::form::html;
use crate::employer::form::sender::{action_form, Sender};
use crate::employer::markup::{details, not_ready};
use crate::employer::model::{Member, WorkRequest};
use crate::employer::packages::{use_packages, Packages};
use crate::employer::session::{use_session, waiting, Loaded, SessionState};
use crate::employer::words;
use crate::html::esc;
use crate::i18n::{fill, texts, use_i18n};
use crate::router::use_location;
use crate::te;
use handen_core::Language;
use leptos::prelude::*;

pub fn employer_home() -> AnyView {
    let session = use_session();
    session.ensure();
    (move || match session.state.get() {
        SessionState::Ready(member) => organisation(*member),
        SessionState::SignedOut => sign_in_form(false),
        SessionState::Failed => waiting(true, move || session.start()),
        SessionState::NotLoaded | SessionState::Loading => waiting(false, || {}),
    })
    .into_any()
}

fn requests_html(language: Language, packages: Packages, requests: &Loaded) -> String {
    let (t, e) = (crate::i18n::texts_for(language), texts::employer(language));
    let Loaded::Ready(body) = requests else {
        return not_ready(e, requests, e.load_failed);
    };
    let list = WorkRequest::list(body);
    if list.is_empty() {
        return format!("<p>{}</p>", esc(e.no_requests));
    }
    let items: String = list
        .iter()
        .map(|r| {
            let filled = fill(e.people_filled, &[("filled", &r.filled), ("people", &r.people)]);
            format!(
                "<li class=\"request-item\"><h3 class=\"request-item__title\"><a href=\"/employer/requests/{}\">{}</a></h3>{}</li>",
                esc(&r.id),
                esc(&packages.title(&r.package, language)),
                details(&[
                    (e.place, &r.place),
                    (e.period, &words::period(t, e, &r.starts_on, &r.ends_on)),
                    (e.people, &filled),
                    (e.status, words::request_status(e, &r.status)),
                ])
            )
        })
        .collect();
    format!("<ul class=\"plain-list\">{items}</ul>")
}

fn organisation_html(
    language: Language,
    member: &Member,
    requests: Option<(Packages, &Loaded)>,
) -> String {
    let e = texts::employer(language);
    let org = member.organisation.as_ref();
    let name = org.map_or(e.home_title, |o| o.name.as_str());
    let mut html = format!(
        "<span class=\"caption\">{}</span><h1>{}</h1><p class=\"hint\">{}</p>",
        esc(e.caption),
        esc(name),
        esc(&fill(
            e.signed_in_as,
            &[("name", &member.name), ("email", &member.email)]
        ))
    );
    match org.map(|o| o.status.as_str()) {
        None => html += &format!("<p>{}</p>", esc(e.no_organisation)),
        Some(status) => {
            let why = match status {
                "approved" => "",
                "rejected" => e.rejected_body,
                _ => e.pending_body,
            };
            html += &format!(
                "<div class=\"status-box{}\"><p class=\"status-box__text\">{}</p>{}</div>",
                if why.is_empty() {
                    ""
                } else {
                    " status-box--warning"
                },
                esc(words::organisation_status(e, status)),
                if why.is_empty() {
                    String::new()
                } else {
                    format!("<p>{}</p>", esc(why))
                }
            );
        }
    }
    if member.admin {
        html += &format!("<p><a href=\"/admin\">{}</a></p>", esc(e.admin_link));
    }
    if let Some((packages, requests)) = requests {
        html += &format!(
            "<h2>{}</h2><p><a href=\"/employer/requests/new\" class=\"button\">{}</a></p>{}",
            esc(e.requests_heading),
            esc(e.new_request_link),
            requests_html(language, packages, requests)
        );
    }
    html
}

fn organisation(member: Member) -> AnyView {
    let i18n = use_i18n();
    let session = use_session();
    let location = use_location();
    let sign_out = Sender::new(session, location);
    let requests = RwSignal::new(Loaded::Loading);
    let packages = member.approved().map(|_| {
        session.load(location, "/api/employer/requests".to_owned(), requests);
        use_packages()
    });
    let title = member.organisation.as_ref().map(|o| o.name.clone());
    let text = move || {
        let loaded = requests.get();
        organisation_html(i18n.language(), &member, packages.map(|p| (p, &loaded)))
    };
    view! {
        <PageTitle text=Signal::derive(move || {
            title.clone().unwrap_or_else(|| i18n.group(texts::employer).home_title.to_owned())
        }) />
        {html(text)}
        {action_form(sign_out, te!(i18n, sign_out_button), Box::new(move || {
            sign_out.send(
                "POST",
                "/api/staff/sign-out".to_owned(),
                None,
                Box::new(move |_| {
                    session.signed_out();
                    location.navigate("/employer?from=signed_out");
                }),
            );
        }))}
    }
    .into_any()
}
