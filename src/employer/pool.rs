//! The anonymised pool of a request: how many fit, by distance, fit and
//! availability (small numbers hidden), and the cards to ask from. A card
//! says no name, contact, birth date or postcode, and its id means
//! nothing outside this request.

use super::request::Page;
use crate::api;
use crate::employer::form::fields::{input, spec};
use crate::employer::form::sender::{send_notes, Sender};
use crate::employer::form::{error_summary, form, html, live, Problem, Problems};
use crate::employer::markup::{button_form, details, not_ready, submitted};
use crate::employer::model::{Card, Pool};
use crate::employer::session::Loaded;
use crate::employer::words;
use crate::html::esc;
use crate::i18n::texts::Employer;
use crate::i18n::{fill, texts, texts_for, use_i18n, Texts};
use crate::labels;
use crate::signup::summary::focus_later;
use crate::te;
use handen_core::Language;
use leptos::prelude::*;

const NOTICE: &str = "pool-notice";
const FITS: [&str; 2] = ["now", "after_course"];
const AVAILABILITIES: [&str; 2] = ["full", "partial"];

/// The counts as a table: a row per fit and availability, a column per
/// distance band; in a region that scrolls sideways on a narrow screen.
fn counts_html(e: &'static Employer, pool: &Pool) -> String {
    let bands = words::bands(e);
    let mut html = format!(
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"counts-caption\"><table class=\"counts\"><caption id=\"counts-caption\">{}</caption><thead><tr><th scope=\"col\">{}</th>",
        esc(e.counts_caption),
        esc(e.counts_corner)
    );
    for (_, band) in bands {
        html += &format!("<th scope=\"col\">{}</th>", esc(band));
    }
    html += "</tr></thead><tbody>";
    for fit in FITS {
        for availability in AVAILABILITIES {
            html += &format!(
                "<tr><th scope=\"row\">{}, {}</th>",
                esc(words::fit(e, fit)),
                esc(words::availability(e, availability))
            );
            for (band, _) in bands {
                // "< 5" in sight, in words for screen readers: narrow enough
                // for a phone.
                html += &match pool.count(fit, availability, band) {
                    Some(n) => format!("<td>{n}</td>"),
                    None => format!(
                        "<td><span aria-hidden=\"true\">&lt; 5</span><span class=\"visually-hidden\">{}</span></td>",
                        esc(e.fewer_than_five)
                    ),
                };
            }
            html += "</tr>";
        }
    }
    html + "</tbody></table></div>"
}

fn card_html(t: &'static Texts, e: &'static Employer, number: usize, card: &Card) -> String {
    let qualifications = if card.qualifications.is_empty() {
        e.none.to_owned()
    } else {
        card.qualifications
            .iter()
            .map(|q| words::qualification(t, e, q))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let dayparts = format!(
        "{} ({})",
        labels::slots(t, &card.dayparts),
        words::availability(e, &card.availability)
    );
    let title = fill(e.card_title, &[("number", &number)]);
    format!(
        "<li class=\"card\"><h4 class=\"card__title\">{}</h4>{}{}</li>",
        esc(&title),
        details(&[
            (e.fit, words::fit(e, &card.fit)),
            (e.distance, words::band(e, &card.band)),
            (e.age, &fill(e.age_years, &[("band", &card.age_band)])),
            (
                e.availability,
                &words::period(t, e, &card.available_from, &card.available_until)
            ),
            (e.hours_per_week, &card.hours_per_week.to_string()),
            (e.matching_dayparts, &dayparts),
            (e.qualifications, &qualifications),
        ]),
        button_form(&card.id, "ask", e.ask_button, &title, true)
    )
}

fn pool_html(language: Language, loaded: &Loaded) -> String {
    let (t, e) = (texts_for(language), texts::employer(language));
    let pool = match loaded {
        Loaded::Ready(body) => Pool::parse(body).unwrap_or_default(),
        Loaded::Refused(code) => return not_ready(e, loaded, words::error(language, code)),
        _ => return not_ready(e, loaded, e.load_failed),
    };
    let cards = if pool.cards.is_empty() {
        format!("<p>{}</p>", esc(e.no_cards))
    } else {
        let items: String = pool
            .cards
            .iter()
            .enumerate()
            .map(|(i, card)| card_html(t, e, i + 1, card))
            .collect();
        format!("<ol class=\"plain-list cards\">{items}</ol>")
    };
    let more = if pool.more > 0 {
        format!(
            "<p>{}</p>",
            esc(&fill(e.more_cards, &[("count", &pool.more)]))
        )
    } else {
        String::new()
    };
    format!(
        "{}<h3>{}</h3>{cards}{more}",
        counts_html(e, &pool),
        esc(e.cards_heading)
    )
}

/// The query string of the filters, or what is wrong with them; the
/// server's limits (1–300 km, 1–60 hours).
fn query(max_km: &str, hours: &str) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut parts = Vec::new();
    for (name, value, max, code) in [
        ("max_km", max_km.trim(), 300, "max_km_invalid"),
        ("hours", hours.trim(), 60, "hours_invalid"),
    ] {
        if value.is_empty() {
            continue;
        }
        match value.parse::<u16>() {
            Ok(n) if (1..=max).contains(&n) => parts.push(format!("{name}={n}")),
            _ => problems.push(Problem::new(name, code)),
        }
    }
    match (problems.is_empty(), parts.is_empty()) {
        (false, _) => Err(problems),
        (true, true) => Ok(String::new()),
        (true, false) => Ok(format!("?{}", parts.join("&"))),
    }
}

