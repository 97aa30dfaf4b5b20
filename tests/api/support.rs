//! Starting and stopping a `handen serve` for one test.

use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct TestServer {
    pub base: String,
    child: Child,
    pub dir: tempfile::TempDir,
    pub client: reqwest::Client,
    database_url: String,
    /// How the server was started, to start it again on the same data.
    command: Command,
}

/// Starts the server; its log goes to (the end of) `server.log`.
fn spawn(command: &mut Command, dir: &Path) -> Child {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("server.log"))
        .expect("log file");
    command
        .stdout(Stdio::null())
        .stderr(Stdio::from(log))
        .spawn()
        .expect("start handen")
}

/// Where the suite's databases live: a fresh SQLite file per server, or,
/// with `HANDEN_TEST_POSTGRES=postgres://user@host:port` (scripts/test
/// starts a throwaway cluster), a fresh PostgreSQL database per server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn backend() -> Backend {
    if postgres_base().is_some() {
        Backend::Postgres
    } else {
        Backend::Sqlite
    }
}

fn postgres_base() -> Option<String> {
    std::env::var("HANDEN_TEST_POSTGRES")
        .ok()
        .filter(|url| !url.is_empty())
        .map(|url| url.trim_end_matches('/').to_owned())
}

/// A new, empty database for one server.
async fn new_database(dir: &Path) -> String {
    let Some(base) = postgres_base() else {
        return sqlite_url(&dir.join("db/handen.db"));
    };
    use sqlx::{Connection, Executor};
    let name = new_key().replace('-', "_");
    let mut admin = sqlx::PgConnection::connect(&format!("{base}/postgres"))
        .await
        .expect("connect to the test PostgreSQL cluster");
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create a test database");
    format!("{base}/{name}")
}

