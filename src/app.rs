//! The shell: language, location, header, footer, and which page to show.

use crate::components::{Footer, Header, PageFocus};
use crate::fit::provide_fit;
use crate::i18n::I18nProvider;
use crate::pages::{About, Explore, Home, NotFound};
use crate::router::provide_router;
use crate::signup::{provide_draft, sign_up_page};
use handen_core::account::is_account_page;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let location = provide_router(|path| !is_account_page(path));
    provide_draft();
    provide_fit();
    let page = move || {
        location.path.with(|path| {
            let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
            match segments.as_slice() {
                [] => view! { <Home /> }.into_any(),
                ["about"] => view! { <About /> }.into_any(),
                ["what-could-i-do"] => view! { <Explore /> }.into_any(),
                ["sign-up"] => sign_up_page(None),
                ["sign-up", step] => sign_up_page(Some(step)),
                _ => view! { <NotFound /> }.into_any(),
            }
        })
    };
    view! {
        <I18nProvider>
            <PageFocus />
            <Header />
            <main id="main" tabindex="-1">{page}</main>
            <Footer />
        </I18nProvider>
    }
}
