//! Black-box API tests: each starts the real `handen` binary on a free port
//! with its own temporary database and talks HTTP to it.

mod dedup_cli;
mod demand;
mod duplicates;
mod employers;
mod faults;
mod freshness;
mod health;
mod instances;
mod log_privacy;
mod me;
mod rate_limits;
mod registrations;
mod sign_in;
mod smtp;
mod static_files;
mod support;
