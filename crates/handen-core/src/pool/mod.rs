//! The anonymised pool an employer browses: who could do a request's work,
//! told in bands and categories, never as a person. Counts come in a fixed
//! grid of cells with every cell under [`K`] suppressed; cards carry no
//! name, contact, birth date, postcode or free text.

mod bands;
mod card;
mod counts;
mod placement;

pub use bands::{AgeBand, AvailabilityMatch, DistanceBand, FitLevel};
pub use card::{qualifications, Card};
pub use counts::{count_table, CountCell, K};
pub use placement::{place, Placement, PoolCandidate, PoolQuery};
