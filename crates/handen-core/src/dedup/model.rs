//! How strongly two records agree, in the Fellegi-Sunter way: each field
//! comparison lands on a graded level, each level carries a weight
//! log2(m/u) — m the chance of that level when both records are the same
//! person, u when they are two different people — and the weights add up.
//!
//! The m and u values are principled defaults, not fitted to any data set:
//! m from how often people mistype or change a field between two sign-ups
//! (contact details change often, birth dates almost never), u from how
//! many values a field has in a population (a birth date is shared by about
//! one in 20,000 adults, a surname by about one in 200). They are written
//! below, next to the weight they give, so a reader can argue with them.
//!
//! Two levels are not evidence but contradictions, and veto a match
//! outright: first names that are plainly different, and birth dates that
//! differ by more than a typo. A household shares surname, address and
//! often phone and e-mail; what tells its members apart is exactly these
//! two fields, and a sum of independent weights would let the shared rest
//! outvote them.

use super::person::Person;
use super::similarity::{jaro_winkler, osa_distance};
use serde::{Deserialize, Serialize};

/// The fixed decision threshold, in bits: two records whose weights sum to
/// at least this are the same person. Fixed before measuring, and not
/// tuned per data set: 12 bits is odds of about 4,000 to 1 on the evidence
/// alone, enough that a one-in-a-million prior chance still ends up likely
/// given a handful of agreeing fields, and low enough that a name and birth
/// date alone (≈ 23 bits) or an e-mail address and a name (≈ 16) suffice.
pub const THRESHOLD: f32 = 12.0;

/// One field's comparison result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// One side or both have no value: no evidence either way.
    Missing,
    Exact,
    /// The same after nickname, initial or double-name rules.
    Compatible,
    /// A typo away (Jaro-Winkler or one edit).
    Close,
    /// Day and month swapped.
    Transposed,
    /// Same postcode, another house number; same local part, another
    /// e-mail domain.
    Partial,
    Different,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchField {
    GivenName,
    Surname,
    BirthDate,
    Email,
    Phone,
    Address,
}

/// (level, m, u) → weight log2(m/u), per field. Levels not listed for a
/// field do not occur for it.
const GIVEN: &[(Level, f32, f32)] = &[
    (Level::Exact, 0.80, 0.030),      // +4.7: one first name in ~30
    (Level::Compatible, 0.15, 0.020), // +2.9: nickname or initials
    (Level::Close, 0.04, 0.006),      // +2.7: a typo
];
const SURNAME: &[(Level, f32, f32)] = &[
    (Level::Exact, 0.88, 0.005),      // +7.5: one surname in ~200
    (Level::Compatible, 0.05, 0.001), // +5.6: one part of a double name
    (Level::Close, 0.06, 0.002),      // +4.9: a typo
    (Level::Different, 0.01, 0.99),   // -6.6: rarely changes
];
const BIRTH: &[(Level, f32, f32)] = &[
    (Level::Exact, 0.95, 0.00005),      // +14.2: one day in ~20,000
    (Level::Transposed, 0.02, 0.00005), // +8.6
    (Level::Close, 0.02, 0.002),        // +3.3: one digit off (~40 dates are)
];
const EMAIL: &[(Level, f32, f32)] = &[
    (Level::Exact, 0.60, 0.0001),     // +12.6 (households: see the vetoes)
    (Level::Partial, 0.08, 0.0005),   // +7.3: same name at another provider
    (Level::Close, 0.02, 0.0002),     // +6.6: a typo
    (Level::Different, 0.30, 0.9998), // -1.7: people change addresses
];
const PHONE: &[(Level, f32, f32)] = &[
    (Level::Exact, 0.65, 0.0002),     // +11.7
    (Level::Close, 0.02, 0.0002),     // +6.6: one digit off
    (Level::Different, 0.33, 0.9996), // -1.6: new phones are common
];
const ADDRESS: &[(Level, f32, f32)] = &[
    (Level::Exact, 0.75, 0.0005),     // +10.6: households, see the vetoes
    (Level::Partial, 0.05, 0.005),    // +3.3: same postcode or street
    (Level::Different, 0.20, 0.9945), // -2.3: people move
];

