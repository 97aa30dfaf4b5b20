//! Every visible string comes from here: `locales/<lang>.json`, compiled by
//! build.rs into one `Texts` value per language. Components read the current
//! language's texts reactively with `t!(i18n, group.key)`.
//!
//! The choice of language is remembered per device (localStorage) and shown
//! to assistive technology through `<html lang>`.

use handen_core::Language;
use leptos::prelude::*;
use std::fmt::Display;

/// The generated structs, one per group of keys in the locale files.
pub mod texts {
    include!(concat!(env!("OUT_DIR"), "/texts.rs"));
}
pub use texts::Texts;
use texts::{EN, NL};

const STORAGE_KEY: &str = "handen.language";

/// The app's language: a copyable handle to one signal.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    language: RwSignal<Language>,
}

impl I18n {
    /// The current language's texts; tracked, so views update on a switch.
    pub fn texts(self) -> &'static Texts {
        texts_for(self.language.get())
    }

    pub fn language(self) -> Language {
        self.language.get()
    }

    /// The strings of a group kept out of `Texts`, in the current
    /// language; tracked: `i18n.group(texts::home).title`.
    pub fn group<G>(self, group: Group<G>) -> &'static G {
        group(self.language.get())
    }

    /// The self-service app's strings in the current language; tracked.
    pub fn account(self) -> &'static texts::Account {
        texts::account(self.language.get())
    }

    pub fn language_untracked(self) -> Language {
        self.language.get_untracked()
    }

    pub fn set_language(self, language: Language) {
        self.language.set(language);
    }
}

pub fn texts_for(language: Language) -> &'static Texts {
    match language {
        Language::Nl => &NL,
        Language::En => &EN,
    }
}

/// A string in the current language, as a signal a view can render or an
/// attribute can take: `t!(i18n, signup.title)`. Strings of the groups kept
/// out of `Texts` (see build.rs) are reached the same way: `t!(i18n,
/// home.title)`.
///
/// Every call goes through the one non-generic `tr` (or one `tr_in` per
/// group), so all translated text shares a single compiled copy of Leptos's
/// rendering code. A closure per string would compile a copy per string: a
/// hundred strings cost tens of KB of wasm that way.
#[macro_export]
macro_rules! t {
    ($i18n:expr, home.$($key:ident).+) => {
        $crate::i18n::tr_in($i18n, $crate::i18n::texts::home, |t| t.$($key).+)
    };
    ($i18n:expr, about.$($key:ident).+) => {
        $crate::i18n::tr_in($i18n, $crate::i18n::texts::about, |t| t.$($key).+)
    };
    ($i18n:expr, explore.$($key:ident).+) => {
        $crate::i18n::tr_in($i18n, $crate::i18n::texts::explore, |t| t.$($key).+)
    };
    ($i18n:expr, $($key:ident).+) => {
        $crate::i18n::tr($i18n, |t| t.$($key).+)
    };
}

/// `ts!(i18n, title)`: a string of the recruiters' app.
#[macro_export]
macro_rules! ts {
    ($i18n:expr, $($key:ident).+) => {
        $crate::i18n::tr_in($i18n, $crate::i18n::texts::staff, |t| t.$($key).+)
    };
}

/// `te!(i18n, title)`: a string of the employers' app.
#[macro_export]
macro_rules! te {
    ($i18n:expr, $($key:ident).+) => {
        $crate::i18n::tr_in($i18n, $crate::i18n::texts::employer, |t| t.$($key).+)
    };
}

/// `ta!(i18n, overview_title)`: a string of the self-service app.
#[macro_export]
macro_rules! ta {
    ($i18n:expr, $($key:ident).+) => {
        $crate::i18n::tr_in($i18n, $crate::i18n::texts::account, |t| t.$($key).+)
    };
}

pub type Pick = fn(&'static Texts) -> &'static str;

pub fn tr(i18n: I18n, pick: Pick) -> Signal<&'static str> {
    Signal::derive(move || pick(i18n.texts()))
}

/// A group kept out of `Texts`, by language: `texts::home`, `texts::account` …
pub type Group<G> = fn(Language) -> &'static G;

pub fn tr_in<G: Send + Sync + 'static>(
    i18n: I18n,
    group: Group<G>,
    pick: fn(&'static G) -> &'static str,
) -> Signal<&'static str> {
    Signal::derive(move || pick(group(i18n.language())))
}

/// "1 place", "3 places": a number with its noun, singular or plural.
pub fn counted(n: u32, one: &str, other: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { other })
}

/// Fills `{name}` placeholders: `fill(t.fit.hours, &[("hours", &8)])`.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(&value.to_string()),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Creates the language signal (stored choice, else Dutch) and provides it.
#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    let i18n = I18n {
        language: RwSignal::new(stored_language().unwrap_or_default()),
    };
    Effect::new(move |_| {
        let language = i18n.language.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", language.code());
        }
        store_language(language);
    });
    provide_context(i18n);
    children()
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn stored_language() -> Option<Language> {
    let stored = local_storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    Language::parse(&stored).ok()
}

fn store_language(language: Language) {
    if let Some(storage) = local_storage() {
        // A full or disabled storage only means the choice is not remembered.
        let _ = storage.set_item(STORAGE_KEY, language.code());
    }
}

/// Forgets the device's choice (tests start from a first visit).
pub fn forget_language() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}
