//! The recruiters' app: tools for the people who place volunteers, starting
//! with cleaning a sign-up list of duplicates (`/clean-list`). A browser
//! bundle of its own (`staff.html`, built into `dist/staff/`), so neither
//! volunteers' first load carries it; its heavy part, the duplicate
//! engine, is a worker it starts (`crate::dedup_worker`).

mod clean_list;

use crate::components::Layout;
use crate::pages::NotFound;
use crate::router::provide_router;
use handen_core::bundle::Bundle;
use leptos::prelude::*;

#[component]
pub fn StaffApp() -> impl IntoView {
    let location = provide_router(|path| Bundle::Staff.owns(path));
    view! { <Layout location pages /> }
}

fn pages(segments: &[&str]) -> AnyView {
    match segments {
        ["clean-list"] => view! { <clean_list::CleanListPage /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// Mounts the recruiters' app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(StaffApp);
}