fn weight(table: &[(Level, f32, f32)], level: Level) -> f32 {
    table
        .iter()
        .find(|(l, _, _)| *l == level)
        .map(|(_, m, u)| (m / u).log2())
        .unwrap_or(0.0)
}

/// One field's part in a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub field: MatchField,
    pub level: Level,
    pub weight: f32,
}

/// Why two records are, or are not, the same person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub weight: f32,
    /// The field whose contradiction rules a match out, if any.
    pub veto: Option<MatchField>,
    pub evidence: Vec<Evidence>,
}

impl Comparison {
    pub fn is_match(&self) -> bool {
        self.veto.is_none() && self.weight >= THRESHOLD
    }
}

/// The weight alone, without allocating: what the bulk run needs for the
/// millions of pairs that are not a match. `None` when vetoed.
pub fn score(a: &Person, b: &Person) -> Option<f32> {
    // The two fields that can veto first, cheapest first: most pairs a
    // block brings together are two people born on other days.
    let birth = birth(a, b);
    if vetoes(MatchField::BirthDate, birth) {
        return None;
    }
    let given = given(a, b);
    if vetoes(MatchField::GivenName, given) {
        return None;
    }
    Some(
        field_weight(MatchField::BirthDate, birth)
            + field_weight(MatchField::GivenName, given)
            + field_weight(MatchField::Surname, surname(a, b))
            + field_weight(MatchField::Email, email(a, b))
            + field_weight(MatchField::Phone, phone(a, b))
            + field_weight(MatchField::Address, address(a, b)),
    )
}

pub fn compare(a: &Person, b: &Person) -> Comparison {
    let mut veto = None;
    let evidence: Vec<Evidence> = levels(a, b)
        .into_iter()
        .map(|(field, level)| {
            if vetoes(field, level) && veto.is_none() {
                veto = Some(field);
            }
            Evidence {
                field,
                level,
                weight: field_weight(field, level),
            }
        })
        .collect();
    Comparison {
        weight: evidence.iter().map(|e| e.weight).sum(),
        veto,
        evidence,
    }
}

/// The candidate `probe` matches most strongly, if it matches any: the
/// earlier registration a new sign-up is linked to for review.
pub fn best_match<'a, T>(
    probe: &Person,
    candidates: impl IntoIterator<Item = (T, &'a Person)>,
) -> Option<(T, Comparison)> {
    candidates
        .into_iter()
        .map(|(candidate, person)| (candidate, compare(probe, person)))
        .filter(|(_, comparison)| comparison.is_match())
        .max_by(|a, b| a.1.weight.total_cmp(&b.1.weight))
}

fn vetoes(field: MatchField, level: Level) -> bool {
    level == Level::Different && matches!(field, MatchField::GivenName | MatchField::BirthDate)
}

fn field_weight(field: MatchField, level: Level) -> f32 {
    let table = match field {
        MatchField::GivenName => GIVEN,
        MatchField::Surname => SURNAME,
        MatchField::BirthDate => BIRTH,
        MatchField::Email => EMAIL,
        MatchField::Phone => PHONE,
        MatchField::Address => ADDRESS,
    };
    weight(table, level)
}

fn levels(a: &Person, b: &Person) -> [(MatchField, Level); 6] {
    [
        (MatchField::GivenName, given(a, b)),
        (MatchField::Surname, surname(a, b)),
        (MatchField::BirthDate, birth(a, b)),
        (MatchField::Email, email(a, b)),
        (MatchField::Phone, phone(a, b)),
        (MatchField::Address, address(a, b)),
    ]
}

