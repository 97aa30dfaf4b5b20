//! The work packages' codes, sectors and titles, read once from
//! `/api/work-packages`: the catalogue compiled in would cost this bundle
//! ~5 KB, for words the server has anyway.

use crate::api;
use crate::json;
use handen_core::Language;
use js_sys::Array;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub code: String,
    pub sector: String,
    pub nl: String,
    pub en: String,
}

impl Package {
    pub fn title(&self, language: Language) -> &str {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Packages {
    pub list: RwSignal<Vec<Package>>,
    asked: StoredValue<bool>,
}

fn read(body: &str) -> Vec<Package> {
    let Some(list) = json::parse(body).filter(Array::is_array) else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .map(|p| {
            let title = json::get(&p, "title");
            let text = |o, key| json::get_string(o, key).unwrap_or_default();
            Package {
                code: text(&p, "code"),
                sector: text(&p, "sector"),
                nl: text(&title, "nl"),
                en: text(&title, "en"),
            }
        })
        .collect()
}

pub fn provide_packages() {
    provide_context(Packages {
        list: RwSignal::new(Vec::new()),
        asked: StoredValue::new(false),
    });
}

/// The packages, fetched the first time a page needs them; tracked.
pub fn use_packages() -> Packages {
    let packages = expect_context::<Packages>();
    if !packages.asked.get_value() {
        packages.asked.set_value(true);
        spawn_local(async move {
            match api::call("GET", "/api/work-packages", None, None).await {
                Some(a) if a.status == 200 => packages.list.set(read(&a.body)),
                // Asked again by the next page that needs them.
                _ => packages.asked.set_value(false),
            }
        });
    }
    packages
}

impl Packages {
    /// A package's title, or its code while the list is on its way.
    pub fn title(self, code: &str, language: Language) -> String {
        self.list.with(|list| {
            list.iter()
                .find(|p| p.code == code)
                .map_or_else(|| code.to_owned(), |p| p.title(language).to_owned())
        })
    }
}
