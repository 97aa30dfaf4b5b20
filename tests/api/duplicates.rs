//! Duplicate detection over HTTP: the neutral sign-up check that mails the
//! person on file, and a second sign-up stored, linked and marked for review.

use crate::support::TestServer;
use serde_json::{json, Value};
use sqlx::Row;
use std::time::Duration;

const EMAIL: &str = "sanne.vanderberg@example.nl";

async fn check(server: &TestServer, body: Value) -> (u16, Value) {
    let response = server
        .post_json("/api/registrations/dedup-check", None, &body)
        .await;
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn the_check_answers_alike_and_only_mails_the_person_on_file() {
    let server = TestServer::start().await;
    server.sign_up(json!({})).await;
    server.decoded_mail(1).await;

    // The same person, written differently, with new contact details.
    let again = json!({
        "given_names": "Sanne", "name_prefix": "", "surname": "VAN DER BERG",
        "birth_date": "1994-12-03", "email": "sanne.b@gmail.com", "phone": "+31 6 87654321",
    });
    let stranger = json!({
        "given_names": "Pieter", "name_prefix": "", "surname": "Jansen",
        "birth_date": "1980-01-01", "email": "", "phone": "",
    });
    let (status_again, body_again) = check(&server, again).await;
    let (status_stranger, body_stranger) = check(&server, stranger).await;
    assert_eq!((status_again, status_stranger), (202, 202));
    assert_eq!(
        body_again, body_stranger,
        "the answer must not tell them apart"
    );

    let mails = server.decoded_mail(2).await;
    assert_eq!(mails.len(), 2, "confirmation and one link");
    let link = &mails[1];
    assert!(
        link.to.contains(EMAIL),
        "to the address on file: {}",
        link.to
    );
    assert!(
        !link.to.contains("gmail"),
        "never to the address just typed"
    );
    let token = link.token("/sign-in");
    let session = server.start_session(&token).await;
    assert_eq!(session.status(), 200, "the link signs the owner in");

    // The stranger caused no mail, now or a little later.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(server.decoded_mail(3).await.len(), 2);
    assert!(!server.log().contains(EMAIL), "no personal data in the log");
}

#[tokio::test]
async fn the_check_names_each_bad_field() {
    let server = TestServer::start().await;
    let (status, body) = check(
        &server,
        json!({ "given_names": "", "surname": "Berg", "birth_date": "12-03-1994",
                "email": "sanne@", "phone": "12" }),
    )
    .await;
    assert_eq!(status, 422);
    let codes: Vec<&str> = body["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["code"].as_str())
        .collect();
    assert_eq!(
        codes,
        [
            "given_names_missing",
            "birth_date_invalid",
            "email_invalid",
            "phone_country_code_needed"
        ]
    );
    let response = server
        .post_json("/api/registrations/dedup-check", None, &json!([1, 2]))
        .await;
    assert_eq!(response.status(), 422, "not an object");
}

async fn registrations(server: &TestServer) -> Vec<(String, Option<String>, i64, Option<String>)> {
    server
        .query("SELECT id, duplicate_of, needs_review, duplicate_evidence FROM registrations ORDER BY created_at, id")
        .await
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect()
}

#[tokio::test]
async fn a_second_sign_up_is_stored_linked_and_marked_for_review() {
    let server = TestServer::start().await;
    let first = server.sign_up(json!({})).await;
    // Months later, from another phone and address, prefix in the surname.
    let second = server
        .sign_up(json!({
            "name_prefix": "", "surname": "van der Berg", "email": "s.vd.berg@hotmail.com",
            "phone": "0687654321", "postcode": "5611 AB", "house_number": "3",
            "house_number_addition": "",
        }))
        .await;
    // A household member: same address, phone and e-mail; another person.
    let partner = server
        .sign_up(json!({ "given_names": "Thomas", "birth_date": "1991-07-30" }))
        .await;

    let rows = registrations(&server).await;
    assert_eq!(rows.len(), 3, "every sign-up is stored, none merged");
    let row = |id: &str| rows.iter().find(|r| r.0 == id).expect("stored").clone();
    let (_, of, review, evidence) = row(&second);
    assert_eq!(of.as_deref(), Some(first.as_str()));
    assert_eq!(review, 1);
    let evidence: Value = serde_json::from_str(&evidence.expect("evidence")).expect("JSON");
    assert!(evidence["weight"].as_f64().expect("weight") >= 12.0);
    let birth = evidence["evidence"]
        .as_array()
        .expect("evidence list")
        .iter()
        .find(|e| e["field"] == "birth_date")
        .expect("birth date compared");
    assert_eq!(birth["level"], "exact");
    assert_eq!(row(&partner).1, None, "a household is not a duplicate");
    assert_eq!(row(&first).1, None);

    let events = server
        .query(&format!(
            "SELECT status FROM registration_events WHERE registration_id = '{second}'"
        ))
        .await;
    let statuses: Vec<String> = events.iter().map(|r| r.get(0)).collect();
    assert!(
        statuses.contains(&"linked_to_earlier".to_owned()),
        "{statuses:?}"
    );
}

/// Someone who presses "send" on two phones at once: the two sign-ups reach
/// the writer together, and the second is still linked to the first (a
/// check before storing would have found neither).
#[tokio::test]
async fn two_sign_ups_of_one_person_at_once_are_linked() {
    let server = TestServer::start().await;
    let first = server.example_registration().await;
    let mut second = first.clone();
    second["email"] = json!("s.vd.berg@hotmail.com");
    let (key_a, key_b) = (crate::support::new_key(), crate::support::new_key());
    let (a, b) = tokio::join!(
        server.post_json("/api/registrations", Some(&key_a), &first),
        server.post_json("/api/registrations", Some(&key_b), &second),
    );
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (201, 201));
    let rows = registrations(&server).await;
    assert_eq!(rows.len(), 2, "both stored, none merged");
    let linked: Vec<_> = rows.iter().filter(|r| r.1.is_some()).collect();
    assert_eq!(linked.len(), 1, "exactly one is linked: {rows:?}");
    let other = rows
        .iter()
        .find(|r| r.1.is_none())
        .expect("the earlier one");
    assert_eq!(linked[0].1.as_deref(), Some(other.0.as_str()));
    assert_eq!(linked[0].2, 1, "marked for review");
}
