//! Pieces of HTML text the employers' pages share. Read-only parts of a
//! page are written as text (`crate::html`), which costs far less wasm than
//! the same markup as views; buttons in them carry `data-` attributes that
//! one handler on their container reads.

use super::session::Loaded;
use crate::html::esc;
use crate::i18n::texts::Employer;
use crate::signup::check::summary_list;

/// A warning that names a problem (`role="alert"`).
pub fn warning(text: &str) -> String {
    format!(
        "<div class=\"panel panel--warning\" role=\"alert\"><p class=\"panel__body\">{}</p></div>",
        esc(text)
    )
}

/// "Loading…", or why what was asked for did not come.
pub fn not_ready(e: &'static Employer, loaded: &Loaded, refused: &str) -> String {
    match loaded {
        Loaded::Loading => format!(
            "<p class=\"loading\" role=\"status\">{}</p>",
            esc(e.loading)
        ),
        Loaded::Refused(_) => warning(refused),
        _ => warning(e.load_failed),
    }
}

/// A list of labelled values (`<dl>`), skipping empty values.
pub fn details(rows: &[(&str, &str)]) -> String {
    let shown: Vec<(&str, &str)> = rows
        .iter()
        .copied()
        .filter(|(_, v)| !v.is_empty())
        .collect();
    summary_list(&shown)
}

/// A form of one button that a container's submit handler recognises by
/// its data (`data-id`, `data-verb`).
pub fn button_form(id: &str, verb: &str, label: &str, context: &str, secondary: bool) -> String {
    format!(
        "<form novalidate class=\"action\" data-id=\"{}\" data-verb=\"{verb}\"><button type=\"submit\" class=\"button{}\">{}<span class=\"visually-hidden\"> – {}</span></button></form>",
        esc(id),
        if secondary { " button--secondary" } else { "" },
        esc(label),
        esc(context)
    )
}

/// The `data-id` and `data-verb` of the form a submit event came from.
pub fn submitted(ev: &leptos::ev::SubmitEvent) -> Option<(String, String)> {
    use wasm_bindgen::JsCast;
    ev.prevent_default();
    let form = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    Some((
        form.get_attribute("data-id")?,
        form.get_attribute("data-verb")?,
    ))
}
