//! The Handen browser app (Leptos, client-side rendered).

pub mod app;
pub mod components;
pub mod i18n;
pub mod pages;

pub use app::App;

/// Mounts the app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(App);
}
