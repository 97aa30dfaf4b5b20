//! One list being cleaned: the parsed file, the people read from it, the
//! groups the engine found and the recruiter's corrections. Plain Rust, no
//! browser: the worker's message handler drives it, the wasm tests too.

use handen_core::csv::{self, CsvError, Table};
use handen_core::dedup::{compare, link, Comparison, DateReading, InputField, Person};
use handen_core::dedup::{Reader, Stage};

/// Which column holds each field (`None`: not in this file), which one
/// identifies a row for the recruiter, and how dates are written.
#[derive(Debug, Clone, Default)]
pub struct Mapping {
    pub columns: [Option<usize>; 10],
    pub id: Option<usize>,
    pub dates: DateReading,
}

/// Where a run is, for the progress bar: the engine's stages, and reading
/// the rows into people before them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Reading,
    Engine(Stage),
}

/// Rows per progress report while reading people.
const READING_ROUND: usize = 4096;

pub struct Session {
    pub table: Table,
    /// The input's delimiter, so the downloads open like the upload did.
    pub delimiter: u8,
    run: Option<Run>,
}

struct Run {
    mapping: Mapping,
    people: Vec<Person>,
    /// The engine's links: the explanation of each group.
    links: Vec<handen_core::dedup::Link>,
    /// Per row its group: the engine's cluster, or a group of its own once
    /// the recruiter split it off.
    group_of: Vec<u32>,
    next_group: u32,
}

/// Totals for the result line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub rows: usize,
    pub people: usize,
    /// Rows in groups of more than one.
    pub duplicates: usize,
    /// Groups of more than one row.
    pub groups: usize,
}

/// A group to review: its rows (0-based data rows) and why they are one.
pub struct Review {
    pub rows: Vec<u32>,
    pub reasons: Vec<(u32, u32, Comparison)>,
}

impl Session {
    pub fn parse(bytes: &[u8]) -> Result<Session, CsvError> {
        let table = csv::parse(bytes, None)?;
        let delimiter = delimiter(bytes, &table.headers);
        Ok(Session {
            table,
            delimiter,
            run: None,
        })
    }

    /// Reads every row into a person and links them; replaces an earlier run.
    pub fn run(&mut self, mapping: Mapping, progress: &mut dyn FnMut(Progress, usize, usize)) {
        self.run = None;
        let reader = Reader::new(mapping.dates.clone());
        let total = self.table.rows.len();
        let columns: Vec<(InputField, usize)> = InputField::ALL
            .into_iter()
            .zip(mapping.columns)
            .filter_map(|(field, column)| Some((field, column?)))
            .collect();
        let mut people = Vec::with_capacity(total);
        for (i, row) in self.table.rows.iter().enumerate() {
            if i % READING_ROUND == 0 {
                progress(Progress::Reading, i, total);
            }
            people.push(reader.person_from_row(row, &columns));
        }
        progress(Progress::Reading, total, total);
        let clusters = link(&people, &mut |stage, done, total| {
            progress(Progress::Engine(stage), done, total)
        });
        let next_group = clusters.cluster_of.iter().copied().max().unwrap_or(0) + 1;
        self.run = Some(Run {
            mapping,
            people,
            links: clusters.links,
            group_of: clusters.cluster_of,
            next_group,
        });
    }

    pub fn has_run(&self) -> bool {
        self.run.is_some()
    }

    pub fn counts(&self) -> Counts {
        let rows = self.table.rows.len();
        let Some(run) = &self.run else {
            return Counts {
                rows,
                people: rows,
                duplicates: 0,
                groups: 0,
            };
        };
        let sizes = run.sizes();
        let people = sizes.iter().filter(|&&s| s > 0).count();
        let groups = sizes.iter().filter(|&&s| s > 1).count();
        let duplicates = sizes.iter().filter(|&&s| s > 1).map(|&s| s as usize).sum();
        Counts {
            rows,
            people,
            duplicates,
            groups,
        }
    }

    /// Groups of more than one row, from the `from`-th (0-based, in order of
    /// each group's first row), at most `count` of them.
    pub fn review(&self, from: usize, count: usize) -> Vec<Review> {
        let Some(run) = &self.run else {
            return Vec::new();
        };
        let sizes = run.sizes();
        // Position of each shown group in the page, by group number.
        let mut slot = vec![u32::MAX; sizes.len()];
        let mut page: Vec<Vec<u32>> = Vec::new();
        let mut seen = 0usize;
        for (row, &group) in run.group_of.iter().enumerate() {
            let g = group as usize;
            if sizes[g] < 2 {
                continue;
            }
            if slot[g] == u32::MAX {
                if seen < from || seen >= from.saturating_add(count) {
                    slot[g] = u32::MAX - 1; // counted, not shown
                } else {
                    slot[g] = page.len() as u32;
                    page.push(Vec::new());
                }
                seen += 1;
            }
            if let Some(rows) = page.get_mut(slot[g] as usize) {
                rows.push(row as u32);
            }
        }
        page.into_iter()
            .map(|rows| {
                let reasons = run.explain(&rows);
                Review { rows, reasons }
            })
            .collect()
    }

    /// Moves `row` into a group of its own. `false` for a row that is not
    /// in a group with others (nothing to split).
    pub fn split(&mut self, row: usize) -> bool {
        let Some(run) = &mut self.run else {
            return false;
        };
        let Some(&group) = run.group_of.get(row) else {
            return false;
        };
        if run.group_of.iter().filter(|&&g| g == group).count() < 2 {
            return false;
        }
        run.group_of[row] = run.next_group;
        run.next_group += 1;
        true
    }

