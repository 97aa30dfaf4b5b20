//! CSV as spreadsheets export it, read and written the same way in the
//! browser (the recruiter's "clean a sign-up list" page, in a Web Worker)
//! and by `handen dedup` on the command line.
//!
//! RFC 4180 quoting, any of CRLF / LF / CR line ends, a UTF-8 BOM (Excel's
//! "CSV UTF-8" writes one), and `;` or tab instead of `,` (Dutch Excel writes
//! `;` because `,` is the decimal separator). Our own reader rather than the
//! `csv` crate: core stays dependency-light for the wasm build.

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A parsed file: the first row names the columns, every other row has
/// exactly as many fields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The column called `name`: an exact match first, then one that differs
    /// only in surrounding spaces or ASCII case ("E-mail " for "e-mail").
    /// ASCII case only: Unicode case tables would cost the wasm build KBs,
    /// and column names that matter here are ASCII.
    pub fn column(&self, name: &str) -> Option<usize> {
        let wanted = name.trim();
        if wanted.is_empty() {
            return None;
        }
        self.headers.iter().position(|h| h == name).or_else(|| {
            self.headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(wanted))
        })
    }
}

/// What can be wrong with a file. Lines are 1-based physical lines, as a
/// text editor numbers them (a quoted field with line breaks spans several).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    /// `byte_offset` is 0-based from the very start of the file.
    #[error(
        "the file is not UTF-8 text: byte {byte_offset} on line {line} is not valid UTF-8 (save it as \"CSV UTF-8\")"
    )]
    NotUtf8 { line: usize, byte_offset: usize },
    #[error("line {line}: a quoted field is never closed (a closing \" is missing)")]
    UnterminatedQuote { line: usize },
    #[error("line {line}: the row has {found} fields, but the header has {expected}")]
    RaggedRow {
        line: usize,
        expected: usize,
        found: usize,
    },
    #[error("the file is empty: there is no header row")]
    Empty,
    #[error("the column name \"{name}\" appears more than once in the header row")]
    DuplicateHeader { name: String },
    #[error("the delimiter must be one ASCII character other than a quote or a line break")]
    InvalidDelimiter,
}

impl CsvError {
    /// The stable code the browser translates: never rename one.
    pub fn code(&self) -> &'static str {
        match self {
            CsvError::NotUtf8 { .. } => "csv_not_utf8",
            CsvError::UnterminatedQuote { .. } => "csv_unterminated_quote",
            CsvError::RaggedRow { .. } => "csv_ragged_row",
            CsvError::Empty => "csv_empty",
            CsvError::DuplicateHeader { .. } => "csv_duplicate_header",
            CsvError::InvalidDelimiter => "csv_invalid_delimiter",
        }
    }
}

/// Parses a whole file. `delimiter: None` guesses `,`, `;` or tab from the
/// header line.
///
/// Lenient where spreadsheets and hand-edited files differ, strict where a
/// guess could shift data between columns: empty lines and rows of only
/// delimiters (what Excel exports for formatted but empty rows) are skipped,
/// spaces before an opening quote and after a closing one are dropped, a
/// stray quote inside an unquoted field is kept as text; but a row with the
/// wrong number of fields is an error. Blank header cells are allowed (a
/// sheet's trailing empty columns have them; such a column can still be
/// mapped by position); two columns with the same name are not, since
/// [`Table::column`] would silently pick one of them.
pub fn parse(bytes: &[u8], delimiter: Option<u8>) -> Result<Table, CsvError> {
    let bom = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    let text = std::str::from_utf8(&bytes[bom..]).map_err(|e| {
        let byte_offset = bom + e.valid_up_to();
        CsvError::NotUtf8 {
            line: line_of(&bytes[..byte_offset]),
            byte_offset,
        }
    })?;
    let delimiter = match delimiter {
        // A non-ASCII byte would split a UTF-8 character in two.
        Some(d) if !d.is_ascii() || matches!(d, b'"' | b'\r' | b'\n') => {
            return Err(CsvError::InvalidDelimiter)
        }
        Some(d) => d,
        None => sniff(text.as_bytes()),
    };
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        line: 1,
        delimiter,
    };
    let (_, headers) = reader.record(16)?.ok_or(CsvError::Empty)?;
    if let Some(name) = duplicate(&headers) {
        return Err(CsvError::DuplicateHeader { name });
    }
    let expected = headers.len();
    let mut rows = Vec::new();
    while let Some((line, row)) = reader.record(expected)? {
        if row.len() != expected {
            return Err(CsvError::RaggedRow {
                line,
                expected,
                found: row.len(),
            });
        }
        rows.push(row);
    }
    Ok(Table { headers, rows })
}

