//! Keeping availability fresh: "still available?" after 21 days, a second
//! reminder a week later, then left out of employer pools until the person
//! answers. Driven through `handen freshness --now`, the job `serve` runs.

use crate::support::{Options, TestServer};
use serde_json::{json, Value};
use sqlx::Row;
use std::process::Command;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

fn run_job(server: &TestServer, now: OffsetDateTime) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_handen"))
        .args([
            "freshness",
            "--database-url",
            &server.database_url(),
            "--now",
            &now.format(&Rfc3339).unwrap(),
        ])
        .env("HANDEN_PUBLIC_URL", &server.base)
        .output()
        .expect("run handen freshness");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("a JSON report")
}

async fn state(server: &TestServer, id: &str) -> (i64, bool) {
    let rows = server
        .query(&format!(
            "SELECT reminders_sent, left_out_of_pools FROM registrations WHERE id = '{id}'"
        ))
        .await;
    (rows[0].get(0), rows[0].get::<i64, _>(1) == 1)
}

fn report(first: u64, second: u64, left_out: u64) -> Value {
    json!({ "first_reminders": first, "second_reminders": second, "left_out_of_pools": left_out,
            "introduction_reminders": 0, "outcome_reminders": 0 })
}

#[tokio::test]
async fn unanswered_reminders_leave_a_person_out_of_pools_until_they_confirm() {
    let server = TestServer::start().await;
    let id = server.sign_up(json!({})).await;
    let now = OffsetDateTime::now_utc();

    assert_eq!(
        run_job(&server, now + Duration::days(20)),
        report(0, 0, 0),
        "fresh for 21 days"
    );
    assert_eq!(run_job(&server, now + Duration::days(22)), report(1, 0, 0));
    assert_eq!(state(&server, &id).await, (1, false));
    assert_eq!(
        run_job(&server, now + Duration::days(23)),
        report(0, 0, 0),
        "one reminder a week"
    );
    assert_eq!(run_job(&server, now + Duration::days(30)), report(0, 1, 0));
    assert_eq!(run_job(&server, now + Duration::days(31)), report(0, 0, 0));
    assert_eq!(run_job(&server, now + Duration::days(38)), report(0, 0, 1));
    assert_eq!(state(&server, &id).await, (2, true));
    assert_eq!(
        run_job(&server, now + Duration::days(60)),
        report(0, 0, 0),
        "left out, not nagged"
    );

    // The reminders reach the person with three one-tap links.
    let mails = server.decoded_mail(3).await;
    assert_eq!(mails.len(), 3);
    assert_eq!(mails[1].subject, "Ben je nog beschikbaar?");
    assert!(
        mails[2].subject.starts_with("Herinnering"),
        "{}",
        mails[2].subject
    );
    let reminder = &mails[2];
    assert!(reminder
        .body
        .contains(&format!("{}/sign-in#token=", server.base)));
    assert!(
        reminder.body.contains("&next=/my/availability"),
        "{}",
        reminder.body
    );
    assert!(
        reminder.body.contains("&next=/my/pause"),
        "{}",
        reminder.body
    );

    // "Yes, as before" brings them back into the pools at once.
    let yes = reminder.token("/still-available");
    let response = server
        .post_json("/api/still-available", None, &json!({ "token": yes }))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(state(&server, &id).await, (0, false));
    let again = server
        .post_json("/api/still-available", None, &json!({ "token": yes }))
        .await;
    assert_eq!(again.status(), 400, "one tap, once");
    // Sorted by name: the job ran at simulated future times, the answer now.
    let events: Vec<String> = server
        .query("SELECT status FROM registration_events ORDER BY status")
        .await
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(
        events,
        [
            "availability_confirmed",
            "left_out_of_pools",
            "received",
            "reminder_sent",
            "reminder_sent"
        ]
    );

    // The "change" link signs the person in.
    let change = reminder.token("/sign-in");
    assert_eq!(server.start_session(&change).await.status(), 200);
}

#[tokio::test]
async fn paused_people_are_not_asked() {
    let server = TestServer::start().await;
    let id = server.sign_up(json!({})).await;
    let session = server.sign_in("sanne.vanderberg@example.nl", 2).await;
    let until = (OffsetDateTime::now_utc() + Duration::days(40))
        .date()
        .to_string();
    let paused = server
        .as_signed_in(reqwest::Method::POST, "/api/me/pause", &session)
        .json(&json!({ "pause_until": until, "pause_reason": "holiday" }))
        .send()
        .await
        .unwrap();
    assert_eq!(paused.status(), 204);
    let now = OffsetDateTime::now_utc();
    assert_eq!(run_job(&server, now + Duration::days(30)), report(0, 0, 0));
    assert_eq!(
        run_job(&server, now + Duration::days(42)),
        report(1, 0, 0),
        "asked once the pause is over"
    );
    assert_eq!(state(&server, &id).await, (1, false));
}

#[tokio::test]
async fn the_server_runs_the_job_on_its_own() {
    // Stale at once, reminded again at once: three ticks take a person
    // through both reminders to being left out.
    let server = TestServer::start_with(Options {
        env: vec![
            ("HANDEN_FRESHNESS_DAYS", "0".into()),
            ("HANDEN_REMIND_AGAIN_DAYS", "0".into()),
            ("HANDEN_FRESHNESS_INTERVAL_SECONDS", "1".into()),
            ("HANDEN_LINK_TTL_SECONDS", "1".into()),
        ],
        ..Options::default()
    })
    .await;
    let id = server.sign_up(json!({})).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while state(&server, &id).await != (2, true) {
        assert!(
            std::time::Instant::now() < deadline,
            "the job did not run: {:?}\n{}",
            state(&server, &id).await,
            server.log()
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let mails = server.decoded_mail(3).await;
    assert_eq!(mails.len(), 3, "the confirmation and two reminders");
    assert!(
        !server.log().contains("sanne"),
        "no personal data in the log"
    );

    // Dead links are forgotten by the same timer.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !server
        .query("SELECT token_sha256 FROM tokens")
        .await
        .is_empty()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "expired links were kept"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}
