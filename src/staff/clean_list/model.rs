//! What the page knows, read from the worker's JSON answers: the file's
//! columns, the progress of a run, the counts and the groups on show.

use crate::json;
use handen_core::dedup::InputField;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// The four steps, on one address: the list lives in this page's memory,
/// so a step of its own URL could not survive a reload anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Choose,
    Map,
    Run,
    Review,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub file_name: String,
    pub headers: Vec<String>,
    pub rows: u32,
    /// The first few rows, for examples under each choice.
    pub preview: Vec<Vec<String>>,
}

/// What the recruiter chose in step 2.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    /// Column per field, in `InputField::ALL` order.
    pub columns: [Option<usize>; 10],
    pub id: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RunProgress {
    pub stage: &'static str,
    pub percent: u32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    pub rows: u32,
    pub people: u32,
    pub duplicates: u32,
    pub groups: u32,
    /// Index of the first group on show.
    pub from: u32,
    pub list: Vec<Group>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    /// All rows, also those beyond the ones sent.
    pub size: u32,
    pub rows: Vec<Row>,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    /// 0-based data row (the header not counted).
    pub row: u32,
    pub id: String,
    pub values: Vec<String>,
}

impl Row {
    /// The row's number in a spreadsheet, whose row 1 is the header.
    pub fn sheet_row(&self) -> u32 {
        sheet_row(self.row)
    }

    pub fn value(&self, field: InputField) -> &str {
        let index = InputField::ALL.iter().position(|f| *f == field);
        index
            .and_then(|i| self.values.get(i))
            .map_or("", String::as_str)
    }
}

pub fn sheet_row(row: u32) -> u32 {
    row + 2
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reason {
    pub a: u32,
    pub b: u32,
    /// Signed, one decimal, with a point: "+31.2".
    pub weight: String,
    /// (field, level, weight) as the worker names them.
    pub evidence: Vec<(String, String, String)>,
}

fn number(object: &JsValue, key: &str) -> u32 {
    json::get(object, key)
        .as_f64()
        .filter(|n| *n >= 0.0)
        .map_or(0, |n| n as u32)
}

fn items(value: &JsValue) -> Vec<JsValue> {
    if Array::is_array(value) {
        Array::from(value).iter().collect()
    } else {
        Vec::new()
    }
}

fn strings(value: &JsValue) -> Vec<String> {
    items(value)
        .iter()
        .map(|v| v.as_string().unwrap_or_default())
        .collect()
}

pub fn read_parsed(object: &JsValue, file_name: String) -> Parsed {
    Parsed {
        file_name,
        headers: strings(&json::get(object, "headers")),
        rows: number(object, "rows"),
        preview: items(&json::get(object, "preview"))
            .iter()
            .map(strings)
            .collect(),
    }
}

pub fn read_progress(object: &JsValue) -> RunProgress {
    let (done, total) = (number(object, "done"), number(object, "total").max(1));
    let part = f64::from(done.min(total)) / f64::from(total);
    // Reading takes a tenth of a run, comparing nearly all the rest.
    let (stage, from, span) = match json::get_string(object, "stage").as_deref() {
        Some("reading") => ("reading", 0.0, 10.0),
        Some("comparing") => ("comparing", 10.0, 85.0),
        _ => ("clustering", 95.0, 5.0),
    };
    RunProgress {
        stage,
        percent: (from + span * part) as u32,
    }
}

pub fn read_outcome(object: &JsValue) -> Outcome {
    let group = |g: &JsValue| Group {
        size: number(g, "size"),
        rows: items(&json::get(g, "rows"))
            .iter()
            .map(|r| Row {
                row: number(r, "row"),
                id: json::get_string(r, "id").unwrap_or_default(),
                values: strings(&json::get(r, "values")),
            })
            .collect(),
        reasons: items(&json::get(g, "reasons"))
            .iter()
            .map(|r| Reason {
                a: number(r, "a"),
                b: number(r, "b"),
                weight: json::get_string(r, "weight").unwrap_or_default(),
                evidence: items(&json::get(r, "evidence"))
                    .iter()
                    .map(|e| {
                        let mut parts = strings(e).into_iter();
                        let mut next = || parts.next().unwrap_or_default();
                        (next(), next(), next())
                    })
                    .collect(),
            })
            .collect(),
    };
    Outcome {
        rows: number(object, "rows"),
        people: number(object, "people"),
        duplicates: number(object, "duplicates"),
        groups: number(object, "groups"),
        from: number(object, "from"),
        list: items(&json::get(object, "list"))
            .iter()
            .map(group)
            .collect(),
    }
}
