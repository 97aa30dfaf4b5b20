//! A second sign-up of one person: the first one with one to three things
//! changed, the way people change them when they fill in a form again
//! (months later, on another device, from memory). At most one change per
//! area, so a copy always keeps enough to be recognisable: hard, but fair.

use super::migrant::SPELLINGS;
use super::person::{Gen, Person, Surname};
use super::phone::STYLES;
use super::render::{
    given_name, render, GivenForm, Record, Style, SurnameForm, HOUSE_STYLES, POSTCODE_STYLES,
};
use super::spelling::{fold, ij_y, typo};
use super::Profile;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    GivenTypo,
    GivenForm,
    Spelling,
    SurnameTypo,
    SurnameOrder,
    DoublePart,
    Case,
    Diacritics,
    IjY,
    DaySwap,
    DateTypo,
    DateFormat,
    EmailProvider,
    GmailDots,
    EmailMissing,
    EmailNew,
    EmailTypo,
    PhoneNew,
    PhoneFormat,
    PhoneMissing,
    Moved,
    PostcodeFormat,
    StreetFormat,
    HouseFormat,
    CityFormat,
}

use Kind::*;

/// (kind, area, weight). Only one kind per area goes into a copy.
const KINDS: &[(Kind, u8, u32)] = &[
    (GivenTypo, 0, 8),
    (GivenForm, 0, 10),
    (Spelling, 0, 4),
    (SurnameTypo, 1, 8),
    (SurnameOrder, 1, 6),
    (DoublePart, 1, 5),
    (Case, 2, 6),
    (Diacritics, 3, 5),
    (IjY, 3, 3),
    (DaySwap, 4, 5),
    (DateTypo, 4, 5),
    (DateFormat, 4, 6),
    (EmailProvider, 5, 5),
    (GmailDots, 5, 4),
    (EmailMissing, 5, 4),
    (EmailNew, 5, 4),
    (EmailTypo, 5, 2),
    (PhoneNew, 6, 5),
    (PhoneFormat, 6, 7),
    (PhoneMissing, 6, 4),
    (Moved, 7, 6),
    (PostcodeFormat, 7, 6),
    (StreetFormat, 7, 3),
    (HouseFormat, 7, 3),
    (CityFormat, 7, 2),
];

/// Mistyped mail domains seen in real sign-up lists.
const DOMAIN_TYPOS: &[(&str, &str)] = &[
    ("gmail.com", "gmial.com"),
    ("gmail.com", "gmail.con"),
    ("gmail.com", "gmai.com"),
    ("hotmail.com", "hotmial.com"),
    ("hotmail.com", "hotmail.con"),
    ("outlook.com", "outlok.com"),
    ("ziggo.nl", "zigo.nl"),
    ("icloud.com", "icloud.nl"),
];

const GMAIL_TAGS: &[&str] = &["+handen", "+zorg", "+vrijwilliger", "+crisis", "+help"];

pub fn copy(g: &mut Gen, p: &Person, base_style: &Style, base: &Record) -> Record {
    let wanted = 1 + g.rng.weighted(&[45, 35, 20]);
    let mut chosen: Vec<(Kind, u8)> = Vec::with_capacity(3);
    for _ in 0..wanted {
        let options: Vec<(Kind, u8, u32)> = KINDS
            .iter()
            .copied()
            .filter(|(kind, area, _)| {
                chosen.iter().all(|(_, a)| a != area) && applies(*kind, g, p, base_style, base)
            })
            .collect();
        let weights: Vec<u32> = options.iter().map(|o| o.2).collect();
        if let Some(&(kind, area, _)) = options.get(g.rng.weighted(&weights)) {
            chosen.push((kind, area));
        }
    }
    let mut person = p.clone();
    let mut style = base_style.clone();
    for &(kind, _) in &chosen {
        before(kind, g, &mut person, &mut style);
    }
    let mut record = render(&person, &style, g.t);
    for &(kind, _) in &chosen {
        after(kind, g, &person, &mut record);
    }
    if record == *base {
        record.surname = typo(&record.surname, &mut g.rng);
    }
    record
}

fn applies(kind: Kind, g: &Gen, p: &Person, s: &Style, r: &Record) -> bool {
    let is_initials = matches!(s.given, GivenForm::Initials { .. });
    match kind {
        GivenTypo => !is_initials && r.given.chars().count() >= 3,
        SurnameTypo => r.surname.chars().count() >= 3,
        Spelling => variant_of(p.call).is_some() || variant_of(&p.surname.full()).is_some(),
        SurnameOrder => g.t.profile == Profile::Dutch && !p.surname.first_prefix().is_empty(),
        DoublePart => p.surname.parts.len() == 2,
        Diacritics => [&r.given, &r.surname, &r.street, &r.city]
            .iter()
            .any(|t| !t.is_ascii()),
        IjY => ij_y(&r.surname).is_some() || ij_y(&r.given).is_some(),
        DaySwap => {
            p.birth.day() != p.birth.month()
                && !g
                    .t
                    .date_formats
                    .get(s.date_format)
                    .is_some_and(|f| f.contains("%B"))
        }
        GmailDots => p
            .email
            .as_deref()
            .is_some_and(|e| e.to_lowercase().ends_with("@gmail.com")),
        EmailProvider | EmailMissing | EmailTypo => p.email.is_some(),
        PhoneFormat | PhoneMissing => p.phone.is_some(),
        HouseFormat => !p.home.addition.is_empty(),
        _ => true,
    }
}

