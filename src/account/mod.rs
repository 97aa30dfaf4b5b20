//! The self-service app: a person signs in by link and manages their own
//! registration (availability, pause, contact details, timeline, export,
//! erasure). A browser bundle of its own (`account.html`, built into
//! `dist/account/`): the sign-up's first load does not carry it.

mod api;
mod contact;
mod delete;
mod edit;
mod introductions;
mod links;
mod me;
mod overview;
mod pause;
mod send_button;
mod sign_in;
mod timeline;

use crate::components::Layout;
use crate::fit::provide_fit;
use crate::pages::NotFound;
use crate::router::provide_router;
use handen_core::bundle::Bundle;
use leptos::prelude::*;
use me::{provide_account, signed_in};

#[component]
pub fn AccountApp() -> impl IntoView {
    let location = provide_router(|path| Bundle::Account.owns(path));
    provide_fit();
    let account = provide_account();
    // A change's message belongs to the overview it leads to, not later pages.
    Effect::new(move |_| {
        if location.path.with(|p| p != "/my") {
            account.flash.set(None);
        }
    });
    view! { <Layout location pages /> }
}

fn pages(segments: &[&str]) -> AnyView {
    match segments {
        ["sign-in"] => view! { <sign_in::SignIn /> }.into_any(),
        ["my"] => signed_in(overview::page),
        ["my", "availability"] => signed_in(edit::page),
        ["my", "pause"] => signed_in(pause::page),
        ["my", "contact"] => signed_in(contact::page),
        ["my", "delete"] => signed_in(delete::page),
        ["my", "introductions"] => signed_in(introductions::page),
        ["my", "deleted"] => view! { <delete::Deleted /> }.into_any(),
        ["confirm-email"] => view! { <links::ConfirmEmail /> }.into_any(),
        ["still-available"] => view! { <links::StillAvailable /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// Mounts the self-service app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(AccountApp);
}
