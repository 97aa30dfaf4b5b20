//! The status timeline in plain words, newest first: what happened to the
//! registration and when ("people heard nothing" was the first wave's
//! complaint).

use super::me::Event;
use crate::html::esc;
use crate::i18n::texts::Account;
use crate::i18n::Texts;
use handen_core::account::StatusEvent;

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

pub use crate::labels::day_of;

/// The events, newest first, as an HTML list: read-only, so text, which
/// costs far less wasm than a view per event.
pub fn timeline_html(a: &'static Account, t: &'static Texts, events: &[Event]) -> String {
    let items: String = events
        .iter()
        .rev()
        .filter_map(|e| {
            let event = StatusEvent::from_code(&e.status)?;
            Some(format!(
                "<li class=\"timeline__item\"><span class=\"timeline__date\">{}</span> <span class=\"timeline__text\">{}</span></li>",
                esc(&day_of(t, &e.at)),
                esc(words(a, event))
            ))
        })
        .collect();
    format!("<ol class=\"timeline\">{items}</ol>")
}
