//! Who signs up: mostly people on their own, and households whose members
//! look alike without being one person (the traps a duplicate engine must
//! not fall into): partners at one address who may share a phone or
//! mailbox, parents with grown-up children (a father and son who are both
//! "J. de Vries"), twins with one birth date; and strangers who share a
//! very common name or a birthday.

use super::person::{Address, Gen, Person, Surname};
use crate::Date;

type Given = (&'static str, Option<&'static str>, &'static str);

/// Average size of a household unit below; turns the share of people in
/// households into the chance that a unit is one.
const HOUSEHOLD_SIZE: f64 = 2.6;

pub fn population(g: &mut Gen, people: usize, household_share: f64) -> Vec<Person> {
    let share = household_share.clamp(0.0, 1.0);
    let unit_chance = share / (HOUSEHOLD_SIZE - (HOUSEHOLD_SIZE - 1.0) * share);
    let mut out: Vec<Person> = Vec::with_capacity(people);
    while out.len() < people {
        let unit = if g.rng.chance(unit_chance) {
            match g.rng.weighted(&[50, 35, 15]) {
                0 => couple(g, 22, 75),
                1 => family(g),
                _ => twins(g),
            }
        } else {
            let previous = out.last().map(|p| p.birth);
            vec![single(g, previous)]
        };
        for mut person in unit.into_iter().take(people - out.len()) {
            person.id = out.len() as u32;
            out.push(person);
        }
    }
    out
}

fn single(g: &mut Gen, previous_birth: Option<Date>) -> Person {
    let group = g.group();
    let female = g.rng.chance(0.6);
    let mut birth = g.adult_birth();
    // A stranger's birthday: shared dates must not make a match alone.
    if let Some(b) = previous_birth.filter(|_| g.rng.chance(0.01)) {
        birth = b;
    }
    let home = g.address(group);
    if g.rng.chance(0.015) {
        if let Some(&(call, surname, female)) = g.rng.pick(g.t.common_names) {
            let split = g.t.groups.first().is_some_and(|t| t.split_prefix);
            let surname = Surname::parse(surname, split);
            return g.person(0, female, birth, surname, home, Some((call, None, call)));
        }
    }
    let mut surname = g.surname(group, female);
    // Some married women write both names: "Jansen-de Vries".
    if female && g.age(birth) >= 30 && g.rng.chance(0.05) {
        let other = g.surname(group, female);
        if g.rng.chance(0.5) {
            surname.parts.extend(other.parts);
        } else {
            surname.parts.splice(0..0, other.parts);
        }
    }
    g.person(group, female, birth, surname, home, None)
}

fn couple(g: &mut Gen, min_age: i64, max_age: i64) -> Vec<Person> {
    let group = g.group();
    let same_sex = g.rng.chance(0.08);
    let a_female = same_sex && g.rng.chance(0.5);
    let b_female = !same_sex || a_female;
    let a_age = g.rng.between(min_age, max_age);
    let a_birth = g.birth_at_age(a_age);
    let home = g.address(group);
    let a_surname = g.surname(group, a_female);
    let mut a = g.person(group, a_female, a_birth, a_surname, home.clone(), None);

    let b_group = if g.rng.chance(0.1) { g.group() } else { group };
    let gap = g.rng.between(-6, 6);
    let b_birth = g.birth_at_age((a_age + gap).max(18));
    let own = g.surname(b_group, b_female);
    let b_surname = if same_sex {
        own
    } else {
        // Many married women use their husband's name, alone or first.
        match g.rng.weighted(&[45, 12, 43]) {
            0 => husbands_name(g, &a.surname, group),
            1 => Surname {
                parts: [a.surname.parts.clone(), own.parts].concat(),
            },
            _ => own,
        }
    };
    let mut b = g.person(b_group, b_female, b_birth, b_surname, home, None);
    share_contacts(g, &mut a, &mut b);
    vec![a, b]
}

/// Polish women take the feminine form of their husband's name.
fn husbands_name(g: &Gen, husband: &Surname, group: usize) -> Surname {
    if !g.t.groups[group].feminine {
        return husband.clone();
    }
    let mut name = husband.clone();
    for (_, part) in &mut name.parts {
        *part = super::migrant::feminine(part);
    }
    name
}

/// Partners often sign up with one phone or one mailbox.
fn share_contacts(g: &mut Gen, a: &mut Person, b: &mut Person) {
    match g.rng.weighted(&[20, 10, 70]) {
        0 => b.email.clone_from(&a.email),
        1 => {
            let country = g.t.places[a.home.place].country();
            let shared = g.shared_email(a.call, b.call, &a.surname, country);
            a.email = Some(shared.clone());
            b.email = Some(shared);
        }
        _ => {}
    }
    if g.rng.chance(0.2) {
        b.phone.clone_from(&a.phone);
    }
}

/// Parents and one or two grown-up children at home.
fn family(g: &mut Gen) -> Vec<Person> {
    let mut members = couple(g, 45, 75);
    let youngest_parent = members.iter().map(|p| g.age(p.birth)).min().unwrap_or(45);
    let children = 1 + g.rng.below(2);
    for _ in 0..children {
        if youngest_parent - 20 < 18 {
            break;
        }
        let age = g.rng.between(18, (youngest_parent - 20).min(30));
        let birth = g.birth_at_age(age);
        let female = g.rng.chance(0.5);
        let (father, mother) = (&members[0], &members[1]);
        let surname = if g.rng.chance(0.9) {
            father.surname.clone()
        } else {
            mother.surname.clone()
        };
        let surname = Surname {
            parts: surname.parts.into_iter().take(1).collect(),
        };
        let (group, home) = (father.group, father.home.clone());
        let given = if !female && !father.female && g.rng.chance(0.15) {
            // Named after his father: two Johannes de Vries at one address,
            // perhaps one a "Jan" and the other a "Hans".
            let calls = g.t.call_names(father.official);
            let call = g.rng.pick(calls).copied().unwrap_or(father.official);
            Some((father.official, None, call))
        } else if !female && g.rng.chance(0.3) {
            let initial = father.official.chars().next().unwrap_or('J');
            Some(given_with_initial(g, group, female, birth, initial))
        } else {
            None
        };
        let mut child = g.person(group, female, birth, surname, home, given);
        if g.rng.chance(0.05) {
            child.phone.clone_from(&members[1].phone);
        }
        members.push(child);
    }
    members
}

/// Twins: one birth date, one surname, one address, two names (often
/// with the same initial).
fn twins(g: &mut Gen) -> Vec<Person> {
    let mut members = Vec::new();
    let group = g.group();
    let age = g.rng.between(18, 35);
    let birth = g.birth_at_age(age);
    let home = g.address(group);
    let surname = g.surname(group, false);
    if g.rng.chance(0.5) {
        let gap = g.rng.between(20, 40);
        let parent_birth = g.birth_at_age(age + gap);
        let female = g.rng.chance(0.5);
        members.push(g.person(
            group,
            female,
            parent_birth,
            surname.clone(),
            home.clone(),
            None,
        ));
    }
    let a_female = g.rng.chance(0.5);
    let b_female = if g.rng.chance(0.5) {
        a_female
    } else {
        !a_female
    };
    let a = g.person(group, a_female, birth, surname.clone(), home.clone(), None);
    let b_given = if g.rng.chance(0.3) {
        let initial = a.call.chars().next().unwrap_or('A');
        given_with_initial(g, group, b_female, birth, initial)
    } else {
        (0..10)
            .map(|_| g.given(group, b_female, birth))
            .find(|given| given.2 != a.call)
            .unwrap_or(("Sam", None, "Sam"))
    };
    if b_given.2 == a.call {
        return members;
    }
    let b = g.person(group, b_female, birth, surname, home, Some(b_given));
    members.extend([a, b]);
    members
}

fn given_with_initial(
    g: &mut Gen,
    group: usize,
    female: bool,
    birth: Date,
    initial: char,
) -> Given {
    let mut given = g.given(group, female, birth);
    for _ in 0..30 {
        if given.0.starts_with(initial) && given.2.starts_with(initial) {
            break;
        }
        given = g.given(group, female, birth);
    }
    given
}

impl Gen<'_> {
    /// A person with names drawn (unless given) and contact details made.
    pub fn person(
        &mut self,
        group: usize,
        female: bool,
        birth: Date,
        surname: Surname,
        home: Address,
        given: Option<Given>,
    ) -> Person {
        let (official, second, call) = match given {
            Some(given) => given,
            None => self.given(group, female, birth),
        };
        let country = self.t.places[home.place].country();
        let email = (!self.rng.chance(0.02)).then(|| {
            let email = self.email(call, &surname, birth, country);
            // A few type their address with capitals: "Jan.deVries@Gmail.com".
            if self.rng.chance(0.03) {
                email
                    .split('@')
                    .map(super::spelling::capitalise)
                    .collect::<Vec<_>>()
                    .join("@")
            } else {
                email
            }
        });
        let phone = (!self.rng.chance(0.03)).then(|| {
            let phone_country = self.phone_country(group, country);
            self.phone(phone_country)
        });
        Person {
            id: 0,
            female,
            group,
            official,
            second,
            call,
            surname,
            birth,
            email,
            phone,
            home,
        }
    }
}
