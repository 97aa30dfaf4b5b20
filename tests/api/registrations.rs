//! `POST /api/registrations` over HTTP: every status code, idempotency,
//! nothing stored on a rejected request, the consent record, the mail.

use crate::support::{new_key, person, Options, TestServer};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use sqlx::Row;

async fn registrations(server: &TestServer) -> i64 {
    server.stats()["registrations"].as_i64().expect("count")
}

fn codes(body: &Value) -> Vec<(String, String)> {
    body["errors"]
        .as_array()
        .expect("errors array")
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap_or_default().to_owned(),
                e["code"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_valid_sign_up_is_stored_whole_and_answered_with_a_reference() {
    let server = TestServer::start().await;
    let body = server.example_registration().await;
    assert!(body.is_object(), "the OpenAPI document carries an example");
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    assert_eq!(response.status(), 201);
    let receipt: Value = response.json().await.unwrap();
    let reference = receipt["reference"].as_str().unwrap().to_owned();
    assert!(
        reference.starts_with("HND-") && reference.len() == 13,
        "{reference}"
    );
    assert!(receipt["first_contact_by"].as_str().unwrap().len() == 10);

    let rows = server
        .query("SELECT reference, status, email, phone, postcode, dayparts, sectors FROM registrations")
        .await;
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(row.get::<String, _>(0), reference);
    assert_eq!(row.get::<String, _>(1), "received");
    assert_eq!(row.get::<String, _>(2), "sanne.vanderberg@example.nl");
    assert_eq!(row.get::<String, _>(3), "+31612345678", "stored in E.164");
    assert_eq!(row.get::<String, _>(4), "3511 AB");
    assert_eq!(row.get::<i64, _>(5).count_ones(), 4);
    assert_eq!(row.get::<String, _>(6), "care,childcare");
    let events = server.query("SELECT status FROM registration_events").await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].get::<String, _>(0), "received");
}

