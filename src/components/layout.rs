//! What every page of both apps sits in: language, header, main, footer,
//! focus moved to the page on navigation. Each app supplies its pages.

use crate::components::{Footer, Header, PageFocus};
use crate::i18n::I18nProvider;
use crate::router::Location;
use leptos::prelude::*;

/// `pages` maps the path's segments (`["my", "pause"]`) to a page.
#[component]
pub fn Layout(location: Location, pages: fn(&[&str]) -> AnyView) -> impl IntoView {
    let page = move || {
        location.path.with(|path| {
            let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
            pages(&segments)
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
