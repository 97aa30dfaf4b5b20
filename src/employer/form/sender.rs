//! Sending a change from the employers' pages: with the session's CSRF
//! token, and every answer turned into something to show. Problems with a
//! field on the page go to the error summary; refusals that name none
//! (asked before, limit reached) to a message by the button.

use super::{form, live, Problem, Problems};
use crate::api;
use crate::employer::model;
use crate::employer::session::{Session, SIGN_IN};
use crate::employer::words;
use crate::html::esc;
use crate::i18n::{fill, texts, use_i18n};
use crate::router::Location;
use crate::signup::submit::SendStatus;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy)]
pub struct Sender {
    session: Session,
    location: Location,
    pub problems: Problems,
    pub status: RwSignal<SendStatus>,
    /// The code of a refusal no field on the page is about.
    pub refused: RwSignal<Option<String>>,
}

fn on_page(id: &str) -> bool {
    !id.is_empty() && document().get_element_by_id(id).is_some()
}

impl Sender {
    /// A sender for a button without fields.
    pub fn new(session: Session, location: Location) -> Sender {
        Sender {
            session,
            location,
            problems: Problems(RwSignal::new(Vec::new())),
            status: RwSignal::new(SendStatus::Idle),
            refused: RwSignal::new(None),
        }
    }

    /// A sender whose problems the fields below it show. One per reactive
    /// scope: components share their parent's context.
    pub fn form(session: Session, location: Location) -> Sender {
        Sender {
            problems: Problems::provide(),
            ..Sender::new(session, location)
        }
    }

    /// Sends a change. `done` gets a success's body; it is boxed, so all
    /// of this is compiled once, not once per form.
    pub fn send(
        self,
        method: &'static str,
        path: String,
        body: Option<String>,
        done: Box<dyn FnOnce(String)>,
    ) {
        if self.status.get_untracked() == SendStatus::Sending {
            return; // a double tap: the first is still on its way
        }
        self.status.set(SendStatus::Sending);
        self.refused.set(None);
        spawn_local(async move {
            let mut answer =
                api::call(method, &path, Some(&self.session.csrf()), body.clone()).await;
            // A token from before a new sign-in (another tab): fetch the
            // current one and try once more.
            if answer.as_ref().is_some_and(|a| {
                a.status == 403
                    && model::errors(&a.body)
                        .iter()
                        .any(|(_, c)| c == "csrf_token_invalid")
            }) {
                self.session.refresh_now().await;
                answer = api::call(method, &path, Some(&self.session.csrf()), body).await;
            }
            self.status.set(SendStatus::Idle);
            let Some(answer) = answer else {
                self.status.set(SendStatus::Offline);
                return;
            };
            if (200..300).contains(&answer.status) {
                self.problems.0.set(Vec::new());
                done(answer.body);
                return;
            }
            if answer.status == 401 {
                self.session.signed_out();
                self.location.replace(SIGN_IN);
                return;
            }
            let errors = model::errors(&answer.body);
            // Too many tries from here: wait and try again. (The daily
            // limit of introductions is a refusal of its own.)
            if answer.status == 429 && errors.iter().all(|(_, c)| c != "introduction_limit") {
                self.status
                    .set(SendStatus::Busy(answer.retry_after.unwrap_or(60)));
                return;
            }
            let (here, elsewhere): (Vec<_>, Vec<_>) =
                errors.into_iter().partition(|(field, _)| on_page(field));
            if !here.is_empty() {
                self.problems
                    .check(here.iter().map(|(f, c)| Problem::new(f, c)).collect());
            }
            match elsewhere.into_iter().next() {
                Some((_, code)) => self.refused.set(Some(code)),
                None if here.is_empty() => self.status.set(SendStatus::Failed),
                None => {}
            }
        });
    }
}

/// How sending goes, in a polite line, and a refusal above it.
pub fn send_notes(sender: Sender) -> AnyView {
    let i18n = use_i18n();
    let text = move || {
        let language = i18n.language();
        let e = texts::employer(language);
        let line = match sender.status.get() {
            SendStatus::Idle => String::new(),
            SendStatus::Sending => e.sending.to_owned(),
            SendStatus::Offline => e.offline.to_owned(),
            SendStatus::Busy(seconds) => fill(e.too_many, &[("seconds", &seconds)]),
            SendStatus::Failed => e.send_failed.to_owned(),
        };
        let refusal = sender.refused.get().map_or_else(String::new, |code| {
            format!(
                "<div class=\"panel panel--warning\"><p class=\"panel__body\">{}</p></div>",
                esc(words::error(language, &code))
            )
        });
        format!("{refusal}<p class=\"send-status\">{}</p>", esc(&line))
    };
    live(text)
}

/// The button that sends a form, with its notes above it.
pub fn send_button(sender: Sender, label: Signal<&'static str>, secondary: bool) -> AnyView {
    let busy = move || (sender.status.get() == SendStatus::Sending).then_some("true");
    view! {
        {send_notes(sender)}
        <button type="submit" class="button" class:button--secondary=secondary aria-disabled=busy>{label}</button>
    }
    .into_any()
}

/// A button that only sends (sign out, close): a form of its own.
pub fn action_form(sender: Sender, label: Signal<&'static str>, send: Box<dyn Fn()>) -> AnyView {
    form(send, vec![send_button(sender, label, true)])
}
