use crate::support::{backend, Backend, TestServer};
use handen_core::api::{Health, HealthStatus};

#[tokio::test]
async fn health_reports_version_and_a_reachable_database() {
    let server = TestServer::start().await;
    let response = server
        .client
        .get(server.url("/api/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let health: Health = response.json().await.unwrap();
    assert_eq!(health.status, HealthStatus::Ok);
    assert_eq!(health.version, env!("CARGO_PKG_VERSION"));
    assert!(health.database.reachable);
    let expected = match backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    assert_eq!(health.database.backend, expected);
}

#[tokio::test]
async fn creates_and_migrates_the_sqlite_file_in_a_missing_folder() {
    if backend() != Backend::Sqlite {
        return;
    }
    let server = TestServer::start().await;
    let db = server.dir().join("db/handen.db");
    assert!(db.is_file(), "database file was not created");
    // Migrations ran: sqlx records them in the database file itself.
    let bytes = std::fs::read(&db).unwrap();
    let wal = std::fs::read(server.dir().join("db/handen.db-wal")).unwrap_or_default();
    let all = [bytes, wal].concat();
    assert!(
        all.windows(b"audit_log".len()).any(|w| w == b"audit_log"),
        "migration 0001 did not run"
    );
}

#[tokio::test]
async fn unknown_api_paths_answer_json_404_not_the_app() {
    let server = TestServer::start().await;
    let response = server
        .client
        .get(server.url("/api/nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "not_found");
}

#[tokio::test]
async fn an_api_path_asked_with_another_method_answers_json_405_with_allow() {
    let server = TestServer::start().await;
    let response = server
        .client
        .get(server.url("/api/registrations"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "POST");
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["errors"][0]["code"], "method_not_allowed");
}

#[tokio::test]
async fn stops_cleanly_on_sigterm() {
    let server = TestServer::start().await;
    let status = server.terminate();
    assert!(status.success(), "exit status {status:?}");
}

#[tokio::test]
async fn logs_requests_without_query_strings() {
    let server = TestServer::start().await;
    server
        .client
        .get(server.url("/api/health?email=someone@example.org"))
        .send()
        .await
        .unwrap();
    let log = server.log();
    assert!(log.contains("/api/health"), "request not logged:\n{log}");
    assert!(
        !log.contains("someone@example.org"),
        "query string leaked into the log"
    );
}
