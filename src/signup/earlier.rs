//! "Did you sign up before?" asked twice while someone fills in the
//! sign-up: the server checks its registrations (and mails a sign-in link
//! to the contact details on file, never to the page), and this device
//! remembers, hashed, whose sign-ups it already sent.

use super::draft::storage;
use crate::json::write_str;
use gloo_net::http::Request;
use handen_core::RegistrationForm;
use leptos::task::spawn_local;

const SENT: &str = "handen.sent";

/// FNV-1a: enough to recognise a value again on the same device without
/// keeping it readable there.
fn hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.trim().to_ascii_lowercase().bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn fingerprints(f: &RegistrationForm) -> Vec<String> {
    let digits: String = f.phone.chars().filter(char::is_ascii_digit).collect();
    let phone = digits
        .get(digits.len().saturating_sub(9)..)
        .unwrap_or_default();
    [
        (!f.email.trim().is_empty()).then(|| hash(&["e", &f.email])),
        (phone.len() == 9).then(|| hash(&["p", phone])),
        (!f.surname.trim().is_empty())
            .then(|| hash(&["n", &f.given_names, &f.surname, &f.birth_date])),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// After a sign-up was stored: remember it on this device.
pub fn remember(f: &RegistrationForm) {
    let Some(storage) = storage() else { return };
    let mut known = storage.get_item(SENT).ok().flatten().unwrap_or_default();
    for print in fingerprints(f) {
        if !known.contains(&print) {
            known.push_str(&print);
            known.push(' ');
        }
    }
    let _ = storage.set_item(SENT, &known);
}

/// Whether this device already sent a sign-up with this e-mail, phone, or
/// name and birth date.
pub fn sent_from_here(f: &RegistrationForm) -> bool {
    let known = storage()
        .and_then(|s| s.get_item(SENT).ok().flatten())
        .unwrap_or_default();
    fingerprints(f).iter().any(|p| known.contains(p.as_str()))
}

/// Asks the server, without waiting: its answer is the same either way.
pub fn ask_server(f: &RegistrationForm) {
    let mut body = String::from("{");
    for (i, (key, value)) in [
        ("given_names", &f.given_names),
        ("name_prefix", &f.name_prefix),
        ("surname", &f.surname),
        ("birth_date", &f.birth_date),
        ("email", &f.email),
        ("phone", &f.phone),
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            body.push(',');
        }
        write_str(&mut body, key);
        body.push(':');
        write_str(&mut body, value);
    }
    body.push('}');
    spawn_local(async move {
        if let Ok(request) = Request::post("/api/registrations/dedup-check")
            .header("Content-Type", "application/json")
            .body(body)
        {
            let _ = request.send().await;
        }
    });
}
