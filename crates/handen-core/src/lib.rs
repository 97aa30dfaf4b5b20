//! Handen's rules, shared by the browser app and the server.
//!
//! Everything here is pure: no I/O, no clocks, no randomness. That is what lets
//! the wasm build in the browser and the native build on the server run the very
//! same functions and reach the very same verdicts.

pub mod account;
pub mod address;
pub mod api;
pub mod availability;
pub mod background;
pub mod bundle;
pub mod catalogue;
pub mod code_enum;
pub mod column_guess;
pub mod consent;
pub mod csv;
pub mod date;
pub mod dedup;
pub mod email;
pub mod employer;
pub mod error;
pub mod field;
pub mod fit;
pub mod geo;
pub mod given_names;
pub mod interest;
pub mod language;
mod lenient;
pub mod name;
pub mod phone;
pub mod pool;
pub mod postcode;
pub mod registration;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod text;

pub use date::Date;
pub use error::{ErrorCode, FieldError};
pub use field::{Field, Step};
pub use language::Language;
pub use registration::{Registration, RegistrationForm};
