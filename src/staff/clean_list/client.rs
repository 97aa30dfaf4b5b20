//! Starts the duplicate finder and talks to it. Messages wait until the
//! worker says it is ready (sent earlier, they would find no handler).
//! Stopping a run ends the worker: a run cannot be interrupted from
//! outside, and a fresh worker is cheap.

use crate::dedup_worker::envelope;
use js_sys::Array;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// Trunk writes the worker and this loader next to the app, under a name
/// that stays the same across releases (the server revalidates it).
const WORKER_URL: &str = "/staff/handen-dedup_loader.js";

/// Called with each answer's kind and data; `error` when the worker failed.
pub type OnReply = Rc<dyn Fn(&str, JsValue)>;

#[derive(Clone, Copy)]
pub struct DedupClient {
    worker: StoredValue<Option<Worker>, LocalStorage>,
    ready: StoredValue<bool>,
    queue: StoredValue<Vec<Array>, LocalStorage>,
    on_reply: StoredValue<Option<OnReply>, LocalStorage>,
    /// Counts workers started: a stopped worker's last messages, already
    /// on their way, are not the new one's.
    generation: StoredValue<u32>,
}

impl DedupClient {
    pub fn new() -> DedupClient {
        DedupClient {
            worker: StoredValue::new_local(None),
            ready: StoredValue::new(false),
            queue: StoredValue::new_local(Vec::new()),
            on_reply: StoredValue::new_local(None),
            generation: StoredValue::new(0),
        }
    }

    pub fn on_reply(self, handler: OnReply) {
        self.on_reply.set_value(Some(handler));
    }

    /// Whether a worker runs, holding what it was sent.
    pub fn is_running(self) -> bool {
        self.worker.with_value(Option::is_some)
    }

    pub fn send(self, kind: &str, data: JsValue) {
        let message = envelope::pack(kind, &data);
        match self.worker() {
            Some(worker) if self.ready.get_value() => post(&worker, &message),
            Some(_) => self.queue.update_value(|q| q.push(message)),
            None => self.reply("error", JsValue::UNDEFINED),
        }
    }

    pub fn stop(self) {
        if let Some(worker) = self.worker.get_value() {
            worker.terminate();
        }
        self.worker.set_value(None);
        self.generation.update_value(|g| *g += 1);
        self.ready.set_value(false);
        self.queue.set_value(Vec::new());
    }

    fn reply(self, kind: &str, data: JsValue) {
        if let Some(handler) = self.on_reply.get_value() {
            handler(kind, data);
        }
    }

    fn worker(self) -> Option<Worker> {
        if let Some(worker) = self.worker.get_value() {
            return Some(worker);
        }
        let worker = Worker::new(WORKER_URL).ok()?;
        let client = self;
        let generation = self.generation.get_value();
        let current = move || client.generation.get_value() == generation;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if !current() {
                return;
            }
            let (kind, data) = envelope::open(&event.data());
            if kind == "ready" {
                client.ready.set_value(true);
                let queued = client.queue.try_update_value(std::mem::take);
                if let (Some(worker), Some(queued)) = (client.worker.get_value(), queued) {
                    for message in queued {
                        post(&worker, &message);
                    }
                }
                return;
            }
            client.reply(&kind, data);
        });
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            if !current() {
                return;
            }
            client.stop();
            client.reply("error", JsValue::UNDEFINED);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // A few bytes per worker started; a page starts one per run at most.
        on_message.forget();
        on_error.forget();
        self.worker.set_value(Some(worker.clone()));
        Some(worker)
    }
}

fn post(worker: &Worker, message: &Array) {
    let _ = worker.post_message_with_transfer(message, &envelope::transfer(&message.get(1)));
}
