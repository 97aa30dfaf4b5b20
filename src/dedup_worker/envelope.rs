//! Messages between the clean-list page and its worker: `[kind, data]`,
//! where data is JSON text, or an `ArrayBuffer` for the file going in and
//! the CSV coming out. Buffers are transferred, not copied: a list of
//! 100,000 rows is megabytes.

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

pub fn pack(kind: &str, data: &JsValue) -> Array {
    Array::of2(&JsValue::from_str(kind), data)
}

/// The kind and the data of a message; an empty kind for anything else.
pub fn open(message: &JsValue) -> (String, JsValue) {
    if !Array::is_array(message) {
        return (String::new(), JsValue::UNDEFINED);
    }
    let array = Array::from(message);
    (array.get(0).as_string().unwrap_or_default(), array.get(1))
}

/// What to transfer with a message: the buffer, if it is one.
pub fn transfer(data: &JsValue) -> Array {
    if data.is_instance_of::<js_sys::ArrayBuffer>() {
        Array::of1(data)
    } else {
        Array::new()
    }
}
