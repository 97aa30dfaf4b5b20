//! `/clean-list`: a recruiter chooses a CSV file, says which column is
//! which, lets the duplicate finder run in a worker, reviews the groups it
//! found (splitting off a row that does not belong) and downloads the
//! cleaned list. The file never leaves the device: it goes from the file
//! input to the worker and back as a download.

mod choose;
mod client;
mod download;
mod group;
mod map;
mod model;
mod numbers;
mod problems;
mod reasons;
mod review;
mod running;

use crate::components::PageTitle;
use crate::i18n::{texts, use_i18n};
use crate::json;
use crate::signup::summary::focus_later;
use client::DedupClient;
use handen_core::column_guess;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::{Choices, Outcome, Parsed, RunProgress, Step};
use problems::Problem;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// Groups per page of the review.
const PAGE_SIZE: u32 = 10;

pub const HEADING: &str = "page-heading";
const REVIEW_STATUS: &str = "review-status";
const GROUPS_RANGE: &str = "groups-range";

/// A line the page says after an action.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Notice {
    #[default]
    None,
    Reading,
    Stopped,
    /// The spreadsheet row that was split off.
    Split(u32),
    Preparing,
    Downloaded(String),
}

/// The page's state and what it can do; `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct CleanList {
    pub step: RwSignal<Step>,
    pub problems: RwSignal<Vec<Problem>>,
    pub parsed: RwSignal<Parsed>,
    pub choices: RwSignal<Choices>,
    /// "any", "dmy", "mdy", "ymd", "compact" or "own".
    pub dates: RwSignal<String>,
    pub pattern: RwSignal<String>,
    pub progress: RwSignal<RunProgress>,
    pub outcome: RwSignal<Outcome>,
    pub notice: RwSignal<Notice>,
    file: StoredValue<Option<File>, LocalStorage>,
    client: DedupClient,
    /// Where focus goes when the next result arrives.
    focus_after: StoredValue<Option<&'static str>>,
    /// Which download is being made: all rows, or one per person.
    download_all: StoredValue<bool>,
}

impl CleanList {
    fn new() -> CleanList {
        let page = CleanList {
            step: RwSignal::new(Step::Choose),
            problems: RwSignal::new(Vec::new()),
            parsed: RwSignal::new(Parsed::default()),
            choices: RwSignal::new(Choices::default()),
            dates: RwSignal::new("any".to_owned()),
            pattern: RwSignal::new(String::new()),
            progress: RwSignal::new(RunProgress::default()),
            outcome: RwSignal::new(Outcome::default()),
            notice: RwSignal::new(Notice::None),
            file: StoredValue::new_local(None),
            client: DedupClient::new(),
            focus_after: StoredValue::new(None),
            download_all: StoredValue::new(false),
        };
        page.client
            .on_reply(Rc::new(move |kind: &str, data| page.reply(kind, data)));
        page
    }

    fn go(self, step: Step) {
        self.step.set(step);
        focus_later(HEADING.to_owned());
    }

    /// Step 1: the file goes to a fresh worker, which parses it.
    pub fn read(self, file: File) {
        self.problems.set(Vec::new());
        self.notice.set(Notice::Reading);
        self.client.stop();
        self.file.set_value(Some(file));
        spawn_local(async move {
            if !self.send_file().await {
                self.notice.set(Notice::None);
                problems::show(self.problems, vec![Problem::ReadFailed]);
            }
        });
    }

