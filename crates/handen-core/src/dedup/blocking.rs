//! Blocking: only records that share a key are compared, so the work grows
//! with the number of records, not its square. Each key catches a kind of
//! re-registration the others miss: a new e-mail address still has the
//! same phone, a new phone the same birth date, a mistyped birth date the
//! same sounding surname and initial, and so on.
//!
//! Keys are 64-bit FNV-1a hashes with a tag per kind, stable across
//! releases: the server stores them, indexed, for its sign-up check.

use super::person::Person;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Kind {
    Email = 1,
    Phone = 2,
    /// Year with day and month in either order: a transposed date meets.
    Birth = 3,
    /// Phonetic key of a surname part, the first initial and birth year.
    SurnameInitial = 4,
    /// Postcode and house number without addition.
    Address = 5,
}

/// A block larger than this (a shared office phone, a placeholder birth
/// date like 01-01-1900) says little about identity and would cost the
/// square of its size; it is left out, and the other keys still apply.
pub const MAX_BLOCK: usize = 500;

fn hash(kind: Kind, parts: &[&[u8]]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(kind as u8);
    for part in parts {
        for &b in *part {
            eat(b);
        }
        eat(0xff);
    }
    // i64: what databases index natively.
    h as i64
}

/// Every blocking key of a record.
pub fn keys(p: &Person) -> Vec<i64> {
    let mut keys = Vec::with_capacity(6);
    if let Some(email) = &p.email {
        keys.push(hash(Kind::Email, &[email.as_bytes()]));
    }
    if let Some(phone) = &p.phone {
        keys.push(hash(Kind::Phone, &[phone.as_bytes()]));
    }
    if let Some(date) = p.birth {
        let (lo, hi) = (date.month().min(date.day()), date.month().max(date.day()));
        let year = date.year().to_le_bytes();
        keys.push(hash(Kind::Birth, &[&year, &[lo, hi]]));
    }
    let initial = p.first_initial().map(|i| [i]).unwrap_or_default();
    // With the birth year: a common surname and initial alone ("de Jong",
    // J.) make blocks of thousands in a national register.
    let year = p.birth.map(|d| d.year().to_le_bytes()).unwrap_or_default();
    for key in &p.surname_keys {
        if !key.is_empty() {
            keys.push(hash(
                Kind::SurnameInitial,
                &[key.as_bytes(), &initial, &year],
            ));
        }
    }
    if let (Some(postcode), Some(house)) = (&p.postcode, &p.house) {
        let number = house.split('-').next().unwrap_or(house);
        keys.push(hash(
            Kind::Address,
            &[postcode.as_bytes(), number.as_bytes()],
        ));
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Every pair (i < j) of records that share at least one key, once.
pub fn candidate_pairs(people: &[Person]) -> Vec<(u32, u32)> {
    let mut entries: Vec<(i64, u32)> = Vec::with_capacity(people.len() * 5);
    for (i, p) in people.iter().enumerate() {
        let index = u32::try_from(i).unwrap_or(u32::MAX);
        entries.extend(keys(p).into_iter().map(|k| (k, index)));
    }
    entries.sort_unstable();
    let mut pairs = Vec::with_capacity(entries.len() * 2);
    for block in entries.chunk_by(|a, b| a.0 == b.0) {
        if block.len() < 2 || block.len() > MAX_BLOCK {
            continue;
        }
        for (n, a) in block.iter().enumerate() {
            for b in &block[n + 1..] {
                pairs.push((a.1.min(b.1), a.1.max(b.1)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedup::person::{InputField::*, RawRecord, Reader};

    #[test]
    fn transposed_birth_dates_and_prefixes_share_keys() {
        let reader = Reader::default();
        let a = reader.person(
            &RawRecord::new()
                .with(GivenName, "Jan")
                .with(Surname, "van der Berg")
                .with(BirthDate, "07-03-1985"),
        );
        let b = reader.person(
            &RawRecord::new()
                .with(GivenName, "J.")
                .with(Surname, "Berg, van der")
                .with(BirthDate, "03-07-1985"),
        );
        let shared = keys(&a).iter().filter(|k| keys(&b).contains(k)).count();
        assert_eq!(shared, 2);
        assert_eq!(
            candidate_pairs(&[a.clone(), b, Person::default(), a]).len(),
            3
        );
    }

    #[test]
    fn keys_are_stable_across_releases() {
        // Stored by the server: changing a key means re-keying every row.
        let p = Reader::default().person(&RawRecord::new().with(Email, "a@b.nl"));
        assert_eq!(keys(&p), vec![hash(Kind::Email, &[b"a@b.nl"])]);
        assert_eq!(hash(Kind::Email, &[b"a@b.nl"]), -6_369_680_128_490_837_868);
    }
}
