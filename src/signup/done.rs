//! The confirmation: the reference to quote, and when someone will call.

use super::check::RECEIPT_KEY;
use crate::components::PageTitle;
use crate::i18n::{fill, use_i18n};
use crate::json;
use crate::labels;
use crate::t;
use handen_core::Date;
use leptos::prelude::*;

struct Receipt {
    reference: String,
    first_contact_by: Date,
}

fn stored_receipt() -> Option<Receipt> {
    let text = window()
        .local_storage()
        .ok()??
        .get_item(RECEIPT_KEY)
        .ok()??;
    let object = json::parse(&text)?;
    Some(Receipt {
        reference: json::get_string(&object, "reference")?,
        first_contact_by: Date::parse_iso(&json::get_string(&object, "first_contact_by")?).ok()?,
    })
}

#[component]
pub fn Done() -> impl IntoView {
    let i18n = use_i18n();
    let receipt = stored_receipt();
    view! {
        <PageTitle text=Signal::derive(move || i18n.texts().signup.done_title.to_owned()) />
        {match receipt {
            Some(receipt) => {
                let by = receipt.first_contact_by;
                view! {
                    <div class="panel">
                        <h1 class="panel__title">{t!(i18n, signup.done_title)}</h1>
                        <p class="panel__body">
                            {t!(i18n, signup.done_reference)}<br />
                            <strong class="reference">{receipt.reference}</strong>
                        </p>
                    </div>
                    <p>{t!(i18n, signup.done_mail)}</p>
                    <h2>{t!(i18n, signup.done_next_title)}</h2>
                    <ul>
                        <li>{move || {
                            let t = i18n.texts();
                            fill(t.signup.done_next_contact, &[("date", &labels::long_date(t, by))])
                        }}</li>
                        <li>{t!(i18n, signup.done_next_consent)}</li>
                    </ul>
                    <p><a href="/">{t!(i18n, signup.done_home)}</a></p>
                }
                .into_any()
            }
            None => view! {
                <h1>{t!(i18n, signup.done_title)}</h1>
                <p>{t!(i18n, signup.no_receipt)}</p>
                <p><a href="/sign-up">{t!(i18n, signup.start_link)}</a></p>
            }
            .into_any(),
        }}
    }
}
