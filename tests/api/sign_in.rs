//! Signing in by link: the same answer for known and unknown addresses,
//! single-use hashed tokens that expire, sessions, CSRF and sign-out.

use crate::support::{Options, TestServer};
use reqwest::Method;
use serde_json::{json, Value};
use sqlx::Row;
use std::time::{Duration, Instant};

const EMAIL: &str = "sanne.vanderberg@example.nl";

async fn ask(server: &TestServer, address: &str) -> (u16, Value, Duration) {
    let started = Instant::now();
    let response = server
        .post_json("/api/sign-in", None, &json!({ "address": address }))
        .await;
    let status = response.status().as_u16();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, body, started.elapsed())
}

#[tokio::test]
async fn known_and_unknown_addresses_get_the_same_answer_at_the_same_pace() {
    let server = TestServer::start().await;
    server.sign_up(json!({})).await;
    server.decoded_mail(1).await;

    let mut answers = Vec::new();
    for address in [
        "Sanne.VanDerBerg@Example.nl",
        "nobody@example.nl",
        "+31 6 1234 5678",
        "06-87654321",
    ] {
        answers.push(ask(&server, address).await);
    }
    for (status, body, took) in &answers {
        assert_eq!(*status, 202);
        assert_eq!(body, &answers[0].1, "every answer has the same body");
        assert!(
            *took >= Duration::from_millis(300),
            "answered after {took:?}"
        );
    }
    let known = answers[0].2.max(answers[2].2);
    let unknown = answers[1].2.min(answers[3].2);
    assert!(
        known < unknown + Duration::from_millis(200),
        "a known address must not take noticeably longer: {known:?} vs {unknown:?}"
    );

    // Two links went out, both to the known person; none for the others.
    let mails = server.decoded_mail(3).await;
    assert_eq!(mails.len(), 3, "confirmation + two sign-in links");
    for mail in &mails[1..] {
        assert!(mail.to.contains(EMAIL), "{}", mail.to);
        assert!(mail.body.contains("/sign-in#token="), "{}", mail.body);
    }
}

#[tokio::test]
async fn a_bad_address_is_named() {
    let server = TestServer::start().await;
    for (address, code) in [
        (json!(""), "address_missing"),
        (json!("   "), "address_missing"),
        (json!("sanne@"), "address_invalid"),
        (json!("12"), "address_invalid"),
    ] {
        let response = server
            .post_json("/api/sign-in", None, &json!({ "address": address }))
            .await;
        assert_eq!(response.status(), 422);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["errors"][0]["field"], "address");
        assert_eq!(body["errors"][0]["code"], code);
    }
    let response = server
        .post_json("/api/sign-in", None, &json!({ "address": 12 }))
        .await;
    assert_eq!(response.status(), 422, "a number is not an address");
}

