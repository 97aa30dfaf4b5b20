//! E-mail addresses, phone numbers and the sign-in address that is either.
//! Whatever parses is stored normalised, so it must parse again to itself,
//! also through serde (the server reads stored values back that way).
#![no_main]

use handen_core::account::SignInAddress;
use handen_core::email::Email;
use handen_core::phone::PhoneNumber;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(s) = handen_fuzz::text(data) else {
        return;
    };
    if let Ok(email) = Email::parse(s) {
        assert_eq!(Email::parse(email.as_str()).as_ref(), Ok(&email), "{s:?}");
        assert!(!email.domain().is_empty(), "{s:?}");
        let json = serde_json::to_string(&email).expect("an Email serialises");
        assert_eq!(
            serde_json::from_str::<Email>(&json).ok().as_ref(),
            Some(&email)
        );
    }
    if let Ok(phone) = PhoneNumber::parse(s) {
        let e164 = phone.as_str();
        assert!(e164.starts_with('+'), "{s:?} -> {e164:?}");
        assert!(
            e164[1..].bytes().all(|b| b.is_ascii_digit()),
            "{s:?} -> {e164:?}"
        );
        assert_eq!(PhoneNumber::parse(e164).as_ref(), Ok(&phone), "{s:?}");
    }
    if let Ok(address) = SignInAddress::parse(s) {
        assert_eq!(
            SignInAddress::parse(address.key()).as_ref(),
            Ok(&address),
            "{s:?}"
        );
    }
});
