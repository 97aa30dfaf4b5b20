//! `cargo bench -p handen-core --bench csv`: a sign-up list of 100,000 rows
//! × 12 columns as a spreadsheet exports it (semicolons, quotes, accents),
//! parsed ten times (target well under 0.5 s natively). Prints the median,
//! the slowest run and the memory the parsed table holds; asserts nothing.

use handen_core::csv::{parse, write_row};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn sign_up_list(rows: usize) -> String {
    let mut out = String::with_capacity(rows * 120);
    let headers = [
        "id",
        "voornaam",
        "tussenvoegsel",
        "achternaam",
        "geboortedatum",
        "e-mail",
        "telefoon",
        "postcode",
        "huisnummer",
        "straat",
        "plaats",
        "opmerking",
    ];
    write_row(&mut out, &headers, b';');
    for i in 0..rows {
        let id = format!("r{i:06}");
        let email = format!("jan.devries{i}@gmail.com");
        let note = match i % 10 {
            0 => "liefst \"nachtdienst\"; geen weekend",
            1 => "twee regels:\nmaandag en dinsdag",
            _ => "",
        };
        let row = [
            id.as_str(),
            "Çelik",
            "van der",
            "Dijkstra-Hoëlscher",
            "07-03-1985",
            &email,
            "06-12345678",
            "1234 AB",
            "12a",
            "Kerkstraat",
            "'s-Hertogenbosch",
            note,
        ];
        write_row(&mut out, &row, b';');
    }
    out
}

fn main() {
    let text = sign_up_list(100_000);
    let mut times: Vec<Duration> = Vec::new();
    let mut held = 0;
    for _ in 0..10 {
        let start = Instant::now();
        let table = parse(black_box(text.as_bytes()), None);
        times.push(start.elapsed());
        if let Ok(table) = table {
            // Heap held by the table: strings, row vectors and their headers.
            held = table
                .rows
                .iter()
                .map(|r| {
                    r.capacity() * size_of::<String>()
                        + r.iter().map(String::capacity).sum::<usize>()
                })
                .sum::<usize>()
                + table.rows.capacity() * size_of::<Vec<String>>();
        }
    }
    times.sort_unstable();
    println!(
        "csv parse, 100,000 rows x 12 ({:.1} MB): median {:.1} ms, slowest {:.1} ms, table holds {:.1} MB (+ allocator overhead)",
        text.len() as f64 / 1e6,
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        held as f64 / 1e6,
    );
}
