//! One true person, and the draws that make one: names by origin and
//! birth cohort, a birth date, an address. Contact details are in
//! `contact.rs`, households in `household.rs`.

use super::phone::Phone;
use super::rng::Rng;
use super::tables::{Postcodes, Tables};
use super::Config;
use crate::postcode::pc4_exists;
use crate::Date;
use std::collections::HashSet;

#[derive(Debug, Clone)]
pub struct Person {
    pub id: u32,
    pub female: bool,
    pub group: usize,
    pub official: &'static str,
    pub second: Option<&'static str>,
    /// The name the person goes by and mostly signs up with.
    pub call: &'static str,
    pub surname: Surname,
    pub birth: Date,
    pub email: Option<String>,
    pub phone: Option<Phone>,
    pub home: Address,
}

/// One or two (prefix, name) parts: ("de", "Vries"), or a double name
/// such as Jansen-de Vries as ("", "Jansen"), ("de", "Vries").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Surname {
    pub parts: Vec<(String, String)>,
}

impl Surname {
    /// Splits a Dutch prefix off when asked ("van den Berg").
    pub fn parse(text: &str, split_prefix: bool) -> Surname {
        let prefix = crate::name::KNOWN_PREFIXES
            .iter()
            .filter(|_| split_prefix)
            .find(|p| {
                text.strip_prefix(**p)
                    .is_some_and(|rest| rest.starts_with(' '))
            });
        let part = match prefix {
            Some(p) => (p.to_string(), text[p.len()..].trim().to_owned()),
            None => (String::new(), text.to_owned()),
        };
        Surname { parts: vec![part] }
    }

    /// "van der Berg-Jansen": every part with its prefix.
    pub fn full(&self) -> String {
        let mut out = String::new();
        for (i, (prefix, name)) in self.parts.iter().enumerate() {
            if i > 0 {
                out.push('-');
            }
            if !prefix.is_empty() {
                out.push_str(prefix);
                out.push(' ');
            }
            out.push_str(name);
        }
        out
    }

    /// The surname column when the first prefix has a column of its own.
    pub fn without_first_prefix(&self) -> String {
        let full = self.full();
        match self.parts.first() {
            Some((prefix, _)) if !prefix.is_empty() => full[prefix.len() + 1..].to_owned(),
            _ => full,
        }
    }

