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
        let child = Command::new(env!("CARGO_BIN_EXE_handen"))
            .arg("serve")
            .env("HANDEN_BIND", format!("127.0.0.1:{port}"))
            .env("DATABASE_URL", sqlite_url(&dir.path().join("db/handen.db")))
            .env("HANDEN_DIST", &dist)
            .env("HANDEN_LOG_FORMAT", "json")
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

pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}
