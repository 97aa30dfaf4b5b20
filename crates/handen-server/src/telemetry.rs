//! Structured logs. Requests are logged by method, path, status and time only:
//! never bodies or query strings, which is where personal data would travel.

use crate::cli::{LogArgs, LogFormat};
use tracing_subscriber::EnvFilter;

pub fn init(args: &LogArgs) {
    let filter = EnvFilter::try_new(&args.filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // A second init (tests calling in-process) is harmless; ignore it.
    let _ = match args.format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Text => builder.compact().try_init(),
    };
}