fn given(a: &Person, b: &Person) -> Level {
    if a.initials.is_empty() || b.initials.is_empty() {
        return Level::Missing;
    }
    if a.initials_only || b.initials_only {
        // "J.P." against "Jan Pieter" or "J.": the initials must agree as
        // far as both go.
        let n = a.initials.len().min(b.initials.len());
        return if a.initials.as_bytes()[..n] == b.initials.as_bytes()[..n] {
            Level::Compatible
        } else {
            Level::Different
        };
    }
    let (first_a, first_b) = (&a.given[0], &b.given[0]);
    if first_a == first_b {
        return Level::Exact;
    }
    // A call name for the same official name ("Kees", "Cornelis"), or a
    // call name that is someone's second given name ("Petrus Johannes" who
    // goes by "Johannes").
    if a.official[0] == b.official[0] || a.official.iter().any(|g| b.official.contains(g)) {
        return Level::Compatible;
    }
    if jaro_winkler(first_a, first_b) >= 0.88 || osa_distance(first_a, first_b, 1) <= 1 {
        return Level::Close;
    }
    // A short form not in the nickname table: "Pat" for "Patrick", "Becca"
    // for "Rebecca". Generic, so it holds for names from anywhere.
    let (short, long) = if first_a.len() <= first_b.len() {
        (first_a, first_b)
    } else {
        (first_b, first_a)
    };
    if (short.len() >= 3 && long.starts_with(short.as_str()))
        || (short.len() >= 4 && long.contains(short.as_str()))
    {
        return Level::Compatible;
    }
    Level::Different
}

fn surname(a: &Person, b: &Person) -> Level {
    if a.surname.is_empty() || b.surname.is_empty() {
        return Level::Missing;
    }
    if a.surname == b.surname {
        return Level::Exact;
    }
    let (pa, pb) = (a.surname.split(' '), b.surname.split(' '));
    let shared = pa
        .clone()
        .any(|x| pb.clone().any(|y| x == y && x.len() > 2));
    if shared {
        return Level::Compatible;
    }
    let (ja, jb) = (&a.surname_joined, &b.surname_joined);
    if jaro_winkler(ja, jb) >= 0.92 || osa_distance(ja, jb, 1) <= 1 {
        return Level::Close;
    }
    Level::Different
}

fn birth(a: &Person, b: &Person) -> Level {
    let (Some(x), Some(y)) = (a.birth, b.birth) else {
        return Level::Missing;
    };
    if x == y {
        return Level::Exact;
    }
    if x.year() == y.year() && x.month() == y.day() && x.day() == y.month() {
        return Level::Transposed;
    }
    if date_typo(x, y) {
        return Level::Close;
    }
    Level::Different
}

/// One digit mistyped, or two neighbouring digits swapped, in YYYYMMDD.
fn date_typo(x: crate::Date, y: crate::Date) -> bool {
    let digits = |d: crate::Date| {
        let n = d.year().unsigned_abs() * 10_000 + u32::from(d.month()) * 100 + u32::from(d.day());
        let mut out = [0u8; 8];
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = (n / 10u32.pow(7 - i as u32) % 10) as u8;
        }
        out
    };
    let (a, b) = (digits(x), digits(y));
    let mut differing = (0..8).filter(|&i| a[i] != b[i]);
    match (differing.next(), differing.next(), differing.next()) {
        (Some(_), None, None) => true,
        (Some(i), Some(j), None) => j == i + 1 && a[i] == b[j] && a[j] == b[i],
        _ => false,
    }
}

fn email(a: &Person, b: &Person) -> Level {
    let (Some(x), Some(y)) = (&a.email, &b.email) else {
        return Level::Missing;
    };
    if x == y {
        return Level::Exact;
    }
    match (&a.email_name, &b.email_name) {
        (Some(nx), Some(ny)) if nx == ny => Level::Partial,
        _ if osa_distance(x, y, 1) <= 1 => Level::Close,
        _ => Level::Different,
    }
}

fn phone(a: &Person, b: &Person) -> Level {
    let (Some(x), Some(y)) = (&a.phone, &b.phone) else {
        return Level::Missing;
    };
    if x == y {
        Level::Exact
    } else if osa_distance(x, y, 1) <= 1 {
        Level::Close
    } else {
        Level::Different
    }
}

