//! The draft: the form as typed so far plus the idempotency key made with
//! it, saved to localStorage on every change and restored on load.

use crate::json;
use handen_core::{Date, ErrorCode, RegistrationForm};
use leptos::prelude::*;

const DRAFT_KEY: &str = "handen.sign_up.draft";

struct Stored {
    form: RegistrationForm,
    key: String,
}

/// The sign-up's state, shared by its pages.
#[derive(Debug, Clone, Copy)]
pub struct Draft {
    pub form: RwSignal<RegistrationForm>,
    pub key: RwSignal<String>,
    /// What the server refused at the last send, shown again on each step.
    pub server_errors: RwSignal<Vec<ErrorCode>>,
    /// After the contact step: `Some(true)` when this device already sent
    /// a sign-up with these details, `Some(false)` once the server was
    /// asked; a notice on the next step says what that means.
    pub earlier: RwSignal<Option<bool>>,
}

impl Draft {
    /// A form held in memory only: editing a registration that is already
    /// stored, where the server, not the device, keeps the answers.
    pub fn in_memory(form: RegistrationForm) -> Draft {
        Draft {
            form: RwSignal::new(form),
            key: RwSignal::new(String::new()),
            server_errors: RwSignal::new(Vec::new()),
            earlier: RwSignal::new(None),
        }
    }

    /// Starts afresh after a successful submit: the next sign-up on this
    /// device gets a new key, and nothing personal stays behind.
    pub fn clear(self) {
        self.form.set(RegistrationForm::default());
        self.key.set(new_key());
        self.server_errors.set(Vec::new());
    }
}

pub fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// 128 random bits from the browser's CSPRNG, as hex.
pub fn new_key() -> String {
    let mut bytes = [0u8; 16];
    let filled = window()
        .crypto()
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).map(|_| ()))
        .is_ok();
    if !filled {
        // No crypto API: still unique enough to tell one draft from another.
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Stored as `{"key": "…", "form": {…}}`.
fn load() -> Stored {
    storage()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
        .and_then(|text| json::parse(&text))
        .and_then(|object| {
            let key = json::get_string(&object, "key").filter(|k| k.len() >= 16)?;
            Some(Stored {
                form: json::read_form(&json::get(&object, "form")),
                key,
            })
        })
        .unwrap_or_else(|| Stored {
            form: RegistrationForm::default(),
            key: new_key(),
        })
}

fn save(form: &RegistrationForm, key: &str) {
    let Some(storage) = storage() else { return };
    if *form == RegistrationForm::default() {
        let _ = storage.remove_item(DRAFT_KEY);
        return;
    }
    let mut text = String::from("{\"key\":");
    json::write_str(&mut text, key);
    text.push_str(",\"form\":");
    text.push_str(&json::write_form(form));
    text.push('}');
    // Storage full or disabled: the sign-up still works, without the safety net.
    let _ = storage.set_item(DRAFT_KEY, &text);
}

/// The person's calendar date, from the device clock.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).unwrap_or(2000);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or(Date::EPOCH)
}

/// Loads the draft (once, on the first sign-up page shown) and keeps
/// saving it. The app provides it so it outlives page changes.
pub fn provide_draft() {
    let stored = load();
    let draft = Draft {
        form: RwSignal::new(stored.form),
        key: RwSignal::new(stored.key),
        server_errors: RwSignal::new(Vec::new()),
        earlier: RwSignal::new(None),
    };
    Effect::new(move |_| {
        let key = draft.key.get();
        draft.form.with(|form| save(form, &key));
    });
    provide_context(draft);
}

pub fn use_draft() -> Draft {
    expect_context::<Draft>()
}
