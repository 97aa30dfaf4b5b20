//! No personal data in the server's log, at the most talkative level the
//! server uses: a whole journey (sign-up, duplicate check, signing in with
//! the phone number, reading and exporting, a refused change, erasure), and
//! then the log is searched for every way the e-mail and phone were written.

use crate::support::{new_key, Options, TestServer};
use reqwest::Method;
use serde_json::json;

const EMAIL: &str = "sanne.vanderberg@example.nl";

#[tokio::test]
async fn a_journey_leaves_no_e_mail_or_phone_in_the_log() {
    let server = TestServer::start_with(Options {
        env: vec![("HANDEN_LOG", "debug".into())],
        ..Options::default()
    })
    .await;
    server.sign_up(json!({})).await;
    // The same person again: the duplicate check and the 422 of a bad field.
    let check = json!({ "given_names": "Sanne", "name_prefix": "van der", "surname": "Berg",
        "birth_date": "1994-03-12", "email": EMAIL, "phone": "06-12345678" });
    let r = server
        .post_json("/api/registrations/dedup-check", None, &check)
        .await;
    assert_eq!(r.status(), 202);
    let mut bad = server.example_registration().await;
    bad["email"] = json!("sanne.vanderberg@@example.nl");
    let r = server
        .post_json("/api/registrations", Some(&new_key()), &bad)
        .await;
    assert_eq!(r.status(), 422);
    // Signing in with the phone number; reading, a refused change, export, erasure.
    let session = server.sign_in("06 12345678", 3).await;
    server.me(&session).await;
    let r = server
        .as_signed_in(Method::POST, "/api/me/contact", &session)
        .json(&json!({ "email": "not-an-address", "phone": "+31 6 1234 5678" }))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error() || r.status().is_success());
    let r = server
        .as_signed_in(Method::GET, "/api/me/export", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = server
        .as_signed_in(Method::DELETE, "/api/me", &session)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success());

    let log = server.log().to_lowercase();
    assert!(
        log.contains("/api/registrations"),
        "the journey was logged:\n{log}"
    );
    for needle in [
        EMAIL,
        "vanderberg",
        "sanne",
        "612345678",
        "06-12345678",
        "06 12345678",
        "6 1234 5678",
        "1994-03-12",
        "3511 ab",
    ] {
        assert!(!log.contains(needle), "{needle} is in the log:\n{log}");
    }
}
