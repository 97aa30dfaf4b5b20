//! Mail through a real SMTP server on loopback: aiosmtpd (PyPI, installed
//! into .venv by scripts/bootstrap) stores what it receives in a maildir.

use crate::support::{new_key, Options, TestServer};
use serde_json::{json, Value};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct SmtpServer {
    child: Child,
    port: u16,
    maildir: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn python() -> PathBuf {
    if let Some(python) = std::env::var_os("HANDEN_TEST_PYTHON") {
        return python.into();
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv/bin/python");
    assert!(
        venv.exists(),
        "{} is missing: run scripts/bootstrap (make test does)",
        venv.display()
    );
    venv
}

fn start_smtp() -> SmtpServer {
    let dir = tempfile::tempdir().expect("temp dir");
    let maildir = dir.path().join("maildir");
    let port = TcpStreamPort::free();
    let child = Command::new(python())
        .args(["-m", "aiosmtpd", "-n", "-l"])
        .arg(format!("127.0.0.1:{port}"))
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(&maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start aiosmtpd");
    let deadline = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "aiosmtpd did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    SmtpServer {
        child,
        port,
        maildir,
        _dir: dir,
    }
}

struct TcpStreamPort;

impl TcpStreamPort {
    fn free() -> u16 {
        std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("free port")
    }
}

fn received(maildir: &Path, at_least: usize) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mails: Vec<String> = std::fs::read_dir(maildir.join("new"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect()
            })
            .unwrap_or_default();
        if mails.len() >= at_least || Instant::now() > deadline {
            return mails;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test]
async fn the_confirmation_goes_out_through_smtp() {
    let smtp = start_smtp();
    let server = TestServer::start_with(Options {
        env: vec![
            ("SMTP_URL", format!("smtp://127.0.0.1:{}", smtp.port)),
            (
                "HANDEN_MAIL_FROM",
                "Handen test <noreply@handen.test>".to_owned(),
            ),
        ],
        ..Options::default()
    })
    .await;
    let body = server.example_registration().await;
    let response = server
        .post_json("/api/registrations", Some(&new_key()), &body)
        .await;
    assert_eq!(response.status(), 201);
    let reference = response.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_owned();

    let mails = received(&smtp.maildir, 1);
    assert_eq!(
        mails.len(),
        1,
        "aiosmtpd received no mail; server log:\n{}",
        server.log()
    );
    let mail = &mails[0];
    assert!(
        mail.contains("From: \"Handen test\" <noreply@handen.test>"),
        "{mail}"
    );
    assert!(mail.contains("To: sanne.vanderberg@example.nl"), "{mail}");
    assert!(
        mail.contains(&format!(
            "Subject: Je aanmelding bij Handen is binnen ({reference})"
        )),
        "{mail}"
    );
    assert!(mail.contains("Beste Sanne"), "{mail}");
    assert!(mail.contains(&reference), "{mail}");
    assert_eq!(server.stats()["mail_sent"], 1);
    assert!(
        !server.dir().join("outbox").exists(),
        "with SMTP no .eml files are written"
    );
}

#[tokio::test]
async fn mail_waits_in_the_outbox_while_smtp_is_down() {
    // A port nobody listens on yet.
    let port = TcpStreamPort::free();
    let server = TestServer::start_with(Options {
        env: vec![("SMTP_URL", format!("smtp://127.0.0.1:{port}"))],
        ..Options::default()
    })
    .await;
    let mut body = server.example_registration().await;
    body["language"] = json!("en");
    assert_eq!(
        server
            .post_json("/api/registrations", Some(&new_key()), &body)
            .await
            .status(),
        201
    );
    // The sign-up is stored and answered even though mail cannot go out.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let rows = server
            .query("SELECT attempts, last_error FROM outbox")
            .await;
        use sqlx::Row;
        if rows.len() == 1 && rows[0].get::<i64, _>(0) >= 1 {
            assert!(rows[0].get::<Option<String>, _>(1).is_some());
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the failed attempt was not recorded"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(server.stats()["mail_pending"], 1);
}