    /// The row's value in the id column the recruiter chose, if any.
    pub fn row_id(&self, row: usize) -> &str {
        let column = self.run.as_ref().and_then(|r| r.mapping.id);
        match (column, self.table.rows.get(row)) {
            (Some(c), Some(values)) => values.get(c).map_or("", String::as_str),
            _ => "",
        }
    }

    /// The row's value for each field, in `InputField::ALL` order ("" when
    /// not mapped).
    pub fn row_values(&self, row: usize) -> [&str; 10] {
        let mut values = [""; 10];
        let (Some(run), Some(cells)) = (&self.run, self.table.rows.get(row)) else {
            return values;
        };
        for (value, column) in values.iter_mut().zip(run.mapping.columns) {
            if let Some(cell) = column.and_then(|c| cells.get(c)) {
                *value = cell;
            }
        }
        values
    }

    /// The list as CSV with a `cluster_id` column: every row, or only the
    /// first row of each group. Cluster ids count groups in order of their
    /// first row, as the engine numbers them, so both files agree. Starts
    /// with a BOM, as Excel's "CSV UTF-8" does: without one, Excel opens
    /// UTF-8 as its legacy code page and shows "Ã«" for "ë".
    pub fn csv(&self, all: bool) -> String {
        let rows = &self.table.rows;
        let group_of: Vec<u32> = match &self.run {
            Some(run) => run.group_of.clone(),
            None => (1..=rows.len() as u32).collect(),
        };
        let mut number = vec![0u32; group_of.iter().copied().max().unwrap_or(0) as usize + 1];
        let mut next = 0u32;
        // An input that has a cluster_id column (a list cleaned before) gets
        // it overwritten rather than a second one.
        let existing = self
            .table
            .headers
            .iter()
            .position(|h| h.trim() == "cluster_id");
        let mut out = String::with_capacity(self.table.rows.len() * 64 + 3);
        out.push('\u{feff}');
        let mut fields: Vec<&str> = self.table.headers.iter().map(String::as_str).collect();
        if existing.is_none() {
            fields.push("cluster_id");
        }
        csv::write_row(&mut out, &fields, self.delimiter);
        for (row, &group) in rows.iter().zip(&group_of) {
            let slot = &mut number[group as usize];
            let first = *slot == 0;
            if first {
                next += 1;
                *slot = next;
            }
            if !all && !first {
                continue;
            }
            let id = slot.to_string();
            let mut fields: Vec<&str> = row.iter().map(String::as_str).collect();
            match existing {
                Some(c) => fields[c] = &id,
                None => fields.push(&id),
            }
            csv::write_row(&mut out, &fields, self.delimiter);
        }
        out
    }
}

impl Run {
    /// Rows per group number.
    fn sizes(&self) -> Vec<u32> {
        let mut sizes = vec![0u32; self.next_group as usize + 1];
        for &g in &self.group_of {
            sizes[g as usize] += 1;
        }
        sizes
    }

    /// Why `rows` (one group, in file order) are one person: the engine's
    /// links between them. A split can take away the row that linked the
    /// others; the parts left unlinked are then explained against the
    /// group's first row.
    fn explain(&self, rows: &[u32]) -> Vec<(u32, u32, Comparison)> {
        let Some(&first) = rows.first() else {
            return Vec::new();
        };
        let group = self.group_of[first as usize];
        // Union-find over positions in `rows`; the smaller root wins, so the
        // part holding the first row has root 0.
        let mut parent: Vec<usize> = (0..rows.len()).collect();
        let mut reasons = Vec::new();
        for l in &self.links {
            if self.group_of[l.a as usize] != group || self.group_of[l.b as usize] != group {
                continue;
            }
            let (Ok(a), Ok(b)) = (rows.binary_search(&l.a), rows.binary_search(&l.b)) else {
                continue;
            };
            let (ra, rb) = (root(&parent, a), root(&parent, b));
            parent[ra.max(rb)] = ra.min(rb);
            reasons.push((l.a.min(l.b), l.a.max(l.b), self.compare(l.a, l.b)));
        }
        for (i, &row) in rows.iter().enumerate().skip(1) {
            let r = root(&parent, i);
            if r != 0 {
                parent[r] = 0;
                reasons.push((first, row, self.compare(first, row)));
            }
        }
        reasons.sort_by_key(|(a, b, _)| (*a, *b));
        reasons
    }

    fn compare(&self, a: u32, b: u32) -> Comparison {
        compare(&self.people[a as usize], &self.people[b as usize])
    }
}

fn root(parent: &[usize], mut i: usize) -> usize {
    while parent[i] != i {
        i = parent[i];
    }
    i
}

/// The delimiter `csv::parse` chose: the one of `,` `;` tab that reads the
/// header line into the same columns. (csv.rs guesses it but does not say
/// which; this keeps the output in the input's dialect.)
fn delimiter(bytes: &[u8], headers: &[String]) -> u8 {
    let start = bytes
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(bytes.len());
    let end = bytes[start..]
        .iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .map_or(bytes.len(), |n| start + n);
    let line = &bytes[..end];
    [b',', b';', b'\t']
        .into_iter()
        .find(|&d| csv::parse(line, Some(d)).is_ok_and(|t| t.headers == headers))
        .unwrap_or(b',')
}
