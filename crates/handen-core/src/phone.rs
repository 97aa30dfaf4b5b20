//! A mobile phone number in E.164 (`+31612345678`). Dutch numbers may be
//! written as people write them (`06-12345678`, `+31 6 1234 5678`,
//! `0031612345678`, `+31 (0)6 …`); foreign numbers need their country code.

use crate::error::ErrorCode;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<PhoneNumber, ErrorCode> {
        let s = input.trim();
        if s.is_empty() {
            return Err(ErrorCode::PhoneMissing);
        }
        if s.len() > 40 {
            return Err(ErrorCode::PhoneInvalid);
        }
        // "(0)" is the Dutch trunk zero some write after +31: drop it.
        let s = s.replace("(0)", "");
        let (plus, rest) = match s.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, s.as_str()),
        };
        let mut digits = String::with_capacity(16);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' | '/' => {}
                _ => return Err(ErrorCode::PhoneInvalid),
            }
        }
        let international = if plus {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else if let Some(rest) = digits.strip_prefix('0') {
            format!("31{rest}")
        } else if digits.len() == 9 && digits.starts_with('6') {
            // "6 12345678": a Dutch mobile without its 0.
            format!("31{digits}")
        } else {
            return Err(ErrorCode::PhoneCountryCodeNeeded);
        };
        let international = match international.strip_prefix("310") {
            Some(rest) => format!("31{rest}"),
            None => international,
        };
        if let Some(national) = international.strip_prefix("31") {
            return dutch_mobile(national);
        }
        let valid = (8..=15).contains(&international.len()) && !international.starts_with('0');
        if valid {
            Ok(PhoneNumber(format!("+{international}")))
        } else {
            Err(ErrorCode::PhoneInvalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Dutch mobile numbers are 06 followed by eight digits; 066 is for pagers
/// and 067 for data services, neither reaches a person.
fn dutch_mobile(national: &str) -> Result<PhoneNumber, ErrorCode> {
    if national.len() != 9 {
        return Err(ErrorCode::PhoneInvalid);
    }
    if !national.starts_with('6') || national.starts_with("66") || national.starts_with("67") {
        return Err(ErrorCode::PhoneNotMobile);
    }
    Ok(PhoneNumber(format!("+31{national}")))
}

impl TryFrom<String> for PhoneNumber {
    type Error = ErrorCode;
    fn try_from(s: String) -> Result<PhoneNumber, ErrorCode> {
        PhoneNumber::parse(&s)
    }
}

impl From<PhoneNumber> for String {
    fn from(p: PhoneNumber) -> String {
        p.0
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    #[test]
    fn dutch_forms_become_e164() {
        for input in [
            "06-12345678",
            "0612345678",
            "06 1234 5678",
            "06 12 34 56 78",
            "+31 6 1234 5678",
            "+31612345678",
            "0031612345678",
            "0031 6 12345678",
            "+31 (0)6 12345678",
            "(06) 12345678",
            "06.12.34.56.78",
            "6 12345678",
            " 06/12345678 ",
        ] {
            assert_eq!(
                PhoneNumber::parse(input).map(|p| p.0),
                Ok("+31612345678".to_owned()),
                "{input}"
            );
        }
    }

    #[test]
    fn foreign_numbers_with_country_code() {
        assert_eq!(
            PhoneNumber::parse("+32 470 12 34 56").unwrap().as_str(),
            "+32470123456"
        );
        assert_eq!(
            PhoneNumber::parse("0049 1512 3456789").unwrap().as_str(),
            "+4915123456789"
        );
        assert_eq!(
            PhoneNumber::parse("+1 (415) 555-0132").unwrap().as_str(),
            "+14155550132"
        );
    }

    #[test]
    fn refuses_what_is_not_a_reachable_mobile() {
        assert_eq!(PhoneNumber::parse(""), Err(PhoneMissing));
        assert_eq!(PhoneNumber::parse("020-1234567"), Err(PhoneNotMobile));
        assert_eq!(PhoneNumber::parse("+31 20 123 4567"), Err(PhoneNotMobile));
        assert_eq!(PhoneNumber::parse("0661234567"), Err(PhoneNotMobile));
        assert_eq!(PhoneNumber::parse("061234567"), Err(PhoneInvalid));
        assert_eq!(PhoneNumber::parse("06123456789"), Err(PhoneInvalid));
        assert_eq!(
            PhoneNumber::parse("470 12 34 56"),
            Err(PhoneCountryCodeNeeded)
        );
        assert_eq!(PhoneNumber::parse("+12"), Err(PhoneInvalid));
        assert_eq!(PhoneNumber::parse("+1234567890123456"), Err(PhoneInvalid));
        for hostile in [
            "06-1234567a",
            "06-12345678; DROP",
            "<06>",
            "06\u{0}12345678",
            "٠٦١٢٣٤٥٦٧٨",
            "+31 6 1234 5678 ext 2",
        ] {
            assert_eq!(
                PhoneNumber::parse(hostile),
                Err(PhoneInvalid),
                "{hostile:?}"
            );
        }
        assert_eq!(PhoneNumber::parse(&"0".repeat(10_000)), Err(PhoneInvalid));
    }
}
