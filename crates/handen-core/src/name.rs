//! A person's name as the Dutch write it: given names, an optional prefix
//! (tussenvoegsel: "van", "van der", "de", "van 't" …) and a surname.

use crate::error::ErrorCode;
use crate::text::{single_line, TextProblem};
use serde::{Deserialize, Serialize};

const MAX_NAME: usize = 100;
const MAX_PREFIX: usize = 20;

/// Prefixes that people type at the start of the surname field; moved to
/// the prefix field so "van der Berg" and ("van der", "Berg") are one name.
/// Longest first, so "van der" wins over "van".
pub const KNOWN_PREFIXES: &[&str] = &[
    "van de la",
    "von der",
    "van der",
    "van den",
    "uit den",
    "van 't",
    "op den",
    "op ten",
    "van de",
    "uit de",
    "in 't",
    "op de",
    "van",
    "von",
    "den",
    "der",
    "het",
    "ten",
    "ter",
    "dos",
    "de",
    "'t",
    "te",
    "in",
    "op",
    "zu",
    "du",
    "le",
    "la",
    "l'",
    "d'",
    "di",
    "da",
    "el",
    "al",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName {
    given_names: String,
    prefix: Option<String>,
    surname: String,
}

impl PersonName {
    /// Parses the three inputs together, returning every problem at once.
    pub fn parse(given: &str, prefix: &str, surname: &str) -> Result<PersonName, Vec<ErrorCode>> {
        let mut errors = Vec::new();
        let given = name_part(given).map_err(|p| match p {
            TextProblem::Missing => ErrorCode::GivenNamesMissing,
            TextProblem::TooLong => ErrorCode::GivenNamesTooLong,
            TextProblem::Invalid => ErrorCode::GivenNamesInvalid,
        });
        let mut prefix = match single_line(prefix, MAX_PREFIX) {
            Ok(p) if is_prefix_text(&p) => Ok(Some(p.to_ascii_lowercase().replace('’', "'"))),
            Ok(_) | Err(TextProblem::TooLong | TextProblem::Invalid) => {
                Err(ErrorCode::NamePrefixInvalid)
            }
            Err(TextProblem::Missing) => Ok(None),
        };
        let mut surname = name_part(surname).map_err(|p| match p {
            TextProblem::Missing => ErrorCode::SurnameMissing,
            TextProblem::TooLong => ErrorCode::SurnameTooLong,
            TextProblem::Invalid => ErrorCode::SurnameInvalid,
        });
        if let (Ok(None), Ok(full)) = (&prefix, &surname) {
            if let Some((p, rest)) = split_prefix(full) {
                prefix = Ok(Some(p));
                surname = Ok(rest);
            }
        }
        errors.extend(
            [
                given.as_ref().err(),
                prefix.as_ref().err(),
                surname.as_ref().err(),
            ]
            .into_iter()
            .flatten(),
        );
        match (given, prefix, surname) {
            (Ok(given_names), Ok(prefix), Ok(surname)) => Ok(PersonName {
                given_names,
                prefix,
                surname,
            }),
            _ => Err(errors),
        }
    }

    pub fn given_names(&self) -> &str {
        &self.given_names
    }

    pub fn prefix(&self) -> Option<&str> {
        self.prefix.as_deref()
    }

    pub fn surname(&self) -> &str {
        &self.surname
    }

    /// "Jan van der Berg".
    pub fn full(&self) -> String {
        match &self.prefix {
            Some(p) => format!("{} {p} {}", self.given_names, self.surname),
            None => format!("{} {}", self.given_names, self.surname),
        }
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, ' ' | '-' | '\'' | '’' | '‘' | '.')
        // Combining diacritics, for names typed in decomposed form.
        || ('\u{0300}'..='\u{036f}').contains(&c)
}

fn name_part(input: &str) -> Result<String, TextProblem> {
    let name = single_line(input, MAX_NAME)?;
    if !name.chars().all(is_name_char) || !name.chars().any(char::is_alphabetic) {
        return Err(TextProblem::Invalid);
    }
    Ok(name)
}

fn is_prefix_text(p: &str) -> bool {
    p.split(' ').count() <= 3
        && p.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’'))
}

fn split_prefix(full: &str) -> Option<(String, String)> {
    // ASCII lowercasing keeps byte offsets, so `rest` maps back onto `full`.
    let lower = full.to_ascii_lowercase();
    for &prefix in KNOWN_PREFIXES {
        let curly = prefix.replace('\'', "’");
        for written in [prefix, curly.as_str()] {
            if let Some(rest) = lower
                .strip_prefix(written)
                .and_then(|r| r.strip_prefix(' '))
            {
                if rest.chars().any(char::is_alphabetic) {
                    let start = full.len() - rest.len();
                    return Some((prefix.to_owned(), full[start..].to_owned()));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(g: &str, p: &str, s: &str) -> PersonName {
        PersonName::parse(g, p, s).unwrap()
    }

    #[test]
    fn dutch_names_with_prefixes() {
        let n = ok("Jan", "van der", "Berg");
        assert_eq!(
            (n.given_names(), n.prefix(), n.surname()),
            ("Jan", Some("van der"), "Berg")
        );
        assert_eq!(n.full(), "Jan van der Berg");
        let n = ok("  Anne-Marie ", "", "van 't Hof");
        assert_eq!((n.prefix(), n.surname()), (Some("van 't"), "Hof"));
        let n = ok("Piet", "", "De Vries");
        assert_eq!((n.prefix(), n.surname()), (Some("de"), "Vries"));
        let n = ok("Fatima", "", "El Amrani");
        assert_eq!((n.prefix(), n.surname()), (Some("el"), "Amrani"));
        let n = ok("Kees", "Van", "Dijk");
        assert_eq!(n.prefix(), Some("van"));
        let n = ok("Sanne", "", "Jansen-de Boer");
        assert_eq!((n.prefix(), n.surname()), (None, "Jansen-de Boer"));
        let n = ok("J.P.", "", "Ó Súilleabháin");
        assert_eq!(n.surname(), "Ó Súilleabháin");
        let n = ok("Zoë", "", "D’Hondt");
        assert_eq!(n.surname(), "D’Hondt");
        // A surname that is only a prefix word stays a surname.
        let n = ok("Mark", "", "Van");
        assert_eq!((n.prefix(), n.surname()), (None, "Van"));
        let n = ok("Lena", "", "Ter Horst");
        assert_eq!((n.prefix(), n.surname()), (Some("ter"), "Horst"));
        let n = ok("Joost", "", "van ’t Hek");
        assert_eq!((n.prefix(), n.surname()), (Some("van 't"), "Hek"));
        let n = ok("Gijs", "", "Van Der Ärm");
        assert_eq!((n.prefix(), n.surname()), (Some("van der"), "Ärm"));
    }

    #[test]
    fn prefixes_are_listed_longest_first() {
        for pair in KNOWN_PREFIXES.windows(2) {
            assert!(pair[0].len() >= pair[1].len(), "{pair:?}");
        }
    }

    #[test]
    fn other_scripts_are_names_too() {
        assert!(PersonName::parse("Мария", "", "Иванова").is_ok());
        assert!(PersonName::parse("محمد", "", "العلي").is_ok());
        assert!(PersonName::parse("美咲", "", "佐藤").is_ok());
    }

    #[test]
    fn hostile_input_is_refused_with_the_field() {
        use ErrorCode::*;
        let cases: &[(&str, &str, &str, &[ErrorCode])] = &[
            ("", "", "", &[GivenNamesMissing, SurnameMissing]),
            ("Jan", "", "   ", &[SurnameMissing]),
            (
                "<script>alert(1)</script>",
                "",
                "Berg",
                &[GivenNamesInvalid],
            ),
            (
                "Robert'); DROP TABLE registrations;--",
                "",
                "Tables",
                &[GivenNamesInvalid],
            ),
            ("Jan", "", "Berg 😀", &[SurnameInvalid]),
            ("Jan2", "", "Berg", &[GivenNamesInvalid]),
            ("Jan", "van\u{0}der", "Berg", &[NamePrefixInvalid]),
            ("Jan", "van de la der x", "Berg", &[NamePrefixInvalid]),
            ("Jan\u{202e}", "", "Berg", &[GivenNamesInvalid]),
            ("---", "", "Berg", &[GivenNamesInvalid]),
        ];
        for (g, p, s, want) in cases {
            assert_eq!(
                PersonName::parse(g, p, s).unwrap_err(),
                *want,
                "{g:?} {p:?} {s:?}"
            );
        }
        let long = "a".repeat(101);
        assert_eq!(
            PersonName::parse(&long, "", &long).unwrap_err(),
            [GivenNamesTooLong, SurnameTooLong]
        );
        let huge = "a".repeat(1_000_000);
        assert_eq!(
            PersonName::parse("Jan", "", &huge).unwrap_err(),
            [SurnameTooLong]
        );
    }
}
