//! The sign-up wizard: one short step per page, each with its own URL, a
//! "check your answers" page and a confirmation. The draft lives on the
//! device until it is sent, so a reload or a closed tab loses nothing.

pub mod check;
mod done;
mod draft;
mod earlier;
pub mod fields;
pub mod grid;
pub mod step;
pub mod submit;
pub mod summary;

pub use check::CheckAnswers;
pub use done::Done;
pub use draft::{provide_draft, today, Draft};
pub use step::sign_up_page;
