//! A record as the engine sees it: every field normalised once, so that
//! comparing two records is cheap (a large list compares millions of pairs).

use super::dates::{read_any, DateFormat};
use super::fold::{fold, fold_into};
use super::phonetic;
use crate::given_names;
use crate::name::KNOWN_PREFIXES;
use crate::Date;
use serde::{Deserialize, Serialize};

/// The fields a list can map its columns to (`handen dedup --map
/// FIELD=COLUMN`); any of them may be absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputField {
    GivenName,
    NamePrefix,
    Surname,
    BirthDate,
    Email,
    Phone,
    Postcode,
    HouseNumber,
    Street,
    City,
}

impl InputField {
    pub const ALL: [InputField; 10] = [
        InputField::GivenName,
        InputField::NamePrefix,
        InputField::Surname,
        InputField::BirthDate,
        InputField::Email,
        InputField::Phone,
        InputField::Postcode,
        InputField::HouseNumber,
        InputField::Street,
        InputField::City,
    ];

    pub fn name(self) -> &'static str {
        match self {
            InputField::GivenName => "given_name",
            InputField::NamePrefix => "name_prefix",
            InputField::Surname => "surname",
            InputField::BirthDate => "birth_date",
            InputField::Email => "email",
            InputField::Phone => "phone",
            InputField::Postcode => "postcode",
            InputField::HouseNumber => "house_number",
            InputField::Street => "street",
            InputField::City => "city",
        }
    }

    pub fn from_name(name: &str) -> Option<InputField> {
        InputField::ALL.into_iter().find(|f| f.name() == name)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One record's raw values, by field (empty when absent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawRecord<'a>([&'a str; 10]);

impl<'a> RawRecord<'a> {
    pub fn new() -> RawRecord<'a> {
        RawRecord([""; 10])
    }

    pub fn with(mut self, field: InputField, value: &'a str) -> RawRecord<'a> {
        self.set(field, value);
        self
    }

    pub fn set(&mut self, field: InputField, value: &'a str) {
        self.0[field.index()] = value;
    }

    pub fn get(&self, field: InputField) -> &'a str {
        self.0[field.index()]
    }
}

/// What reading a list needs besides its values: how its dates are
/// written, and the nicknames that stand for official given names.
#[derive(Debug, Clone)]
pub struct Reader {
    dates: DateReading,
    /// (folded nickname, folded official name), sorted by nickname.
    nicknames: Vec<(String, String)>,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader::new(DateReading::Any)
    }
}

impl Reader {
    pub fn new(dates: DateReading) -> Reader {
        let mut nicknames: Vec<(String, String)> = given_names::NICKNAMES
            .iter()
            .flat_map(|(official, short)| {
                let official = fold(official);
                short.iter().map(move |n| (fold(n), official.clone()))
            })
            .collect();
        nicknames.sort();
        nicknames.dedup_by(|a, b| a.0 == b.0);
        Reader { dates, nicknames }
    }

    fn official<'a>(&'a self, name: &'a str) -> &'a str {
        match self
            .nicknames
            .binary_search_by(|(n, _)| n.as_str().cmp(name))
        {
            Ok(i) => &self.nicknames[i].1,
            Err(_) => name,
        }
    }

    pub fn person(&self, raw: &RawRecord<'_>) -> Person {
        Person::from_raw(raw, self)
    }

    /// A row of a list, its columns mapped to fields as `(field, column
    /// index)`; a column the row lacks counts as empty.
    pub fn person_from_row(&self, row: &[String], columns: &[(InputField, usize)]) -> Person {
        let mut raw = RawRecord::new();
        for &(field, column) in columns {
            if let Some(value) = row.get(column) {
                raw.set(field, value);
            }
        }
        self.person(&raw)
    }
}

/// How dates in the list are written: a named pattern, or any common way.
#[derive(Debug, Clone, Default)]
pub enum DateReading {
    #[default]
    Any,
    Format(DateFormat),
}

impl DateReading {
    fn read(&self, input: &str) -> Option<Date> {
        match self {
            DateReading::Any => read_any(input),
            // A pattern decides; a value that does not follow it is still
            // read the common way rather than lost.
            DateReading::Format(format) => format.read(input).or_else(|| read_any(input)),
        }
    }
}

/// A normalised record. Names are folded (lower case, no diacritics) and
/// "ij" is written "y", as Dutch typists do interchangeably.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    /// Full given names as written (folded).
    pub given: Vec<String>,
    /// The same, a call name replaced by the official name it stands for
    /// ("kees" → "cornelis").
    pub official: Vec<String>,
    /// Initials of all given names ("jp"), also when only initials were given.
    pub initials: String,
    /// True when only initials were given ("J.P.").
    pub initials_only: bool,
    /// Surname without prefixes; parts of a double surname space-separated
    /// ("jansen vries" for "Jansen-de Vries").
    pub surname: String,
    /// The same without spaces, for typo distances ("jansenvries").
    pub surname_joined: String,
    pub birth: Option<Date>,
    pub email: Option<String>,
    /// The local part without dots, dashes and underscores: the same name
    /// at another provider.
    pub email_name: Option<String>,
    /// The last nine digits of the number in E.164: the part that stays
    /// the same however the country code is written.
    pub phone: Option<String>,
    /// Postcode without spaces, upper case ("1234AB").
    pub postcode: Option<String>,
    /// House number and addition ("12", "12-a").
    pub house: Option<String>,
    pub street: Option<String>,
    pub city: Option<String>,
    /// Phonetic keys of each surname part, for blocking.
    pub surname_keys: Vec<String>,
}