    pub fn first_prefix(&self) -> &str {
        self.parts.first().map_or("", |(p, _)| p.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub place: usize,
    /// As the country writes it: "1234 AB", "SW1A 1AA", "04103".
    pub postcode: String,
    pub number: u32,
    /// "", "a", "2", "bis", "hs" …
    pub addition: &'static str,
    pub street: &'static str,
}

/// Draws, the random stream, and what is taken: unrelated people never
/// share an e-mail address or phone number.
pub struct Gen<'t> {
    pub rng: Rng,
    pub t: &'t Tables,
    pub today: Date,
    pub emails: HashSet<String>,
    pub phones: HashSet<String>,
}

/// Ages of volunteers: many students and recently retired (18–75).
const AGE_BANDS: [(i64, i64, u32); 6] = [
    (18, 24, 15),
    (25, 34, 20),
    (35, 44, 15),
    (45, 54, 17),
    (55, 64, 20),
    (65, 75, 13),
];

/// Weights of a name's call names: the first listed is the usual one.
const CALL_WEIGHTS: [u32; 8] = [8, 4, 2, 1, 1, 1, 1, 1];

impl<'t> Gen<'t> {
    pub fn new(config: &Config, t: &'t Tables) -> Gen<'t> {
        Gen {
            rng: Rng::new(config.seed),
            t,
            today: config.today,
            emails: HashSet::new(),
            phones: HashSet::new(),
        }
    }

    pub fn group(&mut self) -> usize {
        self.t.group_weights.draw(&mut self.rng)
    }

    pub fn adult_birth(&mut self) -> Date {
        let band = self.rng.weighted(&AGE_BANDS.map(|(_, _, w)| w));
        let (lo, hi, _) = AGE_BANDS[band];
        let age = self.rng.between(lo, hi);
        self.birth_at_age(age)
    }

    /// Someone `age` years old today.
    pub fn birth_at_age(&mut self, age: i64) -> Date {
        let days = age * 365 + age / 4 + self.rng.below(365) as i64;
        self.today.add_days(-days).unwrap_or(Date::EPOCH)
    }

    pub fn age(&self, birth: Date) -> i64 {
        i64::from(birth.years_until(self.today))
    }

    /// (official, second official, call name).
    pub fn given(
        &mut self,
        group: usize,
        female: bool,
        birth: Date,
    ) -> (&'static str, Option<&'static str>, &'static str) {
        let cohort = match birth.year() {
            ..=1965 => 0,
            1966..=1985 => 1,
            _ => 2,
        };
        let names = &self.t.groups[group].given[usize::from(female)][cohort];
        let official = names.draw(&mut self.rng);
        let second = if self.rng.chance([0.7, 0.6, 0.4][cohort]) {
            (0..4)
                .map(|_| names.draw(&mut self.rng))
                .find(|n| *n != official)
        } else {
            None
        };
        let calls = self.t.call_names(official);
        let call = if !calls.is_empty() && self.rng.chance([0.8, 0.6, 0.45][cohort]) {
            let i = self.rng.weighted(&CALL_WEIGHTS[..calls.len().min(8)]);
            calls.get(i).copied().unwrap_or(official)
        } else {
            official
        };
        (official, second, call)
    }

    pub fn surname(&mut self, group: usize, female: bool) -> Surname {
        let g = &self.t.groups[group];
        let text = if g.long_tail && self.rng.chance(0.5) {
            self.tail_surname()
        } else {
            g.surnames.draw(&mut self.rng).to_owned()
        };
        let text = if g.feminine && female {
            super::migrant::feminine(&text)
        } else {
            text
        };
        Surname::parse(&text, g.split_prefix)
    }

    /// "Hoogveld", "van der Molenkamp": rare names, as most names are.
    fn tail_surname(&mut self) -> String {
        let [heads, ends, prefixes] = &self.t.tail;
        let head = self.rng.word(heads);
        let end = self.rng.word(ends);
        let name = format!("{head}{end}");
        if self.rng.chance(0.12) {
            format!("{} {name}", self.rng.word(prefixes))
        } else {
            name
        }
    }

    /// Where a new person of `group` lives.
    pub fn address(&mut self, group: usize) -> Address {
        let home = self.t.groups[group].home;
        let mut place = self.t.place_weights.draw(&mut self.rng);
        if let Some((country, p)) = home {
            if self.rng.chance(p) {
                for _ in 0..50 {
                    if self.t.places[place].country() == country {
                        break;
                    }
                    place = self.t.place_weights.draw(&mut self.rng);
                }
            }
        }
        self.address_in(place)
    }

    pub fn address_in(&mut self, place: usize) -> Address {
        let postcode = match &self.t.places[place].postcodes {
            Postcodes::Dutch(from, to) => {
                let mut code = *from;
                for _ in 0..50 {
                    let c = self.rng.between(i64::from(*from), i64::from(*to)) as u16;
                    if pc4_exists(c) {
                        code = c;
                        break;
                    }
                }
                // SA, SD and SS are not used in Dutch postcodes.
                let letters = loop {
                    let l = [
                        self.letter(b"ABCDEFGHJKLMNPRSTVWXZ"),
                        self.letter(b"ABCDEGHJKLMNPRSTVWXZ"),
                    ];
                    if !matches!(&l, b"SA" | b"SD" | b"SS") {
                        break l;
                    }
                };
                format!(
                    "{code} {}{}",
                    char::from(letters[0]),
                    char::from(letters[1])
                )
            }
            Postcodes::German(from, to) => {
                format!("{:05}", self.rng.between(i64::from(*from), i64::from(*to)))
            }
            Postcodes::British(codes) => {
                let outward = self.rng.word(codes);
                let inward = b"ABDEFGHJLNPQRSTUWXYZ";
                format!(
                    "{outward} {}{}{}",
                    self.rng.between(1, 9),
                    char::from(self.letter(inward)),
                    char::from(self.letter(inward))
                )
            }
        };
        let number = match self.rng.weighted(&[70, 25, 5]) {
            0 => self.rng.between(1, 80),
            1 => self.rng.between(81, 250),
            _ => self.rng.between(251, 600),
        } as u32;
        let country = self.t.places[place].country();
        let addition = match country {
            super::phone::Country::Nl if self.rng.chance(0.15) => {
                let additions = ["a", "b", "c", "1", "2", "3", "bis", "hs", "A", "B"];
                additions[self.rng.weighted(&[30, 12, 4, 12, 12, 5, 4, 8, 8, 5])]
            }
            _ if self.rng.chance(0.06) => self.rng.word(&["a", "b", "A"]),
            _ => "",
        };
        // One street per postcode, as in a real postcode book.
        let streets = self.t.streets(country);
        let street = streets
            .get(fnv(&postcode) as usize % streets.len().max(1))
            .copied()
            .unwrap_or_default();
        Address {
            place,
            postcode,
            number,
            addition,
            street,
        }
    }

    fn letter(&mut self, from: &[u8]) -> u8 {
        from.get(self.rng.below(from.len()))
            .copied()
            .unwrap_or(b'A')
    }
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
