//! The fit worker: runs in a Web Worker, loaded only when a page shows the
//! fit panel. It keeps the open demand, assesses each form it is sent with
//! the rules of handen-core, and answers with the panel in words.
//!
//! Messages are JSON strings: in `{"id", "language", "today", "form"}`,
//! out `{"id", "summary", "html", "rest_title", "rest_html"}`, and
//! `{"ready": true}` once started.
//! Only the newest request is answered.

pub mod render;

use crate::json;
use handen_core::catalogue::CATALOGUE;
use handen_core::fit::{assess, Demand, FitProfile};
use handen_core::{Date, Language};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Open demand is refetched after this long.
const DEMAND_MAX_AGE_MS: f64 = 5.0 * 60.0 * 1000.0;

thread_local! {
    static DEMAND: RefCell<Option<(Demand, f64)>> = const { RefCell::new(None) };
    static LATEST: Cell<f64> = const { Cell::new(0.0) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Installs the message handler; called from the worker binary's `main`.
pub fn start() {
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        if let Some(text) = event.data().as_string() {
            wasm_bindgen_futures::spawn_local(answer(text));
        }
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    // Messages sent while the wasm was loading had no handler and are gone:
    // say so, and the app sends its newest request again.
    let _ = scope().post_message(&JsValue::from_str("{\"ready\":true}"));
}

async fn fetch_demand() -> Option<Demand> {
    let response = JsFuture::from(scope().fetch_with_str("/api/demand"))
        .await
        .ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let areas = Demand::decode(&bytes, &CATALOGUE).ok()?;
    Some(Demand::new(&areas, CATALOGUE.len()))
}

/// Loads or refreshes the demand; `false` when there is none to use.
async fn ensure_demand() -> bool {
    let now = js_sys::Date::now();
    let fresh = DEMAND.with(|d| {
        d.borrow()
            .as_ref()
            .is_some_and(|(_, at)| now - at < DEMAND_MAX_AGE_MS)
    });
    if !fresh {
        if let Some(demand) = fetch_demand().await {
            DEMAND.with(|d| *d.borrow_mut() = Some((demand, now)));
        }
    }
    DEMAND.with(|d| d.borrow().is_some())
}

async fn answer(text: String) {
    let Some(message) = json::parse(&text) else {
        return;
    };
    let id = json::get(&message, "id").as_f64().unwrap_or(0.0);
    LATEST.with(|l| l.set(id));
    let language = json::get_string(&message, "language")
        .and_then(|l| Language::parse(&l).ok())
        .unwrap_or_default();
    let today = json::get_string(&message, "today")
        .and_then(|d| Date::parse_iso(&d).ok())
        .unwrap_or(Date::EPOCH);
    let form = json::read_form(&json::get(&message, "form"));
    let loaded = ensure_demand().await;
    if LATEST.with(Cell::get) != id {
        return; // a newer form arrived while the demand loaded
    }
    let profile = FitProfile::from_form(&form, today);
    let rendered = DEMAND.with(|d| {
        let empty = Demand::default();
        let guard = d.borrow();
        let demand = guard.as_ref().map_or(&empty, |(demand, _)| demand);
        render::render(
            &assess(&profile, &CATALOGUE, demand),
            &profile,
            language,
            loaded,
        )
    });
    let mut reply = format!("{{\"id\":{id}");
    for (key, value) in [
        ("summary", &rendered.summary),
        ("html", &rendered.html),
        ("rest_title", &rendered.rest_title),
        ("rest_html", &rendered.rest_html),
    ] {
        reply.push_str(",\"");
        reply.push_str(key);
        reply.push_str("\":");
        json::write_str(&mut reply, value);
    }
    reply.push('}');
    let _ = scope().post_message(&JsValue::from_str(&reply));
}
