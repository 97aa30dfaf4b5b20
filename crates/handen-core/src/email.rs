//! An e-mail address that can receive mail: one `@`, a sensible local part,
//! a domain with a dot and a real-looking top-level domain. Stored lowercase.

use crate::error::ErrorCode;
use serde::{Deserialize, Serialize};
use std::fmt;

const MAX_LEN: usize = 254;
const MAX_LOCAL: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, ErrorCode> {
        let s = input.trim();
        if s.is_empty() {
            return Err(ErrorCode::EmailMissing);
        }
        if s.chars().count() > MAX_LEN {
            return Err(ErrorCode::EmailTooLong);
        }
        // ASCII lowercasing: the local part must be ASCII anyway, and full
        // Unicode case tables would cost the browser build ~10 KB.
        let lower = s.to_ascii_lowercase();
        let (local, domain) = lower.split_once('@').ok_or(ErrorCode::EmailInvalid)?;
        if valid_local(local) && valid_domain(domain) {
            Ok(Email(lower))
        } else {
            Err(ErrorCode::EmailInvalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

fn valid_local(local: &str) -> bool {
    const SPECIAL: &str = "!#$%&'*+-/=?^_`{|}~";
    !local.is_empty()
        && local.len() <= MAX_LOCAL
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || SPECIAL.contains(c))
}

fn valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.chars().count() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let tld = labels.last().copied().unwrap_or_default();
    let tld_ok = tld.chars().count() >= 2
        && (tld.chars().all(char::is_alphabetic) || tld.starts_with("xn--"));
    labels.iter().all(label_ok) && tld_ok
}

impl TryFrom<String> for Email {
    type Error = ErrorCode;
    fn try_from(s: String) -> Result<Email, ErrorCode> {
        Email::parse(&s)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    #[test]
    fn accepts_real_addresses_and_normalises_case() {
        for (input, want) in [
            ("Jan.Jansen@Example.NL", "jan.jansen@example.nl"),
            ("  j+handen@gmail.com ", "j+handen@gmail.com"),
            ("o'neill@zorg-instelling.nl", "o'neill@zorg-instelling.nl"),
            ("a@b.co", "a@b.co"),
            ("info@müller.de", "info@müller.de"),
            ("Info@Müller.DE", "info@müller.de"),
            ("x@xn--mller-kva.de", "x@xn--mller-kva.de"),
            ("user@sub.domain.example.org", "user@sub.domain.example.org"),
        ] {
            assert_eq!(
                Email::parse(input).map(|e| e.0),
                Ok(want.to_owned()),
                "{input}"
            );
        }
    }

    #[test]
    fn refuses_what_cannot_receive_mail() {
        for bad in [
            "jan",
            "jan@",
            "@example.nl",
            "jan@example",
            "jan@@example.nl",
            "jan@exa mple.nl",
            "jan@example.n",
            "jan@example.123",
            "jan.@example.nl",
            ".jan@example.nl",
            "j..an@example.nl",
            "jan@-example.nl",
            "jan@example-.nl",
            "jan@example..nl",
            "jan@gmail,com",
            "<script>@x.nl",
            "jan@x.nl<script>",
            "jan\u{0}@x.nl",
            "\"jan\"@x.nl",
            "jan@[127.0.0.1]",
            "jan;drop table@x.nl",
            "jän@x.nl",
            "😀@x.nl",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailInvalid), "{bad:?}");
        }
        assert_eq!(Email::parse("   "), Err(EmailMissing));
        let long = format!("{}@example.nl", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(EmailTooLong));
        let local65 = format!("{}@example.nl", "a".repeat(65));
        assert_eq!(Email::parse(&local65), Err(EmailInvalid));
    }

    #[test]
    fn serde_parses() {
        assert!(serde_json::from_str::<Email>("\"bad\"").is_err());
        let e: Email = serde_json::from_str("\"A@B.NL\"").unwrap();
        assert_eq!(e.as_str(), "a@b.nl");
        assert_eq!(e.domain(), "b.nl");
    }
}
