//! `handen serve`: open the database, migrate it, and serve until a signal.

use crate::cli::ServeArgs;
use crate::http::{self, AppState};
use crate::shutdown;
use crate::storage::Database;
use anyhow::Context;

pub fn run(args: ServeArgs) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(serve(args))
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let db = Database::connect(&args.database_url)
        .await
        .context("cannot open the database")?;
    db.migrate().await.context("cannot migrate the database")?;
    tracing::info!(backend = db.backend().name(), "database ready");

    if !args.dist.join("index.html").is_file() {
        tracing::warn!(
            dist = %args.dist.display(),
            "no built app found: only /api is served (build it with `make build`)"
        );
    }

    let state = AppState::new(db.clone());
    let app = http::router(state, &args.dist);
    let listener = tokio::net::TcpListener::bind(args.bind)
        .await
        .with_context(|| format!("cannot listen on {}", args.bind))?;
    let local = listener.local_addr().context("no local address")?;
    tracing::info!(address = %local, "listening on http://{local}");

    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown::signal())
        .await
        .context("server error")?;
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}