/// Changes to what the person is or how they write it.
fn before(kind: Kind, g: &mut Gen, p: &mut Person, s: &mut Style) {
    let country = g.t.places[p.home.place].country();
    match kind {
        GivenForm => {
            let now = given_name(p, s.given);
            for _ in 0..12 {
                let form = match g.rng.weighted(&[35, 35, 10, 20]) {
                    0 => GivenForm::Call,
                    1 => GivenForm::Official,
                    2 => GivenForm::Full,
                    _ => g.initials(p),
                };
                if given_name(p, form) != now {
                    s.given = form;
                    break;
                }
            }
        }
        SurnameOrder => {
            let forms = [
                SurnameForm::Joined,
                SurnameForm::Inverted,
                SurnameForm::Capitalised,
                SurnameForm::Split,
            ];
            let others: Vec<SurnameForm> = forms.into_iter().filter(|f| *f != s.surname).collect();
            if let Some(&form) = g.rng.pick(&others) {
                s.surname = form;
            }
        }
        DoublePart => {
            let keep = g.rng.below(p.surname.parts.len());
            p.surname.parts = p.surname.parts.drain(..).skip(keep).take(1).collect();
        }
        Spelling => {
            if let Some(call) = variant_of(p.call).map(|row| other(g, row, p.call)) {
                p.call = call;
                p.official = call;
                s.given = GivenForm::Call;
            } else if let Some(row) = variant_of(&p.surname.full()) {
                let name = other(g, row, &p.surname.full());
                p.surname = Surname::parse(name, false);
            }
        }
        DaySwap => s.swap_day_month = true,
        DateFormat => s.date_format = 1 + g.rng.below(g.t.date_formats.len().saturating_sub(1)),
        EmailProvider => {
            let local = p
                .email
                .as_deref()
                .and_then(|e| e.split('@').next())
                .unwrap_or("x")
                .to_owned();
            let mut moved = None;
            for _ in 0..6 {
                let email = format!("{local}@{}", g.domain(country));
                if g.claim_email(&email) {
                    moved = Some(email);
                    break;
                }
            }
            p.email = Some(moved.unwrap_or_else(|| g.email(p.call, &p.surname, p.birth, country)));
        }
        GmailDots => p.email = p.email.as_deref().map(|e| gmail_variant(g, e)),
        EmailMissing => p.email = None,
        EmailNew => p.email = Some(g.email(p.call, &p.surname, p.birth, country)),
        // A typo that happens to be someone else's address would make a
        // stranger look like a match: try again.
        EmailTypo => {
            if let Some(email) = p.email.clone() {
                for _ in 0..5 {
                    let typo = email_typo(g, &email);
                    if g.claim_email(&typo) {
                        p.email = Some(typo);
                        break;
                    }
                }
            }
        }
        PhoneNew => {
            let phone_country = p.phone.as_ref().map_or(country, |ph| ph.country);
            p.phone = Some(g.phone(phone_country));
        }
        PhoneFormat => {
            if let Some(phone) = &p.phone {
                let now = phone.render(s.phone);
                if let Some(style) = (0..STYLES)
                    .map(|_| g.rng.below(STYLES))
                    .find(|&st| phone.render(st) != now)
                {
                    s.phone = style;
                }
            }
        }
        PhoneMissing => p.phone = None,
        // Re-registration months later, after a move; often in the same town.
        Moved => {
            let old = p.home.clone();
            for _ in 0..10 {
                p.home = if g.rng.chance(0.6) {
                    g.address_in(old.place)
                } else {
                    g.address(p.group)
                };
                if p.home.postcode != old.postcode {
                    break;
                }
            }
        }
        PostcodeFormat => {
            s.postcode = (s.postcode + 1 + g.rng.below(POSTCODE_STYLES - 1)) % POSTCODE_STYLES
        }
        HouseFormat => s.house = (s.house + 1 + g.rng.below(HOUSE_STYLES - 1)) % HOUSE_STYLES,
        _ => {}
    }
}

