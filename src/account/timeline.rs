//! The status timeline in plain words, newest first: what happened to the
//! registration and when ("people heard nothing" was the first wave's
//! complaint).

use super::me::Event;
use crate::i18n::texts::Account;
use crate::i18n::{use_i18n, Texts};
use crate::labels;
use handen_core::account::StatusEvent;
use handen_core::Date;
use leptos::prelude::*;

pub fn words(t: &'static Account, event: StatusEvent) -> &'static str {
    use StatusEvent::*;
    match event {
        Received => t.event_received,
        LinkedToEarlier => t.event_linked_to_earlier,
        Proposed => t.event_proposed,
        IntroductionAccepted => t.event_introduction_accepted,
        IntroductionDeclined => t.event_introduction_declined,
        Placed => t.event_placed,
        NotSelected => t.event_not_selected,
        Paused => t.event_paused,
        Resumed => t.event_resumed,
        AvailabilityUpdated => t.event_availability_updated,
        AvailabilityConfirmed => t.event_availability_confirmed,
        ContactChanged => t.event_contact_changed,
        ReminderSent => t.event_reminder_sent,
        LeftOutOfPools => t.event_left_out_of_pools,
    }
}

/// "dinsdag 24 november 2026" from a stored timestamp.
pub fn day_of(t: &'static Texts, timestamp: &str) -> String {
    timestamp
        .get(..10)
        .and_then(|d| Date::parse_iso(d).ok())
        .map(|d| labels::long_date(t, d))
        .unwrap_or_default()
}

#[component]
pub fn Timeline(events: Vec<Event>) -> impl IntoView {
    let i18n = use_i18n();
    let items = move || {
        let (t, a) = (i18n.texts(), i18n.account());
        events
            .iter()
            .rev()
            .filter_map(|e| {
                let event = StatusEvent::from_code(&e.status)?;
                let day = day_of(t, &e.at);
                Some(view! {
                    <li class="timeline__item">
                        <span class="timeline__date">{day}</span>
                        <span class="timeline__text">{words(a, event)}</span>
                    </li>
                })
            })
            .collect_view()
    };
    view! { <ol class="timeline">{items}</ol> }
}