fn address(a: &Person, b: &Person) -> Level {
    let same_house = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => {
            // "12" and "12-a": one side left the addition off.
            fn number(h: &str) -> &str {
                h.split('-').next().unwrap_or(h)
            }
            x == y || (number(x) == number(y) && (!x.contains('-') || !y.contains('-')))
        }
        _ => false,
    };
    match (&a.postcode, &b.postcode) {
        (Some(x), Some(y)) if x == y => {
            if same_house(&a.house, &b.house) {
                Level::Exact
            } else {
                Level::Partial
            }
        }
        (Some(_), Some(_)) => Level::Different,
        _ => match (&a.street, &b.street) {
            (Some(x), Some(y)) if x == y && a.city == b.city => {
                if same_house(&a.house, &b.house) {
                    Level::Exact
                } else {
                    Level::Partial
                }
            }
            (Some(_), Some(_)) => Level::Different,
            _ => Level::Missing,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedup::person::{InputField::*, RawRecord, Reader};

    fn p(fields: &[(crate::dedup::InputField, &str)]) -> Person {
        let mut raw = RawRecord::new();
        for (f, v) in fields {
            raw.set(*f, v);
        }
        Reader::default().person(&raw)
    }

    #[test]
    fn weights_have_the_documented_signs() {
        assert!(weight(BIRTH, Level::Exact) > 14.0);
        assert!(weight(EMAIL, Level::Different) < 0.0);
        assert_eq!(weight(GIVEN, Level::Missing), 0.0);
    }

    #[test]
    fn a_re_registration_with_new_contact_details_matches() {
        let a = p(&[
            (GivenName, "Johannes"),
            (Surname, "van der Berg"),
            (BirthDate, "07-03-1985"),
            (Email, "jan@ziggo.nl"),
            (Phone, "0612345678"),
            (Postcode, "1234AB"),
            (HouseNumber, "12"),
        ]);
        let b = p(&[
            (GivenName, "Jan"),
            (Surname, "Berg, van der"),
            (BirthDate, "03-07-1985"),
            (Email, "jvdberg@gmail.com"),
            (Phone, "0687654321"),
            (Postcode, "5678CD"),
            (HouseNumber, "3"),
        ]);
        let c = compare(&a, &b);
        assert!(c.is_match(), "{c:?}");
        assert_eq!(c.evidence[2].level, Level::Transposed);
        assert_eq!(score(&a, &b), Some(c.weight));
    }

    #[test]
    fn the_strongest_match_is_the_best() {
        let me = p(&[
            (GivenName, "Jan"),
            (Surname, "de Vries"),
            (BirthDate, "1960-01-01"),
            (Email, "jan@example.nl"),
            (Phone, "0612345678"),
            (Postcode, "1234AB"),
            (HouseNumber, "12"),
        ]);
        let mut moved = me.clone();
        moved.postcode = Some("9999ZZ".into());
        let stranger = p(&[
            (GivenName, "Els"),
            (Surname, "Bos"),
            (BirthDate, "1999-09-09"),
        ]);
        let candidates = [("stranger", &stranger), ("moved", &moved), ("same", &me)];
        let (best, comparison) = best_match(&me, candidates).expect("a match");
        assert_eq!(best, "same");
        assert!(comparison.weight > compare(&me, &moved).weight);
        assert!(best_match(&me, [("stranger", &stranger)]).is_none());
    }

    #[test]
    fn a_household_does_not_match() {
        let father = p(&[
            (GivenName, "Jan"),
            (Surname, "de Vries"),
            (BirthDate, "1960-01-01"),
            (Email, "fam.devries@ziggo.nl"),
            (Phone, "0612345678"),
            (Postcode, "1234AB"),
            (HouseNumber, "12"),
        ]);
        let mut son = father.clone();
        son.birth = crate::Date::new(1992, 5, 17);
        let c = compare(&father, &son);
        assert!(!c.is_match());
        assert_eq!(c.veto, Some(MatchField::BirthDate));
        let mut twin = father.clone();
        twin.given = vec!["pieter".into()];
        twin.official = vec!["petrus".into()];
        twin.initials = "p".into();
        assert_eq!(compare(&father, &twin).veto, Some(MatchField::GivenName));
        assert_eq!(score(&father, &twin), None);
    }
}
