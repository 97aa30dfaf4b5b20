//! Employers: organisations that register, the requests they file, and the
//! outcome they record after meeting someone. Parsed here once, so the
//! recruiters' app and the server refuse the same input with the same codes.

mod error;
mod organisation;
mod outcome;
mod request;
mod working_days;

pub use error::EmployerError;
pub use organisation::{contact, Kvk, Organisation, OrganisationForm};
pub use outcome::{Outcome, OutcomeForm, OutcomeReason};
pub use request::{WorkRequest, WorkRequestForm, MAX_PEOPLE};
pub use working_days::add_working_days;
