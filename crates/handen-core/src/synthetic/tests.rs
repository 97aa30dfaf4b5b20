use super::*;
use crate::email::Email;
use crate::phone::PhoneNumber;
use crate::postcode::Postcode;
use std::collections::{HashMap, HashSet};

fn dutch(people: usize, seed: u64) -> Dataset {
    generate(&Config::new(people, seed, Profile::Dutch))
}

fn column(data: &Dataset, field: &str) -> usize {
    let name = data
        .roles()
        .into_iter()
        .find(|(f, _)| *f == field)
        .map(|(_, c)| c)
        .unwrap_or("?");
    data.headers.iter().position(|h| *h == name).unwrap()
}

fn duplicate_share(data: &Dataset) -> f64 {
    let people: HashSet<u32> = data.truth.iter().copied().collect();
    (data.rows.len() - people.len()) as f64 / data.rows.len() as f64
}

#[test]
fn a_seed_gives_one_data_set() {
    assert_eq!(dutch(2000, 42), dutch(2000, 42));
    assert_ne!(dutch(2000, 42).rows, dutch(2000, 43).rows);
    let config = Config::new(2000, 42, Profile::International);
    assert_eq!(generate(&config), generate(&config));
}

#[test]
fn shape_ids_and_truth() {
    for profile in [Profile::Dutch, Profile::International] {
        let data = generate(&Config::new(3000, 7, profile));
        assert_eq!(data.headers, profile.headers());
        assert_eq!(data.truth.len(), data.rows.len());
        assert!(data.rows.iter().all(|r| r.len() == data.headers.len()));
        let ids: HashSet<&str> = data.rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(ids.len(), data.rows.len());
        assert!(data.rows.iter().any(|r| r[0] == "r000001"));
        let people: HashSet<u32> = data.truth.iter().copied().collect();
        assert_eq!(people.len(), 3000);
        // Shuffled: a person's rows are not next to each other.
        let adjacent = data.truth.windows(2).filter(|w| w[0] == w[1]).count();
        assert!(adjacent < 20, "{adjacent}");
    }
    assert_eq!(Profile::Dutch.headers().join(","), "id,given_name,name_prefix,surname,birth_date,email,phone,postcode,house_number,street,city");
    assert_eq!(
        Profile::International.headers().join(","),
        "record,first_name,last_name,dob,mail,mobile,zip,house_no,street,town"
    );
    assert_eq!(Profile::Dutch.date_format(), "%d-%m-%Y");
    assert_eq!(Profile::International.date_format(), "%m/%d/%Y");
}

#[test]
fn about_one_row_in_six_is_a_duplicate() {
    for profile in [Profile::Dutch, Profile::International] {
        let data = generate(&Config::new(20_000, 1, profile));
        let share = duplicate_share(&data);
        assert!((0.14..=0.20).contains(&share), "{profile:?}: {share}");
        let copies = data.rows.len() - 20_000;
        assert!(true_pairs(&data.truth) > copies, "third sign-ups add pairs");
    }
}

#[test]
fn households_share_an_address_without_being_one_person() {
    for profile in [Profile::Dutch, Profile::International] {
        let data = generate(&Config::new(10_000, 5, profile));
        let (pc, house, surname) = (
            column(&data, "postcode"),
            column(&data, "house_number"),
            column(&data, "surname"),
        );
        let mut at: HashMap<(String, String), HashSet<u32>> = HashMap::new();
        for (row, &person) in data.rows.iter().zip(&data.truth) {
            let postcode: String = row[pc]
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_uppercase();
            let postcode = postcode
                .trim_start_matches('D')
                .trim_start_matches('0')
                .to_owned();
            let number: String = row[house]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            at.entry((postcode, number)).or_default().insert(person);
        }
        let sharing: HashSet<u32> = at
            .values()
            .filter(|p| p.len() > 1)
            .flatten()
            .copied()
            .collect();
        let share = sharing.len() as f64 / 10_000.0;
        assert!(share >= 0.10, "{profile:?}: {share}");
        // And some of them share a surname too: partners, children, twins.
        let surnames: HashMap<u32, &str> = data
            .truth
            .iter()
            .copied()
            .zip(data.rows.iter().map(|r| r[surname].as_str()))
            .collect();
        let same_name = at
            .values()
            .filter(|people| {
                let names: HashSet<&str> = people
                    .iter()
                    .filter_map(|p| surnames.get(p).copied())
                    .collect();
                people.len() > 1 && names.len() < people.len()
            })
            .count();
        assert!(same_name > 200, "{profile:?}: {same_name}");
    }
}