#[tokio::test]
async fn consent_records_name_version_hash_time_and_language() {
    let server = TestServer::start().await;
    let mut body = server.example_registration().await;
    body["language"] = json!("en");
    let version = body["consent_version"].as_str().unwrap().to_owned();
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    assert_eq!(response.status(), 201);
    let rows = server
        .query("SELECT kind, text_version, text_sha256, language, given_at, withdrawn_at FROM consents ORDER BY kind")
        .await;
    assert_eq!(rows.len(), 2, "crisis and reservist");
    let crisis_text = handen_core::consent::ConsentKind::Crisis.text(handen_core::Language::En);
    let crisis_hash: String = Sha256::digest(crisis_text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(rows[0].get::<String, _>(0), "crisis");
    assert_eq!(rows[0].get::<String, _>(1), version);
    assert_eq!(rows[0].get::<String, _>(2), crisis_hash);
    assert_eq!(rows[0].get::<String, _>(3), "en");
    let given_at: String = rows[0].get(4);
    assert!(
        given_at.ends_with('Z') && given_at.len() == 24,
        "{given_at}"
    );
    assert_eq!(rows[0].get::<Option<String>, _>(5), None);
    assert_eq!(rows[1].get::<String, _>(0), "reservist");

    // Without the optional consent only the crisis consent is recorded.
    body["consent_reservist"] = json!(false);
    body["email"] = json!("other@example.nl");
    assert_eq!(
        server
            .post_json("/api/registrations", Some(&new_key()), &body)
            .await
            .status(),
        201
    );
    assert_eq!(server.stats()["consents"], 3);
}

#[tokio::test]
async fn a_retry_with_the_same_key_gets_the_same_answer_and_no_second_registration() {
    let server = TestServer::start().await;
    let body = server.example_registration().await;
    let key = new_key();
    let first = server
        .post_json("/api/registrations", Some(&key), &body)
        .await;
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    for _ in 0..3 {
        let again = server
            .post_json("/api/registrations", Some(&key), &body)
            .await;
        assert_eq!(again.status(), 201);
        assert_eq!(again.headers()["idempotent-replayed"], "true");
        assert_eq!(again.json::<Value>().await.unwrap(), first);
    }
    assert_eq!(registrations(&server).await, 1);
    assert_eq!(
        server.wait_for_mail(1).await.len(),
        1,
        "one confirmation, not four"
    );
}

#[tokio::test]
async fn concurrent_double_taps_store_one_registration() {
    let server = TestServer::start().await;
    let body = server.example_registration().await;
    let key = new_key();
    let taps = (0..8).map(|_| server.post_json("/api/registrations", Some(&key), &body));
    let responses = futures_util::future::join_all(taps).await;
    let mut references = Vec::new();
    for response in responses {
        assert_eq!(response.status(), 201);
        references.push(response.json::<Value>().await.unwrap()["reference"].clone());
    }
    references.dedup();
    assert_eq!(references.len(), 1, "every tap got the same reference");
    assert_eq!(registrations(&server).await, 1);
}

/// Sign-ups that arrive together share one commit (group commit): each is
/// still stored whole and answered on its own, and a key used twice within
/// one group is answered as a replay.
#[tokio::test]
async fn a_burst_of_sign_ups_is_stored_whole_each_with_its_own_answer() {
    let server = TestServer::start_with(Options {
        env: vec![("HANDEN_RATE_LIMIT_PER_MINUTE", "10000".into())],
        ..Options::default()
    })
    .await;
    let example = server.example_registration().await;
    let people: Vec<(String, Value)> = (0..60).map(|i| (new_key(), person(&example, i))).collect();
    let repeated = people[0].clone();
    let sends = people
        .iter()
        .chain(std::iter::repeat_n(&repeated, 5))
        .map(|(key, body)| server.post_json("/api/registrations", Some(key), body));
    let responses = futures_util::future::join_all(sends).await;
    let mut references = std::collections::BTreeSet::new();
    for response in responses {
        let status = response.status();
        let body: Value = response.json().await.unwrap();
        assert_eq!(status, 201, "{body}");
        references.insert(body["reference"].as_str().unwrap().to_owned());
    }
    assert_eq!(
        references.len(),
        60,
        "the repeated key got the first answer"
    );
    assert_eq!(registrations(&server).await, 60);
    for reference in &references {
        let rows = server
            .query(&format!(
                "SELECT (SELECT COUNT(*) FROM consents c WHERE c.registration_id = r.id), \
                 (SELECT COUNT(*) FROM registration_events e WHERE e.registration_id = r.id), \
                 (SELECT COUNT(*) FROM outbox o WHERE o.registration_id = r.id), \
                 (SELECT COUNT(*) FROM dedup_keys k WHERE k.registration_id = r.id) \
                 FROM registrations r WHERE r.reference = '{reference}'"
            ))
            .await;
        assert_eq!(rows.len(), 1, "{reference} answered 201 but not stored");
        let count = |i| rows[0].get::<i64, _>(i);
        assert_eq!(count(0), 2, "crisis and reservist consent");
        assert!(count(1) >= 1, "a timeline event");
        assert_eq!(count(2), 1, "one confirmation mail");
        assert!(count(3) >= 1, "blocking keys");
    }
}

#[tokio::test]
async fn the_same_key_with_another_body_is_refused() {
    let server = TestServer::start().await;
    let mut body = server.example_registration().await;
    let key = new_key();
    assert_eq!(
        server
            .post_json("/api/registrations", Some(&key), &body)
            .await
            .status(),
        201
    );
    body["given_names"] = json!("Someone Else");
    let response = server
        .post_json("/api/registrations", Some(&key), &body)
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        codes(&response.json().await.unwrap()),
        [(
            "Idempotency-Key".to_owned(),
            "idempotency_key_reused".to_owned()
        )]
    );
    assert_eq!(registrations(&server).await, 1);
}

#[tokio::test]
async fn the_idempotency_key_is_required_and_checked() {
    let server = TestServer::start().await;
    let body = server.example_registration().await;
    let response = server.post_json("/api/registrations", None, &body).await;
    assert_eq!(response.status(), 400);
    assert_eq!(
        codes(&response.json().await.unwrap()),
        [(
            "Idempotency-Key".to_owned(),
            "idempotency_key_missing".to_owned()
        )]
    );
    for bad in [
        "short",
        "has spaces in it but long enough",
        &"x".repeat(129),
        "ümlaut-ümlaut-ümlaut",
    ] {
        let response = server
            .post_json("/api/registrations", Some(bad), &body)
            .await;
        assert_eq!(response.status(), 400, "{bad}");
        assert_eq!(
            codes(&response.json().await.unwrap())[0].1,
            "idempotency_key_invalid"
        );
    }
    assert_eq!(registrations(&server).await, 0);
}

