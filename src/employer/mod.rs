//! The employers' app (`docs/employers.md`): an organisation registers
//! and, once an administrator approved it, files requests for a work
//! package, browses the anonymised pool that fits and asks candidates for
//! an introduction; it learns who someone is only after they accepted.
//! Administrators approve organisations (`/admin`). A browser bundle of its
//! own (`employer.html`, built into `dist/employers/`): with the
//! recruiters' clean-list page in one bundle, both together are over the
//! first-load budget.
//!
//! Its pages are plain functions returning `AnyView`, with read-only
//! markup as HTML text (`crate::html`): each `view!` of its own shape and
//! each closure in a reactive place compiles to rendering code of its own.

mod admin;
mod form;
mod home;
mod introductions;
mod markup;
mod model;
mod outcome;
mod packages;
mod pool;
mod register;
mod request;
mod request_form;
mod session;
mod sign_in;
mod validate;
mod words;

use crate::components::Layout;
use crate::html::esc;
use crate::i18n::{texts, use_i18n};
use crate::pages::NotFound;
use crate::router::provide_router;
use form::html;
use handen_core::bundle::Bundle;
use leptos::prelude::*;
use model::Member;
use packages::provide_packages;
use session::{provide_session, signed_in};

/// The pages this app shows (`/employer…`, `/admin`); every other path is
/// another app's.
pub fn owns(path: &str) -> bool {
    Bundle::Employer.owns(path)
}

#[component]
pub fn EmployerApp() -> impl IntoView {
    let location = provide_router(owns);
    provide_session();
    provide_packages();
    view! { <Layout location pages /> }
}

fn pages(segments: &[&str]) -> AnyView {
    match segments {
        ["employer"] => home::employer_home(),
        ["employer", "sign-in"] => sign_in::open_link(),
        ["employer", "register"] => register::register(),
        ["employer", "registered"] => register::registered(),
        ["employer", "requests", "new"] => signed_in(request_form::page),
        ["employer", "requests", _] => signed_in(request::page),
        ["admin"] => signed_in(admin::page),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// Mounts the employers' app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(EmployerApp);
}

/// For a member whose organisation is not approved (yet): nothing to see.
pub fn not_approved(member: &Member) -> AnyView {
    let i18n = use_i18n();
    let status = member
        .organisation
        .as_ref()
        .map(|o| o.status.clone())
        .unwrap_or_default();
    html(move || {
        let e = i18n.group(texts::employer);
        let body = if status == "rejected" {
            e.rejected_body
        } else {
            e.pending_body
        };
        format!(
            "<a href=\"/employer\" class=\"back-link\">{}</a><h1>{}</h1><p>{}</p>",
            esc(e.back),
            esc(words::organisation_status(e, &status)),
            esc(body)
        )
    })
}
