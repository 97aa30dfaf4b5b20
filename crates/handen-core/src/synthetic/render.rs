//! A person written as one sign-up row. How someone writes their details
//! (call name or initials, phone with +31 or 06, postcode with a space or
//! not) is a `Style`: a duplicate keeps the style of the first sign-up
//! except where a perturbation changes it.

use super::person::{Gen, Person};
use super::phone::{Country, STYLES};
use super::spelling::capitalise;
use super::tables::Tables;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GivenForm {
    Call,
    Official,
    /// Both official names: "Johannes Petrus".
    Full,
    /// "J.", "J.P.", "J. P." or "JP".
    Initials {
        both: bool,
        dots: bool,
        spaced: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurnameForm {
    /// Prefix in its own column (Dutch profile only).
    Split,
    /// "van der Berg" in the surname column.
    Joined,
    /// "Van der Berg".
    Capitalised,
    /// "Berg, van der", as alphabetical lists write it.
    Inverted,
}

#[derive(Debug, Clone)]
pub struct Style {
    pub given: GivenForm,
    pub surname: SurnameForm,
    pub date_format: usize,
    pub swap_day_month: bool,
    pub phone: usize,
    pub postcode: usize,
    pub house: usize,
}

/// One row's values, before the id and column order are added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub given: String,
    pub prefix: String,
    pub surname: String,
    pub birth: String,
    pub email: String,
    pub phone: String,
    pub postcode: String,
    pub house: String,
    pub street: String,
    pub city: String,
}

impl Gen<'_> {
    /// How a person writes things the first time.
    pub fn style(&mut self, p: &Person) -> Style {
        let given = match self.rng.weighted(&[88, 4, 3, 5]) {
            0 => GivenForm::Call,
            1 => GivenForm::Official,
            2 if p.second.is_some() => GivenForm::Full,
            _ => self.initials(p),
        };
        let dutch = self.t.profile == super::Profile::Dutch;
        let surname = match self.rng.weighted(&[85, 12, 3]) {
            _ if !dutch => SurnameForm::Joined,
            0 => SurnameForm::Split,
            1 => SurnameForm::Joined,
            _ => SurnameForm::Capitalised,
        };
        let home = self.t.places[p.home.place].country();
        let phone = match &p.phone {
            // Abroad one writes the country code.
            Some(phone) if phone.country != home => 3 + self.rng.below(STYLES - 3),
            _ if dutch => self.rng.weighted(&[45, 15, 20, 12, 5, 2, 1]),
            _ => self.rng.weighted(&[40, 25, 5, 15, 10, 3, 2]),
        };
        Style {
            given,
            surname,
            date_format: 0,
            swap_day_month: false,
            phone,
            postcode: self.rng.weighted(&[80, 12, 5, 3]),
            house: self.rng.weighted(&[70, 15, 10, 5]),
        }
    }

    pub fn initials(&mut self, p: &Person) -> GivenForm {
        GivenForm::Initials {
            both: p.second.is_some() && self.rng.chance(0.6),
            dots: self.rng.chance(0.85),
            spaced: self.rng.chance(0.2),
        }
    }
}

pub fn render(p: &Person, s: &Style, t: &Tables) -> Record {
    let place = &t.places[p.home.place];
    let (prefix, surname) = surname_columns(p, s.surname);
    let (mut month, mut day) = (u32::from(p.birth.month()), u32::from(p.birth.day()));
    if s.swap_day_month {
        std::mem::swap(&mut month, &mut day);
    }
    let pattern = t
        .date_formats
        .get(s.date_format)
        .copied()
        .unwrap_or("%Y-%m-%d");
    Record {
        given: given_name(p, s.given),
        prefix,
        surname,
        birth: format_date(pattern, p.birth.year(), month, day, t.months),
        email: p.email.clone().unwrap_or_default(),
        phone: p
            .phone
            .as_ref()
            .map(|ph| ph.render(s.phone))
            .unwrap_or_default(),
        postcode: postcode(&p.home.postcode, place.country(), s.postcode),
        house: house(p.home.number, p.home.addition, s.house),
        street: p.home.street.to_owned(),
        city: place.town.to_owned(),
    }
}

pub fn given_name(p: &Person, form: GivenForm) -> String {
    match form {
        GivenForm::Call => p.call.to_owned(),
        GivenForm::Official => p.official.to_owned(),
        GivenForm::Full => match p.second {
            Some(second) => format!("{} {second}", p.official),
            None => p.official.to_owned(),
        },
        GivenForm::Initials { both, dots, spaced } => {
            let mut names = vec![p.official];
            if both {
                names.extend(p.second);
            }
            let mut out = String::new();
            for (i, name) in names.iter().enumerate() {
                if i > 0 && spaced {
                    out.push(' ');
                }
                out.extend(name.chars().next());
                if dots {
                    out.push('.');
                }
            }
            out
        }
    }
}