#[test]
fn strangers_share_common_names() {
    let data = dutch(20_000, 9);
    let (given, prefix, surname) = (
        column(&data, "given_name"),
        column(&data, "name_prefix"),
        column(&data, "surname"),
    );
    let mut jan_de_jong = HashSet::new();
    for (row, &person) in data.rows.iter().zip(&data.truth) {
        if row[given] == "Jan" && row[prefix] == "de" && row[surname] == "Jong" {
            jan_de_jong.insert(person);
        }
    }
    assert!(jan_de_jong.len() >= 3, "{}", jan_de_jong.len());
}

#[test]
fn dutch_values_are_mostly_valid() {
    let data = dutch(5000, 3);
    let valid = |field: &str, ok: &dyn Fn(&str) -> bool| {
        let c = column(&data, field);
        let filled: Vec<&str> = data
            .rows
            .iter()
            .map(|r| r[c].as_str())
            .filter(|v| !v.is_empty())
            .collect();
        filled.iter().filter(|v| ok(v)).count() as f64 / filled.len() as f64
    };
    assert!(valid("postcode", &|v| Postcode::parse(v).is_ok()) > 0.99);
    assert!(valid("phone", &|v| PhoneNumber::parse(v).is_ok()) > 0.97);
    assert!(valid("email", &|v| Email::parse(v).is_ok()) > 0.99);
    assert!(valid("birth_date", &|v| v.len() == 10 && v.as_bytes()[2] == b'-') > 0.9);
    let prefixes = data
        .rows
        .iter()
        .filter(|r| !r[column(&data, "name_prefix")].is_empty())
        .count();
    assert!(prefixes > data.rows.len() / 10, "{prefixes}");
    let accented = data
        .rows
        .iter()
        .filter(|r| !r[column(&data, "surname")].is_ascii())
        .count();
    assert!(accented > 20, "{accented}");
}

#[test]
fn international_dates_are_month_first() {
    let data = generate(&Config::new(5000, 3, Profile::International));
    let dob = column(&data, "birth_date");
    let month_first = data
        .rows
        .iter()
        .filter(|r| {
            let parts: Vec<&str> = r[dob].split('/').collect();
            parts.len() == 3
                && parts[0].len() == 2
                && parts[0].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        })
        .count();
    assert!(month_first as f64 > 0.9 * data.rows.len() as f64);
    assert!(data
        .rows
        .iter()
        .any(|r| r[column(&data, "phone")].starts_with("+44")));
    assert!(data
        .rows
        .iter()
        .any(|r| r[column(&data, "phone")].starts_with("0")));
}

#[test]
fn copies_differ_from_the_first_sign_up() {
    let data = dutch(5000, 12);
    let mut rows_of: HashMap<u32, Vec<&Vec<String>>> = HashMap::new();
    for (row, &person) in data.rows.iter().zip(&data.truth) {
        rows_of.entry(person).or_default().push(row);
    }
    // Two copies may match each other (both used initials, say), but
    // never all of a person's rows.
    for rows in rows_of.values().filter(|r| r.len() > 1) {
        let distinct: HashSet<&[String]> = rows.iter().map(|r| &r[1..]).collect();
        assert!(distinct.len() > 1, "{rows:?}");
    }
}

#[test]
fn the_csv_reads_back() {
    for (profile, delimiter) in [(Profile::Dutch, b';'), (Profile::International, b',')] {
        let data = generate(&Config::new(2000, 8, profile));
        let table = crate::csv::parse(data.to_csv(delimiter).as_bytes(), None).unwrap();
        assert_eq!(table.headers, data.headers);
        assert_eq!(table.rows, data.rows);
    }
}
