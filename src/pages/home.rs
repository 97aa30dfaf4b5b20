use crate::components::PageTitle;
use crate::i18n::{texts, use_i18n};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::home).title.to_owned()) />
        <section class="hero">
            <h1>{t!(i18n, home.title)}</h1>
            <p class="lead">{t!(i18n, home.lead)}</p>
            <a href="/sign-up" class="button button--start">{t!(i18n, home.cta)}</a>
            <p class="hint">{t!(i18n, home.cta_hint)}</p>
            <p><a href="/what-could-i-do">{t!(i18n, explore.home_link)}</a></p>
        </section>

        <section aria-labelledby="sectors-title">
            <h2 id="sectors-title">{t!(i18n, home.sectors_title)}</h2>
            <ul class="sectors">
                <li class="sector sector--care">
                    <h3>{t!(i18n, home.sector_care_title)}</h3>
                    <p>{t!(i18n, home.sector_care_body)}</p>
                </li>
                <li class="sector sector--education">
                    <h3>{t!(i18n, home.sector_education_title)}</h3>
                    <p>{t!(i18n, home.sector_education_body)}</p>
                </li>
                <li class="sector sector--enforcement">
                    <h3>{t!(i18n, home.sector_enforcement_title)}</h3>
                    <p>{t!(i18n, home.sector_enforcement_body)}</p>
                </li>
                <li class="sector sector--childcare">
                    <h3>{t!(i18n, home.sector_childcare_title)}</h3>
                    <p>{t!(i18n, home.sector_childcare_body)}</p>
                </li>
            </ul>
        </section>

        <section aria-labelledby="how-title">
            <h2 id="how-title">{t!(i18n, home.how_title)}</h2>
            <ol class="steps">
                <li>{t!(i18n, home.how_step_1)}</li>
                <li>{t!(i18n, home.how_step_2)}</li>
                <li>{t!(i18n, home.how_step_3)}</li>
                <li>{t!(i18n, home.how_step_4)}</li>
            </ol>
        </section>

        <section aria-labelledby="why-title">
            <h2 id="why-title">{t!(i18n, home.why_title)}</h2>
            <p>{t!(i18n, home.why_body)}</p>
        </section>

        <section class="for-organisations" aria-labelledby="orgs-title">
            <h2 id="orgs-title">{t!(i18n, home.orgs_title)}</h2>
            <p>{t!(i18n, home.orgs_body)}</p>
        </section>
    }
}
