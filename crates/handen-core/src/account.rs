//! What a person does with their own registration: sign in with the e-mail
//! address or phone number they gave, pause and resume, and the plain-words
//! status timeline ("people heard nothing" was a complaint of the first wave).

use crate::code_enum;
use crate::date::{Date, DateError};
use crate::email::Email;
use crate::error::ErrorCode;
use crate::phone::PhoneNumber;

/// How someone identifies themselves to get a sign-in link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignInAddress {
    Email(Email),
    Phone(PhoneNumber),
}

impl SignInAddress {
    pub fn parse(input: &str) -> Result<SignInAddress, ErrorCode> {
        let s = input.trim();
        if s.is_empty() {
            return Err(ErrorCode::SignInAddressMissing);
        }
        if s.contains('@') {
            Email::parse(s)
                .map(SignInAddress::Email)
                .map_err(|_| ErrorCode::SignInAddressInvalid)
        } else {
            PhoneNumber::parse(s)
                .map(SignInAddress::Phone)
                .map_err(|_| ErrorCode::SignInAddressInvalid)
        }
    }

    /// The normalised form, as stored: lowercase e-mail or E.164 number.
    pub fn key(&self) -> &str {
        match self {
            SignInAddress::Email(e) => e.as_str(),
            SignInAddress::Phone(p) => p.as_str(),
        }
    }
}

code_enum! {
    pub enum PauseReason {
        PlacedElsewhere => "placed_elsewhere",
        Ill => "ill",
        Holiday => "holiday",
        Other => "other",
    }
}

/// A pause runs to a date; a crisis does not wait a year for anyone.
pub const MAX_PAUSE_DAYS: i64 = 366;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pause {
    pub until: Date,
    pub reason: PauseReason,
}

impl Pause {
    pub fn parse(until: &str, reason: &str, today: Date) -> Result<Pause, Vec<ErrorCode>> {
        let until = match Date::parse_iso(until) {
            Err(DateError::Missing) => Err(ErrorCode::PauseUntilMissing),
            Err(DateError::Invalid) => Err(ErrorCode::PauseUntilInvalid),
            Ok(d) if d <= today => Err(ErrorCode::PauseUntilInPast),
            Ok(d) if d.days_since_epoch() - today.days_since_epoch() > MAX_PAUSE_DAYS => {
                Err(ErrorCode::PauseUntilTooFar)
            }
            Ok(d) => Ok(d),
        };
        let reason = match reason.trim() {
            "" => Err(ErrorCode::PauseReasonMissing),
            r => PauseReason::from_code(r).ok_or(ErrorCode::PauseReasonInvalid),
        };
        match (until, reason) {
            (Ok(until), Ok(reason)) => Ok(Pause { until, reason }),
            (u, r) => Err(u.err().into_iter().chain(r.err()).collect()),
        }
    }
}

code_enum! {
    /// What happened to a registration, for the timeline a person sees.
    pub enum StatusEvent {
        Received => "received",
        LinkedToEarlier => "linked_to_earlier",
        Proposed => "proposed",
        IntroductionAccepted => "introduction_accepted",
        IntroductionDeclined => "introduction_declined",
        Placed => "placed",
        NotSelected => "not_selected",
        Paused => "paused",
        Resumed => "resumed",
        AvailabilityUpdated => "availability_updated",
        AvailabilityConfirmed => "availability_confirmed",
        ContactChanged => "contact_changed",
        ReminderSent => "reminder_sent",
        LeftOutOfPools => "left_out_of_pools",
    }
}

/// Where to go after signing in, from a link's `next=`: only a page under
/// `/my`, so a crafted link cannot send someone to another site.
pub fn next_page(next: &str) -> &str {
    let safe = (next == "/my" || next.starts_with("/my/"))
        && !next.contains("//")
        && next
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'-');
    if safe {
        next
    } else {
        "/my"
    }
}

/// The token and the `next` page of a link's fragment (`token=…&next=…`).
pub fn link_fragment(hash: &str) -> Option<(String, String)> {
    let mut token = None;
    let mut next = String::new();
    for pair in hash.trim_start_matches('#').split('&') {
        match pair.split_once('=') {
            Some(("token", value)) if !value.is_empty() => token = Some(value.to_owned()),
            Some(("next", value)) => next = value.to_owned(),
            _ => {}
        }
    }
    token.map(|t| (t, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_links_fragment() {
        assert_eq!(
            link_fragment("token=abc&next=/my/pause"),
            Some(("abc".into(), "/my/pause".into()))
        );
        assert_eq!(
            link_fragment("#token=abc"),
            Some(("abc".into(), String::new()))
        );
        assert_eq!(link_fragment("token=&next=/my"), None);
        assert_eq!(link_fragment(""), None);
    }

    #[test]
    fn next_stays_on_the_account_pages() {
        assert_eq!(next_page("/my/availability"), "/my/availability");
        assert_eq!(next_page("/my"), "/my");
        for bad in [
            "",
            "https://evil.example",
            "//evil.example",
            "/my//evil",
            "/my/../x",
            "/myself",
            "/my?x=1",
            "javascript:alert(1)",
        ] {
            assert_eq!(next_page(bad), "/my", "{bad}");
        }
    }

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap()
    }

    #[test]
    fn sign_in_with_either_contact() {
        assert_eq!(
            SignInAddress::parse(" Sanne@Example.NL ").unwrap().key(),
            "sanne@example.nl"
        );
        assert_eq!(
            SignInAddress::parse("06-12345678").unwrap().key(),
            "+31612345678"
        );
        assert_eq!(
            SignInAddress::parse(""),
            Err(ErrorCode::SignInAddressMissing)
        );
        for bad in ["sanne@", "12", "<script>", "sanne@example"] {
            assert_eq!(
                SignInAddress::parse(bad),
                Err(ErrorCode::SignInAddressInvalid),
                "{bad}"
            );
        }
    }

    #[test]
    fn pauses() {
        let p = Pause::parse("2026-12-31", "holiday", today()).unwrap();
        assert_eq!(
            (p.until.to_string(), p.reason),
            ("2026-12-31".to_owned(), PauseReason::Holiday)
        );
        use ErrorCode::*;
        assert_eq!(
            Pause::parse("", "", today()),
            Err(vec![PauseUntilMissing, PauseReasonMissing])
        );
        assert_eq!(
            Pause::parse("2026-11-24", "ill", today()),
            Err(vec![PauseUntilInPast])
        );
        assert_eq!(
            Pause::parse("2028-01-01", "ill", today()),
            Err(vec![PauseUntilTooFar])
        );
        assert_eq!(
            Pause::parse("31-12-2026", "bored", today()),
            Err(vec![PauseUntilInvalid, PauseReasonInvalid])
        );
    }
}
