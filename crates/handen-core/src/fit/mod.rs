//! Which work packages a person fits, what blocks the others, and what
//! would open them up: the answer to "time, place and qualification", shown
//! while the person fills in the form.

mod assess;
mod demand;
mod profile;
mod suggest;
mod workload;

pub use assess::{assess, Assessment, FitStatus, Friction, PackageFit};
pub(crate) use assess::{personal_frictions, status};
pub use demand::{Demand, DemandArea, DemandError};
pub use profile::{BigState, FitProfile};
pub use suggest::Suggestion;
pub use workload::workload;

#[cfg(test)]
mod tests;
