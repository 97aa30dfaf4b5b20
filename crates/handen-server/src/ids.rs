//! Identifiers. Those that leave the server (request and introduction ids
//! in employers' links, references) are random, so they reveal nothing: no
//! counts, no order. A registration's own rows never leave it (employers see
//! keyed card ids, people their reference), so theirs follow time.

use rand::Rng;

/// 128 random bits as 32 hex digits: row ids that others may see.
pub fn new_id() -> String {
    let bits: u128 = rand::rng().random();
    format!("{bits:032x}")
}

/// 32 hex digits that sort by creation time (milliseconds, then 80 random
/// bits): ids of a registration and the rows hanging off it, which only the
/// server and staff see. Under a rush of sign-ups, random ids put every
/// index entry on another page of the file and each commit rewrote
/// thousands of pages; ids in time order are appended to the same few.
pub fn new_ordered_id(now: time::OffsetDateTime) -> String {
    let millis = u64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap_or(0);
    let random: u128 = rand::rng().random::<u128>() >> 48;
    format!("{:032x}", (u128::from(millis) << 80) | random)
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
        let earlier = time::OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        let later = earlier + time::Duration::milliseconds(1);
        let (a, b) = (new_ordered_id(earlier), new_ordered_id(later));
        assert_eq!(a.len(), 32);
        assert!(a < b, "ordered ids follow time");
        assert_ne!(new_ordered_id(earlier), new_ordered_id(earlier));
        assert!(r[4..]
            .bytes()
            .all(|b| b == b'-' || REFERENCE_ALPHABET.contains(&b)));
    }
}
