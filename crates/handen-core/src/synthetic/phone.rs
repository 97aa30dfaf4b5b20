//! Mobile numbers of the countries in the data sets, written the ways
//! people write them: with or without the trunk 0, the country code as `+`
//! or `00`, grouped by the local habit.

use super::rng::Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Country {
    Nl,
    Uk,
    De,
    Pl,
    Tr,
    Ma,
    In,
}

/// A mobile number: country and national significant number (no trunk 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    pub country: Country,
    pub national: String,
}

/// Ways of writing a number; `render` takes any index.
pub const STYLES: usize = 7;

impl Country {
    fn calling_code(self) -> &'static str {
        match self {
            Country::Nl => "31",
            Country::Uk => "44",
            Country::De => "49",
            Country::Pl => "48",
            Country::Tr => "90",
            Country::Ma => "212",
            Country::In => "91",
        }
    }

    /// Poland has no trunk prefix; India's is mostly left off on mobiles.
    fn trunk(self) -> &'static str {
        match self {
            Country::Pl | Country::In => "",
            _ => "0",
        }
    }

    /// Digit groups of the national number as written locally.
    fn groups(self) -> &'static [usize] {
        match self {
            Country::Nl => &[1, 4, 4],
            Country::Uk => &[4, 6],
            Country::De => &[3, 8],
            Country::Pl => &[3, 3, 3],
            Country::Tr => &[3, 3, 2, 2],
            Country::Ma => &[1, 2, 2, 2, 2],
            Country::In => &[5, 5],
        }
    }

    pub fn mobile(self, rng: &mut Rng) -> Phone {
        let (start, len): (&str, usize) = match self {
            Country::Nl => (["61", "62", "63", "64", "65", "68"][rng.below(6)], 9),
            Country::Uk => (["77", "78", "79", "74", "75"][rng.below(5)], 10),
            Country::De => (
                ["151", "152", "157", "160", "162", "170", "171", "176"][rng.below(8)],
                11,
            ),
            Country::Pl => (["5", "6", "7", "8"][rng.below(4)], 9),
            Country::Tr => (["53", "54", "55", "50"][rng.below(4)], 10),
            Country::Ma => (["6", "7"][rng.below(2)], 9),
            Country::In => (["9", "8", "7"][rng.below(3)], 10),
        };
        let mut national = String::with_capacity(len);
        national.push_str(start);
        while national.len() < len {
            national.push(char::from(b'0' + rng.below(10) as u8));
        }
        Phone {
            country: self,
            national,
        }
    }
}

impl Phone {
    /// The number as one digit string with its country code: what makes
    /// two numbers the same.
    pub fn key(&self) -> String {
        format!("{}{}", self.country.calling_code(), self.national)
    }

    pub fn render(&self, style: usize) -> String {
        let country = self.country;
        let grouped = group(&self.national, country.groups());
        let local = format!("{}{}", country.trunk(), self.national);
        let code = country.calling_code();
        match style % STYLES {
            0 => local,
            1 => format!("{}{grouped}", country.trunk()),
            // "06-12345678": a dash after the area or mobile prefix.
            2 => {
                let head = country.groups().first().copied().unwrap_or(1);
                let (a, b) = self.national.split_at(head.min(self.national.len()));
                format!("{}{a}-{b}", country.trunk())
            }
            3 => format!("+{code}{}", self.national),
            4 => format!("+{code} {grouped}"),
            5 => format!("00{code}{}", self.national),
            // The Dutch habit of keeping the trunk 0 in brackets.
            _ if country == Country::Nl => format!("+31 (0){grouped}"),
            _ => format!("00{code} {grouped}"),
        }
    }
}

fn group(digits: &str, sizes: &[usize]) -> String {
    let mut out = String::with_capacity(digits.len() + sizes.len());
    let mut at = 0;
    for (i, &size) in sizes.iter().enumerate() {
        if at >= digits.len() {
            break;
        }
        if i > 0 {
            out.push(' ');
        }
        // The last group takes what is left: German numbers vary in length.
        let end = if i + 1 == sizes.len() {
            digits.len()
        } else {
            (at + size).min(digits.len())
        };
        out.push_str(&digits[at..end]);
        at = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phone::PhoneNumber;

    #[test]
    fn dutch_numbers_in_every_style_are_one_number() {
        let mut rng = Rng::new(3);
        for _ in 0..200 {
            let phone = Country::Nl.mobile(&mut rng);
            let e164 = format!("+{}", phone.key());
            for style in 0..STYLES {
                let written = phone.render(style);
                assert_eq!(
                    PhoneNumber::parse(&written).map(|p| p.as_str().to_owned()),
                    Ok(e164.clone()),
                    "{written}"
                );
            }
        }
    }

    #[test]
    fn local_habits() {
        let nl = Phone {
            country: Country::Nl,
            national: "612345678".into(),
        };
        assert_eq!(nl.render(1), "06 1234 5678");
        assert_eq!(nl.render(2), "06-12345678");
        let uk = Phone {
            country: Country::Uk,
            national: "7700900123".into(),
        };
        assert_eq!(uk.render(1), "07700 900123");
        assert_eq!(uk.render(4), "+44 7700 900123");
        let pl = Phone {
            country: Country::Pl,
            national: "512345678".into(),
        };
        assert_eq!(pl.render(1), "512 345 678");
        assert_eq!(pl.render(6), "0048 512 345 678");
    }
}