    /// Reads the chosen file's bytes and hands them over (transferred, not
    /// copied). `false` when the file cannot be read (moved, no access).
    async fn send_file(self) -> bool {
        let Some(file) = self.file.get_value() else {
            return false;
        };
        match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                self.client.send("parse", buffer);
                true
            }
            Err(_) => false,
        }
    }

    /// Step 3: a stopped worker has forgotten the file; a new one is sent
    /// it again before the run.
    pub fn run(self, request: String) {
        self.problems.set(Vec::new());
        self.notice.set(Notice::None);
        self.progress.set(RunProgress::default());
        self.go(Step::Run);
        spawn_local(async move {
            if !self.client.is_running() && !self.send_file().await {
                self.step.set(Step::Choose);
                problems::show(self.problems, vec![Problem::ReadFailed]);
                return;
            }
            self.client.send("run", JsValue::from_str(&request));
        });
    }

    pub fn stop(self) {
        self.client.stop();
        self.notice.set(Notice::Stopped);
        self.go(Step::Map);
    }

    pub fn start_over(self) {
        self.client.stop();
        self.file.set_value(None);
        self.parsed.set(Parsed::default());
        self.outcome.set(Outcome::default());
        self.notice.set(Notice::None);
        self.problems.set(Vec::new());
        self.go(Step::Choose);
    }

    pub fn split(self, row: u32) {
        self.notice.set(Notice::Split(model::sheet_row(row)));
        self.focus_after.set_value(Some(REVIEW_STATUS));
        let from = self.outcome.with_untracked(|o| o.from);
        self.client.send(
            "split",
            JsValue::from_str(&format!(
                "{{\"row\":{row},\"from\":{from},\"count\":{PAGE_SIZE}}}"
            )),
        );
    }

    /// Shows the groups from the `from`-th on.
    pub fn show_groups(self, from: u32) {
        self.notice.set(Notice::None);
        self.focus_after.set_value(Some(GROUPS_RANGE));
        self.client.send(
            "groups",
            JsValue::from_str(&format!("{{\"from\":{from},\"count\":{PAGE_SIZE}}}")),
        );
    }

    pub fn download(self, all: bool) {
        self.notice.set(Notice::Preparing);
        self.download_all.set_value(all);
        self.client
            .send("csv", JsValue::from_str(&format!("{{\"all\":{all}}}")));
    }

    fn reply(self, kind: &str, data: JsValue) {
        let object = data.as_string().and_then(|t| json::parse(&t));
        match (kind, object) {
            ("parsed", Some(object)) if self.step.get_untracked() == Step::Choose => {
                let name = self.file.with_value(|f| f.as_ref().map(File::name));
                let parsed = model::read_parsed(&object, name.unwrap_or_default());
                let guess = column_guess::guess(&parsed.headers);
                self.choices.set(Choices {
                    columns: guess.columns,
                    id: guess.id,
                });
                self.parsed.set(parsed);
                self.notice.set(Notice::None);
                self.go(Step::Map);
            }
            ("failed", Some(object)) => {
                self.client.stop();
                self.notice.set(Notice::None);
                self.step.set(Step::Choose);
                problems::show(self.problems, vec![Problem::from_worker(&object)]);
            }
            ("progress", Some(object)) => self.progress.set(model::read_progress(&object)),
            ("result", Some(object)) => {
                self.outcome.set(model::read_outcome(&object));
                if self.step.get_untracked() == Step::Run {
                    self.go(Step::Review);
                } else if let Some(id) = self.focus_after.try_update_value(Option::take).flatten() {
                    focus_later(id.to_owned());
                }
            }
            ("csv", _) => {
                let name = self.parsed.with_untracked(|p| {
                    download::file_name(&p.file_name, self.download_all.get_value())
                });
                if download::save(&data, &name).is_some() {
                    self.notice.set(Notice::Downloaded(name));
                }
            }
            ("error", _) => {
                self.notice.set(Notice::None);
                if self.step.get_untracked() == Step::Run {
                    self.step.set(Step::Map);
                }
                problems::show(self.problems, vec![Problem::Worker]);
            }
            _ => {}
        }
    }
}

#[component]
pub fn CleanListPage() -> impl IntoView {
    let i18n = use_i18n();
    let page = CleanList::new();
    on_cleanup(move || page.client.stop());
    let step = move || match page.step.get() {
        Step::Choose => view! { <choose::Choose page /> }.into_any(),
        Step::Map => view! { <map::Map page /> }.into_any(),
        Step::Run => view! { <running::Running page /> }.into_any(),
        Step::Review => view! { <review::Review page /> }.into_any(),
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::staff).title.to_owned()) />
        {step}
    }
}
