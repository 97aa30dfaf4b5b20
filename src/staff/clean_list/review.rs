//! Step 4: what was found, the downloads, and the groups to check, a page
//! of them at a time (a list can have thousands).

use super::group::GroupView;
use super::numbers::{count, grouped};
use super::problems::ErrorSummary;
use super::{CleanList, Notice, GROUPS_RANGE, HEADING, PAGE_SIZE, REVIEW_STATUS};
use crate::i18n::texts::staff;
use crate::i18n::{fill, use_i18n};
use crate::ts;
use leptos::prelude::*;

#[component]
pub fn Review(page: CleanList) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = page.outcome;
    let counts = move || {
        let s = i18n.group(staff);
        outcome.with(|o| {
            fill(
                s.result_counts,
                &[
                    (
                        "rows",
                        &count(o.rows, s.row_one, s.row_other, i18n.language()),
                    ),
                    (
                        "people",
                        &count(o.people, s.person_one, s.person_other, i18n.language()),
                    ),
                ],
            )
        })
    };
    let duplicates = move || {
        let s = i18n.group(staff);
        outcome.with(|o| {
            if o.groups == 0 {
                return s.result_none.to_owned();
            }
            fill(
                s.result_duplicates,
                &[
                    (
                        "duplicates",
                        &count(o.duplicates, s.row_one, s.row_other, i18n.language()),
                    ),
                    (
                        "groups",
                        &count(o.groups, s.group_one, s.group_other, i18n.language()),
                    ),
                ],
            )
        })
    };
    let has_groups = move || outcome.with(|o| o.groups > 0);
    view! {
        <h1 id=HEADING tabindex="-1">{ts!(i18n, result_title)}</h1>
        <ErrorSummary problems=page.problems />
        <div class="panel panel--success" id="result-counts">
            <p class="panel__body">{counts}</p>
            <p class="panel__body">{duplicates}</p>
        </div>
        <Downloads page />
        <Show when=has_groups>
            <Groups page />
        </Show>
        <p>
            <button type="button" class="button button--secondary" on:click=move |_| page.start_over()>
                {ts!(i18n, start_over)}
            </button>
        </p>
    }
}

#[component]
fn Downloads(page: CleanList) -> impl IntoView {
    let i18n = use_i18n();
    let rows = move |n: fn(&super::model::Outcome) -> u32| {
        let s = i18n.group(staff);
        count(
            page.outcome.with(n),
            s.row_one,
            s.row_other,
            i18n.language(),
        )
    };
    let cleaned = move || {
        fill(
            i18n.group(staff).download_cleaned,
            &[("rows", &rows(|o| o.people))],
        )
    };
    let all = move || {
        fill(
            i18n.group(staff).download_all,
            &[("rows", &rows(|o| o.rows))],
        )
    };
    let status = move || {
        let s = i18n.group(staff);
        match page.notice.get() {
            Notice::Preparing => s.preparing.to_owned(),
            Notice::Downloaded(file) => fill(s.downloaded, &[("file", &file)]),
            _ => String::new(),
        }
    };
    view! {
        <h2>{ts!(i18n, download_title)}</h2>
        <p>{ts!(i18n, download_intro)}</p>
        <p class="download">
            <button type="button" class="button" aria-describedby="download-cleaned-hint" on:click=move |_| page.download(false)>
                {cleaned}
            </button>
            <span class="hint" id="download-cleaned-hint">{ts!(i18n, download_cleaned_hint)}</span>
        </p>
        <p class="download">
            <button type="button" class="button button--secondary" on:click=move |_| page.download(true)>
                {all}
            </button>
        </p>
        <p class="send-status" role="status" aria-live="polite">{status}</p>
    }
}

#[component]
fn Groups(page: CleanList) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = page.outcome;
    let range = move || {
        let (s, language) = (i18n.group(staff), i18n.language());
        outcome.with(|o| {
            let last = (o.from + o.list.len() as u32).min(o.groups);
            fill(
                s.page_status,
                &[
                    ("first", &grouped(o.from + 1, language)),
                    ("last", &grouped(last, language)),
                    ("total", &grouped(o.groups, language)),
                ],
            )
        })
    };
    let split_status = move || match page.notice.get() {
        Notice::Split(row) => fill(i18n.group(staff).split_done, &[("row", &row)]),
        _ => String::new(),
    };
    let list = move || {
        outcome.with(|o| {
            o.list
                .iter()
                .enumerate()
                .map(|(i, group)| {
                    let number = o.from + i as u32 + 1;
                    view! { <GroupView page group=group.clone() number /> }
                })
                .collect_view()
        })
    };
    let previous = move || outcome.with(|o| o.from > 0);
    let next = move || outcome.with(|o| o.from + PAGE_SIZE < o.groups);
    view! {
        <h2 id="groups-heading">{ts!(i18n, groups_title)}</h2>
        <p>{ts!(i18n, groups_intro)}</p>
        <p class="hint">{ts!(i18n, rows_hint)}</p>
        <p id=REVIEW_STATUS tabindex="-1" role="status" class:notice=move || !split_status().is_empty()>
            {split_status}
        </p>
        <p class="groups-range" id=GROUPS_RANGE tabindex="-1">{range}</p>
        {list}
        <nav class="pagination" aria-label=ts!(i18n, pagination_label)>
            <Show when=previous>
                <button type="button" class="button button--secondary"
                    on:click=move |_| page.show_groups(outcome.with_untracked(|o| o.from.saturating_sub(PAGE_SIZE)))>
                    {ts!(i18n, previous)}
                </button>
            </Show>
            <Show when=next>
                <button type="button" class="button button--secondary"
                    on:click=move |_| page.show_groups(outcome.with_untracked(|o| o.from + PAGE_SIZE))>
                    {ts!(i18n, next)}
                </button>
            </Show>
        </nav>
    }
}
