//! Several `handen serve` instances on one PostgreSQL database: how a
//! deployment grows past one machine. (A SQLite file serves one instance.)

use crate::support::{backend, Backend, Options, TestServer};
use serde_json::json;
use std::time::{Duration, Instant};

/// The .eml files in one server's outbox folder.
fn mail_written(server: &TestServer) -> usize {
    std::fs::read_dir(server.dir().join("outbox"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                .count()
        })
        .unwrap_or(0)
}

/// Both instances' mail senders read the shared outbox; each confirmation
/// still goes out once, not once per instance.
#[tokio::test]
async fn two_instances_send_each_confirmation_once() {
    if backend() != Backend::Postgres {
        return;
    }
    // One client address sends every sign-up.
    let env = || vec![("HANDEN_RATE_LIMIT_PER_MINUTE", "1000000".to_owned())];
    let first = TestServer::start_with(Options {
        env: env(),
        ..Options::default()
    })
    .await;
    let second = TestServer::start_with(Options {
        env: env(),
        database_url: Some(first.database_url()),
        ..Options::default()
    })
    .await;
    const PEOPLE: usize = 40;
    // At once, half through each instance: both senders wake together.
    let sign_ups = (0..PEOPLE).map(|i| {
        let server = if i % 2 == 0 { &first } else { &second };
        // Letters, as names have: "Jongaa", "Jongab" …
        let name = format!(
            "{}{}",
            char::from(b'a' + (i / 26) as u8),
            char::from(b'a' + (i % 26) as u8)
        );
        server.sign_up(json!({
            "given_names": format!("Anne{name}"),
            "surname": format!("Jong{name}"),
            "email": format!("mens{i}@voorbeeld.nl"),
            "phone": format!("06-{:08}", 20_000_000 + i * 7_919),
            "birth_date": format!("19{}-0{}-1{}", 50 + i, 1 + i % 9, i % 10),
        }))
    });
    futures_util::future::join_all(sign_ups).await;

    let deadline = Instant::now() + Duration::from_secs(20);
    while mail_written(&first) + mail_written(&second) < PEOPLE && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Time for a second sending of any of them to show.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (a, b) = (mail_written(&first), mail_written(&second));
    assert_eq!(a + b, PEOPLE, "first sent {a}, second {b}");
    let unsent: i64 = sqlx::Row::get(
        &first
            .query("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
            .await[0],
        0,
    );
    assert_eq!(unsent, 0);
}
