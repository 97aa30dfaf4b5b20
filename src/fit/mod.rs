//! The live fit panel: what the person could do, while they fill in the
//! form. The work happens in the fit worker (`crate::worker`), started the
//! first time a page shows the panel.

mod client;
mod panel;

pub use client::{provide_fit, FitClient, FitView};
pub use panel::FitPanel;