impl Person {
    pub fn from_raw(raw: &RawRecord<'_>, reader: &Reader) -> Person {
        let mut scratch = String::new();
        let mut person = Person::default();
        read_given(
            reader,
            raw.get(InputField::GivenName),
            &mut scratch,
            &mut person,
        );
        person.surname = surname(
            raw.get(InputField::NamePrefix),
            raw.get(InputField::Surname),
            &mut scratch,
        );
        person.surname_joined = person.surname.replace(' ', "");
        person.surname_keys = person
            .surname
            .split(' ')
            .filter(|p| !p.is_empty())
            .map(phonetic::key)
            .collect();
        person.birth = reader.dates.read(raw.get(InputField::BirthDate));
        person.email = email(raw.get(InputField::Email));
        person.email_name = person.email.as_ref().and_then(|e| {
            let local = e.rsplit_once('@')?.0.replace(['.', '_', '-'], "");
            (local.len() >= 4).then_some(local)
        });
        person.phone = phone(raw.get(InputField::Phone));
        person.postcode = postcode(raw.get(InputField::Postcode));
        person.house = house(raw.get(InputField::HouseNumber));
        person.street = folded(raw.get(InputField::Street), &mut scratch);
        person.city = folded(raw.get(InputField::City), &mut scratch);
        person
    }

    pub fn first_initial(&self) -> Option<u8> {
        self.initials.bytes().next()
    }
}

fn folded(input: &str, scratch: &mut String) -> Option<String> {
    fold_into(input, scratch);
    (!scratch.is_empty()).then(|| scratch.clone())
}

fn ij_as_y(s: &str) -> String {
    s.replace("ij", "y")
}

fn read_given(reader: &Reader, input: &str, scratch: &mut String, person: &mut Person) {
    // "AC" or "JP" typed without dots are initials too: two capitals, or
    // up to three without a vowel. Seen before folding, which loses case.
    let capitals: Vec<String> = input
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|t| t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase()))
        .map(str::to_ascii_lowercase)
        .collect();
    fold_into(input, scratch);
    let mut only_initials = true;
    for token in scratch.split(' ').filter(|t| !t.is_empty()) {
        let initials = token.len() == 1
            || (token.len() <= 3 && !token.bytes().any(|b| b"aeiouy".contains(&b)))
            || capitals.iter().any(|c| c == token);
        if initials {
            person.initials.push_str(token);
        } else {
            only_initials = false;
            let official = ij_as_y(reader.official(token));
            person.initials.push(char::from(official.as_bytes()[0]));
            person.official.push(official);
            person.given.push(ij_as_y(token));
        }
    }
    person.initials_only = only_initials && !person.initials.is_empty();
}

fn is_prefix_word(word: &str) -> bool {
    // Multi-word prefixes are made of these single words.
    KNOWN_PREFIXES
        .iter()
        .filter(|p| !p.contains(' '))
        .any(|p| p.trim_end_matches('\'') == word)
        || matches!(word, "t" | "l" | "d")
}

/// The surname without its prefixes, however it was written: "van der
/// Berg", "Berg, van der", "Berg v.d.", or the prefix in its own field.
fn surname(_prefix: &str, input: &str, scratch: &mut String) -> String {
    // Everything after a comma is a prefix written behind the name.
    let main = input.split(',').next().unwrap_or(input);
    fold_into(main, scratch);
    let parts: Vec<&str> = scratch
        .split(' ')
        .filter(|w| !w.is_empty() && !is_prefix_word(w) && !matches!(*w, "v" | "vd" | "v d"))
        .collect();
    ij_as_y(&parts.join(" "))
}

