//! The Handen browser app (Leptos, client-side rendered).

pub mod account;
pub mod api;
pub mod app;
pub mod components;
pub mod dedup_worker;
pub mod employer;
pub mod fit;
pub mod html;
pub mod i18n;
pub mod json;
pub mod labels;
pub mod pages;
pub mod router;
pub mod signup;
pub mod staff;
pub mod worker;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(App);
}
