//! The signed-in person's registration as the server sent it, loaded once
//! per page load and again after each change, and the one-line message a
//! change leaves on the overview.

use super::api;
use crate::json;
use crate::router::use_location;
use handen_core::Date;
use handen_core::{ErrorCode, RegistrationForm};
use js_sys::{Array, JSON};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub status: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Me {
    pub reference: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    pub paused_until: Option<Date>,
    pub pause_reason: String,
    pub left_out: bool,
    pub confirmed_at: String,
    pub csrf: String,
    pub form: RegistrationForm,
    pub timeline: Vec<Event>,
    /// Organisations' requests to meet the person (`docs/employers.md`),
    /// as the JSON text of their list: read where they are shown.
    pub introductions: String,
}

impl Me {
    pub fn parse(text: &str) -> Option<Me> {
        let o = json::parse(text)?;
        let s = |key: &str| json::get_string(&o, key).unwrap_or_default();
        let timeline = json::items(&o, "timeline")
            .iter()
            .map(|e| Event {
                status: json::get_string(e, "status").unwrap_or_default(),
                at: json::get_string(e, "at").unwrap_or_default(),
            })
            .collect();
        Some(Me {
            reference: s("reference"),
            name: s("name"),
            email: s("email"),
            phone: s("phone"),
            address: s("address"),
            paused_until: json::get_string(&o, "paused_until")
                .and_then(|d| Date::parse_iso(&d).ok()),
            pause_reason: s("pause_reason"),
            left_out: json::get(&o, "left_out_of_pools")
                .as_bool()
                .unwrap_or(false),
            confirmed_at: s("availability_confirmed_at"),
            csrf: s("csrf"),
            form: json::read_form(&json::get(&o, "form")),
            timeline,
            introductions: JSON::stringify(&json::get(&o, "introductions"))
                .ok()
                .and_then(|s| s.as_string())
                .filter(|s| s.starts_with('['))
                .unwrap_or_else(|| "[]".to_owned()),
        })
    }

    pub fn introductions(&self) -> Vec<JsValue> {
        JSON::parse(&self.introductions)
            .ok()
            .filter(Array::is_array)
            .map(|v| Array::from(&v).iter().collect())
            .unwrap_or_default()
    }

    /// Introductions waiting for the person's answer.
    pub fn asked(&self) -> usize {
        self.introductions()
            .iter()
            .filter(|i| json::get_string(i, "status").as_deref() == Some("asked"))
            .count()
    }

    /// Paused today (a pause runs through its last day).
    pub fn paused(&self, today: Date) -> Option<Date> {
        self.paused_until.filter(|until| *until >= today)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeState {
    NotLoaded,
    Loading,
    Ready(Box<Me>),
    SignedOut,
    Failed,
}

/// What a change leaves to say on the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Flash {
    Saved,
    Paused(Date),
    Resumed,
    Confirmed,
    ContactSaved,
    EmailPending(String),
}

#[derive(Debug, Clone, Copy)]
pub struct Account {
    pub me: RwSignal<MeState>,
    pub flash: RwSignal<Option<Flash>>,
    /// Problems the server found in answers saved earlier, for the edit page.
    pub errors: RwSignal<Vec<ErrorCode>>,
}

impl Account {
    pub fn load(self) {
        self.me.set(MeState::Loading);
        spawn_local(async move {
            let state = match api::call("GET", "/api/me", None, None).await {
                Some(answer) if answer.status == 200 => Me::parse(&answer.body)
                    .map_or(MeState::Failed, |me| MeState::Ready(Box::new(me))),
                Some(answer) if answer.status == 401 => MeState::SignedOut,
                _ => MeState::Failed,
            };
            self.me.set(state);
        });
    }

    pub fn csrf(self) -> String {
        self.me.with_untracked(|state| match state {
            MeState::Ready(me) => me.csrf.clone(),
            _ => String::new(),
        })
    }
}

pub fn provide_account() -> Account {
    let account = Account {
        me: RwSignal::new(MeState::NotLoaded),
        flash: RwSignal::new(None),
        errors: RwSignal::new(Vec::new()),
    };
    provide_context(account);
    account
}

pub fn use_account() -> Account {
    expect_context::<Account>()
}

/// A page that needs a session: shows `page` with the registration, or
/// sends someone who is not signed in to the sign-in page.
pub fn signed_in(page: fn(Me) -> AnyView) -> AnyView {
    let account = use_account();
    let location = use_location();
    let i18n = crate::i18n::use_i18n();
    if account.me.with_untracked(|m| *m == MeState::NotLoaded) {
        account.load();
    }
    (move || match account.me.get() {
        MeState::Ready(me) => page(*me),
        MeState::SignedOut => {
            queue_microtask(move || location.replace("/sign-in?from=my"));
            ().into_any()
        }
        MeState::Failed => view! {
            <div class="panel panel--warning" role="alert">
                <p>{crate::ta!(i18n, load_failed)}</p>
                <button type="button" class="button button--secondary" on:click=move |_| account.load()>
                    {crate::ta!(i18n, try_again)}
                </button>
            </div>
        }
        .into_any(),
        MeState::NotLoaded | MeState::Loading => {
            view! { <p class="loading" role="status">{crate::ta!(i18n, loading)}</p> }.into_any()
        }
    })
    .into_any()
}