pub struct Options {
    /// Files to put in the served `dist/` (path, content).
    pub dist: Vec<(&'static str, &'static [u8])>,
    /// Extra environment for the server.
    pub env: Vec<(&'static str, String)>,
    /// Another server's database, to run a second instance on it; a new
    /// database when `None`.
    pub database_url: Option<String>,
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
                (
                    "account/index.html",
                    b"<!doctype html><title>Handen: my registration</title>".as_slice(),
                ),
                (
                    "account/handen-account-0123456789abcdef_bg.wasm",
                    b"\0asm fake".as_slice(),
                ),
            ],
            env: Vec::new(),
            database_url: None,
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
        let database_url = match options.database_url {
            Some(url) => url,
            None => new_database(dir.path()).await,
        };
        let mut command = Command::new(env!("CARGO_BIN_EXE_handen"));
        command
            .arg("serve")
            .env("HANDEN_BIND", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", &database_url)
            .env("HANDEN_DIST", &dist)
            .env("HANDEN_OUTBOX_DIR", dir.path().join("outbox"))
            .env("HANDEN_LOG_FORMAT", "json")
            .env_remove("SMTP_URL");
        for (key, value) in &options.env {
            command.env(key, value);
        }
        let child = spawn(&mut command, dir.path());
        let server = TestServer {
            base: format!("http://127.0.0.1:{port}"),
            child,
            dir,
            database_url,
            command,
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
        self.database_url.clone()
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
    pub async fn query(&self, sql: &str) -> Vec<sqlx::any::AnyRow> {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let url = self.database_url.replace("mode=rwc", "mode=ro");
        let mut conn = sqlx::AnyConnection::connect(&url)
            .await
            .expect("open the test database");
        sqlx::query(sql).fetch_all(&mut conn).await.expect("query")
    }

    /// The names of every table, from either backend's catalogue.
    pub async fn tables(&self) -> Vec<String> {
        let sql = match backend() {
            Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table'",
            Backend::Postgres => {
                "SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = 'public'"
            }
        };
        self.names(sql).await
    }

    /// The column names of `table`.
    pub async fn columns(&self, table: &str) -> Vec<String> {
        let sql = match backend() {
            Backend::Sqlite => format!("SELECT name FROM pragma_table_info('{table}')"),
            Backend::Postgres => format!(
                "SELECT CAST(column_name AS TEXT) FROM information_schema.columns \
                 WHERE table_schema = 'public' AND table_name = '{table}'"
            ),
        };
        self.names(&sql).await
    }

    async fn names(&self, sql: &str) -> Vec<String> {
        self.query(sql)
            .await
            .iter()
            .map(|row| sqlx::Row::get(row, 0))
            .collect()
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

    /// The mail written so far, decoded, oldest first, waiting up to ten
    /// seconds (the sender polls every five) for at least `at_least` of them.
    pub async fn decoded_mail(&self, at_least: usize) -> Vec<Mail> {
        let dir = self.dir.path().join("outbox");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let mut files: Vec<(std::time::SystemTime, String, Vec<u8>)> = std::fs::read_dir(&dir)
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                        .filter_map(|p| {
                            let modified = p.metadata().and_then(|m| m.modified()).ok()?;
                            Some((modified, p.display().to_string(), std::fs::read(&p).ok()?))
                        })
                        .collect()
                })
                .unwrap_or_default();
            if files.len() >= at_least || Instant::now() > deadline {
                files.sort();
                return files.iter().map(|(_, _, raw)| Mail::parse(raw)).collect();
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

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Starts the server again, after it stopped (or was killed), on the
    /// same database, address and folders.
    pub async fn restart(&mut self) {
        let _ = self.child.kill();
        self.child.wait().expect("reap handen");
        self.child = spawn(&mut self.command, self.dir.path());
        self.wait_until_ready().await;
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

/// A sent mail as its reader sees it.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mail {
    fn parse(raw: &[u8]) -> Mail {
        use mailparse::MailHeaderMap;
        let parsed = mailparse::parse_mail(raw).expect("a parsable mail");
        Mail {
            to: parsed.headers.get_first_value("To").unwrap_or_default(),
            subject: parsed
                .headers
                .get_first_value("Subject")
                .unwrap_or_default(),
            body: parsed.get_body().expect("a decodable body"),
        }
    }

    /// The token of the first link in the body that starts with `prefix`.
    pub fn token(&self, prefix: &str) -> String {
        let start = self
            .body
            .find(prefix)
            .unwrap_or_else(|| panic!("no {prefix} link in {}", self.body));
        let rest = &self.body[start..];
        let token = rest.split("#token=").nth(1).expect("a token");
        token.chars().take_while(char::is_ascii_hexdigit).collect()
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

/// A signed-in person, as a browser holds it: the cookie and the CSRF token.
pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

impl Session {
    /// From the answer to opening a sign-in link (candidate or member).
    pub async fn from_response(response: reqwest::Response) -> Session {
        assert_eq!(response.status(), 200);
        let cookie = response
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .expect("a session cookie")
            .to_owned();
        let body: serde_json::Value = response.json().await.expect("JSON");
        Session {
            cookie,
            csrf: body["csrf"].as_str().expect("a CSRF token").to_owned(),
        }
    }
}

impl TestServer {
    /// Signs up the example person with `changes` applied; returns the stored id.
    pub async fn sign_up(&self, changes: serde_json::Value) -> String {
        let mut body = self.example_registration().await;
        if let (Some(body), Some(changes)) = (body.as_object_mut(), changes.as_object()) {
            for (key, value) in changes {
                body.insert(key.clone(), value.clone());
            }
        }
        let response = self
            .post_json("/api/registrations", Some(&new_key()), &body)
            .await;
        let status = response.status();
        let text = response.text().await.unwrap_or_default();
        assert_eq!(status, 201, "{text}\nserver log:\n{}", self.log());
        let rows = self
            .query("SELECT id FROM registrations ORDER BY created_at DESC LIMIT 1")
            .await;
        sqlx::Row::get(&rows[0], 0)
    }

    /// Asks for a sign-in link and returns the token from the mail that
    /// arrives as mail number `nth` (1-based) in the outbox.
    pub async fn sign_in_token(&self, address: &str, nth: usize) -> String {
        let response = self
            .post_json(
                "/api/sign-in",
                None,
                &serde_json::json!({ "address": address }),
            )
            .await;
        assert_eq!(response.status(), 202);
        let mails = self.decoded_mail(nth).await;
        assert!(mails.len() >= nth, "no sign-in mail arrived");
        mails[nth - 1].token("/sign-in")
    }

    /// Exchanges a token for a session.
    pub async fn start_session(&self, token: &str) -> reqwest::Response {
        self.post_json(
            "/api/sessions",
            None,
            &serde_json::json!({ "token": token }),
        )
        .await
    }

    /// Signs up nobody; signs in the person with `address` whose link is
    /// mail number `nth`.
    pub async fn sign_in(&self, address: &str, nth: usize) -> Session {
        let token = self.sign_in_token(address, nth).await;
        Session::from_response(self.start_session(&token).await).await
    }

    /// A request as the signed-in browser sends it (cookie and CSRF header).
    pub fn as_signed_in(
        &self,
        method: reqwest::Method,
        path: &str,
        session: &Session,
    ) -> reqwest::RequestBuilder {
        self.client
            .request(method, self.url(path))
            .header("cookie", &session.cookie)
            .header("x-csrf-token", &session.csrf)
    }

    /// `GET /api/me` as the signed-in person.
    pub async fn me(&self, session: &Session) -> serde_json::Value {
        let response = self
            .as_signed_in(reqwest::Method::GET, "/api/me", session)
            .send()
            .await
            .expect("GET /api/me");
        assert_eq!(response.status(), 200);
        response.json().await.expect("JSON")
    }
}

/// The example sign-up as a different, valid person for every `n`
/// (for tests that need many people on one server).
pub fn person(example: &Value, n: usize) -> Value {
    let mut body = example.clone();
    body["email"] = json!(format!("person{n}@example.nl"));
    body["phone"] = json!(format!("06-3{n:07}"));
    body["surname"] = json!(format!("Person{}", letters(n)));
    body["birth_date"] = json!(format!(
        "{}-{:02}-{:02}",
        1950 + n % 50,
        1 + n % 12,
        1 + n % 28
    ));
    body
}

fn letters(mut n: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return s;
        }
    }
}
