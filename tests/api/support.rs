//! Starting and stopping a `handen serve` for one test.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct TestServer {
    pub base: String,
    child: Child,
    pub dir: tempfile::TempDir,
    pub client: reqwest::Client,
}

pub struct Options {
    /// Files to put in the served `dist/` (path, content).
    pub dist: Vec<(&'static str, &'static [u8])>,
    /// Extra environment for the server.
    pub env: Vec<(&'static str, String)>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            dist: vec![
                (
                    "index.html",
                    b"<!doctype html><title>Handen</title>".as_slice(),
                ),
                (
                    "handen-app-0123456789abcdef_bg.wasm",
                    b"\0asm fake".as_slice(),
                ),
                ("manifest.webmanifest", b"{\"name\":\"Handen\"}".as_slice()),
            ],
            env: Vec::new(),
        }
    }
}

impl TestServer {
    pub async fn start() -> TestServer {
        TestServer::start_with(Options::default()).await
    }

    pub async fn start_with(options: Options) -> TestServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let dist = dir.path().join("dist");
        for (name, content) in &options.dist {
            let path = dist.join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, content).expect("write dist file");
        }
        let port = free_port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_handen"));
        command
            .arg("serve")
            .env("HANDEN_BIND", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", sqlite_url(&dir.path().join("db/handen.db")))
            .env("HANDEN_DIST", &dist)
            .env("HANDEN_OUTBOX_DIR", dir.path().join("outbox"))
            .env("HANDEN_LOG_FORMAT", "json")
            .env_remove("SMTP_URL");
        for (key, value) in &options.env {
            command.env(key, value);
        }
        let child = command
            .stdout(Stdio::null())
            .stderr(Stdio::from(
                std::fs::File::create(dir.path().join("server.log")).expect("log file"),
            ))
            .spawn()
            .expect("start handen");
        let server = TestServer {
            base: format!("http://127.0.0.1:{port}"),
            child,
            dir,
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
        };
        server.wait_until_ready().await;
        server
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn database_url(&self) -> String {
        sqlite_url(&self.dir.path().join("db/handen.db"))
    }

    /// Counts from `handen stats`, the operators' tool.
    pub fn stats(&self) -> serde_json::Value {
        let output = Command::new(env!("CARGO_BIN_EXE_handen"))
            .args(["stats", "--database-url", &self.database_url()])
            .output()
            .expect("run handen stats");
        assert!(
            output.status.success(),
            "handen stats failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).expect("stats JSON")
    }

    /// Reads what was stored, to check it is whole and correct.
    pub async fn query(&self, sql: &str) -> Vec<sqlx::sqlite::SqliteRow> {
        use sqlx::ConnectOptions;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(self.dir.path().join("db/handen.db"))
            .read_only(true)
            .connect()
            .await
            .expect("open the test database");
        sqlx::query(sql).fetch_all(&mut conn).await.expect("query")
    }

    /// The .eml files the server wrote (no SMTP configured), waiting up to
    /// five seconds for at least `at_least` of them.
    pub async fn wait_for_mail(&self, at_least: usize) -> Vec<String> {
        let dir = self.dir.path().join("outbox");
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let mut mails: Vec<String> = std::fs::read_dir(&dir)
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                        .filter_map(|p| std::fs::read_to_string(p).ok())
                        .collect()
                })
                .unwrap_or_default();
            if mails.len() >= at_least || Instant::now() > deadline {
                mails.sort();
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn post_json(
        &self,
        path: &str,
        key: Option<&str>,
        body: &serde_json::Value,
    ) -> reqwest::Response {
        let mut request = self.client.post(self.url(path)).json(body);
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        request.send().await.expect("POST")
    }

    /// The complete example registration from the server's own OpenAPI document.
    pub async fn example_registration(&self) -> serde_json::Value {
        let doc: serde_json::Value = self
            .client
            .get(self.url("/api/openapi.json"))
            .send()
            .await
            .expect("openapi")
            .json()
            .await
            .expect("openapi JSON");
        doc["paths"]["/api/registrations"]["post"]["requestBody"]["content"]["application/json"]
            ["example"]
            .clone()
    }

    async fn wait_until_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(response) = self.client.get(self.url("/api/health")).send().await {
                if response.status().is_success() {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("handen did not become ready; its log:\n{}", self.log());
    }

    /// Sends SIGTERM and waits: the server must stop by itself.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        assert!(sent.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "server ignored SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A fresh random idempotency key.
pub fn new_key() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("test-{nanos:x}-{n}")
}

pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}
