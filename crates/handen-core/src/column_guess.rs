//! Which column of a list is which field, guessed from the header row as
//! Dutch and English spreadsheets name columns: the recruiters' clean-list
//! page fills in its choices with it (the recruiter sees and can change
//! every one), and a command-line tool could do the same.

use crate::dedup::InputField;

/// Names per field, compared after `key` (lower case, letters and digits
/// only: "E-mail adres" is "emailadres", "first_name" is "firstname").
const NAMES: [(InputField, &[&str]); 10] = [
    (
        InputField::GivenName,
        &[
            "voornaam",
            "voornamen",
            "roepnaam",
            "firstname",
            "givenname",
            "givennames",
            "forename",
            "first",
        ],
    ),
    (
        InputField::NamePrefix,
        &[
            "tussenvoegsel",
            "tussenvoegsels",
            "voorvoegsel",
            "prefix",
            "nameprefix",
            "tv",
        ],
    ),
    (
        InputField::Surname,
        &[
            "achternaam",
            "familienaam",
            "geslachtsnaam",
            "surname",
            "lastname",
            "familyname",
            "last",
        ],
    ),
    (
        InputField::BirthDate,
        &[
            "geboortedatum",
            "gebdatum",
            "geboren",
            "dob",
            "birthdate",
            "dateofbirth",
            "birthday",
        ],
    ),
    (
        InputField::Email,
        &["email", "emailadres", "emailaddress", "mail", "mailadres"],
    ),
    (
        InputField::Phone,
        &[
            "telefoon",
            "telefoonnummer",
            "telnr",
            "tel",
            "mobiel",
            "mobielnummer",
            "gsm",
            "phone",
            "phonenumber",
            "mobile",
            "mobilenumber",
            "telephone",
        ],
    ),
    (
        InputField::Postcode,
        &["postcode", "zip", "zipcode", "postalcode", "pc"],
    ),
    (
        InputField::HouseNumber,
        &[
            "huisnummer",
            "huisnr",
            "housenumber",
            "houseno",
            "housenr",
            "number",
        ],
    ),
    (
        InputField::Street,
        &[
            "straat",
            "straatnaam",
            "street",
            "streetname",
            "address",
            "adres",
        ],
    ),
    (
        InputField::City,
        &[
            "woonplaats",
            "plaats",
            "stad",
            "gemeente",
            "city",
            "town",
            "place",
        ],
    ),
];

/// "Nr." is a row number far more often than a house number.
const ID_NAMES: [&str; 11] = [
    "record",
    "id",
    "nr",
    "nummer",
    "volgnummer",
    "kenmerk",
    "referentie",
    "reference",
    "ref",
    "recordid",
    "registratienummer",
];

fn key(header: &str) -> String {
    header
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The guess: a column per field (in `InputField::ALL` order) and the
/// column that identifies a row, each `None` when no name fits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnGuess {
    pub columns: [Option<usize>; 10],
    pub id: Option<usize>,
}

impl ColumnGuess {
    pub fn column(&self, field: InputField) -> Option<usize> {
        let i = InputField::ALL.iter().position(|f| *f == field)?;
        self.columns[i]
    }
}

/// Each field gets the first column with one of its names; failing that,
/// one whose name starts with one of its longer names ("Voornaam (roep)").
/// A column goes to one field at most.
pub fn guess(headers: &[String]) -> ColumnGuess {
    let keys: Vec<String> = headers.iter().map(|h| key(h)).collect();
    let mut taken = vec![false; keys.len()];
    let mut choices = ColumnGuess::default();
    let pick = |matches: &dyn Fn(&str) -> bool, taken: &mut Vec<bool>| {
        let column = keys
            .iter()
            .enumerate()
            .position(|(i, k)| !taken[i] && matches(k))?;
        taken[column] = true;
        Some(column)
    };
    let index = |field: &InputField| InputField::ALL.iter().position(|f| f == field);
    for (field, names) in NAMES {
        if let Some(i) = index(&field) {
            choices.columns[i] = pick(&|k| names.contains(&k), &mut taken);
        }
    }
    for (field, names) in NAMES {
        if let Some(i) = index(&field).filter(|&i| choices.columns[i].is_none()) {
            choices.columns[i] = pick(
                &|k| names.iter().any(|n| n.len() >= 5 && k.starts_with(n)),
                &mut taken,
            );
        }
    }
    choices.id = pick(&|k| ID_NAMES.contains(&k), &mut taken);
    choices
}

#[cfg(test)]
mod tests {
    use super::*;
    use InputField::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn dutch_names_as_spreadsheets_write_them() {
        let g = guess(&headers(&[
            "Nr.",
            "Voornaam (roepnaam)",
            "Tussenvoegsel",
            "Achternaam",
            "Geboortedatum",
            "E-mail",
            "Mobiel",
            "Postcode",
            "Huisnr.",
            "Straatnaam",
            "Woonplaats",
            "Opmerking",
        ]));
        let expected = [
            (GivenName, 1),
            (NamePrefix, 2),
            (Surname, 3),
            (BirthDate, 4),
            (Email, 5),
            (Phone, 6),
            (Postcode, 7),
            (HouseNumber, 8),
            (Street, 9),
            (City, 10),
        ];
        for (field, column) in expected {
            assert_eq!(g.column(field), Some(column), "{field:?}");
        }
        assert_eq!(g.id, Some(0));
    }

    #[test]
    fn english_and_international_names() {
        let g = guess(&headers(&[
            "record",
            "first_name",
            "last_name",
            "dob",
            "mail",
            "mobile",
            "zip",
            "house_no",
            "street",
            "town",
        ]));
        assert_eq!(g.id, Some(0));
        for (field, column) in [
            (GivenName, 1),
            (Surname, 2),
            (BirthDate, 3),
            (Email, 4),
            (Phone, 5),
            (Postcode, 6),
            (HouseNumber, 7),
            (Street, 8),
            (City, 9),
        ] {
            assert_eq!(g.column(field), Some(column), "{field:?}");
        }
        assert_eq!(g.column(NamePrefix), None);
        let g = guess(&headers(&[
            "ID",
            "Given name",
            "Surname",
            "Date of birth",
            "Email address",
        ]));
        assert_eq!(g.id, Some(0));
        assert_eq!(g.column(BirthDate), Some(3));
        assert_eq!(g.column(Email), Some(4));
    }

    #[test]
    fn each_column_goes_to_one_field_and_unknown_ones_to_none() {
        let g = guess(&headers(&["mail", "e-mail", "notes", ""]));
        assert_eq!(g.column(Email), Some(0));
        assert_eq!(g.columns.iter().flatten().count(), 1);
        assert_eq!(guess(&[]), ColumnGuess::default());
    }
}
