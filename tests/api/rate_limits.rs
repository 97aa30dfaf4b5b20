//! Rate limits on every public endpoint: per client address on any API
//! request, per signed-in person, and per contact address named in a
//! public write. Each answers 429 `rate_limited` with `Retry-After`.

use crate::support::{new_key, Options, TestServer};
use serde_json::{json, Value};

fn with(env: &[(&'static str, &str)]) -> Options {
    Options {
        env: env.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        ..Options::default()
    }
}

async fn assert_limited(response: reqwest::Response, field: Option<&str>) {
    assert_eq!(response.status(), 429);
    assert!(response.headers().get("retry-after").is_some());
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "rate_limited");
    assert_eq!(body["errors"][0]["field"].as_str(), field);
}

#[tokio::test]
async fn every_api_request_counts_against_the_client_address() {
    let server = TestServer::start_with(with(&[("HANDEN_API_RATE_LIMIT_PER_MINUTE", "20")])).await;
    let mut answers = Vec::new();
    for _ in 0..30 {
        answers.push(
            server
                .client
                .get(server.url("/api/work-packages"))
                .send()
                .await
                .unwrap(),
        );
    }
    let ok = answers.iter().filter(|r| r.status() == 200).count();
    assert!(ok > 0 && ok <= 20, "{ok} answered");
    let last = answers.pop().unwrap();
    assert_limited(last, None).await;
}

#[tokio::test]
async fn signed_in_requests_are_limited_per_person_not_per_address() {
    let server = TestServer::start_with(with(&[
        ("HANDEN_IDENTITY_RATE_LIMIT_PER_MINUTE", "4"),
        ("HANDEN_RATE_LIMIT_PER_MINUTE", "1000"),
    ]))
    .await;
    server.sign_up(json!({})).await;
    server
        .sign_up(
            json!({ "email": "other@example.nl", "phone": "06-87654321", "given_names": "Other" }),
        )
        .await;
    let first = server.sign_in("sanne.vanderberg@example.nl", 3).await;
    let second = server.sign_in("other@example.nl", 4).await;
    for _ in 0..4 {
        let me = server
            .as_signed_in(reqwest::Method::GET, "/api/me", &first)
            .send()
            .await
            .unwrap();
        assert_eq!(me.status(), 200);
    }
    let me = server
        .as_signed_in(reqwest::Method::GET, "/api/me", &first)
        .send()
        .await
        .unwrap();
    assert_limited(me, None).await;
    // The other person, from the same address, is not held up.
    let other = server
        .as_signed_in(reqwest::Method::GET, "/api/me", &second)
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 200);
}

#[tokio::test]
async fn sign_ups_and_checks_naming_one_address_are_limited_per_address() {
    let server = TestServer::start_with(with(&[("HANDEN_WRITES_PER_ADDRESS_PER_HOUR", "2")])).await;
    let example = server.example_registration().await;
    let mut body = example.clone();
    for phone in ["06-11111111", "06-22222222"] {
        body["phone"] = json!(phone);
        let response = server
            .post_json("/api/registrations", Some(&new_key()), &body)
            .await;
        assert_eq!(response.status(), 201);
    }
    body["phone"] = json!("06-33333333");
    let third = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    assert_limited(third, Some("email")).await;

    // Another person is still taken at once.
    let mut other = example.clone();
    other["email"] = json!("someone.else@example.nl");
    other["phone"] = json!("06-44444444");
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &other)
        .await;
    assert_eq!(response.status(), 201);

    // The duplicate check mails an address it finds: the same limit.
    let check = json!({
        "given_names": "Sanne", "name_prefix": "van der", "surname": "Berg",
        "birth_date": example["birth_date"], "email": "", "phone": "06-55555555"
    });
    for _ in 0..2 {
        let response = server
            .post_json("/api/registrations/dedup-check", None, &check)
            .await;
        assert_eq!(response.status(), 202);
    }
    let response = server
        .post_json("/api/registrations/dedup-check", None, &check)
        .await;
    assert_limited(response, Some("phone")).await;
}