/// (prefix column, surname column).
fn surname_columns(p: &Person, form: SurnameForm) -> (String, String) {
    let prefix = p.surname.first_prefix();
    match form {
        SurnameForm::Split => (prefix.to_owned(), p.surname.without_first_prefix()),
        SurnameForm::Joined => (String::new(), p.surname.full()),
        SurnameForm::Capitalised => (String::new(), capitalise(&p.surname.full())),
        SurnameForm::Inverted if !prefix.is_empty() => (
            String::new(),
            format!("{}, {prefix}", p.surname.without_first_prefix()),
        ),
        SurnameForm::Inverted => (String::new(), p.surname.full()),
    }
}

/// A strftime subset: `%d %m %-d %-m %Y %B`. Day and month are plain
/// numbers so that a swapped pair can be written even where invalid.
pub fn format_date(pattern: &str, year: i32, month: u32, day: u32, months: &[&str; 12]) -> String {
    let mut out = String::with_capacity(12);
    let mut rest = pattern;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let spec = &rest[at + 1..];
        let (text, used) = match spec.as_bytes() {
            [b'-', b'd', ..] => (day.to_string(), 2),
            [b'-', b'm', ..] => (month.to_string(), 2),
            [b'd', ..] => (format!("{day:02}"), 1),
            [b'm', ..] => (format!("{month:02}"), 1),
            [b'Y', ..] => (format!("{year:04}"), 1),
            [b'B', ..] => match month.checked_sub(1).and_then(|m| months.get(m as usize)) {
                Some(name) => ((*name).to_owned(), 1),
                None => (month.to_string(), 1),
            },
            _ => ("%".to_owned(), 0),
        };
        out.push_str(&text);
        rest = &spec[used..];
    }
    out.push_str(rest);
    out
}

pub const POSTCODE_STYLES: usize = 4;

fn postcode(canonical: &str, country: Country, style: usize) -> String {
    match (country, style % POSTCODE_STYLES) {
        (_, 0) => canonical.to_owned(),
        (Country::De, 1) => match canonical.strip_prefix('0') {
            // Spreadsheets drop the leading zero of "04103".
            Some(rest) => rest.to_owned(),
            None => format!("D-{canonical}"),
        },
        (Country::De, 2) => format!("D-{canonical}"),
        (Country::De, _) => format!("D {canonical}"),
        (_, 1) => canonical.replace(' ', ""),
        (_, 2) => canonical.replace(' ', "").to_lowercase(),
        (_, _) => canonical.to_lowercase(),
    }
}

pub const HOUSE_STYLES: usize = 4;

fn house(number: u32, addition: &str, style: usize) -> String {
    let style = style % HOUSE_STYLES;
    if addition.is_empty() {
        return number.to_string();
    }
    let upper = addition.to_uppercase();
    if addition.chars().all(|c| c.is_ascii_digit()) {
        return match style {
            0 | 3 => format!("{number}-{addition}"),
            1 => format!("{number} {addition}"),
            _ => format!("{number}/{addition}"),
        };
    }
    if addition.len() == 1 {
        return match style {
            0 => format!("{number}{addition}"),
            1 => format!("{number} {upper}"),
            2 => format!("{number}-{addition}"),
            _ => format!("{number}{upper}"),
        };
    }
    match style {
        0 if addition == "hs" => format!("{number}-hs"),
        0 => format!("{number} {addition}"),
        1 => format!("{number}{addition}"),
        2 => format!("{number}-{addition}"),
        _ => format!("{number} {upper}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::dutch::MONTHS;

    #[test]
    fn dates_in_patterns() {
        assert_eq!(format_date("%d-%m-%Y", 1985, 3, 7, &MONTHS), "07-03-1985");
        assert_eq!(
            format_date("%-d %B %Y", 1985, 3, 7, &MONTHS),
            "7 maart 1985"
        );
        assert_eq!(format_date("%m/%d/%Y", 1985, 25, 3, &MONTHS), "25/03/1985");
        assert_eq!(
            format_date("%B %-d, %Y", 1985, 13, 3, &MONTHS),
            "13 3, 1985"
        );
        assert_eq!(format_date("%d%m%Y%", 1985, 1, 2, &MONTHS), "02011985%");
    }

    #[test]
    fn postcodes_and_house_numbers() {
        assert_eq!(postcode("1234 AB", Country::Nl, 2), "1234ab");
        assert_eq!(postcode("04103", Country::De, 1), "4103");
        assert_eq!(postcode("SW1A 1AA", Country::Uk, 1), "SW1A1AA");
        assert_eq!(house(12, "a", 0), "12a");
        assert_eq!(house(12, "2", 0), "12-2");
        assert_eq!(house(12, "bis", 0), "12 bis");
        assert_eq!(house(12, "", 3), "12");
    }
}
