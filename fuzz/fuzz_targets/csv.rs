//! The CSV reader behind `handen dedup` and the recruiters' clean-list page:
//! any bytes, with the delimiter guessed or given (the first byte picks).
//! What parses is written back with `write_row` and must read back the same;
//! the column guess and column lookup run on every header row.
#![no_main]

use handen_core::column_guess::guess;
use handen_core::csv::{parse, write_row, CsvError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let delimiter = match pick % 8 {
        0 => Some(b','),
        1 => Some(b';'),
        2 => Some(b'\t'),
        3 => Some(pick >> 1),
        _ => None,
    };
    let table = match parse(bytes, delimiter) {
        Ok(table) => table,
        Err(CsvError::InvalidDelimiter) => {
            assert!(delimiter.is_some_and(|d| !d.is_ascii() || matches!(d, b'"' | b'\r' | b'\n')));
            return;
        }
        Err(e) => {
            assert!(!e.code().is_empty() && !e.to_string().is_empty());
            return;
        }
    };
    assert!(!table.headers.is_empty());
    assert!(table.rows.iter().all(|r| r.len() == table.headers.len()));
    for (i, header) in table.headers.iter().enumerate() {
        // Headers are unique up to spaces and ASCII case, so an exact name
        // finds its own column.
        if !header.trim().is_empty() {
            assert_eq!(table.column(header), Some(i), "{header:?}");
        }
    }
    let columns = guess(&table.headers);
    let mut seen: Vec<usize> = columns
        .columns
        .iter()
        .flatten()
        .chain(columns.id.iter())
        .copied()
        .collect();
    assert!(seen.iter().all(|&c| c < table.headers.len()));
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(
        seen.len(),
        columns.columns.iter().flatten().count() + usize::from(columns.id.is_some())
    );

    // Written back (with a BOM, so a header that itself starts with one
    // survives) and read with the same delimiter: the same table.
    let d = delimiter.unwrap_or(b',');
    let d = if d.is_ascii() { d } else { b',' };
    let mut out = String::from("\u{feff}");
    let fields: Vec<&str> = table.headers.iter().map(String::as_str).collect();
    write_row(&mut out, &fields, d);
    for row in &table.rows {
        let fields: Vec<&str> = row.iter().map(String::as_str).collect();
        write_row(&mut out, &fields, d);
    }
    let again = parse(out.as_bytes(), Some(d));
    assert_eq!(again.as_ref(), Ok(&table), "written as {out:?}");
});
