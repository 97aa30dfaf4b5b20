//! The clean-list worker's session: what it groups, what a split changes,
//! and the files it writes.

use handen_app::dedup_worker::session::{Counts, Mapping, Session};
use handen_core::dedup::InputField;
use wasm_bindgen_test::*;

const LIST: &str = "\
id;voornaam;achternaam;geboortedatum;e-mail;telefoon;postcode;huisnummer
A1;Jan;van der Berg;07-03-1985;jan.berg@example.nl;06-12345678;1234 AB;12
A2;J.;Berg, van der;03-07-1985;jan.berg@example.nl;;;
A3;Kees;de Vries;12-05-1960;fam.devries@example.nl;0612121212;3511AB;5
A4;Anna;de Vries;17-09-1992;fam.devries@example.nl;0612121212;3511AB;5
A5;Sanne;Bakker;27-03-1990;sanne@example.nl;0687654321;2511CV;3
A6;Sanne;Bakker;27-03-1990;s.bakker@example.com;06-87654321;2511 CV;3
A7;Sanne;Bakker;27-03-1990;;06-87654321;;
";

fn mapped(session: &Session) -> Mapping {
    let mut mapping = Mapping::default();
    for (i, (field, column)) in [
        (InputField::GivenName, "voornaam"),
        (InputField::Surname, "achternaam"),
        (InputField::BirthDate, "geboortedatum"),
        (InputField::Email, "e-mail"),
        (InputField::Phone, "telefoon"),
        (InputField::Postcode, "postcode"),
        (InputField::HouseNumber, "huisnummer"),
    ]
    .into_iter()
    .enumerate()
    {
        let place = InputField::ALL.iter().position(|f| *f == field).unwrap();
        mapping.columns[place] = session.table.column(column);
        assert!(mapping.columns[place].is_some(), "{i}");
    }
    mapping.id = session.table.column("id");
    mapping
}

fn session() -> Session {
    let mut session = Session::parse(LIST.as_bytes()).unwrap();
    let mapping = mapped(&session);
    session.run(mapping, &mut |_, _, _| {});
    session
}

#[wasm_bindgen_test]
fn groups_a_re_registration_and_not_a_household() {
    let s = session();
    assert_eq!(s.delimiter, b';');
    assert_eq!(
        s.counts(),
        Counts {
            rows: 7,
            people: 4,
            duplicates: 5,
            groups: 2
        }
    );
    let groups = s.review(0, 10);
    assert_eq!(groups[0].rows, [0, 1]);
    assert_eq!(groups[1].rows, [4, 5, 6]);
    // A group of n rows is explained by n - 1 links.
    assert_eq!(groups[0].reasons.len(), 1);
    assert_eq!(groups[1].reasons.len(), 2);
    assert!(groups[0].reasons[0].2.is_match());
    assert_eq!(s.row_id(1), "A2");
    assert_eq!(s.row_values(1)[2], "Berg, van der");
    // Paging.
    assert_eq!(s.review(1, 10).len(), 1);
    assert!(s.review(2, 10).is_empty());
}

#[wasm_bindgen_test]
fn a_split_row_stands_alone_and_the_rest_is_still_explained() {
    let mut s = session();
    assert!(s.split(5));
    assert!(!s.split(5), "already alone");
    assert!(!s.split(2), "never grouped");
    assert_eq!(
        s.counts(),
        Counts {
            rows: 7,
            people: 5,
            duplicates: 4,
            groups: 2
        }
    );
    let groups = s.review(0, 10);
    assert_eq!(groups[1].rows, [4, 6]);
    // Whatever linked the rows before, the two left are compared directly
    // when their link went with the split row.
    assert_eq!(groups[1].reasons.len(), 1);
    assert_eq!((groups[1].reasons[0].0, groups[1].reasons[0].1), (4, 6));
    assert!(s.split(0));
    assert_eq!(s.counts().groups, 1);
}

#[wasm_bindgen_test]
fn downloads_keep_the_dialect_and_carry_the_splits() {
    let mut s = session();
    s.split(6);
    let all = s.csv(true);
    assert!(all.starts_with('\u{feff}'), "a BOM, for Excel");
    let lines: Vec<&str> = all.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "id;voornaam;achternaam;geboortedatum;e-mail;telefoon;postcode;huisnummer;cluster_id"
    );
    assert_eq!(lines.len(), 1 + 7);
    let ids: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.rsplit(';').next().unwrap())
        .collect();
    assert_eq!(ids, ["1", "1", "2", "3", "4", "4", "5"]);
    assert_eq!(
        lines[2],
        "A2;J.;Berg, van der;03-07-1985;jan.berg@example.nl;;;;1"
    );

    let cleaned = s.csv(false);
    let lines: Vec<&str> = cleaned.lines().skip(1).collect();
    let kept: Vec<&str> = lines.iter().map(|l| &l[..2]).collect();
    assert_eq!(kept, ["A1", "A3", "A4", "A5", "A7"]);

    // A list cleaned before gets its cluster_id column rewritten, not doubled.
    let mut again = Session::parse(all.as_bytes()).unwrap();
    let mapping = mapped(&again);
    again.run(mapping, &mut |_, _, _| {});
    let header = again.csv(true).lines().next().unwrap().to_owned();
    assert_eq!(header.matches("cluster_id").count(), 1);
}

#[wasm_bindgen_test]
fn commas_and_tabs_are_kept_too() {
    let tabbed = LIST.replace(';', "\t");
    assert_eq!(Session::parse(tabbed.as_bytes()).unwrap().delimiter, b'\t');
    let commas = "naam,plaats\n\"Berg, van der\",Ede\n";
    let s = Session::parse(commas.as_bytes()).unwrap();
    assert_eq!(s.delimiter, b',');
    assert!(s.csv(true).contains("\"Berg, van der\",Ede,1"));
}