/// Appends one row. A field is quoted only when it must be, so files stay
/// readable; a row of one empty field is quoted too, or it would be an
/// empty line, which readers skip.
pub fn write_row(out: &mut String, fields: &[&str], delimiter: u8) {
    let delimiter = char::from(delimiter);
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        let special = if delimiter.is_ascii() {
            // Bytes are enough for ASCII and much faster than chars.
            let d = delimiter as u8;
            field
                .bytes()
                .any(|b| b == d || matches!(b, b'"' | b'\r' | b'\n'))
        } else {
            field.contains([delimiter, '"', '\r', '\n'])
        };
        if special || (fields.len() == 1 && field.is_empty()) {
            out.push('"');
            let mut parts = field.split('"');
            if let Some(first) = parts.next() {
                out.push_str(first);
            }
            for part in parts {
                out.push_str("\"\"");
                out.push_str(part);
            }
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

/// The 1-based line at the end of `before`: CRLF, LF and a lone CR each
/// end one line.
fn line_of(before: &[u8]) -> usize {
    let mut line = 1;
    for (i, &b) in before.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && before.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

/// The most frequent of `,` `;` tab outside quotes on the first non-empty
/// line; comma when none occurs or on a tie, then semicolon before tab.
fn sniff(bytes: &[u8]) -> u8 {
    let start = bytes
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(bytes.len());
    let (mut comma, mut semicolon, mut tab) = (0usize, 0usize, 0usize);
    let mut quoted = false;
    for &b in &bytes[start..] {
        match b {
            b'"' => quoted = !quoted,
            b'\r' | b'\n' if !quoted => break,
            b',' if !quoted => comma += 1,
            b';' if !quoted => semicolon += 1,
            b'\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if comma >= semicolon && comma >= tab {
        b','
    } else if semicolon >= tab {
        b';'
    } else {
        b'\t'
    }
}

/// The first non-blank header that repeats (ignoring surrounding spaces and
/// ASCII case), by sorting rather than comparing every pair: a hostile
/// header row can have 100,000 cells.
fn duplicate(headers: &[String]) -> Option<String> {
    let mut keys: Vec<(String, usize)> = headers
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.trim().is_empty())
        .map(|(i, h)| (h.trim().to_ascii_lowercase(), i))
        .collect();
    keys.sort_unstable();
    keys.windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[0].1)
        .min()
        .and_then(|i| headers.get(i))
        .map(|h| h.trim().to_owned())
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    delimiter: u8,
}

impl Reader<'_> {
    /// The next record that is not blank, with the line it starts on;
    /// `None` at the end of the file.
    fn record(&mut self, width: usize) -> Result<Option<(usize, Vec<String>)>, CsvError> {
        while self.pos < self.bytes.len() {
            let line = self.line;
            let mut fields = Vec::with_capacity(width);
            loop {
                fields.push(self.field()?);
                match self.bytes.get(self.pos) {
                    Some(&b) if b == self.delimiter => self.pos += 1,
                    Some(_) => {
                        self.line_end();
                        break;
                    }
                    None => break,
                }
            }
            if !fields.iter().all(String::is_empty) {
                return Ok(Some((line, fields)));
            }
        }
        Ok(None)
    }

    fn line_end(&mut self) {
        if self.bytes.get(self.pos) == Some(&b'\r') {
            self.pos += 1;
        }
        if self.bytes.get(self.pos) == Some(&b'\n') {
            self.pos += 1;
        }
        self.line += 1;
    }

    fn field(&mut self) -> Result<String, CsvError> {
        let start = self.pos;
        let mut open = start;
        if self.delimiter != b' ' {
            while self.bytes.get(open) == Some(&b' ') {
                open += 1;
            }
        }
        if self.bytes.get(open) == Some(&b'"') {
            return self.quoted(open);
        }
        let end = self.plain_end(start);
        self.pos = end;
        // One slice copy per field: no per-character pushes.
        Ok(self.text[start..end].to_owned())
    }

    /// A field opened by the quote at `open`; slices between doubled quotes
    /// are copied whole.
    fn quoted(&mut self, open: usize) -> Result<String, CsvError> {
        let opened_on = self.line;
        let mut value = String::new();
        let mut from = open + 1;
        let mut i = from;
        loop {
            match self.bytes.get(i) {
                None => return Err(CsvError::UnterminatedQuote { line: opened_on }),
                Some(b'"') => {
                    value.push_str(&self.text[from..i]);
                    if self.bytes.get(i + 1) == Some(&b'"') {
                        value.push('"');
                        i += 2;
                        from = i;
                    } else {
                        i += 1;
                        break;
                    }
                }
                Some(b'\n') => {
                    self.line += 1;
                    i += 1;
                }
                Some(b'\r') => {
                    if self.bytes.get(i + 1) != Some(&b'\n') {
                        self.line += 1;
                    }
                    i += 1;
                }
                Some(_) => i += 1,
            }
        }
        let end = self.plain_end(i);
        let tail = &self.text[i..end];
        if !tail.bytes().all(|b| b == b' ' || b == b'\t') {
            value.push_str(tail);
        }
        self.pos = end;
        Ok(value)
    }

    /// Where unquoted text from `from` stops: a delimiter, a line end or
    /// the end of the file. All three are ASCII, so the result is a valid
    /// place to slice the UTF-8 text.
    fn plain_end(&self, from: usize) -> usize {
        let d = self.delimiter;
        self.bytes[from..]
            .iter()
            .position(|&b| b == d || b == b'\n' || b == b'\r')
            .map_or(self.bytes.len(), |n| from + n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn table(headers: &[&str], rows: &[&[&str]]) -> Table {
        let owned = |r: &[&str]| r.iter().map(|s| s.to_string()).collect();
        Table {
            headers: owned(headers),
            rows: rows.iter().map(|r| owned(r)).collect(),
        }
    }

    #[test]
    fn semicolons_and_dutch_text() {
        let t = parse(
            "achternaam;plaats\nÇelik;Dijkstra\nHoëlscher;IJmuiden\n".as_bytes(),
            None,
        );
        assert_eq!(
            t,
            Ok(table(
                &["achternaam", "plaats"],
                &[&["Çelik", "Dijkstra"], &["Hoëlscher", "IJmuiden"]]
            ))
        );
    }

    #[test]
    fn the_delimiter_is_sniffed_from_the_header_outside_quotes() {
        assert_eq!(sniff(b"a,b,c"), b',');
        assert_eq!(sniff(b"a;b;c"), b';');
        assert_eq!(sniff(b"a\tb\tc"), b'\t');
        assert_eq!(sniff(b"\"x;y;z\",b"), b',');
        assert_eq!(sniff(b"a;b,c"), b',');
        assert_eq!(sniff(b"a;b\tc"), b';');
        assert_eq!(sniff(b"naam\nx;y;z;w"), b',');
        assert_eq!(sniff(b"\r\n\na;b"), b';');
        assert_eq!(sniff(b""), b',');
        let t = parse(b"naam\tplaats\nJan\tDelft, Zuid\n", None);
        assert_eq!(
            t,
            Ok(table(&["naam", "plaats"], &[&["Jan", "Delft, Zuid"]]))
        );
        // An explicit delimiter overrides the guess.
        let t = parse(b"a;b\n1;2\n", Some(b','));
        assert_eq!(t, Ok(table(&["a;b"], &[&["1;2"]])));
    }

    #[test]
    fn quotes_hold_delimiters_quotes_and_line_breaks() {
        let bytes = b"naam,notitie\n\"de Vries, Jan\",\"zegt \"\"hoi\"\"\r\nen dag\"\nPiet,\"  ruimte  \"\n";
        assert_eq!(
            parse(bytes, None),
            Ok(table(
                &["naam", "notitie"],
                &[
                    &["de Vries, Jan", "zegt \"hoi\"\r\nen dag"],
                    &["Piet", "  ruimte  "]
                ]
            ))
        );
    }

    #[test]
    fn spaces_around_quotes_and_stray_quotes() {
        let t = parse(b"a,b,c\n  \"x, y\"  ,5\"7,\"q\"r\n", None);
        assert_eq!(t, Ok(table(&["a", "b", "c"], &[&["x, y", "5\"7", "qr"]])));
        // Unquoted text keeps its spaces: normalising is the caller's job.
        let t = parse(b"a,b\n  x , y\n", None);
        assert_eq!(t, Ok(table(&["a", "b"], &[&["  x ", " y"]])));
    }

    #[test]
    fn bom_and_line_ends() {
        let t = parse(b"\xEF\xBB\xBFnaam,stad\r\nJan,Ede\r\nAn,Oss", None);
        assert_eq!(
            t,
            Ok(table(&["naam", "stad"], &[&["Jan", "Ede"], &["An", "Oss"]]))
        );
        let t = parse(b"naam,stad\rJan,Ede\rAn,Oss\r", None);
        assert_eq!(
            t,
            Ok(table(&["naam", "stad"], &[&["Jan", "Ede"], &["An", "Oss"]]))
        );
    }

    #[test]
    fn empty_lines_and_rows_of_delimiters_are_skipped() {
        let t = parse(b"\n\r\nnaam,stad\n\nJan,Ede\n,\n\r\n\n", None);
        assert_eq!(t, Ok(table(&["naam", "stad"], &[&["Jan", "Ede"]])));
        assert_eq!(parse(b"", None), Err(CsvError::Empty));
        assert_eq!(parse(b"\xEF\xBB\xBF", None), Err(CsvError::Empty));
        assert_eq!(parse(b"\r\n\n,,\n", None), Err(CsvError::Empty));
        assert_eq!(parse(b"naam\n", None), Ok(table(&["naam"], &[])));
    }

    #[test]
    fn ragged_rows_name_the_line_the_record_starts_on() {
        let bytes = b"a,b\n1,2\n\n\"x\ny\",3\n4,5,6\n";
        assert_eq!(
            parse(bytes, None),
            Err(CsvError::RaggedRow {
                line: 6,
                expected: 2,
                found: 3
            })
        );
        assert_eq!(
            parse(b"a,b\r\n1\r\n", None),
            Err(CsvError::RaggedRow {
                line: 2,
                expected: 2,
                found: 1
            })
        );
    }

    #[test]
    fn an_unclosed_quote_names_the_line_it_opened_on() {
        assert_eq!(
            parse(b"a,b\n1,2\n3,\"open\n\nstill open\n", None),
            Err(CsvError::UnterminatedQuote { line: 3 })
        );
    }

    #[test]
    fn latin1_is_refused_with_where() {
        let e = parse(b"naam\nJos\xe9\n", None);
        assert_eq!(
            e,
            Err(CsvError::NotUtf8 {
                line: 2,
                byte_offset: 8
            })
        );
        assert_eq!(e.unwrap_err().code(), "csv_not_utf8");
        // Offsets count the BOM; CRLF is one line end.
        assert_eq!(
            parse(b"\xEF\xBB\xBFa\r\nb\r\n\xff", None),
            Err(CsvError::NotUtf8 {
                line: 3,
                byte_offset: 9
            })
        );
    }

    #[test]
    fn headers_blank_and_repeated() {
        let t = parse(b"naam,,\nJan,,\n", None);
        assert_eq!(t, Ok(table(&["naam", "", ""], &[&["Jan", "", ""]])));
        assert_eq!(
            parse(b"id,E-mail,naam, e-mail \n", None),
            Err(CsvError::DuplicateHeader {
                name: "E-mail".into()
            })
        );
    }

    #[test]
    fn columns_are_found_exactly_then_loosely() {
        let t = table(&["Naam", "naam ", "E-MAIL", ""], &[]);
        assert_eq!(t.column("naam "), Some(1));
        assert_eq!(t.column("Naam"), Some(0));
        assert_eq!(t.column("e-mail"), Some(2));
        assert_eq!(t.column(" NAAM"), Some(0));
        assert_eq!(t.column("telefoon"), None);
        assert_eq!(t.column(""), None);
    }

    #[test]
    fn bad_delimiters_are_refused() {
        for d in [b'"', b'\n', b'\r', 0xC3] {
            assert_eq!(parse(b"a\n", Some(d)), Err(CsvError::InvalidDelimiter));
        }
    }

    #[test]
    fn errors_have_codes_and_sentences() {
        let errors = [
            CsvError::NotUtf8 {
                line: 2,
                byte_offset: 8,
            },
            CsvError::UnterminatedQuote { line: 3 },
            CsvError::RaggedRow {
                line: 4,
                expected: 2,
                found: 3,
            },
            CsvError::Empty,
            CsvError::DuplicateHeader {
                name: "naam".into(),
            },
            CsvError::InvalidDelimiter,
        ];
        let mut codes: Vec<&str> = errors.iter().map(CsvError::code).collect();
        assert!(codes.iter().all(|c| c.starts_with("csv_")));
        codes.dedup();
        assert_eq!(codes.len(), errors.len());
        assert_eq!(
            errors[2].to_string(),
            "line 4: the row has 3 fields, but the header has 2"
        );
    }

    #[test]
    fn write_row_quotes_only_what_needs_it() {
        let mut out = String::new();
        write_row(
            &mut out,
            &["Jan", "de Vries, J.", "zegt \"hoi\"", "a\nb", ""],
            b',',
        );
        write_row(&mut out, &["a;b", "c"], b';');
        write_row(&mut out, &[""], b',');
        assert_eq!(
            out,
            "Jan,\"de Vries, J.\",\"zegt \"\"hoi\"\"\",\"a\nb\",\n\"a;b\";c\n\"\"\n"
        );
    }

    #[test]
    fn a_large_file_parses() {
        let mut text = String::from("a,b,c,d,e,f,g,h,i,j,k,l\n");
        for i in 0..20_000 {
            let n = i.to_string();
            let row: Vec<&str> = [n.as_str(), "Çelik", "\"q\"", "x,y"]
                .into_iter()
                .cycle()
                .take(12)
                .collect();
            write_row(&mut text, &row, b',');
        }
        let t = parse(text.as_bytes(), None).unwrap();
        assert_eq!(t.rows.len(), 20_000);
        assert_eq!(t.rows[19_999][0], "19999");
        assert_eq!(t.rows[5][3], "x,y");
    }

    fn delimiters() -> impl Strategy<Value = u8> {
        prop_oneof![Just(b','), Just(b';'), Just(b'\t')]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn write_then_parse_round_trips(
            delimiter in delimiters(),
            names in prop::collection::vec(any::<String>(), 1..6),
            cells in prop::collection::vec(any::<String>(), 0..40),
        ) {
            // A unique last character per column keeps the names distinct;
            // the header must not start with a BOM of its own.
            let headers: Vec<String> = names
                .iter()
                .enumerate()
                .map(|(i, n)| format!("{}#{i}", n.trim_start_matches('\u{feff}')))
                .collect();
            let rows: Vec<Vec<String>> =
                cells.chunks_exact(headers.len()).map(<[String]>::to_vec).collect();
            let mut out = String::new();
            write_row(&mut out, &headers.iter().map(String::as_str).collect::<Vec<_>>(), delimiter);
            for row in &rows {
                write_row(&mut out, &row.iter().map(String::as_str).collect::<Vec<_>>(), delimiter);
            }
            let expected: Vec<Vec<String>> = rows
                .into_iter()
                .filter(|r| !r.iter().all(String::is_empty))
                .collect();
            prop_assert_eq!(parse(out.as_bytes(), Some(delimiter)), Ok(Table { headers, rows: expected }));
        }

        #[test]
        fn parse_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
            let _ = parse(&bytes, None);
            let _ = parse(&bytes, Some(b';'));
        }

        #[test]
        fn parse_never_panics_on_csv_like_text(s in "[a;,\t\" \r\n\u{e9}]{0,60}") {
            let _ = parse(s.as_bytes(), None);
        }
    }
}
