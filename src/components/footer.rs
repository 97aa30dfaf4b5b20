use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, footer.tagline)}</p>
            <p><a href="/about">{t!(i18n, footer.privacy)}</a></p>
        </footer>
    }
}
