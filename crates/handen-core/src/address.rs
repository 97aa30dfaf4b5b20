//! Where someone lives, as far as matching needs it: postcode and house
//! number (with addition), and how far they will travel.

use crate::error::ErrorCode;
use crate::postcode::Postcode;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct HouseNumber {
    number: u32,
    addition: Option<String>,
}

impl HouseNumber {
    /// `number` may carry the addition too ("12a", "12-2", "12 bis") when the
    /// addition field is left empty, as people often type it that way.
    pub fn parse(number: &str, addition: &str) -> Result<HouseNumber, ErrorCode> {
        let number = number.trim();
        if number.is_empty() {
            return Err(ErrorCode::HouseNumberMissing);
        }
        if number.len() > 20 {
            return Err(ErrorCode::HouseNumberInvalid);
        }
        let digits_end = number
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(number.len());
        let (digits, rest) = number.split_at(digits_end);
        let value: u32 = digits.parse().map_err(|_| ErrorCode::HouseNumberInvalid)?;
        if !(1..=99_999).contains(&value) || digits.starts_with('0') {
            return Err(ErrorCode::HouseNumberInvalid);
        }
        let rest = rest.trim_start_matches([' ', '-']).trim();
        let addition = match (rest.is_empty(), addition.trim().is_empty()) {
            (true, true) => None,
            (true, false) => Some(parse_addition(addition)?),
            (false, true) => Some(parse_addition(rest).map_err(|_| ErrorCode::HouseNumberInvalid)?),
            (false, false) => return Err(ErrorCode::HouseNumberInvalid),
        };
        Ok(HouseNumber {
            number: value,
            addition,
        })
    }

    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn addition(&self) -> Option<&str> {
        self.addition.as_deref()
    }
}

fn parse_addition(input: &str) -> Result<String, ErrorCode> {
    // Every leading dash and space goes ("- -22" is "22"), or the stored
    // addition would start with a dash that the shown address doubles.
    let a = input
        .trim_start_matches(|c: char| c == '-' || c.is_whitespace())
        .trim();
    let ok = !a.is_empty()
        && a.chars().count() <= 8
        && a.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
        && a.chars().any(|c| c.is_ascii_alphanumeric());
    if ok {
        Ok(a.to_ascii_uppercase())
    } else {
        Err(ErrorCode::HouseNumberAdditionInvalid)
    }
}

impl fmt::Display for HouseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.addition {
            Some(a) if a.chars().all(|c| c.is_ascii_alphabetic()) && a.len() == 1 => {
                write!(f, "{}{a}", self.number)
            }
            Some(a) => write!(f, "{}-{a}", self.number),
            None => write!(f, "{}", self.number),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    pub postcode: Postcode,
    pub house_number: HouseNumber,
}

/// How far, in whole kilometres, someone will travel to work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TravelDistance(u16);

impl TravelDistance {
    pub const MAX_KM: u16 = 250;

    pub fn parse(input: &str) -> Result<TravelDistance, ErrorCode> {
        let s = input.trim().trim_end_matches("km").trim();
        if s.is_empty() {
            return Err(ErrorCode::TravelKmMissing);
        }
        match s.parse::<u16>() {
            Ok(km) if km <= TravelDistance::MAX_KM && s.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(TravelDistance(km))
            }
            _ => Err(ErrorCode::TravelKmInvalid),
        }
    }

    pub fn km(self) -> u16 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    #[test]
    fn house_numbers_as_people_type_them() {
        let cases = [
            ("12", "", 12, None),
            ("12a", "", 12, Some("A")),
            ("12 A", "", 12, Some("A")),
            ("12-2", "", 12, Some("2")),
            ("12 bis", "", 12, Some("BIS")),
            ("12", "hs", 12, Some("HS")),
            ("12", "-II", 12, Some("II")),
            ("  99999 ", "", 99_999, None),
        ];
        for (n, a, want_n, want_a) in cases {
            let h = HouseNumber::parse(n, a).unwrap();
            assert_eq!((h.number(), h.addition()), (want_n, want_a), "{n:?} {a:?}");
        }
        assert_eq!(HouseNumber::parse("12a", "").unwrap().to_string(), "12A");
        assert_eq!(HouseNumber::parse("12", "2").unwrap().to_string(), "12-2");
    }

    /// Found by fuzzing (fuzz target `address`): the addition kept
    /// "---22", shown as "7----22", which read back as addition "22".
    #[test]
    fn leading_dashes_and_spaces_of_an_addition_all_go() {
        let h = HouseNumber::parse("7", "- ---22").unwrap();
        assert_eq!(h.addition(), Some("22"));
        assert_eq!(h.to_string(), "7-22");
        assert_eq!(HouseNumber::parse(&h.to_string(), ""), Ok(h));
        let h = HouseNumber::parse("7 - -a", "").unwrap();
        assert_eq!(h.addition(), Some("A"));
    }

    #[test]
    fn bad_house_numbers() {
        assert_eq!(HouseNumber::parse("", ""), Err(HouseNumberMissing));
        for bad in [
            "0", "012", "100000", "a12", "twelve", "12a", "-12", "12 <b>",
        ] {
            let addition = if bad == "12a" { "b" } else { "" };
            assert_eq!(
                HouseNumber::parse(bad, addition),
                Err(HouseNumberInvalid),
                "{bad:?}"
            );
        }
        assert_eq!(
            HouseNumber::parse("12", "<script>"),
            Err(HouseNumberAdditionInvalid)
        );
        assert_eq!(
            HouseNumber::parse("12", "toolongaddition"),
            Err(HouseNumberAdditionInvalid)
        );
        assert_eq!(
            HouseNumber::parse("12", "--"),
            Err(HouseNumberAdditionInvalid)
        );
    }

    #[test]
    fn travel_distance() {
        assert_eq!(TravelDistance::parse("15").map(TravelDistance::km), Ok(15));
        assert_eq!(
            TravelDistance::parse(" 40 km").map(TravelDistance::km),
            Ok(40)
        );
        assert_eq!(TravelDistance::parse("0").map(TravelDistance::km), Ok(0));
        assert_eq!(TravelDistance::parse(""), Err(TravelKmMissing));
        for bad in ["-5", "251", "1e3", "ten", "15.5", "+15", "99999999999"] {
            assert_eq!(TravelDistance::parse(bad), Err(TravelKmInvalid), "{bad:?}");
        }
    }
}
