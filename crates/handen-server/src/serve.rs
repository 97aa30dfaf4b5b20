//! `handen serve`: open the database, migrate it, start the mail sender and
//! serve until a signal.

use crate::cli::ServeArgs;
use crate::http::{self, AppState, RateLimiter};
use crate::mail::{outbox, transport::Transport};
use crate::shutdown;
use crate::storage::Database;
use anyhow::Context;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::sync::Notify;

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

pub fn run(args: ServeArgs) -> anyhow::Result<()> {
    runtime()?.block_on(serve(args))
}

async fn open(url: &str) -> anyhow::Result<Database> {
    let db = Database::connect(url)
        .await
        .context("cannot open the database")?;
    db.migrate().await.context("cannot migrate the database")?;
    Ok(db)
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let db = open(&args.database_url).await?;
    tracing::info!(backend = db.backend().name(), "database ready");
    if args.demo {
        let seeded = crate::demo::seed(&db, 60)
            .await
            .context("cannot seed demo data")?;
        let requests = crate::demo::seed_demand(&db, 240)
            .await
            .context("cannot seed demo demand")?;
        tracing::info!(registrations = seeded, requests, "demo data");
    }

    if !args.dist.join("index.html").is_file() {
        tracing::warn!(
            dist = %args.dist.display(),
            "no built app found: only /api is served (build it with `make build`)"
        );
    }

    let transport =
        Transport::from_config(args.mail.smtp_url.as_deref(), args.mail.outbox_dir.clone())?;
    let from = args
        .mail
        .mail_from
        .parse()
        .context("HANDEN_MAIL_FROM is not a mailbox such as `Handen <noreply@example.org>`")?;
    let mail_wake = Arc::new(Notify::new());
    let sender = tokio::spawn(outbox::run(db.clone(), transport, from, mail_wake.clone()));

    let state = AppState {
        db: db.clone(),
        mail_wake,
        demand: Arc::default(),
    };
    let app = http::router(
        state,
        RateLimiter::new(args.rate_limit_per_minute),
        &args.dist,
    );
    let listener = tokio::net::TcpListener::bind(args.bind)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    let local = listener.local_addr().context("no local address")?;
    tracing::info!(address = %local, "listening on http://{local}");

    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown::signal())
    .await
    .context("server error")?;
    sender.abort();
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

pub fn stats(database_url: &str) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let db = open(database_url).await?;
        let stats = db.stats().await.context("cannot count")?;
        println!("{}", serde_json::to_string(&stats)?);
        db.close().await;
        Ok(())
    })
}
