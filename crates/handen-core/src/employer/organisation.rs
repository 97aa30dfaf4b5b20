//! An organisation that asks for people: who it is (name, KvK number), in
//! which sector, where, and who to talk to.

use super::EmployerError as E;
use crate::email::Email;
use crate::interest::Sector;
use crate::postcode::Postcode;
use crate::text::{single_line, TextProblem};
use crate::{ErrorCode, Language};
use serde::{Deserialize, Serialize};

/// A Chamber of Commerce (KvK) number: exactly eight digits. Typed with
/// spaces or dots as printed on letters; stored as the bare digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kvk([u8; 8]);

impl Kvk {
    pub fn parse(input: &str) -> Result<Kvk, E> {
        let digits: Vec<u8> = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| u8::try_from(d).ok())
                    .unwrap_or(u8::MAX)
            })
            .collect();
        if digits.is_empty() {
            return Err(E::KvkMissing);
        }
        match <[u8; 8]>::try_from(digits.as_slice()) {
            Ok(d) if d.iter().all(|&x| x <= 9) && d.iter().any(|&x| x != 0) => Ok(Kvk(d)),
            _ => Err(E::KvkInvalid),
        }
    }

    pub fn as_string(self) -> String {
        self.0.iter().map(|d| char::from(b'0' + d)).collect()
    }
}

/// The form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationForm {
    pub name: String,
    pub kvk: String,
    pub sector: String,
    pub postcode: String,
    pub contact_name: String,
    pub contact_email: String,
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub name: String,
    pub kvk: Kvk,
    pub sector: Sector,
    pub postcode: Postcode,
    pub contact_name: String,
    pub contact_email: Email,
    pub language: Language,
}

pub(super) fn line(input: &str, max: usize, missing: E, too_long: E) -> Result<String, E> {
    single_line(input, max).map_err(|p| match p {
        TextProblem::TooLong => too_long,
        _ => missing,
    })
}

/// A person who acts for an organisation: a name of one line and an
/// address they sign in with (the contact person, or a colleague).
pub fn contact(name: &str, email: &str) -> (Result<String, E>, Result<Email, E>) {
    let name = line(name, 120, E::ContactNameMissing, E::ContactNameTooLong);
    let email = Email::parse(email).map_err(|e| match e {
        ErrorCode::EmailMissing => E::ContactEmailMissing,
        _ => E::ContactEmailInvalid,
    });
    (name, email)
}

impl OrganisationForm {
    /// Every problem at once, so the form can list them all.
    pub fn parse(&self) -> Result<Organisation, Vec<E>> {
        let name = line(&self.name, 120, E::NameMissing, E::NameTooLong);
        let kvk = Kvk::parse(&self.kvk);
        let sector = Sector::from_code(&self.sector).ok_or(E::SectorInvalid);
        let postcode = Postcode::parse(&self.postcode).map_err(|e| match e {
            ErrorCode::PostcodeMissing => E::PostcodeMissing,
            _ => E::PostcodeInvalid,
        });
        let (contact_name, contact_email) = contact(&self.contact_name, &self.contact_email);
        match (name, kvk, sector, postcode, contact_name, contact_email) {
            (Ok(name), Ok(kvk), Ok(sector), Ok(postcode), Ok(contact_name), Ok(contact_email)) => {
                Ok(Organisation {
                    name,
                    kvk,
                    sector,
                    postcode,
                    contact_name,
                    contact_email,
                    language: Language::parse(&self.language).unwrap_or_default(),
                })
            }
            (name, kvk, sector, postcode, contact_name, contact_email) => Err([
                name.err(),
                kvk.err(),
                sector.err(),
                postcode.err(),
                contact_name.err(),
                contact_email.err(),
            ]
            .into_iter()
            .flatten()
            .collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> OrganisationForm {
        OrganisationForm {
            name: "  Zorggroep   Noord ".into(),
            kvk: "1234 5678".into(),
            sector: "care".into(),
            postcode: "9711 ab".into(),
            contact_name: "Anna de Vries".into(),
            contact_email: "Anna@Zorggroep.nl".into(),
            language: "nl".into(),
        }
    }

    #[test]
    fn parses_a_registration() {
        let o = form().parse().unwrap();
        assert_eq!(o.name, "Zorggroep Noord");
        assert_eq!(o.kvk.as_string(), "12345678");
        assert_eq!(o.sector, Sector::Care);
        assert_eq!(o.contact_email.as_str(), "anna@zorggroep.nl");
    }

    #[test]
    fn kvk_numbers_have_eight_digits() {
        assert_eq!(Kvk::parse("12.34.56.78").unwrap().as_string(), "12345678");
        assert_eq!(Kvk::parse(""), Err(E::KvkMissing));
        for bad in [
            "1234567",
            "123456789",
            "1234567a",
            "00000000",
            "１２３４５６７８",
        ] {
            assert_eq!(Kvk::parse(bad), Err(E::KvkInvalid), "{bad}");
        }
    }

    #[test]
    fn lists_every_problem() {
        let problems = OrganisationForm::default().parse().unwrap_err();
        assert_eq!(
            problems,
            vec![
                E::NameMissing,
                E::KvkMissing,
                E::SectorInvalid,
                E::PostcodeMissing,
                E::ContactNameMissing,
                E::ContactEmailMissing
            ]
        );
        for p in problems {
            assert!(!p.field().is_empty());
        }
    }
}
