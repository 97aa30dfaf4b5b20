//! Faults: the server killed mid-rush (kill -9), and the database cut off
//! under a running server. A 201 is a promise that the sign-up is stored:
//! it must hold through both.

use crate::support::{backend, new_key, person, Backend, Options, TestServer};
use serde_json::{json, Value};
use sqlx::Row;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

fn options() -> Options {
    Options {
        // One client address sends the whole rush.
        env: vec![("HANDEN_RATE_LIMIT_PER_MINUTE", "1000000".into())],
        ..Options::default()
    }
}

/// Sign-ups that got a 201: (key, body, reference).
type Acknowledged = Vec<(String, Value, String)>;

/// Sends sign-ups from `clients` concurrent clients until `stop` is set or
/// the server stops answering.
async fn rush(server: &TestServer, clients: usize, stop: Arc<AtomicBool>) -> Acknowledged {
    // People stay unique across rushes in one test run.
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let example = server.example_registration().await;
    let tasks = (0..clients).map(|_| {
        let (client, url) = (server.client.clone(), server.url("/api/registrations"));
        let (example, stop) = (example.clone(), stop.clone());
        tokio::spawn(async move {
            let mut acknowledged = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let n = NEXT.fetch_add(1, Ordering::Relaxed);
                let (key, body) = (new_key(), person(&example, n));
                let sent = client
                    .post(&url)
                    .header("Idempotency-Key", &key)
                    .json(&body)
                    .timeout(Duration::from_secs(10))
                    .send()
                    .await;
                let Ok(response) = sent else { break };
                if response.status() != 201 {
                    continue;
                }
                let Ok(answer) = response.json::<Value>().await else {
                    break;
                };
                let reference = answer["reference"].as_str().unwrap_or_default().to_owned();
                acknowledged.push((key, body, reference));
            }
            acknowledged
        })
    });
    let mut all = Vec::new();
    for task in futures_util::future::join_all(tasks).await {
        all.extend(task.expect("client task"));
    }
    all
}

async fn sign_up(server: &TestServer, example: &Value, n: usize) -> reqwest::Response {
    let body = person(example, n);
    server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await
}

async fn health(server: &TestServer) -> u16 {
    let response = server.client.get(server.url("/api/health")).send().await;
    response.expect("GET /api/health").status().as_u16()
}

/// SIGKILL, as a power cut would: no shutdown, whatever was in flight is cut.
fn kill_minus_nine(pid: u32) {
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success(), "kill -9 handen");
}

/// Registrations missing any part a sign-up stores with it.
const PARTIAL: &str = "SELECT COUNT(*) FROM registrations r WHERE \
    NOT EXISTS (SELECT 1 FROM consents c WHERE c.registration_id = r.id AND c.kind = 'crisis') \
    OR NOT EXISTS (SELECT 1 FROM registration_events e WHERE e.registration_id = r.id) \
    OR NOT EXISTS (SELECT 1 FROM dedup_keys k WHERE k.registration_id = r.id) \
    OR (SELECT COUNT(*) FROM outbox o WHERE o.registration_id = r.id) <> 1 \
    OR NOT EXISTS (SELECT 1 FROM idempotency_keys i WHERE i.registration_id = r.id AND i.response_status = 201)";

#[tokio::test]
async fn every_answered_sign_up_survives_kill_minus_nine() {
    let mut server = TestServer::start_with(options()).await;
    let mut acknowledged = Vec::new();
    // Three cuts at different moments of a rush, each followed by a restart
    // on the same data.
    for after_ms in [700, 1500, 2300] {
        let stop = Arc::new(AtomicBool::new(false));
        let pid = server.pid();
        let (answered, ()) = tokio::join!(rush(&server, 16, stop.clone()), async {
            tokio::time::sleep(Duration::from_millis(after_ms)).await;
            kill_minus_nine(pid);
        });
        stop.store(true, Ordering::Relaxed);
        eprintln!("kill -9 after {} answered sign-ups", answered.len());
        assert!(
            answered.len() >= 10,
            "the rush got going before the kill ({} answered)",
            answered.len()
        );
        acknowledged.extend(answered);
        server.restart().await;
    }

    for (_, _, reference) in &acknowledged {
        let rows = server
            .query(&format!(
                "SELECT id FROM registrations WHERE reference = '{reference}'"
            ))
            .await;
        assert_eq!(rows.len(), 1, "{reference} got a 201 but is not stored");
    }
    let partial: i64 = server.query(PARTIAL).await[0].get(0);
    assert_eq!(partial, 0, "a registration was stored in part");
    if backend() == Backend::Sqlite {
        let check: String = server.query("PRAGMA integrity_check").await[0].get(0);
        assert_eq!(check, "ok");
    }

    // An answered request sent again (the phone retries) gets the same
    // answer, not a second registration; new sign-ups are taken at once.
    let (key, body, reference) = &acknowledged[acknowledged.len() / 2];
    let replay = server
        .post_json("/api/registrations", Some(key), body)
        .await;
    assert_eq!(replay.status(), 201);
    assert_eq!(
        replay.json::<Value>().await.unwrap()["reference"],
        json!(reference)
    );
    let fresh = person(&server.example_registration().await, 1_000_000);
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &fresh)
        .await;
    assert_eq!(response.status(), 201);
}

/// PostgreSQL stopped under a running server: clear 503s while it is down,
/// and service again without restarting `handen` once it is back. Runs in
/// its own cluster (scripts/test's "database cut" stage), because stopping
/// the shared one would fail every other test running beside it.
#[tokio::test]
async fn a_cut_database_gives_503_and_service_resumes_without_a_restart() {
    let Ok(ctl) = std::env::var("HANDEN_TEST_CUT_DATABASE") else {
        return;
    };
    assert_eq!(backend(), Backend::Postgres, "the cut is a PostgreSQL test");
    let server = TestServer::start_with(options()).await;
    let example = server.example_registration().await;
    assert_eq!(sign_up(&server, &example, 1).await.status(), 201);

    let stopped = std::process::Command::new(&ctl)
        .arg("stop")
        .status()
        .expect("run ctl");
    assert!(stopped.success(), "cannot stop PostgreSQL");
    for n in 2..5 {
        let response = sign_up(&server, &example, n).await;
        assert_eq!(response.status(), 503);
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["errors"][0]["code"], "storage_unavailable");
    }
    assert_eq!(health(&server).await, 503);

    let started = std::process::Command::new(&ctl)
        .arg("start")
        .status()
        .expect("run ctl");
    assert!(started.success(), "cannot start PostgreSQL");
    let mut status = 0;
    for n in 10..60 {
        status = sign_up(&server, &example, n).await.status().as_u16();
        if status == 201 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(
        status, 201,
        "no recovery within ten seconds of the database's return"
    );
    assert_eq!(health(&server).await, 200);
    assert_eq!(server.stats()["registrations"], 2);
}