#[tokio::test]
async fn invalid_fields_are_each_named_and_nothing_is_stored() {
    let server = TestServer::start().await;
    let mut body = server.example_registration().await;
    body["email"] = json!("sanne@example");
    body["phone"] = json!("020-1234567");
    body["postcode"] = json!("1000 AA");
    body["birth_date"] = json!("2020-01-01");
    body["dayparts"] = json!(["mon_brunch"]);
    body["consent_crisis"] = json!(false);
    body["given_names"] = json!("<script>alert(1)</script>");
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    assert_eq!(response.status(), 422);
    let errors = codes(&response.json().await.unwrap());
    let want = [
        ("given_names", "given_names_invalid"),
        ("birth_date", "birth_date_too_young"),
        ("email", "email_invalid"),
        ("phone", "phone_not_mobile"),
        ("postcode", "postcode_unknown"),
        ("dayparts", "dayparts_invalid"),
        ("consent_crisis", "consent_crisis_missing"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
        .collect();
    assert_eq!(errors, want);
    assert_eq!(
        server.stats(),
        json!({"registrations": 0, "consents": 0, "mail_pending": 0, "mail_sent": 0, "erased": 0})
    );
}

#[tokio::test]
async fn a_value_of_the_wrong_type_is_a_422_naming_the_field() {
    let server = TestServer::start().await;
    let mut body = server.example_registration().await;
    body["sectors"] = json!("care");
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        codes(&response.json().await.unwrap()),
        [("sectors".to_owned(), "wrong_type".to_owned())]
    );
    // Numbers and null where text is expected mean the obvious thing.
    let mut body = server.example_registration().await;
    body["travel_km"] = json!(15);
    body["name_prefix"] = Value::Null;
    body["hours_per_week"] = json!(16);
    assert_eq!(
        server
            .post_json("/api/registrations", Some(&new_key()), &body)
            .await
            .status(),
        201
    );
}

#[tokio::test]
async fn malformed_json_is_a_400() {
    let server = TestServer::start().await;
    for raw in ["{", "{\"email\": }", "not json", "{} trailing", ""] {
        let response = server
            .client
            .post(server.url("/api/registrations"))
            .header("content-type", "application/json")
            .header("Idempotency-Key", new_key())
            .body(raw)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{raw:?}");
        assert_eq!(
            codes(&response.json().await.unwrap())[0].1,
            "malformed_json"
        );
    }
    assert_eq!(registrations(&server).await, 0);
}

#[tokio::test]
async fn a_body_over_64_kib_is_a_413() {
    let server = TestServer::start().await;
    let mut body = server.example_registration().await;
    body["availability_notes"] = json!("x".repeat(70 * 1024));
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    assert_eq!(response.status(), 413);
    assert_eq!(
        codes(&response.json().await.unwrap())[0].1,
        "payload_too_large"
    );
    assert_eq!(registrations(&server).await, 0);
}

#[tokio::test]
async fn another_content_type_is_a_415() {
    let server = TestServer::start().await;
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let mut request = server
            .client
            .post(server.url("/api/registrations"))
            .header("Idempotency-Key", new_key())
            .body("{}");
        if let Some(ct) = content_type {
            request = request.header("content-type", ct);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 415, "{content_type:?}");
        assert_eq!(
            codes(&response.json().await.unwrap())[0].1,
            "unsupported_media_type"
        );
    }
    let charset = server
        .client
        .post(server.url("/api/registrations"))
        .header("content-type", "application/json; charset=utf-8")
        .header("Idempotency-Key", new_key())
        .body(server.example_registration().await.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(charset.status(), 201);
}

#[tokio::test]
async fn past_the_rate_limit_the_answer_is_429_with_retry_after() {
    let server = TestServer::start_with(Options {
        env: vec![("HANDEN_RATE_LIMIT_PER_MINUTE", "3".to_owned())],
        ..Options::default()
    })
    .await;
    let body = json!({});
    for _ in 0..3 {
        assert_eq!(
            server
                .post_json("/api/registrations", Some(&new_key()), &body)
                .await
                .status(),
            422
        );
    }
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    assert_eq!(response.status(), 429);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=21).contains(&retry_after), "{retry_after}");
    assert_eq!(codes(&response.json().await.unwrap())[0].1, "rate_limited");
    // Reading is not limited.
    assert_eq!(
        server
            .client
            .get(server.url("/api/health"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test]
async fn the_confirmation_mail_is_written_in_the_persons_language() {
    let server = TestServer::start().await;
    let mut body = server.example_registration().await;
    body["language"] = json!("en");
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    let reference = response.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let mails = server.wait_for_mail(1).await;
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert!(mail.contains("To: sanne.vanderberg@example.nl"), "{mail}");
    assert!(
        mail.contains(&format!(
            "Subject: Your Handen sign-up has arrived ({reference})"
        )),
        "{mail}"
    );
    assert!(mail.contains("Message-ID: <"), "{mail}");
    assert!(mail.contains("Dear Sanne"), "{mail}");
    assert_eq!(server.stats()["mail_sent"], 1);
}

#[tokio::test]
async fn the_log_holds_no_personal_data() {
    let server = TestServer::start().await;
    let body = server.example_registration().await;
    assert_eq!(
        server
            .post_json("/api/registrations", Some(&new_key()), &body)
            .await
            .status(),
        201
    );
    let mut bad = body.clone();
    bad["email"] = json!("not-an-address-sanne@");
    assert_eq!(
        server
            .post_json("/api/registrations", Some(&new_key()), &bad)
            .await
            .status(),
        422
    );
    server.wait_for_mail(1).await;
    let log = server.log();
    assert!(log.contains("registration stored"), "{log}");
    for personal in [
        "sanne",
        "Sanne",
        "612345678",
        "Berg",
        // Whole, not "3511": microsecond timestamps contain any 4 digits by chance.
        "3511 AB",
        "3511AB",
        "1994-03-12",
        "not-an-address",
    ] {
        assert!(
            !log.contains(personal),
            "{personal:?} appears in the log:\n{log}"
        );
    }
}

#[tokio::test]
async fn openapi_describes_every_endpoint_and_error_code() {
    let server = TestServer::start().await;
    let doc: Value = server
        .client
        .get(server.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/health",
        "/api/registrations",
        "/api/registrations/dedup-check",
        "/api/openapi.json",
        "/api/demand",
        "/api/work-packages",
        "/api/sign-in",
        "/api/sessions",
        "/api/sign-out",
        "/api/me",
        "/api/me/profile",
        "/api/me/pause",
        "/api/me/resume",
        "/api/me/contact",
        "/api/me/export",
        "/api/confirm-email",
        "/api/still-available",
        "/api/organisations",
        "/api/staff/sign-in",
        "/api/staff/sessions",
        "/api/staff/sign-out",
        "/api/staff/me",
        "/api/admin/organisations",
        "/api/admin/organisations/{id}/approve",
        "/api/admin/organisations/{id}/reject",
        "/api/employer/requests",
        "/api/employer/requests/{id}",
        "/api/employer/requests/{id}/close",
        "/api/employer/requests/{id}/pool",
        "/api/employer/requests/{id}/introductions",
        "/api/employer/pool",
        "/api/employer/introductions/{id}/outcome",
        "/api/me/introductions/{id}/accept",
        "/api/me/introductions/{id}/decline",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    // Changes to a person's registration declare the CSRF header.
    assert_eq!(
        doc["paths"]["/api/me"]["delete"]["security"][0]["csrf"],
        json!([])
    );
    for status in ["201", "400", "413", "415", "422", "429"] {
        assert!(
            doc["paths"]["/api/registrations"]["post"]["responses"][status].is_object(),
            "{status}"
        );
    }
    let codes = doc["x-error-codes"].as_array().unwrap();
    assert_eq!(codes.len(), handen_core::ErrorCode::ALL.len());
    // The schema lists every field the example uses.
    let properties = doc["components"]["schemas"]["RegistrationForm"]["properties"]
        .as_object()
        .unwrap();
    for key in server
        .example_registration()
        .await
        .as_object()
        .unwrap()
        .keys()
    {
        assert!(properties.contains_key(key), "{key} is not described");
    }
}
