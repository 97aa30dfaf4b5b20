use super::LanguageSwitch;
use crate::i18n::use_i18n;
use crate::router::Link;
use crate::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The router would treat `#main` as a navigation; a skip link must move
/// keyboard focus into the content instead.
fn skip_to_main(event: web_sys::MouseEvent) {
    event.prevent_default();
    let main = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{t!(i18n, skip_to_content)}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <a href="/" class="site-header__name">
                    <img src="/icons/icon.svg" alt="" width="28" height="28" />
                    {t!(i18n, app_name)}
                </a>
                <LanguageSwitch />
            </div>
            <nav class="site-nav" aria-label=t!(i18n, nav.label)>
                <ul>
                    <li><Link href="/" exact=true>{t!(i18n, nav.home)}</Link></li>
                    <li><Link href="/sign-up">{t!(i18n, nav.sign_up)}</Link></li>
                    <li><Link href="/about">{t!(i18n, nav.about)}</Link></li>
                    <li><Link href="/my">{t!(i18n, nav.my_registration)}</Link></li>
                </ul>
            </nav>
        </header>
    }
}