#[tokio::test]
async fn a_link_is_random_stored_hashed_and_works_once() {
    let server = TestServer::start().await;
    server.sign_up(json!({})).await;
    let token = server.sign_in_token(EMAIL, 2).await;
    assert!(token.len() >= 32, "at least 128 bits: {token}");

    let stored = server
        .query("SELECT token_sha256, purpose, expires_at, created_at FROM tokens")
        .await;
    assert_eq!(stored.len(), 1);
    let hash: String = stored[0].get(0);
    assert_ne!(hash, token, "only the hash is stored");
    assert_eq!(stored[0].get::<String, _>(1), "sign_in");
    let created = time::OffsetDateTime::parse(
        &stored[0].get::<String, _>(3),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let expires = time::OffsetDateTime::parse(
        &stored[0].get::<String, _>(2),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert_eq!((expires - created).whole_minutes(), 30);

    let first = server.start_session(&token).await;
    assert_eq!(first.status(), 200);
    let cookie = first.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("handen_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP on loopback: {cookie}"
    );

    let again = server.start_session(&token).await;
    assert_eq!(again.status(), 400);
    let body: Value = again.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "link_invalid_or_expired");
    assert_eq!(body["errors"][0]["field"], "token");

    for wrong in ["", "abc", &"0".repeat(64)] {
        assert_eq!(server.start_session(wrong).await.status(), 400, "{wrong}");
    }
}

#[tokio::test]
async fn links_expire_and_so_do_sessions() {
    let server = TestServer::start_with(Options {
        env: vec![
            ("HANDEN_LINK_TTL_SECONDS", "1".into()),
            ("HANDEN_SESSION_TTL_SECONDS", "2".into()),
        ],
        ..Options::default()
    })
    .await;
    server.sign_up(json!({})).await;
    let late = server.sign_in_token(EMAIL, 2).await;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(
        server.start_session(&late).await.status(),
        400,
        "expired link"
    );

    let session = server.sign_in(EMAIL, 3).await;
    server.me(&session).await;
    tokio::time::sleep(Duration::from_millis(2200)).await;
    let expired = server
        .as_signed_in(Method::GET, "/api/me", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(expired.status(), 401);
    let body: Value = expired.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "not_signed_in");
}

#[tokio::test]
async fn https_sessions_get_secure_cookies() {
    let server = TestServer::start_with(Options {
        env: vec![("HANDEN_PUBLIC_URL", "https://handen.example.org/".into())],
        ..Options::default()
    })
    .await;
    server.sign_up(json!({})).await;
    let response = server
        .post_json("/api/sign-in", None, &json!({ "address": EMAIL }))
        .await;
    assert_eq!(response.status(), 202);
    let mails = server.decoded_mail(2).await;
    assert!(
        mails[1]
            .body
            .contains("https://handen.example.org/sign-in#token="),
        "links use the public address: {}",
        mails[1].body
    );
    let token = mails[1].token("/sign-in");
    let response = server.start_session(&token).await;
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn changes_need_the_csrf_token_and_reading_needs_the_cookie() {
    let server = TestServer::start().await;
    server.sign_up(json!({})).await;
    let session = server.sign_in(EMAIL, 2).await;

    let anonymous = server
        .client
        .get(server.url("/api/me"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    let forged = server
        .client
        .get(server.url("/api/me"))
        .header("cookie", "handen_session=0000")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);

    let pause = json!({ "pause_until": "2099-01-01", "pause_reason": "ill" });
    for csrf in [None, Some("wrong")] {
        let mut request = server
            .client
            .post(server.url("/api/me/resume"))
            .header("cookie", &session.cookie);
        if let Some(csrf) = csrf {
            request = request.header("x-csrf-token", csrf);
        }
        let response = request.json(&pause).send().await.unwrap();
        assert_eq!(response.status(), 403, "{csrf:?}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["errors"][0]["code"], "csrf_token_invalid");
    }
    let without = server
        .client
        .delete(server.url("/api/me"))
        .header("cookie", &session.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(without.status(), 403, "erasure needs the CSRF token too");
    assert_eq!(server.query("SELECT id FROM registrations").await.len(), 1);
    let events = server.query("SELECT status FROM registration_events").await;
    assert_eq!(events.len(), 1, "nothing changed without the token");

    let me = server.me(&session).await;
    assert_eq!(
        me["csrf"],
        session.csrf.as_str(),
        "the app learns the token from /api/me"
    );
}

#[tokio::test]
async fn signing_out_ends_the_session() {
    let server = TestServer::start().await;
    server.sign_up(json!({})).await;
    let session = server.sign_in(EMAIL, 2).await;
    let response = server
        .as_signed_in(Method::POST, "/api/sign-out", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let cleared = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    let after = server
        .as_signed_in(Method::GET, "/api/me", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401);
    assert!(server
        .query("SELECT id_sha256 FROM sessions")
        .await
        .is_empty());
}

#[tokio::test]
async fn sign_in_requests_are_limited_per_address_and_per_client() {
    let server = TestServer::start_with(Options {
        env: vec![
            ("HANDEN_SIGN_IN_PER_ADDRESS_PER_HOUR", "2".into()),
            ("HANDEN_RATE_LIMIT_PER_MINUTE", "5".into()),
        ],
        ..Options::default()
    })
    .await;
    let statuses: Vec<u16> = {
        let mut s = Vec::new();
        for address in [
            "a@example.nl",
            "A@Example.nl",
            "a@example.nl",
            "b@example.nl",
        ] {
            s.push(ask(&server, address).await.0);
        }
        s
    };
    assert_eq!(
        statuses,
        [202, 202, 429, 202],
        "the same address, however written, counts once"
    );
    // The per-client limit (5 a minute) catches someone trying many addresses.
    let mut last = 0;
    for n in 0..3 {
        last = ask(&server, &format!("c{n}@example.nl")).await.0;
    }
    assert_eq!(last, 429);
}
