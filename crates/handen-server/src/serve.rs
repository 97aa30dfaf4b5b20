//! `handen serve`: open the database, migrate it, start the mail sender and
//! serve until a signal.

use crate::cli::{AccountArgs, FreshnessArgs, ServeArgs};
use crate::freshness::{self, FreshnessConfig};
use crate::http::{self, AccountConfig, AppState, EmployerConfig, RateLimiter};
use crate::mail::{outbox, transport::Transport};
use crate::shutdown;
use crate::storage::Database;
use anyhow::Context;
use handen_core::dedup::Reader;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

pub fn run(args: ServeArgs) -> anyhow::Result<()> {
    runtime()?.block_on(serve(args))
}

pub async fn open(url: &str) -> anyhow::Result<Database> {
    let db = Database::connect(url)
        .await
        .context("cannot open the database")?;
    db.migrate().await.context("cannot migrate the database")?;
    let keyed = db
        .key_unkeyed(&Reader::default())
        .await
        .context("cannot index earlier registrations for duplicate detection")?;
    if keyed > 0 {
        tracing::info!(registrations = keyed, "indexed for duplicate detection");
    }
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
        let employers = crate::demo::seed_employers(&db)
            .await
            .context("cannot seed the demo organisation")?;
        tracing::info!(registrations = seeded, requests, employers, "demo data");
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

    let freshness = tokio::spawn(freshness_every(
        db.clone(),
        FreshnessConfig::from_args(&args.accounts, args.accounts.public_url(args.bind))?,
        Duration::from_secs(args.freshness_interval_seconds.max(1)),
        mail_wake.clone(),
    ));

    let state = AppState {
        db: db.clone(),
        mail_wake,
        demand: Arc::default(),
        accounts: Arc::new(account_config(
            &args.accounts,
            args.accounts.public_url(args.bind),
        )),
        reader: Arc::new(Reader::default()),
        employers: Arc::new(EmployerConfig {
            introductions_per_day: args.introductions_per_day,
            answer_link_valid_for: time::Duration::days(
                args.accounts.remind_again_days.max(3).into(),
            ),
            card_key: db
                .card_key()
                .await
                .context("cannot read the key of the pool's card ids")?,
        }),
    };
    let app = http::router(
        state,
        RateLimiter::new(args.api_rate_limit_per_minute),
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
    freshness.abort();
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// `handen admin add`: checks the address like every other, then adds.
pub fn add_admin(database_url: &str, email: &str, name: &str) -> anyhow::Result<()> {
    let email = handen_core::email::Email::parse(email).map_err(|code| {
        anyhow::anyhow!("--email is not a usable e-mail address ({})", code.code())
    })?;
    let name = handen_core::text::single_line(name, 120)
        .map_err(|_| anyhow::anyhow!("--name must be one line of at most 120 characters"))?;
    runtime()?.block_on(async {
        let db = open(database_url).await?;
        let added = db
            .add_admin(&name, email.as_str(), crate::clock::now())
            .await
            .context("cannot add the administrator")?;
        db.close().await;
        println!(
            "{}",
            if added {
                "administrator added; they sign in at /employer with this address"
            } else {
                "existing member is now an administrator"
            }
        );
        Ok(())
    })
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

fn account_config(args: &AccountArgs, public_url: String) -> AccountConfig {
    AccountConfig {
        secure_cookies: public_url.starts_with("https://"),
        public_url,
        sign_in_valid_for: time::Duration::seconds(args.link_ttl_seconds.into()),
        session_valid_for: time::Duration::seconds(args.session_ttl_seconds.into()),
        address_limiter: RateLimiter::per(
            args.sign_in_per_address_per_hour,
            Duration::from_secs(3600),
        ),
        contact_limiter: RateLimiter::per(
            args.writes_per_address_per_hour,
            Duration::from_secs(3600),
        ),
        identity_limiter: RateLimiter::per(
            args.identity_rate_limit_per_minute,
            Duration::from_secs(60),
        ),
    }
}

/// The "still available?" job and the purge of dead links, on a timer. A failed run is logged and
/// tried again at the next tick; it never stops the server.
async fn freshness_every(
    db: Database,
    config: FreshnessConfig,
    every: Duration,
    mail_wake: Arc<Notify>,
) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let now = crate::clock::now();
        match freshness::run(&db, &config, now).await {
            Ok(report) if report.sent() > 0 => mail_wake.notify_one(),
            Ok(_) => {}
            Err(error) => tracing::error!(error = %format!("{error:#}"), "freshness job failed"),
        }
        if let Err(error) = db.purge_expired(now).await {
            tracing::error!(%error, "cannot purge expired links and sessions");
        }
    }
}

pub fn freshness_once(args: &FreshnessArgs) -> anyhow::Result<()> {
    let now = match &args.now {
        Some(text) => {
            time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                .with_context(|| {
                    format!("--now {text:?} is not an RFC 3339 moment such as 2026-12-24T09:00:00Z")
                })?
        }
        None => crate::clock::now(),
    };
    runtime()?.block_on(async {
        let db = open(&args.database.database_url).await?;
        let bind = crate::cli::DEFAULT_BIND
            .parse()
            .context("the default address")?;
        let config = FreshnessConfig::from_args(&args.accounts, args.accounts.public_url(bind))?;
        let report = freshness::run(&db, &config, now).await?;
        println!("{}", serde_json::to_string(&report)?);
        db.close().await;
        Ok(())
    })
}
