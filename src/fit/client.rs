//! Talks to the fit worker: starts it on first use, sends it the newest
//! form, keeps the newest answer.

use crate::json;
use handen_core::{Date, Language, RegistrationForm};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// Trunk writes the worker and this loader next to the app.
const WORKER_URL: &str = "/handen-worker_loader.js";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FitView {
    pub summary: String,
    pub html: String,
    pub rest_title: String,
    pub rest_html: String,
}

#[derive(Clone, Copy)]
pub struct FitClient {
    pub view: RwSignal<Option<FitView>>,
    latest: StoredValue<u32>,
    worker: StoredValue<Option<Worker>, LocalStorage>,
    /// The newest request, held until the worker says it is ready.
    pending: StoredValue<Option<String>>,
    ready: StoredValue<bool>,
}

pub fn provide_fit() -> FitClient {
    let client = FitClient {
        view: RwSignal::new(None),
        latest: StoredValue::new(0),
        worker: StoredValue::new_local(None),
        pending: StoredValue::new(None),
        ready: StoredValue::new(false),
    };
    provide_context(client);
    client
}

impl FitClient {
    fn worker(self) -> Option<Worker> {
        if let Some(worker) = self.worker.get_value() {
            return Some(worker);
        }
        let worker = Worker::new(WORKER_URL).ok()?;
        let client = self;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(reply) = event.data().as_string().and_then(|t| json::parse(&t)) else {
                return;
            };
            if json::get(&reply, "ready").as_bool() == Some(true) {
                client.ready.set_value(true);
                if let Some(message) = client.pending.get_value() {
                    client.post(&message);
                }
                return;
            }
            let (view, latest) = (client.view, client.latest);
            let id = json::get(&reply, "id").as_f64().unwrap_or(-1.0);
            if id != f64::from(latest.get_value()) {
                return; // an answer to a form that has changed since
            }
            let text = |key| json::get_string(&reply, key).unwrap_or_default();
            view.set(Some(FitView {
                summary: text("summary"),
                html: text("html"),
                rest_title: text("rest_title"),
                rest_html: text("rest_html"),
            }));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // Lives as long as the worker, which lives as long as the page.
        on_message.forget();
        self.worker.set_value(Some(worker.clone()));
        Some(worker)
    }

    /// Asks for the fit of `form`; only the newest request is answered.
    pub fn request(self, form: &RegistrationForm, language: Language, today: Date) {
        let Some(worker) = self.worker() else { return };
        let id = self.latest.get_value().wrapping_add(1);
        self.latest.set_value(id);
        let mut message = format!(
            "{{\"id\":{id},\"language\":\"{}\",\"today\":\"{today}\",\"form\":",
            language.code()
        );
        message.push_str(&json::write_form(form));
        message.push('}');
        if self.ready.get_value() {
            let _ = worker.post_message(&JsValue::from_str(&message));
        } else {
            self.pending.set_value(Some(message));
        }
    }

    fn post(self, message: &str) {
        if let Some(worker) = self.worker.get_value() {
            let _ = worker.post_message(&JsValue::from_str(message));
        }
    }
}

pub fn use_fit() -> FitClient {
    expect_context::<FitClient>()
}
