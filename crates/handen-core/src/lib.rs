//! Handen's rules, shared by the browser app and the server.
//!
//! Everything here is pure: no I/O, no clocks, no randomness. That is what lets
//! the wasm build in the browser and the native build on the server run the very
//! same functions and reach the very same verdicts.

pub mod api;
pub mod language;

pub use language::Language;
