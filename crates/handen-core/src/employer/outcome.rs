//! What came of an introduction, as the employer records it. The reason
//! for "not selected" is one of the three frictions of the first wave, or
//! something else: it is what the candidate is told and what the matching
//! learns from.

use super::organisation::line;
use super::EmployerError as E;
use crate::code_enum;
use serde::{Deserialize, Serialize};

code_enum! {
    pub enum OutcomeReason {
        Time => "time",
        Place => "place",
        Qualification => "qualification",
        Other => "other",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Placed {
        note: Option<String>,
    },
    NotSelected {
        reason: OutcomeReason,
        note: Option<String>,
    },
}

impl Outcome {
    pub fn code(&self) -> &'static str {
        match self {
            Outcome::Placed { .. } => "placed",
            Outcome::NotSelected { .. } => "not_selected",
        }
    }

    pub fn note(&self) -> Option<&str> {
        match self {
            Outcome::Placed { note } | Outcome::NotSelected { note, .. } => note.as_deref(),
        }
    }

    pub fn reason(&self) -> Option<OutcomeReason> {
        match self {
            Outcome::Placed { .. } => None,
            Outcome::NotSelected { reason, .. } => Some(*reason),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    pub outcome: String,
    pub reason: String,
    pub note: String,
}

impl OutcomeForm {
    pub fn parse(&self) -> Result<Outcome, Vec<E>> {
        let note = match self.note.trim() {
            "" => Ok(None),
            n => line(n, 500, E::NoteTooLong, E::NoteTooLong).map(Some),
        };
        let reason = match self.reason.trim() {
            "" => Err(E::ReasonMissing),
            r => OutcomeReason::from_code(r).ok_or(E::ReasonInvalid),
        };
        match (self.outcome.trim(), reason, note) {
            ("placed", _, Ok(note)) => Ok(Outcome::Placed { note }),
            ("not_selected", Ok(reason), Ok(note)) => Ok(Outcome::NotSelected { reason, note }),
            ("placed", _, Err(n)) => Err(vec![n]),
            ("not_selected", reason, note) => {
                Err([reason.err(), note.err()].into_iter().flatten().collect())
            }
            (_, _, note) => Err([Some(E::OutcomeInvalid), note.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(outcome: &str, reason: &str, note: &str) -> OutcomeForm {
        OutcomeForm {
            outcome: outcome.into(),
            reason: reason.into(),
            note: note.into(),
        }
    }

    #[test]
    fn placed_needs_no_reason_not_selected_does() {
        assert_eq!(
            form("placed", "", "").parse(),
            Ok(Outcome::Placed { note: None })
        );
        assert_eq!(
            form("not_selected", "place", " too far ").parse(),
            Ok(Outcome::NotSelected {
                reason: OutcomeReason::Place,
                note: Some("too far".into())
            })
        );
        assert_eq!(
            form("not_selected", "", "").parse(),
            Err(vec![E::ReasonMissing])
        );
        assert_eq!(
            form("not_selected", "mood", "").parse(),
            Err(vec![E::ReasonInvalid])
        );
        assert_eq!(form("maybe", "", "").parse(), Err(vec![E::OutcomeInvalid]));
        assert_eq!(
            form("placed", "", &"x".repeat(501)).parse(),
            Err(vec![E::NoteTooLong])
        );
    }
}
