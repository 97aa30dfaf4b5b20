//! Identifiers: random, so they reveal nothing (no counts, no order).

use rand::Rng;

/// 128 random bits as 32 hex digits: row ids.
pub fn new_id() -> String {
    let bits: u128 = rand::rng().random();
    format!("{bits:032x}")
}

/// Characters people can read out on the phone without confusion (no 0/O,
/// 1/I/L, U/V).
const REFERENCE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";

/// `HND-7K3M-Q9PX`: what a person quotes when they call. 29^8 ≈ 5·10^11
/// combinations; uniqueness is still enforced by the database.
pub fn new_reference() -> String {
    let mut rng = rand::rng();
    let mut pick = || char::from(REFERENCE_ALPHABET[rng.random_range(0..REFERENCE_ALPHABET.len())]);
    let a: String = (0..4).map(|_| pick()).collect();
    let b: String = (0..4).map(|_| pick()).collect();
    format!("HND-{a}-{b}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let id = new_id();
        assert_eq!(id.len(), 32);
        assert_ne!(id, new_id());
        let r = new_reference();
        assert_eq!(r.len(), 13);
        assert!(r.starts_with("HND-"));
        assert!(r[4..]
            .bytes()
            .all(|b| b == b'-' || REFERENCE_ALPHABET.contains(&b)));
    }
}
