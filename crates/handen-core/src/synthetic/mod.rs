//! Labelled sign-up lists for measuring duplicate detection: who is who is
//! known (`Dataset::truth`), so precision and recall over pairs of rows can
//! be counted (`pair_quality`).
//!
//! Behind the `synthetic` feature: test tooling, not part of the browser
//! build. Deterministic: a seed gives the same list on every machine (the
//! crate's rule "no randomness" holds; the randomness is a seeded stream).
//!
//! What makes it hard (and what a real first wave had): ~17% of rows are
//! second or third sign-ups of someone, each with one to three changes
//! (`perturb.rs`); at least one in ten people shares an address, surname,
//! and sometimes a phone or mailbox with someone else who is not them
//! (`household.rs`); names follow real frequencies, so strangers share
//! names and birthdays.

mod contact;
mod dutch;
mod household;
mod international;
mod migrant;
mod person;
mod perturb;
mod phone;
mod quality;
mod render;
mod rng;
mod spelling;
mod tables;
#[cfg(test)]
mod tests;

pub use quality::{pair_quality, true_pairs, Quality};

use crate::Date;
use person::Gen;
use render::{render, Record};
use tables::Tables;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// People in the Netherlands, as the engine is built for.
    Dutch,
    /// People in the UK and Germany with other names, numbers, postcodes
    /// and month-first dates: does the engine generalise?
    International,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// Distinct people; the list has about 20% more rows.
    pub people: usize,
    pub seed: u64,
    pub profile: Profile,
    /// Share of people who sign up more than once (a quarter of them three
    /// times). 0.164 makes ~17% of rows duplicates, as in the first wave.
    pub duplicate_share: f64,
    /// Share of people who live with someone else on the list.
    pub household_share: f64,
    /// Ages are counted to this day.
    pub today: Date,
}

impl Config {
    pub fn new(people: usize, seed: u64, profile: Profile) -> Config {
        Config {
            people,
            seed,
            profile,
            duplicate_share: 0.164,
            household_share: 0.15,
            today: Date::new(2026, 6, 1).unwrap_or(Date::EPOCH),
        }
    }
}

impl Default for Config {
    fn default() -> Config {
        Config::new(1000, 1, Profile::Dutch)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dataset {
    pub profile: Profile,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    /// The person behind each row.
    pub truth: Vec<u32>,
}

const DUTCH_COLUMNS: [(&str, &str); 10] = [
    ("given_name", "given_name"),
    ("name_prefix", "name_prefix"),
    ("surname", "surname"),
    ("birth_date", "birth_date"),
    ("email", "email"),
    ("phone", "phone"),
    ("postcode", "postcode"),
    ("house_number", "house_number"),
    ("street", "street"),
    ("city", "city"),
];

const INTERNATIONAL_COLUMNS: [(&str, &str); 9] = [
    ("given_name", "first_name"),
    ("surname", "last_name"),
    ("birth_date", "dob"),
    ("email", "mail"),
    ("phone", "mobile"),
    ("postcode", "zip"),
    ("house_number", "house_no"),
    ("street", "street"),
    ("city", "town"),
];

impl Profile {
    /// (field, column) for every column but the row id.
    pub fn roles(self) -> Vec<(&'static str, &'static str)> {
        match self {
            Profile::Dutch => DUTCH_COLUMNS.to_vec(),
            Profile::International => INTERNATIONAL_COLUMNS.to_vec(),
        }
    }

    /// strftime pattern of the birth-date column (as first written; copies
    /// may use others).
    pub fn date_format(self) -> &'static str {
        match self {
            Profile::Dutch => dutch::DATE_FORMATS[0],
            Profile::International => international::DATE_FORMATS[0],
        }
    }

    pub fn id_column(self) -> &'static str {
        match self {
            Profile::Dutch => "id",
            Profile::International => "record",
        }
    }

    pub fn headers(self) -> Vec<&'static str> {
        let mut headers = vec![self.id_column()];
        headers.extend(self.roles().into_iter().map(|(_, column)| column));
        headers
    }
}

impl Dataset {
    pub fn roles(&self) -> Vec<(&'static str, &'static str)> {
        self.profile.roles()
    }

    pub fn date_format(&self) -> &'static str {
        self.profile.date_format()
    }

    /// Each field's column index, as the duplicate engine reads a row.
    pub fn columns(&self) -> Vec<(crate::dedup::InputField, usize)> {
        self.roles()
            .into_iter()
            .filter_map(|(field, column)| {
                Some((
                    crate::dedup::InputField::from_name(field)?,
                    self.headers.iter().position(|h| *h == column)?,
                ))
            })
            .collect()
    }

    pub fn to_csv(&self, delimiter: u8) -> String {
        let mut out = String::with_capacity(self.rows.len() * 160);
        crate::csv::write_row(&mut out, &self.headers, delimiter);
        let mut fields: Vec<&str> = Vec::with_capacity(self.headers.len());
        for row in &self.rows {
            fields.clear();
            fields.extend(row.iter().map(String::as_str));
            crate::csv::write_row(&mut out, &fields, delimiter);
        }
        out
    }
}

pub fn generate(config: &Config) -> Dataset {
    let tables = Tables::new(config.profile);
    let mut g = Gen::new(config, &tables);
    let people = household::population(&mut g, config.people, config.household_share);
    let mut records: Vec<(u32, Record)> = Vec::with_capacity(config.people + config.people / 4);
    for person in &people {
        let style = g.style(person);
        let base = render(person, &style, &tables);
        if g.rng.chance(config.duplicate_share) {
            let copies = if g.rng.chance(0.25) { 2 } else { 1 };
            for _ in 0..copies {
                records.push((person.id, perturb::copy(&mut g, person, &style, &base)));
            }
        }
        records.push((person.id, base));
    }
    g.rng.shuffle(&mut records);
    let width = records.len().to_string().len().max(6);
    let mut truth = Vec::with_capacity(records.len());
    let rows = records
        .into_iter()
        .enumerate()
        .map(|(i, (id, r))| {
            truth.push(id);
            let mut row = Vec::with_capacity(11);
            row.push(format!("r{:0width$}", i + 1));
            row.push(r.given);
            if config.profile == Profile::Dutch {
                row.push(r.prefix);
            }
            row.extend([
                r.surname, r.birth, r.email, r.phone, r.postcode, r.house, r.street, r.city,
            ]);
            row
        })
        .collect();
    Dataset {
        profile: config.profile,
        headers: config.profile.headers(),
        rows,
        truth,
    }
}
