//! Components mounted in a real browser (headless Chromium through
//! wasm-bindgen-test-runner and chromedriver).

#![cfg(target_arch = "wasm32")]

mod clean_list;

use handen_app::components::LanguageSwitch;
use handen_app::i18n::{forget_language, stored_language, I18nProvider};
use handen_app::App;
use handen_core::{Date, Language, RegistrationForm};
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

#[wasm_bindgen_test]
async fn language_switch_toggles_and_remembers_the_choice() {
    forget_language();
    let root = mount_point();
    let _mounted = leptos::mount::mount_to(root.clone(), || {
        view! {
            <I18nProvider>
                <LanguageSwitch />
            </I18nProvider>
        }
    });
    tick().await;
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    // Dutch is active, so the switch offers English, labelled in English.
    assert_eq!(button.text_content().unwrap(), "English");
    assert_eq!(button.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("nl")
    );

    button.click();
    tick().await;
    assert_eq!(button.text_content().unwrap(), "Nederlands");
    assert_eq!(button.get_attribute("lang").as_deref(), Some("nl"));
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(stored_language(), Some(Language::En));

    button.click();
    tick().await;
    assert_eq!(button.text_content().unwrap(), "English");
    assert_eq!(stored_language(), Some(Language::Nl));
    forget_language();
}

#[wasm_bindgen_test]
async fn app_renders_header_and_a_page_in_dutch_by_default() {
    forget_language();
    let root = mount_point();
    let _mounted = leptos::mount::mount_to(root.clone(), App);
    tick().await;
    let header = root
        .query_selector(".site-header__name")
        .unwrap()
        .expect("header");
    assert_eq!(header.text_content().unwrap().trim(), "Handen");
    let h1 = root
        .query_selector("main h1")
        .unwrap()
        .expect("a page heading");
    let heading = h1.text_content().unwrap();
    // The test runner's own URL is not one of the app's routes: the app shows
    // its not-found page, in Dutch.
    assert!(
        heading == "Pagina niet gevonden" || heading == "Extra handen in een crisis",
        "heading: {heading}"
    );
    forget_language();
}

#[wasm_bindgen_test]
fn the_browser_json_codec_round_trips_a_form_with_hostile_text() {
    let mut form = RegistrationForm::example(Date::new(2026, 11, 24).unwrap());
    form.availability_notes = "line one\n\"quoted\" \\ back\u{1}slash 🙂 <b>".to_owned();
    form.big_registered = None;
    let text = handen_app::json::write_form(&form);
    let object = handen_app::json::parse(&text).expect("valid JSON");
    assert_eq!(handen_app::json::read_form(&object), form);
    assert!(handen_app::json::parse("not json").is_none());
}

#[wasm_bindgen_test]
fn fill_replaces_placeholders_and_keeps_unknown_ones() {
    use handen_app::i18n::fill;
    assert_eq!(
        fill(
            "you offer {hours} of {need}",
            &[("hours", &8), ("need", &"16")]
        ),
        "you offer 8 of 16"
    );
    assert_eq!(fill("{missing} stays", &[]), "{missing} stays");
    assert_eq!(fill("open { brace", &[]), "open { brace");
}

#[wasm_bindgen_test]
fn the_worker_writes_each_friction_and_suggestion_in_both_languages() {
    use handen_app::worker::render::render;
    use handen_core::catalogue::CATALOGUE;
    use handen_core::fit::{assess, Demand, FitProfile};
    let today = Date::new(2026, 11, 24).unwrap();
    let mut form = RegistrationForm::example(today);
    form.hours_per_week = "4".into();
    form.dayparts = vec!["sat_evening".into()];
    form.vog = "no".into();
    form.courses = Vec::new();
    let profile = FitProfile::from_form(&form, today);
    let assessment = assess(&profile, &CATALOGUE, &Demand::default());
    let nl = render(&assessment, &profile, Language::Nl, true);
    assert!(nl.summary.starts_with("Je past nu bij "), "{}", nl.summary);
    for wanted in [
        "Je biedt 4 uur per week; dit werk vraagt er minstens 16.",
        "Vraagt een verklaring omtrent het gedrag (VOG).",
        "Vraagt een achtergrond in de zorg en minstens mbo niveau 4.",
        "Vraagt de cursus: Nationale Zorgklas: gastvrouw of gastheer.",
        "Zo kun je meer doen",
        "Bied ook maandag ochtend aan: 1 werkpakket erbij.",
    ] {
        let all = format!("{}{}", nl.html, nl.rest_html);
        assert!(all.contains(wanted), "missing {wanted:?} in {all}");
    }
    assert!(
        nl.rest_title.starts_with("Past nog niet ("),
        "{}",
        nl.rest_title
    );
    // Someone who only lacks a course sees what the course would open.
    let ready = FitProfile::from_form(&RegistrationForm::example(today), today);
    let ready_nl = render(
        &assess(&ready, &CATALOGUE, &Demand::default()),
        &ready,
        Language::Nl,
        true,
    );
    for wanted in [
        "Past na een korte cursus",
        "Met de cursus: Nationale Zorgklas: gastvrouw of gastheer.",
        "Doe de cursus ",
    ] {
        assert!(
            ready_nl.html.contains(wanted),
            "missing {wanted:?} in {}",
            ready_nl.html
        );
    }
    let en = render(&assessment, &profile, Language::En, false);
    assert!(en.summary.starts_with("You fit "), "{}", en.summary);
    assert!(en
        .rest_html
        .contains("You offer 4 hours a week; this work needs at least 16."));
    assert!(en.html.contains("The open requests could not be loaded"));
    assert!(!en.html.contains("<script") && !en.rest_html.contains("<script"));
}

#[wasm_bindgen_test]
fn a_postcode_without_a_point_is_measured_from_a_neighbour_and_the_panel_says_so() {
    use handen_app::worker::render::render;
    use handen_core::catalogue::CATALOGUE;
    use handen_core::fit::{assess, Demand, FitProfile};
    let today = Date::new(2026, 11, 24).unwrap();
    let mut form = RegistrationForm::example(today);
    // 2885 is a valid code the postcode data has no point for.
    form.postcode = "2885 AB".into();
    let profile = FitProfile::from_form(&form, today);
    let out = render(
        &assess(&profile, &CATALOGUE, &Demand::default()),
        &profile,
        Language::Nl,
        true,
    );
    assert!(
        out.html
            .contains("We kennen het midden van 2885 niet; we rekenen vanaf 2872, vlakbij."),
        "{}",
        out.html
    );
}
