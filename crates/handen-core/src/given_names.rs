//! Official Dutch given names and the call names (roepnamen) people sign up
//! with: a "Kees" is registered as "Cornelis", a "Mien" as "Wilhelmina".
//! Duplicate detection needs this to see two sign-ups as one person; the
//! synthetic test data uses it to make such pairs.
//!
//! Kept to the common pairs whose link spelling cannot show (Kees/Cornelis)
//! or shows weakly (Jan/Johannes). A call name may belong to several
//! official names (Bert: Albertus, Lambertus, Hubertus …): a match on it is
//! a hint, not proof.

/// `(official name, call names)`, official names unique.
pub const NICKNAMES: &[(&str, &[&str])] = &[
    (
        "Johannes",
        &["Jan", "Hans", "Johan", "Joop", "Jo", "Hannes"],
    ),
    (
        "Johanna",
        &[
            "Anneke", "Hanneke", "Joke", "Jo", "Jannie", "Hanna", "Annie",
        ],
    ),
    (
        "Wilhelmina",
        &["Willy", "Mien", "Wil", "Miep", "Willemien", "Mina"],
    ),
    ("Wilhelmus", &["Wim", "Willem", "Pim", "Wil"]),
    ("Willem", &["Wim", "Pim", "Wil"]),
    ("Cornelis", &["Kees", "Cor", "Cees", "Niels"]),
    ("Cornelia", &["Corrie", "Cor", "Nel", "Cora", "Corry"]),
    (
        "Elisabeth",
        &[
            "Lisa", "Els", "Liesbeth", "Elise", "Bep", "Betty", "Lies", "Lizzy",
        ],
    ),
    ("Elizabeth", &["Lisa", "Els", "Liesbeth", "Betty", "Liz"]),
    (
        "Maria",
        &[
            "Mies", "Marja", "Marie", "Ria", "Mia", "Mieke", "Marieke", "Rie",
        ],
    ),
    ("Hendrik", &["Henk", "Henny", "Rik", "Hein", "Erik"]),
    ("Hendrikus", &["Henk", "Henny", "Rik", "Hein"]),
    (
        "Hendrika",
        &["Riek", "Rika", "Henny", "Rieky", "Dini", "Ina"],
    ),
    ("Jacobus", &["Koos", "Jaap", "Co", "Sjaak", "Jack"]),
    ("Jacob", &["Jaap", "Koos", "Co"]),
    ("Jacoba", &["Coby", "Co", "Bep", "Cobi", "Jacqueline"]),
    ("Petrus", &["Piet", "Peter", "Pieter", "Peer"]),
    ("Pieter", &["Piet", "Peter"]),
    ("Petronella", &["Nel", "Nelly", "Ellie", "Pietje", "Nellie"]),
    (
        "Catharina",
        &[
            "Karin", "Toos", "Tineke", "Rina", "Ina", "Kitty", "Trijntje", "Cathy",
        ],
    ),
    ("Katharina", &["Karin", "Kitty", "Katja", "Kaat", "Tineke"]),
    ("Gerardus", &["Gerard", "Ger", "Gert", "Gerrit", "Sjra"]),
    ("Gerhardus", &["Gerard", "Ger", "Gert", "Gerrit"]),
    ("Gerarda", &["Gerda", "Gerrie", "Ria", "Gerry"]),
    ("Gerrit", &["Gert", "Gerrie", "Ger"]),
    ("Adrianus", &["Arie", "Adrie", "Aad", "Adri", "Janus"]),
    ("Adriana", &["Jeanne", "Adrie", "Sjaan", "Ria", "Adri"]),
    ("Theodorus", &["Theo", "Dorus", "Ted"]),
    ("Theodora", &["Thea", "Dora", "Dorien"]),
    ("Franciscus", &["Frans", "Frank", "Francis", "Sjors"]),
    ("Francisca", &["Cisca", "Fran", "Sientje", "Fanny"]),
    (
        "Antonius",
        &["Toon", "Ton", "Anton", "Teun", "Toine", "Tonny"],
    ),
    ("Antonia", &["Toos", "Toni", "Antoinette", "Tonny"]),
    ("Josephus", &["Jos", "Joop", "Sjef", "Joep", "Jef"]),
    ("Jozef", &["Jos", "Joop", "Sjef", "Joep"]),
    ("Josephina", &["Josje", "Fien", "Sjaan", "José", "Josefien"]),
    ("Hermanus", &["Herman", "Manus", "Harm"]),
    ("Nicolaas", &["Klaas", "Niek", "Nico", "Claas"]),
    ("Bernardus", &["Ben", "Bert", "Bernard", "Bennie", "Nard"]),
    ("Albertus", &["Bert", "Albert", "Ab", "Appie"]),
    ("Lambertus", &["Bert", "Lambert", "Bertus"]),
    ("Hubertus", &["Huub", "Bert", "Hub"]),
    ("Gijsbertus", &["Gijs", "Bert", "Gijsbert"]),
    ("Everhardus", &["Evert", "Eef", "Ever"]),
    ("Martinus", &["Martin", "Tinus", "Rinus", "Maarten"]),
    ("Marinus", &["Rinus", "Marien", "Rien", "Ries"]),
    ("Arnoldus", &["Arnold", "Noud", "Nol", "Arno"]),
    ("Leonardus", &["Leo", "Leon", "Leen", "Nard"]),
    ("Leendert", &["Leen", "Leo", "Lenard"]),
    ("Ludovicus", &["Louis", "Lodewijk", "Lou", "Wies"]),
    ("Stephanus", &["Stefan", "Fanus", "Steef", "Stef"]),
    ("Dirk", &["Dick", "Dik", "Dirkje"]),
    ("Rudolf", &["Ruud", "Rudi", "Dolf"]),
    ("Roelof", &["Roel", "Ruud", "Roelie"]),
    ("Frederik", &["Freek", "Frits", "Fred", "Rik"]),
    ("Reinier", &["Rein", "Reinie", "Rene"]),
    ("Eduard", &["Ed", "Eddy", "Edo", "Ward"]),
    ("Carolus", &["Karel", "Carel", "Charles", "Sjaak"]),
    ("Carolina", &["Lien", "Lina", "Carla", "Caroline", "Carry"]),
    ("Christiaan", &["Chris", "Christian", "Kris"]),
    (
        "Christina",
        &["Stien", "Tineke", "Christien", "Tina", "Chris"],
    ),
    ("Sebastiaan", &["Bas", "Sebas", "Seb"]),
    ("Alexander", &["Alex", "Sander", "Lex", "Xander"]),
    ("Alexandra", &["Sandra", "Lexie", "Alex", "Sasha"]),
    ("Maximiliaan", &["Max", "Maxim"]),
    ("Benjamin", &["Ben", "Benji"]),
    ("Matthijs", &["Thijs", "Mats"]),
    ("Mattheus", &["Thijs", "Matthijs", "Teus"]),
    ("Bartholomeus", &["Bart", "Mees", "Bartel"]),
    ("Abraham", &["Bram", "Braam", "Ab"]),
    ("Samuel", &["Sam", "Sammy"]),
    (
        "Margaretha",
        &[
            "Greet", "Margriet", "Grietje", "Margo", "Gré", "Marga", "Greetje",
        ],
    ),
    (
        "Geertruida",
        &["Truus", "Geertje", "Trudy", "Truida", "Trudie"],
    ),
    (
        "Helena",
        &["Leny", "Lena", "Heleen", "Lenie", "Ellen", "Lenny"],
    ),
    ("Susanna", &["Sanne", "Suus", "Suzan", "Sanna", "Suzanne"]),
    ("Theresia", &["Thea", "Trees", "Tessa", "Resi", "Truus"]),
    ("Anna", &["Anneke", "Annie", "Ans", "Anja", "Anne"]),
    ("Alida", &["Alie", "Lida", "Aly"]),
    ("Aleida", &["Leida", "Alie", "Leidy"]),
    ("Hillegonda", &["Hilly", "Gonnie", "Hilde"]),
    ("Hermina", &["Mientje", "Mina", "Miep", "Herma"]),
    ("Dorothea", &["Dorien", "Dora", "Thea", "Doortje"]),
    ("Gerdina", &["Dinie", "Dina", "Gerda"]),
    ("Frederika", &["Rieka", "Frederique", "Rika", "Fre"]),
    ("Engelina", &["Lien", "Lina", "Engel"]),
    ("Mohammed", &["Mo", "Mohamed", "Momo"]),
    ("Mustafa", &["Musti", "Memo"]),
];

/// The call names of `official` (exact, ASCII-case-insensitive), if listed.
pub fn call_names(official: &str) -> &'static [&'static str] {
    NICKNAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(official))
        .map_or(&[], |(_, calls)| calls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_names_are_unique_and_have_call_names() {
        for (i, (name, calls)) in NICKNAMES.iter().enumerate() {
            assert!(!calls.is_empty(), "{name}");
            for (j, call) in calls.iter().enumerate() {
                assert!(call != name && !calls[..j].contains(call), "{name}: {call}");
            }
            assert!(
                NICKNAMES[..i].iter().all(|(other, _)| other != name),
                "{name} twice"
            );
        }
        assert!((60..=120).contains(&NICKNAMES.len()));
        assert!(call_names("cornelis").contains(&"Kees"));
        assert!(call_names("Kees").is_empty());
    }
}
