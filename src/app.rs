//! The shell: language, router, header, footer.

use crate::components::{Footer, Header, PageFocus};
use crate::i18n::I18nProvider;
use crate::pages::{About, Home, NotFound};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nProvider>
            <Router>
                <PageFocus />
                <Header />
                <main id="main" tabindex="-1">
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Home />
                        <Route path=path!("/about") view=About />
                    </Routes>
                </main>
                <Footer />
            </Router>
        </I18nProvider>
    }
}
