//! The signed-in member of an organisation (or administrator), loaded once
//! per page load from `GET /api/staff/me` and again after signing in or a
//! refused CSRF token. Its own cookie and token: a candidate's session in
//! the same browser has nothing to do with it.

use super::model::{self, Member};
use crate::api;
use crate::i18n::use_i18n;
use crate::router::{use_location, Location};
use crate::te;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where a page that needs a session sends someone without one.
pub const SIGN_IN: &str = "/employer?from=session";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionState {
    NotLoaded,
    Loading,
    Ready(Box<Member>),
    SignedOut,
    Failed,
}

#[derive(Debug, Clone, Copy)]
pub struct Session {
    pub state: RwSignal<SessionState>,
    /// Kept apart from the member: a new token alone must not redraw the
    /// page (and lose what someone typed).
    csrf: StoredValue<String>,
}

impl Session {
    pub fn start(self) {
        self.state.set(SessionState::Loading);
        self.refresh();
    }

    /// Fetches the member and a fresh token; the page changes only when
    /// the member did.
    pub fn refresh(self) {
        spawn_local(self.refresh_now());
    }

    pub async fn refresh_now(self) {
        let state = match api::call("GET", "/api/staff/me", None, None).await {
            Some(a) if a.status == 200 => match Member::parse(&a.body) {
                Some((member, csrf)) => {
                    self.csrf.set_value(csrf);
                    SessionState::Ready(Box::new(member))
                }
                None => SessionState::Failed,
            },
            Some(a) if a.status == 401 => SessionState::SignedOut,
            _ => SessionState::Failed,
        };
        if self.state.with_untracked(|s| *s != state) {
            self.state.set(state);
        }
    }

    /// Loads the session the first time a page asks for it.
    pub fn ensure(self) {
        if self.state.with_untracked(|s| *s == SessionState::NotLoaded) {
            self.start();
        }
    }

    pub fn csrf(self) -> String {
        self.csrf.get_value()
    }

    /// After signing out: no member, no token.
    pub fn signed_out(self) {
        self.csrf.set_value(String::new());
        self.state.set(SessionState::SignedOut);
    }
}

/// What a page asked the server for, as it stands: the answer's body,
/// read where it is shown (one copy of this for every kind of answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    Loading,
    Ready(String),
    /// Refused with this code (`not_found`, `not_an_admin` …).
    Refused(String),
    Failed,
}

impl Session {
    /// Reads `path` into `into`. Someone whose session ended goes to the
    /// sign-in form.
    pub fn load(self, location: Location, path: String, into: RwSignal<Loaded>) {
        spawn_local(async move {
            let loaded = match api::call("GET", &path, None, None).await {
                Some(a) if a.status == 200 => Loaded::Ready(a.body),
                Some(a) if a.status == 401 => {
                    self.signed_out();
                    location.replace(SIGN_IN);
                    return;
                }
                Some(a) => match model::errors(&a.body).into_iter().next() {
                    Some((_, code)) => Loaded::Refused(code),
                    None if a.status == 404 => Loaded::Refused("not_found".to_owned()),
                    None => Loaded::Failed,
                },
                None => Loaded::Failed,
            };
            into.set(loaded);
        });
    }
}

pub fn provide_session() -> Session {
    let session = Session {
        state: RwSignal::new(SessionState::NotLoaded),
        csrf: StoredValue::new(String::new()),
    };
    provide_context(session);
    session
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// "Loading…", or "could not load" with a way to try again.
pub fn waiting(failed: bool, again: impl Fn() + Send + Sync + 'static) -> AnyView {
    let i18n = use_i18n();
    if failed {
        view! {
            <div class="panel panel--warning" role="alert">
                <p class="panel__body">{te!(i18n, load_failed)}</p>
                <button type="button" class="button button--secondary" on:click=move |_| again()>
                    {te!(i18n, try_again)}
                </button>
            </div>
        }
        .into_any()
    } else {
        view! { <p class="loading" role="status">{te!(i18n, loading)}</p> }.into_any()
    }
}

/// A page for signed-in members: shows `page` with the member, or sends
/// someone who is not signed in to the sign-in form.
pub fn signed_in(page: fn(Member) -> AnyView) -> AnyView {
    let session = use_session();
    let location = use_location();
    session.ensure();
    (move || match session.state.get() {
        SessionState::Ready(member) => page(*member),
        SessionState::SignedOut => {
            queue_microtask(move || location.replace(SIGN_IN));
            ().into_any()
        }
        SessionState::Failed => waiting(true, move || session.start()),
        SessionState::NotLoaded | SessionState::Loading => waiting(false, || {}),
    })
    .into_any()
}
