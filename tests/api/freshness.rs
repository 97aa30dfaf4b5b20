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
    run_job_with(server, now, &[])
}

fn run_job_with(server: &TestServer, now: OffsetDateTime, env: &[(&str, &str)]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_handen"))
        .envs(env.iter().copied())
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
            "introduction_reminders": 0, "outcome_reminders": 0, "erased_after_crisis": 0 })
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

#[tokio::test]
async fn after_the_crisis_only_reservists_are_kept() {
    let server = TestServer::start().await;
    let leaves = server.sign_up(json!({ "consent_reservist": false })).await;
    let stays = server
        .sign_up(
            json!({ "given_names": "Kees", "surname": "Jansen", "name_prefix": "",
            "email": "kees@voorbeeld.nl", "phone": "06-99887766", "birth_date": "1960-05-05",
            "consent_reservist": true }),
        )
        .await;
    let now = OffsetDateTime::now_utc();
    let ends_on = (now + Duration::days(30)).date().to_string();
    let env = [("HANDEN_CRISIS_CONSENT_ENDS_ON", ends_on.as_str())];
    // The crisis consent still holds, up to and including its last day.
    assert_eq!(run_job_with(&server, now, &env)["erased_after_crisis"], 0);
    assert_eq!(
        run_job_with(&server, now + Duration::days(30), &env)["erased_after_crisis"],
        0
    );
    // The day after, who only gave crisis consent is erased; a reservist stays.
    assert_eq!(
        run_job_with(&server, now + Duration::days(31), &env)["erased_after_crisis"],
        1
    );
    let left: Vec<String> = server
        .query("SELECT id FROM registrations")
        .await
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(left, [stays]);
    assert!(server
        .query(&format!(
            "SELECT 1 FROM consents WHERE registration_id = '{leaves}'"
        ))
        .await
        .is_empty());
    // Anonymous counts stay.
    assert_eq!(server.stats()["erased"], 1, "{}", server.stats());
    let erased: i64 = server
        .query("SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM erased_registrations")
        .await[0]
        .get(0);
    assert_eq!(erased, 1);
    // Once.
    assert_eq!(
        run_job_with(&server, now + Duration::days(32), &env)["erased_after_crisis"],
        0
    );
    // A date that is not a date stops the job with a clear message.
    let output = Command::new(env!("CARGO_BIN_EXE_handen"))
        .args(["freshness", "--database-url", &server.database_url()])
        .env("HANDEN_CRISIS_CONSENT_ENDS_ON", "30-06-2027")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("HANDEN_CRISIS_CONSENT_ENDS_ON"));
}
