//! Reading stored rows back into the shapes the rules know, once for every
//! query that needs them.

use super::StorageError;
use sqlx::Row;

/// A nullable text column; empty when NULL (erased or never given).
pub fn text(row: &sqlx::any::AnyRow, i: usize) -> Result<String, StorageError> {
    Ok(row.try_get::<Option<String>, _>(i)?.unwrap_or_default())
}

/// A name as people write it, from its stored parts ("Sanne van der Berg").
pub fn full_name(given: &str, prefix: &str, surname: &str) -> String {
    [given, prefix, surname]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The form's `big_status` answer from what is stored: a registration
/// without an end date is valid, one with an end date has expired.
pub fn big_status(registered: bool, expired_on: &str) -> String {
    match (registered, expired_on.is_empty()) {
        (false, _) => String::new(),
        (true, true) => "valid".to_owned(),
        (true, false) => "expired".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_big_status() {
        assert_eq!(full_name("Sanne", "van der", "Berg"), "Sanne van der Berg");
        assert_eq!(full_name("Kees", "", "Jansen"), "Kees Jansen");
        assert_eq!(big_status(false, "2020-01-01"), "");
        assert_eq!(big_status(true, ""), "valid");
        assert_eq!(big_status(true, "2020-01-01"), "expired");
    }
}
