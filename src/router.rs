//! Client-side routing over the History API: the current location as
//! signals, `navigate`, links with `aria-current`, and one document-level
//! click handler that turns same-origin links into in-app navigation.
//!
//! Handen's own rather than leptos_router: measured with this project's
//! release profile, leptos_router 0.8 adds ~47 KB brotli to a bare Leptos
//! app (31 KB → 78 KB), a third of the whole first-load budget, for nested
//! and async routing this app does not use.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Where the app is: path, query string (without `?`), fragment (without `#`).
#[derive(Debug, Clone, Copy)]
pub struct Location {
    pub path: RwSignal<String>,
    query: RwSignal<String>,
    hash: RwSignal<String>,
    /// The paths this app shows; links elsewhere load the other app.
    owns: fn(&str) -> bool,
}

impl Location {
    /// The value of one query parameter, e.g. `return` in `?return=check`.
    pub fn query_param(self, name: &str) -> Option<String> {
        self.query.with(|q| {
            q.split('&').find_map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (key == name).then(|| value.to_owned())
            })
        })
    }

    pub fn hash_untracked(self) -> String {
        self.hash.get_untracked()
    }

    /// Goes to `href` (same origin) and adds a history entry. A method, not
    /// a context lookup: event handlers and tasks run outside the component
    /// tree, so components capture their `Location` when they are created.
    pub fn navigate(self, href: &str) {
        go(self, href, false);
    }

    /// Goes to `href` in place of the current history entry (redirects).
    pub fn replace(self, href: &str) {
        go(self, href, true);
    }

    fn set(self, path: String, query: String, hash: String) {
        // Only changed parts notify, so a new fragment does not rebuild the page.
        if self.path.get_untracked() != path {
            self.path.set(path);
        }
        if self.query.get_untracked() != query {
            self.query.set(query);
        }
        if self.hash.get_untracked() != hash {
            self.hash.set(hash);
        }
    }

    fn read_browser(self) {
        let location = window().location();
        let path = location.pathname().unwrap_or_else(|_| "/".to_owned());
        let query = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        self.set(
            path,
            query.trim_start_matches('?').to_owned(),
            hash.trim_start_matches('#').to_owned(),
        );
    }
}

/// Creates the location, follows back/forward, and intercepts clicks on
/// links to the paths this app `owns`.
pub fn provide_router(owns: fn(&str) -> bool) -> Location {
    let location = Location {
        path: RwSignal::new(String::new()),
        query: RwSignal::new(String::new()),
        hash: RwSignal::new(String::new()),
        owns,
    };
    location.read_browser();
    provide_context(location);
    let _ = window_event_listener(ev::popstate, move |_| location.read_browser());
    let _ = window_event_listener(ev::click, move |event| follow_link(location, &event));
    location
}

pub fn use_location() -> Location {
    expect_context::<Location>()
}

fn go(location: Location, href: &str, replace: bool) {
    // A page of the other app: the browser loads it.
    if !(location.owns)(href) {
        let _ = window().location().set_href(href);
        return;
    }
    let Ok(history) = window().history() else {
        return;
    };
    let result = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(href))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(href))
    };
    if result.is_ok() {
        location.read_browser();
    }
}

/// Same-origin links become in-app navigation, unless the person asked
/// for a new tab or window, or the link says otherwise.
fn follow_link(location: Location, event: &web_sys::MouseEvent) {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
    {
        return;
    }
    let anchor = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten());
    let Some(anchor) = anchor else { return };
    if anchor.has_attribute("target")
        || anchor.has_attribute("download")
        || anchor
            .get_attribute("rel")
            .is_some_and(|r| r.contains("external"))
    {
        return;
    }
    let Some(href) = anchor.get_attribute("href") else {
        return;
    };
    let base = window().location().href().unwrap_or_default();
    let Ok(url) = web_sys::Url::new_with_base(&href, &base) else {
        return;
    };
    let origin = window().location().origin().unwrap_or_default();
    if url.origin() != origin || !(location.owns)(&url.pathname()) {
        return;
    }
    // A jump within this page is the browser's job.
    let same_page = url.pathname() == location.path.get_untracked()
        && url.search().trim_start_matches('?') == location.query.get_untracked();
    if same_page && !url.hash().is_empty() {
        return;
    }
    event.prevent_default();
    // Event handlers run outside the component tree: no context there.
    go(
        location,
        &format!("{}{}{}", url.pathname(), url.search(), url.hash()),
        false,
    );
}

/// A link that marks itself `aria-current="page"` where it leads. `exact`
/// for links such as "/" that every path starts with.
#[component]
pub fn Link(
    #[prop(into)] href: String,
    #[prop(optional)] exact: bool,
    #[prop(optional, into)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let target = href.clone();
    let current = move || {
        location.path.with(|path| {
            let here = if exact {
                *path == target
            } else {
                path.starts_with(&target)
            };
            here.then_some("page")
        })
    };
    view! { <a href=href class=class aria-current=current>{children()}</a> }
}