/// Changes to the written text.
fn after(kind: Kind, g: &mut Gen, p: &Person, r: &mut Record) {
    match kind {
        GivenTypo => r.given = typo(&r.given, &mut g.rng),
        SurnameTypo => r.surname = typo(&r.surname, &mut g.rng),
        Case => match g.rng.below(3) {
            0 => r.surname = r.surname.to_uppercase(),
            1 => {
                for field in [&mut r.given, &mut r.prefix, &mut r.surname] {
                    *field = field.to_lowercase();
                }
            }
            _ => {
                for field in [&mut r.given, &mut r.prefix, &mut r.surname] {
                    *field = field.to_uppercase();
                }
            }
        },
        Diacritics => {
            let german = g.t.profile == Profile::International && g.rng.chance(0.5);
            for field in [&mut r.given, &mut r.surname, &mut r.street, &mut r.city] {
                *field = fold(field, german);
            }
        }
        IjY => match ij_y(&r.surname) {
            Some(surname) => r.surname = surname,
            None => r.given = ij_y(&r.given).unwrap_or_else(|| r.given.clone()),
        },
        DateTypo => r.birth = date_typo(&r.birth, p.birth.year(), g),
        StreetFormat => {
            let short: Vec<&(&str, &str)> =
                g.t.street_short
                    .iter()
                    .filter(|(long, _)| r.street.contains(long))
                    .collect();
            r.street = match g.rng.pick(&short) {
                Some((long, abbreviated)) if g.rng.chance(0.8) => {
                    r.street.replacen(long, abbreviated, 1)
                }
                _ if g.rng.chance(0.5) => r.street.to_lowercase(),
                _ => String::new(),
            };
        }
        CityFormat => {
            let alias = g.t.places[p.home.place].alias;
            r.city = if !alias.is_empty() && g.rng.chance(0.7) {
                alias.to_owned()
            } else if g.rng.chance(0.5) {
                r.city.to_uppercase()
            } else {
                r.city.to_lowercase()
            };
        }
        _ => {}
    }
}

fn variant_of(name: &str) -> Option<&'static [&'static str]> {
    SPELLINGS.iter().copied().find(|row| row.contains(&name))
}

fn other(g: &mut Gen, row: &'static [&'static str], now: &str) -> &'static str {
    let others: Vec<&'static str> = row.iter().copied().filter(|n| *n != now).collect();
    g.rng
        .pick(&others)
        .copied()
        .unwrap_or_else(|| row.first().copied().unwrap_or_default())
}

/// Gmail ignores dots and anything after a `+`: one mailbox, new text.
fn gmail_variant(g: &mut Gen, email: &str) -> String {
    let Some((local, domain)) = email.split_once('@') else {
        return email.to_owned();
    };
    let mut local = if local.contains('.') && g.rng.chance(0.5) {
        local.replace('.', "")
    } else {
        local.to_owned()
    };
    if !local.contains('+') && (g.rng.chance(0.5) || local.len() < 3) {
        local.push_str(g.rng.word(GMAIL_TAGS));
    } else if local.len() >= 3 {
        let at = 1 + g.rng.below(local.len() - 2);
        if local.is_char_boundary(at)
            && !local[..at].ends_with('.')
            && !local[at..].starts_with('.')
        {
            local.insert(at, '.');
        } else {
            local.push_str(g.rng.word(GMAIL_TAGS));
        }
    }
    format!("{local}@{domain}")
}

fn email_typo(g: &mut Gen, email: &str) -> String {
    let Some((local, domain)) = email.split_once('@') else {
        return email.to_owned();
    };
    let typos: Vec<&str> = DOMAIN_TYPOS
        .iter()
        .filter(|(real, _)| real.eq_ignore_ascii_case(domain))
        .map(|(_, typo)| *typo)
        .collect();
    match g.rng.pick(&typos) {
        Some(typo_domain) if g.rng.chance(0.5) => format!("{local}@{typo_domain}"),
        _ => format!("{}@{domain}", typo(local, &mut g.rng)),
    }
}

/// One digit wrong, or the last two of the year swapped; the century is
/// never mistyped.
fn date_typo(text: &str, year: i32, g: &mut Gen) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let year_at = text.rfind(&format!("{year:04}"));
    if let Some(at) = year_at.filter(|_| g.rng.chance(0.25)) {
        if bytes[at + 2] != bytes[at + 3] {
            bytes.swap(at + 2, at + 3);
            return String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned());
        }
    }
    let digits: Vec<usize> = (0..bytes.len())
        .filter(|&i| bytes[i].is_ascii_digit())
        .filter(|&i| year_at.is_none_or(|at| i != at && i != at + 1))
        .collect();
    if let Some(&i) = g.rng.pick(&digits) {
        let old = bytes[i] - b'0';
        let new = if g.rng.chance(0.6) {
            if old == 9 || (old > 0 && g.rng.chance(0.5)) {
                old - 1
            } else {
                old + 1
            }
        } else {
            (old + 1 + g.rng.below(9) as u8) % 10
        };
        bytes[i] = b'0' + new;
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned())
}
