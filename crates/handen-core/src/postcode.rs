//! Dutch postcodes: `1234 AB`, typed with any spacing and case. The four
//! digits must be a postcode that exists (data/pc4.csv).

use crate::error::ErrorCode;
use serde::{Deserialize, Serialize};
use std::fmt;

pub(crate) mod table {
    include!(concat!(env!("OUT_DIR"), "/pc4.rs"));
}

pub use table::PC4_ROWS;

/// Does this 4-digit postcode exist?
pub fn pc4_exists(pc4: u16) -> bool {
    match pc4.checked_sub(1000).map(usize::from) {
        Some(i) if i < 9000 => table::PC4_EXISTS[i / 8] & (1 << (i % 8)) != 0,
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode {
    digits: u16,
    letters: [u8; 2],
}

impl Postcode {
    pub fn parse(input: &str) -> Result<Postcode, ErrorCode> {
        if input.len() > 32 {
            return Err(ErrorCode::PostcodeInvalid);
        }
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.is_empty() {
            return Err(ErrorCode::PostcodeMissing);
        }
        let b = compact.as_bytes();
        let shape = b.len() == 6
            && (b'1'..=b'9').contains(&b[0])
            && b[1..4].iter().all(u8::is_ascii_digit)
            && b[4..6].iter().all(u8::is_ascii_uppercase);
        if !shape || matches!(&b[4..6], b"SA" | b"SD" | b"SS") {
            return Err(ErrorCode::PostcodeInvalid);
        }
        let digits = b[..4]
            .iter()
            .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
        if !pc4_exists(digits) {
            return Err(ErrorCode::PostcodeUnknown);
        }
        Ok(Postcode {
            digits,
            letters: [b[4], b[5]],
        })
    }

    /// The 4-digit area, which is what distances are computed from.
    pub fn pc4(self) -> u16 {
        self.digits
    }
}

impl fmt::Display for Postcode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}{}",
            self.digits,
            char::from(self.letters[0]),
            char::from(self.letters[1])
        )
    }
}

impl TryFrom<String> for Postcode {
    type Error = ErrorCode;
    fn try_from(s: String) -> Result<Postcode, ErrorCode> {
        Postcode::parse(&s)
    }
}

impl From<Postcode> for String {
    fn from(p: Postcode) -> String {
        p.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    #[test]
    fn the_table_has_every_row_and_the_uncovered_codes() {
        assert_eq!(PC4_ROWS, 4086);
        let present = (1000..=9999).filter(|&c| pc4_exists(c)).count();
        assert_eq!(present, 4086 + 8);
        assert!(pc4_exists(1012) && pc4_exists(9712) && pc4_exists(2268));
        assert!(!pc4_exists(999) && !pc4_exists(10_000) && !pc4_exists(0));
    }

    #[test]
    fn spacing_and_case_are_free() {
        for input in ["1012AB", "1012 ab", " 1012  AB ", "1012\tab", "1012 aB"] {
            assert_eq!(
                Postcode::parse(input).map(|p| p.to_string()),
                Ok("1012 AB".into()),
                "{input:?}"
            );
        }
        assert_eq!(Postcode::parse("9712 CP").unwrap().pc4(), 9712);
    }

    #[test]
    fn shape_and_existence() {
        assert_eq!(Postcode::parse(""), Err(PostcodeMissing));
        for bad in [
            "0123 AB",
            "123 AB",
            "12345 AB",
            "1012 A",
            "1012 ABC",
            "1012 SA",
            "1012 sd",
            "1012 SS",
            "AB 1012",
            "1012-AB",
            "１０１２ AB",
            "1012 ÄB",
            "<1012AB>",
        ] {
            assert_eq!(Postcode::parse(bad), Err(PostcodeInvalid), "{bad:?}");
        }
        // 1000 is a well-formed code nobody lives at.
        assert_eq!(Postcode::parse("1000 AA"), Err(PostcodeUnknown));
        assert_eq!(Postcode::parse(&"1".repeat(5000)), Err(PostcodeInvalid));
    }
}
