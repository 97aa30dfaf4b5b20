//! How an accepted introduction ended: placed, or not selected and why.
//! Placing someone fills a place of the request.

use super::introductions::title;
use super::request::Page;
use crate::employer::form::fields::{radios, textarea};
use crate::employer::form::sender::{send_button, Sender};
use crate::employer::form::{error_summary, form, html};
use crate::employer::model::Introduction;
use crate::employer::validate;
use crate::html::esc;
use crate::i18n::{texts, use_i18n};
use crate::te;
use handen_core::employer::OutcomeForm;
use leptos::prelude::*;

pub fn record_outcome(page: Page, intro: Introduction, done: Callback<()>) -> AnyView {
    let i18n = use_i18n();
    let sender = Sender::form(page.session, page.location);
    let intro_id = StoredValue::new(intro.id.clone());
    let (outcome, reason, note) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let outcomes = Signal::derive(move || {
        let e = i18n.group(texts::employer);
        vec![
            ("placed", e.outcome_placed),
            ("not_selected", e.outcome_not_selected),
        ]
    });
    let reasons = Signal::derive(move || {
        let e = i18n.group(texts::employer);
        vec![
            ("time", e.reason_time),
            ("place", e.reason_place),
            ("qualification", e.reason_qualification),
            ("other", e.reason_other),
        ]
    });
    let heading = {
        let intro = intro.clone();
        move || {
            format!(
                "<h3>{}: {}</h3>",
                esc(i18n.group(texts::employer).outcome_button),
                esc(&title(i18n.language(), &intro))
            )
        }
    };
    let send = move || {
        let chosen = outcome.get_untracked();
        // A reason belongs to "not selected" only.
        let reason = if chosen == "not_selected" {
            reason.get_untracked()
        } else {
            String::new()
        };
        let form = OutcomeForm {
            outcome: chosen,
            reason,
            note: note.get_untracked(),
        };
        if !sender.problems.check(validate::outcome(&form)) {
            return;
        }
        sender.send(
            "POST",
            format!(
                "/api/employer/introductions/{}/outcome",
                intro_id.get_value()
            ),
            Some(validate::outcome_body(&form)),
            Box::new(move |_| done.run(())),
        );
    };
    view! {
        {html(heading)}
        {error_summary(sender.problems)}
        {form(Box::new(send), vec![
            radios("outcome", te!(i18n, outcome_legend), outcomes, outcome),
            (move || (outcome.get() == "not_selected").then(|| view! {
                <div class="conditional">
                    {radios("reason", te!(i18n, reason_legend), reasons, reason)}
                </div>
            })).into_any(),
            textarea("note", te!(i18n, note_label), te!(i18n, note_hint), note),
            send_button(sender, te!(i18n, outcome_save), false),
        ])}
    }
    .into_any()
}
