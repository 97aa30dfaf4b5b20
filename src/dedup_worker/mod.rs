//! The duplicate finder: a Web Worker the clean-list page starts, so the
//! engine (normalising, blocking, comparing, clustering) is not in the
//! page's first load and a long run never freezes the page. It keeps the
//! list and the recruiter's corrections; the page asks for what it shows.
//!
//! Messages are `[kind, data]` (see `envelope`). In:
//! `parse` + file bytes; `run` + `{"columns": [10 × index or -1], "id",
//! "dates"}`; `groups` + `{"from", "count"}`; `split` + `{"row", "from",
//! "count"}`; `csv` + `{"all"}`. Out: `ready`; `parsed` + `{"headers",
//! "rows", "preview"}` or `failed` + `{"code", …}`; `progress` +
//! `{"stage", "done", "total"}`; `result` + counts and a page of groups;
//! `csv` + the file's bytes.
//! Nothing here makes a network request: the list never leaves the device.

pub mod envelope;
mod reply;
pub mod session;

use crate::json;
use handen_core::dedup::dates::DateFormat;
use handen_core::dedup::{DateReading, InputField};
use session::{Mapping, Session};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Progress reports at most this often: enough for a smooth bar, few
/// enough not to flood the page.
const PROGRESS_EVERY_MS: f64 = 100.0;

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(kind: &str, data: &JsValue) {
    let message = envelope::pack(kind, data);
    let _ = scope().post_message_with_transfer(&message, &envelope::transfer(data));
}

fn post_text(kind: &str, text: &str) {
    post(kind, &JsValue::from_str(text));
}

/// Installs the message handler; called from the worker binary's `main`.
pub fn start() {
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let (kind, data) = envelope::open(&event.data());
        let request = data.as_string().and_then(|t| json::parse(&t));
        let number = |key: &str| {
            request
                .as_ref()
                .and_then(|r| json::get(r, key).as_f64())
                .filter(|n| *n >= 0.0)
                .map(|n| n as usize)
        };
        match kind.as_str() {
            "parse" => parse(&js_sys::Uint8Array::new(&data).to_vec()),
            "run" => {
                if let Some(request) = &request {
                    run(request);
                }
            }
            "groups" => answer(number("from"), number("count")),
            "split" => {
                if let Some(row) = number("row") {
                    with_session(|s| s.split(row));
                }
                answer(number("from"), number("count"));
            }
            "csv" => {
                let all = request
                    .as_ref()
                    .and_then(|r| json::get(r, "all").as_bool())
                    .unwrap_or(false);
                if let Some(text) = with_session(|s| s.csv(all)) {
                    let bytes = js_sys::Uint8Array::from(text.as_bytes());
                    post("csv", &bytes.buffer());
                }
            }
            _ => {}
        }
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    handler.forget();
    // Messages sent while the wasm was loading had no handler and are
    // gone: the page waits for this before it sends anything.
    post_text("ready", "");
}

fn with_session<T>(f: impl FnOnce(&mut Session) -> T) -> Option<T> {
    SESSION.with(|s| s.borrow_mut().as_mut().map(f))
}

fn parse(bytes: &[u8]) {
    match Session::parse(bytes) {
        Ok(session) if session.table.rows.is_empty() => {
            post_text("failed", &reply::failed(None));
        }
        Ok(session) => {
            post_text("parsed", &reply::parsed(&session));
            SESSION.with(|s| *s.borrow_mut() = Some(session));
        }
        Err(error) => post_text("failed", &reply::failed(Some(&error))),
    }
}

fn run(request: &JsValue) {
    let index = |value: JsValue| value.as_f64().filter(|n| *n >= 0.0).map(|n| n as usize);
    let mut mapping = Mapping::default();
    let columns = json::get(request, "columns");
    if js_sys::Array::is_array(&columns) {
        let columns = js_sys::Array::from(&columns);
        for (i, _) in InputField::ALL.iter().enumerate() {
            mapping.columns[i] = index(columns.get(i as u32));
        }
    }
    mapping.id = index(json::get(request, "id"));
    // The page checked the pattern; one that still fails reads dates the
    // common way rather than none.
    mapping.dates = json::get_string(request, "dates")
        .filter(|p| !p.is_empty())
        .and_then(|p| DateFormat::parse(&p).ok())
        .map_or(DateReading::Any, DateReading::Format);
    let mut last = 0.0;
    let mut stage = None;
    let ran = with_session(|session| {
        session.run(mapping, &mut |progress, done, total| {
            let now = js_sys::Date::now();
            if stage != Some(progress) || done == total || now - last >= PROGRESS_EVERY_MS {
                stage = Some(progress);
                last = now;
                post_text("progress", &reply::progress(progress, done, total));
            }
        });
    });
    if ran.is_some() {
        answer(Some(0), None);
    }
}

/// Groups per page unless the page asks otherwise.
const PAGE: usize = 10;

fn answer(from: Option<usize>, count: Option<usize>) {
    let text = SESSION.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|s| s.has_run())
            .map(|s| reply::result(s, from.unwrap_or(0), count.unwrap_or(PAGE)))
    });
    if let Some(text) = text {
        post_text("result", &text);
    }
}
