//! A signed-in person's own registration: edit, pause and resume, change
//! contact details, the timeline, export, and erasure that leaves nothing.

use crate::support::{Session, TestServer};
use reqwest::Method;
use serde_json::{json, Value};
use sqlx::Row;

const EMAIL: &str = "sanne.vanderberg@example.nl";

async fn signed_in() -> (TestServer, String, Session) {
    let server = TestServer::start().await;
    let id = server.sign_up(json!({})).await;
    let session = server.sign_in(EMAIL, 2).await;
    (server, id, session)
}

async fn send(
    server: &TestServer,
    session: &Session,
    method: Method,
    path: &str,
    body: Value,
) -> (u16, Value) {
    let response = server
        .as_signed_in(method, path, session)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn timeline(me: &Value) -> Vec<String> {
    me["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_person_sees_their_registration_as_a_form_and_a_timeline() {
    let (server, _, session) = signed_in().await;
    let me = server.me(&session).await;
    assert!(me["reference"].as_str().unwrap().starts_with("HND-"));
    assert_eq!(me["email"], EMAIL);
    assert_eq!(me["phone"], "+31612345678");
    assert_eq!(me["language"], "nl");
    assert_eq!(me["form"]["sectors"], json!(["care", "childcare"]));
    assert_eq!(me["form"]["dayparts"].as_array().unwrap().len(), 4);
    assert_eq!(me["form"]["postcode"], "3511 AB");
    assert_eq!(timeline(&me), ["received"]);
    assert_eq!(me["paused_until"], Value::Null);
    assert_eq!(me["left_out_of_pools"], false);
}

#[tokio::test]
async fn availability_and_background_are_edited_with_the_sign_up_rules() {
    let (server, id, session) = signed_in().await;
    let before = server.me(&session).await;
    let mut form = before["form"].clone();

    form["hours_per_week"] = json!("0");
    form["sectors"] = json!([]);
    let (status, body) = send(
        &server,
        &session,
        Method::PUT,
        "/api/me/profile",
        form.clone(),
    )
    .await;
    assert_eq!(status, 422);
    let named: Vec<(&str, &str)> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        named,
        [
            ("hours_per_week", "hours_per_week_invalid"),
            ("sectors", "sectors_missing")
        ]
    );
    assert_eq!(
        server.me(&session).await["form"],
        before["form"],
        "a rejected edit changes nothing"
    );

    form["hours_per_week"] = json!("8");
    form["sectors"] = json!(["education"]);
    form["dayparts"] = json!(["sat_morning", "sun_morning"]);
    form["travel_km"] = json!("40");
    form["email"] = json!("ignored@example.nl");
    let (status, body) = send(&server, &session, Method::PUT, "/api/me/profile", form).await;
    assert_eq!(status, 204, "{body}");
    let after = server.me(&session).await;
    assert_eq!(after["form"]["hours_per_week"], "8");
    assert_eq!(after["form"]["sectors"], json!(["education"]));
    assert_eq!(
        after["form"]["dayparts"],
        json!(["sat_morning", "sun_morning"])
    );
    assert_eq!(after["form"]["travel_km"], "40");
    assert_eq!(after["email"], EMAIL, "contact details change elsewhere");
    assert_eq!(timeline(&after), ["received", "availability_updated"]);
    let confirmed = server
        .query(&format!(
            "SELECT availability_confirmed_at, created_at FROM registrations WHERE id = '{id}'"
        ))
        .await;
    assert!(
        confirmed[0].get::<String, _>(0) > confirmed[0].get::<String, _>(1),
        "saving confirms the availability"
    );
}

#[tokio::test]
async fn pausing_and_resuming() {
    let (server, _, session) = signed_in().await;
    let (status, body) = send(
        &server,
        &session,
        Method::POST,
        "/api/me/pause",
        json!({ "pause_until": "2000-01-01", "pause_reason": "bored" }),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(
        body["errors"][0],
        json!({ "field": "pause_until", "code": "pause_until_in_past" })
    );
    assert_eq!(
        body["errors"][1],
        json!({ "field": "pause_reason", "code": "pause_reason_invalid" })
    );

    let until = (time::OffsetDateTime::now_utc() + time::Duration::days(30))
        .date()
        .to_string();
    let (status, _) = send(
        &server,
        &session,
        Method::POST,
        "/api/me/pause",
        json!({ "pause_until": until, "pause_reason": "placed_elsewhere" }),
    )
    .await;
    assert_eq!(status, 204);
    let me = server.me(&session).await;
    assert_eq!(me["paused_until"], until.as_str());
    assert_eq!(me["pause_reason"], "placed_elsewhere");
    assert_eq!(timeline(&me), ["received", "paused"]);

    let (status, _) = send(&server, &session, Method::POST, "/api/me/resume", json!({})).await;
    assert_eq!(status, 204);
    let me = server.me(&session).await;
    assert_eq!(me["paused_until"], Value::Null);
    assert_eq!(timeline(&me), ["received", "paused", "resumed"]);
}

#[tokio::test]
async fn a_new_phone_counts_at_once_a_new_email_after_its_link() {
    let (server, _, session) = signed_in().await;
    let (status, body) = send(
        &server,
        &session,
        Method::POST,
        "/api/me/contact",
        json!({ "email": "sanne@", "phone": "12" }),
    )
    .await;
    assert_eq!(status, 422);
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["phone", "email"]);

    let (status, body) = send(
        &server,
        &session,
        Method::POST,
        "/api/me/contact",
        json!({ "email": "Sanne.Nieuw@Example.nl", "phone": "06 8765 4321" }),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["email_pending"], true);
    let me = server.me(&session).await;
    assert_eq!(me["phone"], "+31687654321");
    assert_eq!(
        me["email"], EMAIL,
        "the old address holds until the new one is confirmed"
    );

    let mails = server.decoded_mail(3).await;
    let confirm = &mails[2];
    assert!(
        confirm.to.contains("sanne.nieuw@example.nl"),
        "{}",
        confirm.to
    );
    let token = confirm.token("/confirm-email");
    let confirmed = server
        .post_json("/api/confirm-email", None, &json!({ "token": token }))
        .await;
    assert_eq!(confirmed.status(), 200);
    assert_eq!(server.me(&session).await["email"], "sanne.nieuw@example.nl");
    let again = server
        .post_json("/api/confirm-email", None, &json!({ "token": token }))
        .await;
    assert_eq!(again.status(), 400, "a confirmation link works once");

    // A sign-in link is not a confirmation link, and the other way round.
    let sign_in = server.sign_in_token("sanne.nieuw@example.nl", 4).await;
    let wrong = server
        .post_json("/api/confirm-email", None, &json!({ "token": sign_in }))
        .await;
    assert_eq!(wrong.status(), 400);
    assert_eq!(
        server.start_session(&sign_in).await.status(),
        200,
        "and it is still unused"
    );
    let me = server.me(&session).await;
    assert_eq!(
        timeline(&me),
        ["received", "contact_changed", "contact_changed"]
    );
}

#[tokio::test]
async fn the_export_holds_everything_stored_about_the_person() {
    let (server, _, session) = signed_in().await;
    let response = server
        .as_signed_in(Method::GET, "/api/me/export", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with("attachment; filename=\"handen-HND-"),
        "{disposition}"
    );
    assert_eq!(response.headers()["cache-control"], "no-store");
    let export: Value = response.json().await.unwrap();
    let data = &export["data"];
    assert_eq!(data["registration"]["email"], EMAIL);
    assert_eq!(data["registration"]["given_names"], "Sanne");
    assert_eq!(data["registration"]["birth_date"], "1994-03-12");
    let consents = data["consents"].as_array().unwrap();
    assert_eq!(consents.len(), 2);
    assert!(consents
        .iter()
        .all(|c| c["text_sha256"].as_str().unwrap().len() == 64 && c["given_at"].is_string()));
    assert_eq!(data["timeline"][0]["status"], "received");
    assert!(
        data["mail"].as_array().unwrap().len() >= 2,
        "the confirmation and the sign-in link"
    );
    assert_eq!(data["sessions"].as_array().unwrap().len(), 1);
    // Every column of the registration is there, whatever is added later.
    for name in server.columns("registrations").await {
        assert!(
            data["registration"].get(&name).is_some(),
            "export misses {name}"
        );
    }
}

/// Every text value in every table, to search for a person's traces.
async fn everything_stored(server: &TestServer) -> String {
    let mut all = String::new();
    // sqlx's own bookkeeping (migration checksums) holds nobody's data.
    for name in server.tables().await {
        if name == "_sqlx_migrations" {
            continue;
        }
        for column in server.columns(&name).await {
            for row in server
                .query(&format!(
                    "SELECT CAST(\"{column}\" AS TEXT) FROM \"{name}\""
                ))
                .await
            {
                if let Ok(Some(value)) = row.try_get::<Option<String>, _>(0) {
                    all.push_str(&value);
                    all.push('\n');
                }
            }
        }
    }
    all
}

#[tokio::test]
async fn erasure_leaves_no_trace_but_a_count_and_an_anonymous_audit_line() {
    let (server, id, session) = signed_in().await;
    // A second person stays untouched.
    server
        .sign_up(json!({
            "email": "piet@example.nl",
            "phone": "0611112222",
            "given_names": "Piet",
            "name_prefix": "",
            "surname": "Jansen",
            "birth_date": "1980-01-01",
            "postcode": "1012 AB",
        }))
        .await;
    let reference = server.me(&session).await["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = everything_stored(&server).await;
    for trace in [EMAIL, "+31612345678", &reference, &id, "Sanne"] {
        assert!(before.contains(trace), "{trace} is stored before");
    }

    let (status, body) = send(&server, &session, Method::DELETE, "/api/me", json!({})).await;
    assert_eq!(status, 200);
    assert_eq!(body["erased"], true);

    // The goodbye mail goes out, and is then deleted from the outbox too.
    let mails = server.decoded_mail(4).await;
    let goodbye = mails.last().unwrap();
    assert!(
        goodbye.to.contains(EMAIL) && goodbye.subject.contains("verwijderd"),
        "{goodbye:?}"
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let after = loop {
        let after = everything_stored(&server).await;
        if !after.contains(EMAIL) || std::time::Instant::now() > deadline {
            break after;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    for trace in [
        EMAIL,
        "+31612345678",
        &reference,
        &id,
        "Sanne",
        "van der",
        "1994-03-12",
        "3511 AB",
    ] {
        assert!(!after.contains(trace), "{trace} survived the erasure");
    }
    assert!(after.contains("piet@example.nl"), "the other person stays");

    let stats = server.stats();
    assert_eq!(stats["registrations"], 1);
    assert_eq!(stats["erased"], 1, "{stats}");
    let audit = server
        .query("SELECT action, subject FROM audit_log WHERE action = 'registration_erased'")
        .await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].get::<Option<String>, _>(1), None);

    let export = server
        .as_signed_in(Method::GET, "/api/me/export", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(export.status(), 401, "the session went with the person");
    // Asking for a link for the erased address sends nothing.
    let count = server.decoded_mail(4).await.len();
    let response = server
        .post_json("/api/sign-in", None, &json!({ "address": EMAIL }))
        .await;
    assert_eq!(response.status(), 202);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(server.decoded_mail(count).await.len(), count);
}

#[tokio::test]
async fn an_introduction_id_that_is_not_text_is_not_found_in_json() {
    let (server, _, session) = signed_in().await;
    let (status, body) = send(
        &server,
        &session,
        Method::POST,
        "/api/me/introductions/%FF/accept",
        json!({}),
    )
    .await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(body["errors"][0]["code"], "not_found");
    assert_eq!(body["errors"][0]["field"], "id");
}