/// Lower case; for providers that ignore them, dots and `+tags` in the
/// local part go ("j.jansen+handen@gmail.com" is "jjansen@gmail.com").
fn email(input: &str) -> Option<String> {
    let lower = input.trim().to_ascii_lowercase();
    let (local, domain) = lower.rsplit_once('@')?;
    if local.is_empty() || !domain.contains('.') {
        return None;
    }
    let domain = match domain {
        "googlemail.com" => "gmail.com",
        other => other,
    };
    let tags_ignored = matches!(
        domain,
        "gmail.com"
            | "outlook.com"
            | "hotmail.com"
            | "live.com"
            | "live.nl"
            | "hotmail.nl"
            | "outlook.nl"
            | "icloud.com"
            | "me.com"
            | "protonmail.com"
            | "proton.me"
            | "fastmail.com"
    );
    let local = if tags_ignored {
        local.split('+').next().unwrap_or(local)
    } else {
        local
    };
    let local = if domain == "gmail.com" {
        local.replace('.', "")
    } else {
        local.to_owned()
    };
    Some(format!("{local}@{domain}"))
}

/// E.164 with the Netherlands as the home country, then its last nine
/// digits: "06-12345678", "+31 6 1234 5678" and "0031612345678" agree.
fn phone(input: &str) -> Option<String> {
    let s = input.replace("(0)", "");
    let plus = s.trim_start().starts_with('+');
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let international = if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("31{rest}")
    } else {
        digits
    };
    if international.len() < 8 {
        return None;
    }
    Some(international[international.len() - 9.min(international.len())..].to_owned())
}

fn postcode(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (!code.is_empty()).then_some(code)
}

/// "12", "12a", "12 A", "12-a" → "12-a"; "12 bis" → "12-bis".
fn house(input: &str) -> Option<String> {
    let s = input.trim();
    let number_len = s.bytes().take_while(u8::is_ascii_digit).count();
    if number_len == 0 {
        return None;
    }
    let number = s[..number_len].trim_start_matches('0');
    let addition: String = s[number_len..]
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    Some(if addition.is_empty() {
        number.to_owned()
    } else {
        format!("{number}-{addition}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use InputField::*;

    fn person(fields: &[(InputField, &str)]) -> Person {
        let mut raw = RawRecord::new();
        for (f, v) in fields {
            raw.set(*f, v);
        }
        Reader::default().person(&raw)
    }

    #[test]
    fn surnames_however_written() {
        for (prefix, surname) in [
            ("", "van der Berg"),
            ("van der", "Berg"),
            ("", "Berg, van der"),
            ("", "Berg v.d."),
            ("", "VAN DER BERG"),
        ] {
            assert_eq!(
                person(&[(NamePrefix, prefix), (Surname, surname)]).surname,
                "berg",
                "{prefix:?} {surname:?}"
            );
        }
        assert_eq!(
            person(&[(Surname, "Jansen-de Vries")]).surname,
            "jansen vries"
        );
        assert_eq!(person(&[(Surname, "Dijkstra")]).surname, "dykstra");
        assert_eq!(person(&[(Surname, "'t Hart")]).surname, "hart");
        assert_eq!(person(&[(Surname, "Çelik")]).surname, "celik");
    }

    #[test]
    fn given_names_initials_and_nicknames() {
        let p = person(&[(GivenName, "Johannes Petrus")]);
        assert_eq!(p.given, ["johannes", "petrus"]);
        assert_eq!(p.initials, "jp");
        assert!(!p.initials_only);
        let p = person(&[(GivenName, "J.P.")]);
        assert!(p.initials_only);
        assert_eq!(p.initials, "jp");
        let p = person(&[(GivenName, "Kees")]);
        assert_eq!(p.given, ["kees"]);
        assert_eq!(p.official, ["cornelis"]);
        assert_eq!(p.initials, "c");
    }

    #[test]
    fn contact_details() {
        assert_eq!(
            email(" J.Jansen+Handen@GoogleMail.com"),
            Some("jjansen@gmail.com".into())
        );
        assert_eq!(email("j.jansen@ziggo.nl"), Some("j.jansen@ziggo.nl".into()));
        assert_eq!(email("nope"), None);
        for p in [
            "06-12345678",
            "+31 6 1234 5678",
            "0031612345678",
            "+31 (0)6 12345678",
        ] {
            assert_eq!(phone(p), Some("612345678".into()), "{p}");
        }
        assert_eq!(phone("+44 7700 900123"), phone("0044 7700900123"));
        assert_eq!(phone("12"), None);
        assert_eq!(postcode("1234 ab"), Some("1234AB".into()));
        assert_eq!(house("12 A"), Some("12-a".into()));
        assert_eq!(house("012-a"), Some("12-a".into()));
        assert_eq!(house("12 bis"), Some("12-bis".into()));
        assert_eq!(house("x"), None);
    }
}
