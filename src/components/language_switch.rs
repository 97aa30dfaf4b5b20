//! One button that offers the other language, named in that language, as
//! people look for their own language's name, not for a flag.

use crate::i18n::use_i18n;
use crate::t;
use handen_core::Language;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let other = move || match i18n.language() {
        Language::Nl => Language::En,
        Language::En => Language::Nl,
    };
    view! {
        <button
            type="button"
            class="language-switch"
            lang=move || other().code()
            title=t!(i18n, language.switch_hint)
            on:click=move |_| i18n.set_language(other())
        >
            {t!(i18n, language.other_name)}
        </button>
    }
}
