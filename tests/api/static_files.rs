use crate::support::TestServer;

async fn body(server: &TestServer, path: &str) -> String {
    let response = server.client.get(server.url(path)).send().await.unwrap();
    response.text().await.unwrap()
}

#[tokio::test]
async fn app_routes_fall_back_to_index_html_uncached() {
    let server = TestServer::start().await;
    for path in ["/", "/about", "/sign-up/step/2", "/no/such/page"] {
        let response = server.client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert!(response
            .text()
            .await
            .unwrap()
            .contains("<title>Handen</title>"));
    }
}

#[tokio::test]
async fn self_service_pages_get_the_account_app() {
    let server = TestServer::start().await;
    for path in [
        "/sign-in",
        "/my",
        "/my/availability",
        "/still-available",
        "/confirm-email",
    ] {
        let response = server.client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        let body = response.text().await.unwrap();
        assert!(body.contains("my registration"), "{path}: {body}");
    }
    for path in ["/myself", "/sign-up"] {
        let body = body(&server, path).await;
        assert!(
            !body.contains("my registration"),
            "{path} is the sign-up app's"
        );
    }
    let wasm = server
        .client
        .get(server.url("/account/handen-account-0123456789abcdef_bg.wasm"))
        .send()
        .await
        .unwrap();
    assert_eq!(wasm.status(), 200);
    assert_eq!(
        wasm.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn recruiters_pages_get_the_staff_app() {
    let mut options = crate::support::Options::default();
    options.dist.extend([
        (
            "staff/index.html",
            b"<!doctype html><title>Handen: clean a list</title>".as_slice(),
        ),
        ("staff/handen-dedup_bg.wasm", b"\0asm fake".as_slice()),
        (
            "staff/handen-dedup_loader.js",
            b"importScripts()".as_slice(),
        ),
    ]);
    let server = TestServer::start_with(options).await;
    for path in ["/clean-list", "/clean-list/", "/clean-list?step=2"] {
        let response = server.client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        let body = response.text().await.unwrap();
        assert!(body.contains("clean a list"), "{path}: {body}");
    }
    for path in ["/clean-lists", "/about", "/my"] {
        let body = body(&server, path).await;
        assert!(!body.contains("clean a list"), "{path} is another app's");
    }
    // The worker keeps its name across releases: never a stale half of it.
    for path in [
        "/staff/handen-dedup_bg.wasm",
        "/staff/handen-dedup_loader.js",
    ] {
        let response = server.client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
    }
}

#[tokio::test]
async fn employers_pages_get_the_employer_app() {
    let mut options = crate::support::Options::default();
    options.dist.extend([(
        "employers/index.html",
        b"<!doctype html><title>Handen: for organisations</title>".as_slice(),
    )]);
    let server = TestServer::start_with(options).await;
    for path in ["/employer", "/employer/requests/abc", "/admin"] {
        let body = body(&server, path).await;
        assert!(body.contains("for organisations"), "{path}: {body}");
    }
    for path in ["/employers", "/clean-list", "/my"] {
        let body = body(&server, path).await;
        assert!(
            !body.contains("for organisations"),
            "{path} is another app's"
        );
    }
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_others_short_lived() {
    let server = TestServer::start().await;
    let wasm = server
        .client
        .get(server.url("/handen-app-0123456789abcdef_bg.wasm"))
        .send()
        .await
        .unwrap();
    assert_eq!(wasm.status(), 200);
    assert_eq!(
        wasm.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let manifest = server
        .client
        .get(server.url("/manifest.webmanifest"))
        .send()
        .await
        .unwrap();
    assert_eq!(manifest.status(), 200);
    assert_eq!(manifest.headers()["cache-control"], "public, max-age=3600");
}

#[tokio::test]
async fn the_worker_keeps_its_name_so_it_is_revalidated() {
    let server = TestServer::start_with(crate::support::Options {
        dist: vec![
            (
                "index.html",
                b"<!doctype html><title>Handen</title>".as_slice(),
            ),
            ("handen-worker_bg.wasm", b"\0asm".as_slice()),
            ("handen-worker_loader.js", b"importScripts()".as_slice()),
        ],
        ..crate::support::Options::default()
    })
    .await;
    for path in ["/handen-worker_bg.wasm", "/handen-worker_loader.js"] {
        let response = server.client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
    }
}

#[tokio::test]
async fn missing_files_are_404_not_the_app() {
    let server = TestServer::start().await;
    let response = server
        .client
        .get(server.url("/missing-0123456789abcdef.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
}

#[tokio::test]
async fn compresses_for_clients_that_accept_it() {
    let server = TestServer::start().await;
    let response = server
        .client
        .get(server.url("/api/health"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "br");
}

#[tokio::test]
async fn path_traversal_is_refused() {
    let server = TestServer::start().await;
    std::fs::write(server.dir().join("secret.txt"), "secret").unwrap();
    let response = server
        .client
        .get(server.url("/../secret.txt"))
        .send()
        .await
        .unwrap();
    assert_ne!(response.status(), 200);
    let response = server
        .client
        .get(server.url("/%2e%2e/secret.txt"))
        .send()
        .await
        .unwrap();
    assert!(!response.text().await.unwrap().contains("secret"));
}

#[tokio::test]
async fn every_answer_carries_a_content_security_policy_allowing_only_the_bootstrap() {
    let server = TestServer::start_with(crate::support::Options {
        dist: vec![(
            "index.html",
            b"<!doctype html><script type=module>import init from '/app.js'; await init();</script><script src=/x.js></script>"
                .as_slice(),
        )],
        ..crate::support::Options::default()
    })
    .await;
    for path in ["/", "/sign-up", "/api/health", "/api/nope"] {
        let response = server.client.get(server.url(path)).send().await.unwrap();
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-KlG4CKAhEwOaotkp3rUpdbFezrNrqW7nWrxT35mBelw='"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"));
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(h["x-frame-options"], "DENY");
    }
}
