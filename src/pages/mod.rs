//! One module per page.

mod about;
mod explore;
mod home;
mod not_found;

pub use about::About;
pub use explore::Explore;
pub use home::Home;
pub use not_found::NotFound;
