//! JSON without a JSON library: the browser already has one. Writing is a
//! few lines of Rust; reading goes through `JSON.parse`. This keeps serde_json
//! (tens of KB) out of the first page load.

use handen_core::RegistrationForm;
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;

/// Appends `s` as a JSON string literal.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_key(out: &mut String, key: &str) {
    if !out.ends_with('{') {
        out.push(',');
    }
    write_str(out, key);
    out.push(':');
}

/// The form as the API and device storage carry it.
pub fn write_form(form: &RegistrationForm) -> String {
    let mut out = String::from("{");
    for (name, value) in form.text_fields().into_iter().chain(form.meta_fields()) {
        write_key(&mut out, name);
        write_str(&mut out, value);
    }
    for (name, values) in form.list_fields() {
        write_key(&mut out, name);
        out.push('[');
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(&mut out, v);
        }
        out.push(']');
    }
    for (name, value) in form.yes_no_fields() {
        write_key(&mut out, name);
        out.push_str(match value {
            Some(true) => "true",
            Some(false) => "false",
            None => "null",
        });
    }
    for (name, value) in form.flag_fields() {
        write_key(&mut out, name);
        out.push_str(if value { "true" } else { "false" });
    }
    out.push('}');
    out
}

pub fn parse(json: &str) -> Option<JsValue> {
    JSON::parse(json).ok().filter(JsValue::is_object)
}

pub fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

pub fn get_string(object: &JsValue, key: &str) -> Option<String> {
    get(object, key).as_string()
}

/// The items of an array under `key`; none when it is missing or no array.
pub fn items(object: &JsValue, key: &str) -> Vec<JsValue> {
    let value = get(object, key);
    if Array::is_array(&value) {
        Array::from(&value).iter().collect()
    } else {
        Vec::new()
    }
}

/// Reads a form written by `write_form`; what is missing stays empty.
pub fn read_form(object: &JsValue) -> RegistrationForm {
    let mut form = RegistrationForm::default();
    let empty = RegistrationForm::default();
    for (name, _) in empty.text_fields().into_iter().chain(empty.meta_fields()) {
        if let Some(value) = get_string(object, name) {
            form.set_text(name, value);
        }
    }
    for (name, _) in empty.list_fields() {
        let value = get(object, name);
        if Array::is_array(&value) {
            let items = Array::from(&value)
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            form.set_list(name, items);
        }
    }
    for (name, _) in empty.yes_no_fields() {
        form.set_yes_no(name, get(object, name).as_bool());
    }
    for (name, _) in empty.flag_fields() {
        form.set_flag(name, get(object, name).as_bool().unwrap_or(false));
    }
    form
}

/// The codes of a `{"errors": [{"field", "code"}]}` answer.
pub fn error_codes(body: &str) -> Vec<String> {
    let Some(object) = parse(body) else {
        return Vec::new();
    };
    let errors = get(&object, "errors");
    if !Array::is_array(&errors) {
        return Vec::new();
    }
    Array::from(&errors)
        .iter()
        .filter_map(|e| get_string(&e, "code"))
        .collect()
}
