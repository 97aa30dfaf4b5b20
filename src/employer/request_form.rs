//! `/employer/requests/new`: what work, how many people, where, when and
//! how much. The work packages of the organisation's sector come first.
//! The server checks the request (`WorkRequestForm::parse`): in the
//! browser that check would bring the whole catalogue into this bundle.

use crate::components::PageTitle;
use crate::employer::form::fields::{dayparts, input, select, spec, textarea};
use crate::employer::form::sender::{send_button, Sender};
use crate::employer::form::{error_summary, form, html};
use crate::employer::model::{Member, WorkRequest};
use crate::employer::packages::{use_packages, Package};
use crate::employer::session::use_session;
use crate::employer::validate;
use crate::html::esc;
use crate::i18n::{texts, texts_for, use_i18n};
use crate::labels;
use crate::router::use_location;
use crate::te;
use handen_core::employer::WorkRequestForm;
use handen_core::interest::Sector;
use handen_core::Language;
use leptos::prelude::*;

pub fn page(member: Member) -> AnyView {
    match member.approved() {
        Some(org) => {
            let sector = Sector::from_code(&org.sector);
            let postcode = org.postcode.clone();
            request_form(sector, postcode)
        }
        None => super::not_approved(&member),
    }
}

/// The packages as `<option>`s in a group per sector, `sector` first.
fn options(
    language: Language,
    sector: Option<Sector>,
    packages: &[Package],
    chosen: &str,
) -> String {
    let t = texts_for(language);
    let mut order: Vec<Sector> = sector.into_iter().collect();
    order.extend(Sector::ALL.iter().copied().filter(|s| Some(*s) != sector));
    let mut html = format!(
        "<option value=\"\">{}</option>",
        esc(texts::employer(language).package_choose)
    );
    for s in order {
        html += &format!("<optgroup label=\"{}\">", esc(labels::sector(t, s)));
        for p in packages.iter().filter(|p| p.sector == s.code()) {
            html += &format!(
                "<option value=\"{}\"{}>{}</option>",
                esc(&p.code),
                if p.code == chosen { " selected" } else { "" },
                esc(p.title(language))
            );
        }
        html += "</optgroup>";
    }
    html
}

fn request_form(sector: Option<Sector>, postcode: String) -> AnyView {
    let i18n = use_i18n();
    let location = use_location();
    let sender = Sender::form(use_session(), location);
    let packages = use_packages();
    let field = || RwSignal::new(String::new());
    let (package, people, starts_on, ends_on, hours, notes) =
        (field(), field(), field(), field(), field(), field());
    let postcode = RwSignal::new(postcode);
    let chosen_dayparts = RwSignal::new(Vec::<String>::new());
    let choices = Signal::derive(move || {
        packages
            .list
            .with(|list| options(i18n.language(), sector, list, &package.get_untracked()))
    });
    let send = move || {
        let form = WorkRequestForm {
            package: package.get_untracked(),
            people: people.get_untracked(),
            postcode: postcode.get_untracked(),
            starts_on: starts_on.get_untracked(),
            ends_on: ends_on.get_untracked(),
            dayparts: chosen_dayparts.get_untracked(),
            hours_per_week: hours.get_untracked(),
            notes: notes.get_untracked(),
        };
        sender.send(
            "POST",
            "/api/employer/requests".to_owned(),
            Some(validate::request_body(&form)),
            Box::new(move |answer| {
                let id = WorkRequest::parse(&answer)
                    .map(|r| r.id)
                    .unwrap_or_default();
                location.navigate(&format!("/employer/requests/{id}"));
            }),
        );
    };
    let head = move || {
        let e = i18n.group(texts::employer);
        format!(
            "<a href=\"/employer\" class=\"back-link\">{}</a><h1>{}</h1><p>{}</p>",
            esc(e.back),
            esc(e.request_title),
            esc(e.request_intro)
        )
    };
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::employer).request_title.to_owned()) />
        {error_summary(sender.problems)}
        {html(head)}
        {form(Box::new(send), vec![
            select("package", te!(i18n, package_label), te!(i18n, package_hint), choices, package),
            input(spec("people", te!(i18n, people_label)).number("input--w3"), people),
            input(
                spec("postcode", te!(i18n, work_postcode_label))
                    .hint(te!(i18n, postcode_hint))
                    .autocomplete("postal-code")
                    .width("input--w7"),
                postcode,
            ),
            input(spec("starts_on", te!(i18n, starts_on_label)).kind("date").width("input--date"), starts_on),
            input(
                spec("ends_on", te!(i18n, ends_on_label))
                    .hint(te!(i18n, ends_on_hint))
                    .kind("date")
                    .width("input--date")
                    .optional(),
                ends_on,
            ),
            dayparts("dayparts", te!(i18n, dayparts_legend), te!(i18n, dayparts_hint), chosen_dayparts),
            input(spec("hours_per_week", te!(i18n, hours_label)).number("input--w3"), hours),
            textarea("notes", te!(i18n, notes_label), te!(i18n, notes_hint), notes),
            send_button(sender, te!(i18n, request_button), false),
        ])}
    }
    .into_any()
}
