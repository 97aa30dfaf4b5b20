//! Black-box API tests: each starts the real `handen` binary on a free port
//! with its own temporary database and talks HTTP to it.

mod demand;
mod health;
mod registrations;
mod smtp;
mod static_files;
mod support;
