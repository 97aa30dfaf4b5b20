use crate::components::PageTitle;
use crate::i18n::{texts, use_i18n};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::about).title.to_owned()) />
        <h1>{t!(i18n, about.title)}</h1>

        <h2>{t!(i18n, about.what_title)}</h2>
        <p>{t!(i18n, about.what_body)}</p>

        <h2 id="privacy">{t!(i18n, about.privacy_title)}</h2>
        <ul>
            <li>{t!(i18n, about.privacy_consent)}</li>
            <li>{t!(i18n, about.privacy_anonymous)}</li>
            <li>{t!(i18n, about.privacy_rights)}</li>
            <li>{t!(i18n, about.privacy_logs)}</li>
        </ul>

        <h2 id="data">{t!(i18n, about.data_title)}</h2>
        <p>{t!(i18n, about.data_body)}</p>
        <p class="attribution">{t!(i18n, attribution.postcodes)}</p>

        <h2>{t!(i18n, about.licence_title)}</h2>
        <p>{t!(i18n, about.licence_body)}</p>
        <p><a href="/clean-list">{t!(i18n, about.recruiters_link)}</a></p>
    }
}
