//! The data of one profile, split and weighted once per `generate`.

use super::phone::Country;
use super::rng::{Rng, Weighted};
use super::{dutch, international as intl, migrant, Profile};
use crate::postcode::pc4_exists;

/// People who share naming habits.
struct Group {
    weight: u32,
    /// Given names by birth cohort: before 1966, 1966–1985, from 1986.
    male: [&'static str; 3],
    female: [&'static str; 3],
    surnames: &'static str,
    /// Dutch surnames carry their prefix: "van den Berg".
    split_prefix: bool,
    /// Half of the surnames come from the generated long tail.
    long_tail: bool,
    /// Women's surnames take the feminine form (Polish).
    feminine: bool,
    /// Where most of the group lives, and how likely.
    home: Option<(Country, f64)>,
    /// A phone number from the old country, and how likely.
    phone_abroad: Option<(Country, f64)>,
}

const fn all(list: &'static str) -> [&'static str; 3] {
    [list, list, list]
}

const fn group(weight: u32, (male, female, surnames): migrant::Origin) -> Group {
    Group {
        weight,
        male: all(male),
        female: all(female),
        surnames,
        split_prefix: false,
        long_tail: false,
        feminine: false,
        home: None,
        phone_abroad: None,
    }
}

const DUTCH_GROUPS: &[Group] = &[
    Group {
        male: dutch::MALE,
        female: dutch::FEMALE,
        split_prefix: true,
        long_tail: true,
        ..group(82, ("", "", dutch::SURNAMES))
    },
    Group {
        phone_abroad: Some((Country::Tr, 0.03)),
        ..group(4, migrant::TURKISH)
    },
    Group {
        phone_abroad: Some((Country::Ma, 0.03)),
        ..group(4, migrant::MOROCCAN)
    },
    group(3, migrant::SURINAMESE),
    Group {
        male: dutch::MALE,
        female: dutch::FEMALE,
        ..group(2, ("", "", migrant::MOLUCCAN_SURNAMES))
    },
    Group {
        feminine: true,
        phone_abroad: Some((Country::Pl, 0.3)),
        ..group(3, migrant::POLISH)
    },
    Group {
        phone_abroad: Some((Country::In, 0.2)),
        ..group(1, migrant::INDIAN)
    },
];

const INTERNATIONAL_GROUPS: &[Group] = &[
    Group {
        home: Some((Country::Uk, 0.95)),
        ..group(30, intl::ENGLISH)
    },
    Group {
        home: Some((Country::De, 0.95)),
        ..group(25, intl::GERMAN)
    },
    Group {
        feminine: true,
        phone_abroad: Some((Country::Pl, 0.3)),
        ..group(12, migrant::POLISH)
    },
    Group {
        home: Some((Country::De, 0.8)),
        phone_abroad: Some((Country::Tr, 0.15)),
        ..group(12, migrant::TURKISH)
    },
    Group {
        phone_abroad: Some((Country::Ma, 0.2)),
        ..group(8, migrant::MOROCCAN)
    },
    Group {
        home: Some((Country::Uk, 0.85)),
        phone_abroad: Some((Country::In, 0.2)),
        ..group(13, migrant::INDIAN)
    },
];

/// A comma-separated list, drawn by rank.
pub struct Names {
    pub words: Vec<&'static str>,
    rank: Weighted,
}

impl Names {
    fn new(list: &'static str, offset: u32) -> Names {
        let words = split(list);
        let rank = Weighted::by_rank(words.len(), offset);
        Names { words, rank }
    }

    pub fn draw(&self, rng: &mut Rng) -> &'static str {
        self.words
            .get(self.rank.draw(rng))
            .copied()
            .unwrap_or_default()
    }
}

pub fn split(list: &'static str) -> Vec<&'static str> {
    list.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

pub struct GroupTables {
    /// `[male, female][cohort]`.
    pub given: [[Names; 3]; 2],
    pub surnames: Names,
    pub split_prefix: bool,
    pub long_tail: bool,
    pub feminine: bool,
    pub home: Option<(Country, f64)>,
    pub phone_abroad: Option<(Country, f64)>,
}

pub enum Postcodes {
    /// 4-digit range; only codes that exist are drawn.
    Dutch(u16, u16),
    German(u32, u32),
    /// Outward codes ("SW1A"); the inward half is drawn.
    British(Vec<&'static str>),
}

pub struct Place {
    pub town: &'static str,
    /// Another way to write the town ("'s-Gravenhage" for "Den Haag").
    pub alias: &'static str,
    pub postcodes: Postcodes,
}

impl Place {
    pub fn country(&self) -> Country {
        match self.postcodes {
            Postcodes::Dutch(..) => Country::Nl,
            Postcodes::German(..) => Country::De,
            Postcodes::British(_) => Country::Uk,
        }
    }
}

pub struct Tables {
    pub profile: Profile,
    pub groups: Vec<GroupTables>,
    pub group_weights: Weighted,
    pub places: Vec<Place>,
    pub place_weights: Weighted,
    pub nicknames: &'static [(&'static str, &'static [&'static str])],
    /// Long-tail surname parts: heads, ends, prefixes.
    pub tail: [Vec<&'static str>; 3],
    pub streets: [Vec<&'static str>; 3],
    pub street_short: &'static [(&'static str, &'static str)],
    /// Mail domains used in the Netherlands, the UK and Germany, weighted.
    pub domains: [(Vec<&'static str>, Weighted); 3],
    pub handles: Vec<&'static str>,
    pub months: &'static [&'static str; 12],
    pub date_formats: &'static [&'static str],
    pub common_names: &'static [(&'static str, &'static str, bool)],
}

impl Tables {
    pub fn new(profile: Profile) -> Tables {
        let (specs, places, nicknames) = match profile {
            Profile::Dutch => (DUTCH_GROUPS, dutch_places(), crate::given_names::NICKNAMES),
            Profile::International => (
                INTERNATIONAL_GROUPS,
                international_places(),
                intl::NICKNAMES,
            ),
        };
        let groups = specs
            .iter()
            .map(|g| GroupTables {
                given: [
                    g.male.map(|list| Names::new(list, 6)),
                    g.female.map(|list| Names::new(list, 6)),
                ],
                surnames: Names::new(g.surnames, 25),
                split_prefix: g.split_prefix,
                long_tail: g.long_tail,
                feminine: g.feminine,
                home: g.home,
                phone_abroad: g.phone_abroad,
            })
            .collect();
        let place_weights = Weighted::new(places.iter().map(|p| match &p.postcodes {
            Postcodes::Dutch(from, to) => (*from..=*to).filter(|&c| pc4_exists(c)).count() as u32,
            Postcodes::German(from, to) => (to - from) / 40 + 1,
            Postcodes::British(codes) => codes.len() as u32 * 12,
        }));
        let dutch = profile == Profile::Dutch;
        Tables {
            profile,
            group_weights: Weighted::new(specs.iter().map(|g| g.weight)),
            groups,
            places,
            place_weights,
            nicknames,
            tail: if dutch {
                [
                    split(dutch::TAIL_HEADS),
                    split(dutch::TAIL_ENDS),
                    split(dutch::TAIL_PREFIXES),
                ]
            } else {
                [Vec::new(), Vec::new(), Vec::new()]
            },
            streets: [
                split(dutch::STREETS),
                split(intl::UK_STREETS),
                split(intl::GERMAN_STREETS),
            ],
            street_short: if dutch {
                dutch::STREET_SHORT
            } else {
                intl::STREET_SHORT
            },
            domains: [Country::Nl, Country::Uk, Country::De].map(|home| {
                let usable: Vec<(&'static str, u32)> = if dutch {
                    dutch::DOMAINS.to_vec()
                } else {
                    intl::DOMAINS
                        .iter()
                        .filter(|(_, _, only)| match *only {
                            "uk" => home == Country::Uk,
                            "de" => home == Country::De,
                            _ => true,
                        })
                        .map(|&(d, w, _)| (d, w))
                        .collect()
                };
                let weights = Weighted::new(usable.iter().map(|&(_, w)| w));
                (usable.into_iter().map(|(d, _)| d).collect(), weights)
            }),
            handles: split(if dutch { dutch::HANDLES } else { intl::HANDLES }),
            months: if dutch { &dutch::MONTHS } else { &intl::MONTHS },
            date_formats: if dutch {
                dutch::DATE_FORMATS
            } else {
                intl::DATE_FORMATS
            },
            common_names: if dutch {
                dutch::COMMON_NAMES
            } else {
                intl::COMMON_NAMES
            },
        }
    }

    pub fn domains(&self, home: Country) -> &(Vec<&'static str>, Weighted) {
        match home {
            Country::Uk => &self.domains[1],
            Country::De => &self.domains[2],
            _ => &self.domains[0],
        }
    }

    pub fn streets(&self, country: Country) -> &[&'static str] {
        match country {
            Country::Uk => &self.streets[1],
            Country::De => &self.streets[2],
            _ => &self.streets[0],
        }
    }

    /// Call names of an official name (none: it is its own call name).
    pub fn call_names(&self, official: &str) -> &'static [&'static str] {
        self.nicknames
            .iter()
            .find(|(name, _)| *name == official)
            .map_or(&[], |(_, calls)| calls)
    }
}

fn dutch_places() -> Vec<Place> {
    dutch::PLACES
        .iter()
        .map(|&(town, alias, from, to)| Place {
            town,
            alias,
            postcodes: Postcodes::Dutch(from, to),
        })
        .collect()
}

fn international_places() -> Vec<Place> {
    let british = intl::UK_PLACES.iter().map(|&(town, alias, codes)| Place {
        town,
        alias,
        postcodes: Postcodes::British(split(codes)),
    });
    let german = intl::GERMAN_PLACES
        .iter()
        .map(|&(town, alias, from, to)| Place {
            town,
            alias,
            postcodes: Postcodes::German(from, to),
        });
    british.chain(german).collect()
}
