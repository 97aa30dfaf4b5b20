//! `/employer/requests/{id}`: one request, the anonymised pool that fits
//! it, and the introductions asked for it.

use super::introductions::introductions;
use super::pool::pool_section;
use crate::components::PageTitle;
use crate::employer::form::html;
use crate::employer::form::sender::{action_form, Sender};
use crate::employer::markup::{details, not_ready};
use crate::employer::model::{Member, WorkRequest};
use crate::employer::packages::{use_packages, Packages};
use crate::employer::session::{use_session, Loaded, Session};
use crate::employer::words;
use crate::html::esc;
use crate::i18n::{fill, texts, texts_for, use_i18n};
use crate::labels;
use crate::router::{use_location, Location};
use crate::signup::summary::focus_later;
use crate::te;
use handen_core::Language;
use leptos::prelude::*;

pub const HEADING: &str = "request-heading";

pub fn page(member: Member) -> AnyView {
    if member.approved().is_none() {
        return super::not_approved(&member);
    }
    request_page()
}

/// The page's request and how to fetch it again; `Copy` for every handler.
#[derive(Clone, Copy)]
pub struct Page {
    pub id: StoredValue<String>,
    pub request: RwSignal<Loaded>,
    pub session: Session,
    pub location: Location,
    pub packages: Packages,
}

impl Page {
    pub fn path(self, rest: &str) -> String {
        format!("/api/employer/requests/{}{rest}", self.id.get_value())
    }

    pub fn reload(self) {
        self.session
            .load(self.location, self.path(""), self.request);
    }

    /// The request, when it has come; tracked.
    pub fn get(self) -> Option<WorkRequest> {
        self.request.with(|r| match r {
            Loaded::Ready(body) => WorkRequest::parse(body),
            _ => None,
        })
    }
}

/// "5611 Eindhoven", or the postcode when no place is known.
fn place(request: &WorkRequest) -> &str {
    if request.place.is_empty() {
        &request.postcode
    } else {
        &request.place
    }
}

fn details_html(language: Language, page: Page) -> String {
    let (t, e) = (texts_for(language), texts::employer(language));
    let Some(r) = page.get() else {
        let loaded = page.request.get();
        let refused = match &loaded {
            Loaded::Refused(code) if code == "not_found" => e.not_found,
            Loaded::Refused(code) => words::error(language, code),
            _ => e.load_failed,
        };
        return not_ready(e, &loaded, refused);
    };
    let filled = fill(
        e.people_filled,
        &[("filled", &r.filled), ("people", &r.people)],
    );
    format!(
        "<h2>{}</h2>{}",
        esc(e.details_heading),
        details(&[
            (e.status, words::request_status(e, &r.status)),
            (e.people, &filled),
            (e.place, place(&r)),
            (e.period, &words::period(t, e, &r.starts_on, &r.ends_on)),
            (e.dayparts, &labels::slots(t, &r.dayparts)),
            (e.hours_per_week, &r.hours_per_week.to_string()),
            (e.notes_label, &r.notes),
        ])
    )
}

fn request_page() -> AnyView {
    let i18n = use_i18n();
    let location = use_location();
    let id = location
        .path
        .with_untracked(|p| p.rsplit('/').next().unwrap_or_default().to_owned());
    let page = Page {
        id: StoredValue::new(id),
        request: RwSignal::new(Loaded::Loading),
        session: use_session(),
        location,
        packages: use_packages(),
    };
    page.reload();
    let title = move || match page.get() {
        Some(r) => page.packages.title(&r.package, i18n.language()),
        None => i18n.group(texts::employer).request_title.to_owned(),
    };
    // The pool is built once the request is known to be open, and not
    // again each time the request is read (it keeps its filters).
    let open = Memo::new(move |_| page.get().is_some_and(|r| r.is_open()));
    let ready = Memo::new(move |_| matches!(page.request.get(), Loaded::Ready(_)));
    let close = Sender::new(page.session, page.location);
    let close_form = move || {
        action_form(
            close,
            te!(i18n, close_button),
            Box::new(move || {
                close.send(
                    "POST",
                    page.path("/close"),
                    None,
                    Box::new(move |_| {
                        page.reload();
                        focus_later(HEADING.to_owned());
                    }),
                );
            }),
        )
    };
    let head = move || {
        format!(
            "<a href=\"/employer\" class=\"back-link\">{}</a><h1 id=\"{HEADING}\" tabindex=\"-1\">{}</h1>",
            esc(i18n.group(texts::employer).back),
            esc(&title())
        )
    };
    view! {
        <PageTitle text=Signal::derive(title) />
        {html(head)}
        {html(move || details_html(i18n.language(), page))}
        {move || open.get().then(close_form)}
        {move || open.get().then(|| pool_section(page))}
        {move || ready.get().then(|| introductions(page))}
    }
    .into_any()
}
