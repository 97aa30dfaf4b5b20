use crate::components::PageTitle;
use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || i18n.texts().not_found.title.to_owned()) />
        <h1>{t!(i18n, not_found.title)}</h1>
        <p>{t!(i18n, not_found.body)}</p>
        <p><a href="/">{t!(i18n, not_found.home_link)}</a></p>
    }
}