pub fn pool_section(page: Page) -> AnyView {
    let i18n = use_i18n();
    let problems = Problems::provide();
    let ask = Sender::new(page.session, page.location);
    let (max_km, hours) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let filters = StoredValue::new(String::new());
    let pool = RwSignal::new(Loaded::Loading);
    let asked = RwSignal::new(false);
    let load = move || {
        page.session.load(
            page.location,
            page.path(&format!("/pool{}", filters.get_value())),
            pool,
        )
    };
    load();
    // A refusal is said above the cards; a card that left the pool goes.
    Effect::new(move |_| {
        if let Some(code) = ask.refused.get() {
            asked.set(false);
            if code == "card_gone" {
                load();
            }
            focus_later(NOTICE.to_owned());
        }
    });
    let search = move || match query(&max_km.get_untracked(), &hours.get_untracked()) {
        Ok(q) => {
            problems.check(Vec::new());
            filters.set_value(q);
            asked.set(false);
            load();
        }
        Err(list) => {
            problems.check(list);
        }
    };
    // Every card's button: the card's id is its form's data.
    let ask_for = move |ev: leptos::ev::SubmitEvent| {
        let Some((card, _)) = submitted(&ev) else {
            return;
        };
        asked.set(false);
        ask.send(
            "POST",
            page.path("/introductions"),
            Some(api::object(&[("card", &card)])),
            Box::new(move |_| {
                asked.set(true);
                load();
                page.reload();
                focus_later(NOTICE.to_owned());
            }),
        );
    };
    let notice = move || {
        let e = i18n.group(texts::employer);
        if asked.get() {
            format!(
                "<div class=\"panel panel--success\"><p class=\"panel__body\">{}</p></div>",
                esc(e.asked_notice)
            )
        } else {
            String::new()
        }
    };
    let head = move || {
        let e = i18n.group(texts::employer);
        format!(
            "<h2>{}</h2><p>{}</p>",
            esc(e.pool_heading),
            esc(e.pool_intro)
        )
    };
    view! {
        {html(head)}
        {error_summary(problems)}
        {form(Box::new(search), vec![view! {
            <fieldset class="fieldset" aria-describedby="filters-hint">
                // The legend must be the fieldset's first child.
                <legend class="legend">{te!(i18n, filters_legend)}</legend>
                {html(move || format!("<div class=\"hint\" id=\"filters-hint\">{}</div>", esc(i18n.group(texts::employer).filters_hint)))}
                {input(spec("max_km", te!(i18n, max_km_label)).number("input--w3").optional(), max_km)}
                {input(spec("hours", te!(i18n, min_hours_label)).number("input--w3").optional(), hours)}
                <button type="submit" class="button button--secondary">{te!(i18n, filter_button)}</button>
            </fieldset>
        }.into_any()])}
        <div id=NOTICE tabindex="-1">
            {live(notice)}
            {send_notes(ask)}
        </div>
        <div on:submit=ask_for inner_html=move || pool_html(i18n.language(), &pool.get())></div>
    }
    .into_any()
}
