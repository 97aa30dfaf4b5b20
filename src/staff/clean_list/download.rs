//! Hands a file the worker made to the browser as a download: a Blob, an
//! object URL and a link with `download`. Nothing goes over the network.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// "aanmeldingen.csv" → "aanmeldingen-cleaned.csv" (one row per person) or
/// "aanmeldingen-all.csv" (every row, with its cluster).
pub fn file_name(original: &str, all: bool) -> String {
    let stem = match original.len().checked_sub(4) {
        Some(cut)
            if original.is_char_boundary(cut) && original[cut..].eq_ignore_ascii_case(".csv") =>
        {
            &original[..cut]
        }
        _ => original,
    };
    let stem = if stem.is_empty() { "list" } else { stem };
    format!("{stem}-{}.csv", if all { "all" } else { "cleaned" })
}

/// `None` when the browser refused (no document, no object URLs).
pub fn save(bytes: &JsValue, name: &str) -> Option<()> {
    let options = BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob =
        Blob::new_with_buffer_source_sequence_and_options(&js_sys::Array::of1(bytes), &options)
            .ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let link: HtmlAnchorElement = document().create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    let body = document().body()?;
    body.append_child(&link).ok()?;
    link.click();
    link.remove();
    // The download has its copy once it starts; the URL would otherwise
    // keep the file in memory as long as the page is open.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(60),
    );
    Some(())
}
