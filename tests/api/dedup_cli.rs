//! `handen dedup` and `handen synthetic` as a user runs them: a generated
//! list in, `id,cluster_id` out in input order; bad files and options give a
//! clear message and a non-zero exit, never a panic.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output};

fn handen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_handen"))
        .args(args)
        .output()
        .expect("run handen")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

#[test]
fn a_generated_list_is_clustered_in_input_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (list, truth, out) = (
        path(dir.path(), "list.csv"),
        path(dir.path(), "truth.csv"),
        path(dir.path(), "out.csv"),
    );
    let made = handen(&[
        "synthetic",
        "--people",
        "1500",
        "--seed",
        "5",
        "--output",
        &list,
        "--truth",
        &truth,
        "--delimiter",
        ";",
    ]);
    assert!(made.status.success(), "{}", text(&made.stderr));

    let run = handen(&[
        "dedup",
        "--input",
        &list,
        "--id-column",
        "id",
        "--date-format",
        "%d-%m-%Y",
        "--output",
        &out,
        "--map",
        "given_name=given_name",
        "--map",
        "name_prefix=name_prefix",
        "--map",
        "surname=surname",
        "--map",
        "birth_date=birth_date",
        "--map",
        "email=email",
        "--map",
        "phone=phone",
        "--map",
        "postcode=postcode",
        "--map",
        "house_number=house_number",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    assert!(
        text(&run.stderr).contains("probable duplicates"),
        "{}",
        text(&run.stderr)
    );

    let output = std::fs::read_to_string(&out).expect("output");
    let truth = std::fs::read_to_string(&truth).expect("truth");
    let mut lines = output.lines();
    assert_eq!(lines.next(), Some("id,cluster_id"));
    let rows: Vec<(&str, &str)> = lines
        .map(|l| l.split_once(',').expect("two columns"))
        .collect();
    let truth: Vec<(&str, &str)> = truth
        .lines()
        .skip(1)
        .map(|l| l.split_once(',').expect("two columns"))
        .collect();
    assert_eq!(rows.len(), truth.len(), "one row per input row");
    // The same ids in the same order as the input.
    let input = std::fs::read_to_string(&list).expect("input");
    let ids: Vec<&str> = input
        .lines()
        .skip(1)
        .map(|l| l.split(';').next().unwrap_or_default())
        .collect();
    assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), ids);

    // Rows of one person share a cluster: pair precision and recall.
    let (mut together, mut right, mut should) = (0u64, 0u64, 0u64);
    let mut cells: HashMap<(&str, &str), u64> = HashMap::new();
    let mut clusters: HashMap<&str, u64> = HashMap::new();
    let mut people: HashMap<&str, u64> = HashMap::new();
    for ((_, cluster), (_, person)) in rows.iter().zip(&truth) {
        *cells.entry((cluster, person)).or_default() += 1;
        *clusters.entry(cluster).or_default() += 1;
        *people.entry(person).or_default() += 1;
    }
    let pairs = |n: &u64| n * n.saturating_sub(1) / 2;
    right += cells.values().map(pairs).sum::<u64>();
    together += clusters.values().map(pairs).sum::<u64>();
    should += people.values().map(pairs).sum::<u64>();
    assert!(should > 100, "the list has duplicates to find");
    let (precision, recall) = (right as f64 / together as f64, right as f64 / should as f64);
    assert!(
        precision > 0.95 && recall > 0.93,
        "precision {precision:.3} recall {recall:.3}"
    );

    // Without --map, columns named like the fields are used.
    let auto = handen(&[
        "dedup",
        "--input",
        &list,
        "--id-column",
        "id",
        "--output",
        &out,
    ]);
    assert!(auto.status.success(), "{}", text(&auto.stderr));
}

#[test]
fn bad_files_and_options_say_what_is_wrong() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, bytes: &[u8]| {
        let p = path(dir.path(), name);
        std::fs::write(&p, bytes).expect("write");
        p
    };
    let good = write(
        "good.csv",
        b"nr;achternaam;geboren\n1;Jansen;01-02-1990\n2;Jansen;01-02-1990\n",
    );
    let ragged = write("ragged.csv", b"nr,achternaam\n1,Jansen\n2,Jansen,extra\n");
    let latin1 = write("latin1.csv", b"nr,achternaam\n1,Jos\xe9\n");
    let out = path(dir.path(), "out.csv");

    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "--input",
                &ragged,
                "--id-column",
                "nr",
                "--map",
                "surname=achternaam",
            ],
            "line 3",
        ),
        (
            vec![
                "--input",
                &latin1,
                "--id-column",
                "nr",
                "--map",
                "surname=achternaam",
            ],
            "UTF-8",
        ),
        (
            vec![
                "--input",
                &good,
                "--id-column",
                "id",
                "--map",
                "surname=achternaam",
            ],
            "no column \"id\"",
        ),
        (
            vec![
                "--input",
                &good,
                "--id-column",
                "nr",
                "--map",
                "surname=naam",
            ],
            "no column \"naam\"",
        ),
        (
            vec![
                "--input",
                &good,
                "--id-column",
                "nr",
                "--map",
                "shoe_size=achternaam",
            ],
            "unknown field",
        ),
        (
            vec!["--input", &good, "--id-column", "nr", "--map", "achternaam"],
            "FIELD=COLUMN",
        ),
        (
            vec![
                "--input",
                &good,
                "--id-column",
                "nr",
                "--map",
                "surname=achternaam",
                "--date-format",
                "%d-%q-%Y",
            ],
            "%q",
        ),
        (
            vec!["--input", &good, "--id-column", "nr"],
            "no column is named like a field",
        ),
        (
            vec!["--input", "/nonexistent/list.csv", "--id-column", "nr"],
            "cannot read",
        ),
    ];
    for (args, expected) in cases {
        let mut all = vec!["dedup"];
        all.extend(&args);
        all.extend(["--output", &out]);
        let run = handen(&all);
        let stderr = text(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }

    let fine = handen(&[
        "dedup",
        "--input",
        &good,
        "--id-column",
        "nr",
        "--map",
        "surname=achternaam",
        "--map",
        "birth_date=geboren",
        "--output",
        &out,
    ]);
    assert!(fine.status.success(), "{}", text(&fine.stderr));
    assert_eq!(
        std::fs::read_to_string(&out).expect("output"),
        "id,cluster_id\n1,1\n2,1\n"
    );
}
