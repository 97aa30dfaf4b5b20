//! The shell: language, location, header, footer, and which page to show.

use crate::components::Layout;
use crate::fit::provide_fit;
use crate::pages::{About, Explore, Home, NotFound};
use crate::router::provide_router;
use crate::signup::{provide_draft, sign_up_page};
use handen_core::bundle::Bundle;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let location = provide_router(|path| Bundle::SignUp.owns(path));
    provide_draft();
    provide_fit();
    view! { <Layout location pages /> }
}

fn pages(segments: &[&str]) -> AnyView {
    match segments {
        [] => view! { <Home /> }.into_any(),
        ["about"] => view! { <About /> }.into_any(),
        ["what-could-i-do"] => view! { <Explore /> }.into_any(),
        ["sign-up"] => sign_up_page(None),
        ["sign-up", step] => sign_up_page(Some(step)),
        _ => view! { <NotFound /> }.into_any(),
    }
}
