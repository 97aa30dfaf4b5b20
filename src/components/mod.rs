//! Pieces every page shares.

mod footer;
mod header;
mod language_switch;
mod layout;
mod page_focus;

pub use footer::Footer;
pub use header::Header;
pub use language_switch::LanguageSwitch;
pub use layout::Layout;
pub use page_focus::{PageFocus, PageTitle};
