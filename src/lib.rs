//! The Handen browser app (Leptos, client-side rendered).

pub mod app;
pub mod components;
pub mod i18n;
pub mod json;
pub mod pages;
pub mod router;
pub mod signup;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(App);
}
