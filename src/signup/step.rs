//! One step of the wizard per URL (`/sign-up/<step>`): its questions, an
//! error summary, and "Continue", which checks just this step with the
//! rules from handen-core before moving on.

use super::check::CheckAnswers;
use super::done::Done;
use super::draft::{today, use_draft};
use super::earlier;
use super::fields::{
    choices, parse_yes_no, yes_no, yes_no_choices, Checkboxes, DateParts, Radios, ShownErrors,
    TextArea, TextInput,
};
use super::grid::DaypartGrid;
use super::summary::{focus_later, ErrorSummary, SUMMARY_ID};
use crate::components::PageTitle;
use crate::fit::FitPanel;
use crate::i18n::{fill, use_i18n, Texts};
use crate::labels;
use crate::pages::NotFound;
use crate::router::use_location;
use crate::t;
use handen_core::background::{BigProfession, Course, DiplomaLevel, SpokenLanguage, Vog};
use handen_core::consent::{ConsentKind, CONSENT_VERSION};
use handen_core::interest::{Motivation, Sector};
use handen_core::{Field, Step};
use leptos::prelude::*;

pub fn title(t: &'static Texts, step: Step) -> &'static str {
    let s = &t.signup;
    match step {
        Step::Name => s.name_title,
        Step::Contact => s.contact_title,
        Step::Address => s.address_title,
        Step::Availability => s.availability_title,
        Step::Background => s.background_title,
        Step::Interests => s.interests_title,
        Step::Consent => s.consent_title,
    }
}

pub fn step_path(step: Step) -> String {
    format!("/sign-up/{}", step.slug())
}

/// Every page under `/sign-up`: the steps, "check", "done"; `/sign-up`
/// itself starts at the first step.
pub fn sign_up_page(slug: Option<&str>) -> AnyView {
    match slug {
        None => {
            let location = use_location();
            queue_microtask(move || location.replace("/sign-up/name"));
            ().into_any()
        }
        Some("check") => view! { <CheckAnswers /> }.into_any(),
        Some("done") => view! { <Done /> }.into_any(),
        Some(slug) => match Step::from_slug(slug) {
            Some(step) => view! { <StepForm step /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        },
    }
}

#[component]
fn StepForm(step: Step) -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let location = use_location();
    let earlier = draft.server_errors.with_untracked(|errors| {
        errors
            .iter()
            .copied()
            .filter(|c| c.field().step() == Some(step))
            .collect()
    });
    let shown = ShownErrors(RwSignal::new(earlier));
    provide_context(shown);
    // Arriving from an error link elsewhere: go straight to the field.
    let hash = location.hash_untracked();
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
        focus_later(id.to_owned());
    }

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let errors = draft.form.with_untracked(|f| f.errors_on(step, today()));
        if !errors.is_empty() {
            shown.0.set(errors);
            focus_later(SUMMARY_ID.to_owned());
            return;
        }
        shown.0.set(Vec::new());
        if step == Step::Contact {
            draft.form.with_untracked(|f| {
                earlier::ask_server(f);
                draft.earlier.set(Some(earlier::sent_from_here(f)));
            });
        }
        draft
            .server_errors
            .update(|e| e.retain(|c| c.field().step() != Some(step)));
        let back_to_check = untrack(|| location.query_param("return")).as_deref() == Some("check");
        let next = match step.next() {
            Some(next) if !back_to_check => step_path(next),
            _ => "/sign-up/check".to_owned(),
        };
        location.navigate(&next);
    };
    let back = step.previous().map_or_else(|| "/".to_owned(), step_path);
    let progress = move || {
        fill(
            i18n.texts().signup.step_of,
            &[("step", &(step.index() + 1)), ("total", &Step::ALL.len())],
        )
    };
    view! {
        <PageTitle text=Signal::derive(move || title(i18n.texts(), step).to_owned()) />
        <a href=back class="back-link">{t!(i18n, signup.back)}</a>
        <ErrorSummary errors=shown on=Some(step) />
        {(step == Step::Address).then(|| view! { <EarlierNotice /> })}
        <form novalidate on:submit=on_submit>
            <span class="caption">{progress}</span>
            <h1>{move || title(i18n.texts(), step)}</h1>
            {questions(step)}
            <button type="submit" class="button">{t!(i18n, signup.continue_button)}</button>
        </form>
        {matches!(step, Step::Address | Step::Availability | Step::Background | Step::Interests).then(|| view! { <FitPanel /> })}
        <p class="hint">{t!(i18n, signup.saved_on_device)}</p>
    }
}

fn questions(step: Step) -> AnyView {
    match step {
        Step::Name => name().into_any(),
        Step::Contact => contact().into_any(),
        Step::Address => address().into_any(),
        Step::Availability => availability().into_any(),
        Step::Background => background().into_any(),
        Step::Interests => interests().into_any(),
        Step::Consent => consent().into_any(),
    }
}

fn name() -> impl IntoView {
    view! {
        <TextInput field=Field::GivenNames label=|t| t.signup.given_names hint=|t| t.signup.given_names_hint
            autocomplete="given-name" get=|f| f.given_names.clone() set=|f, v| f.given_names = v />
        <TextInput field=Field::NamePrefix label=|t| t.signup.name_prefix hint=|t| t.signup.name_prefix_hint
            optional=true width="input--w10" get=|f| f.name_prefix.clone() set=|f, v| f.name_prefix = v />
        <TextInput field=Field::Surname label=|t| t.signup.surname autocomplete="family-name"
            get=|f| f.surname.clone() set=|f, v| f.surname = v />
        <DateParts field=Field::BirthDate legend=|t| t.signup.birth_date hint=|t| t.signup.birth_date_hint
            get=|f| f.birth_date.clone() set=|f, v| f.birth_date = v />
    }
}

fn contact() -> impl IntoView {
    view! {
        <TextInput field=Field::Email label=|t| t.signup.email hint=|t| t.signup.email_hint kind="email"
            autocomplete="email" get=|f| f.email.clone() set=|f, v| f.email = v />
        <TextInput field=Field::Phone label=|t| t.signup.phone hint=|t| t.signup.phone_hint kind="tel"
            autocomplete="tel" width="input--w15" get=|f| f.phone.clone() set=|f, v| f.phone = v />
    }
}

fn address() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="hint">{t!(i18n, signup.address_hint)}</p>
        <TextInput field=Field::Postcode label=|t| t.signup.postcode autocomplete="postal-code" width="input--w7 input--upper"
            get=|f| f.postcode.clone() set=|f, v| f.postcode = v />
        <div class="inline-fields">
            <TextInput field=Field::HouseNumber label=|t| t.signup.house_number width="input--w5"
                get=|f| f.house_number.clone() set=|f, v| f.house_number = v />
            <TextInput field=Field::HouseNumberAddition label=|t| t.signup.house_number_addition optional=true width="input--w5"
                get=|f| f.house_number_addition.clone() set=|f, v| f.house_number_addition = v />
        </div>
        {travel()}
    }
}

pub fn travel() -> impl IntoView {
    view! {
        <TextInput field=Field::TravelKm label=|t| t.signup.travel_km hint=|t| t.signup.travel_km_hint inputmode="numeric"
            width="input--w3" suffix=|t| t.signup.km get=|f| f.travel_km.clone() set=|f, v| f.travel_km = v />
    }
}

pub fn availability() -> impl IntoView {
    view! {
        <TextInput field=Field::AvailableFrom label=|t| t.signup.available_from kind="date" width="input--date"
            get=|f| f.available_from.clone() set=|f, v| f.available_from = v />
        <TextInput field=Field::AvailableUntil label=|t| t.signup.available_until hint=|t| t.signup.available_until_hint
            kind="date" width="input--date" optional=true get=|f| f.available_until.clone() set=|f, v| f.available_until = v />
        <TextInput field=Field::HoursPerWeek label=|t| t.signup.hours_per_week inputmode="numeric" width="input--w3"
            get=|f| f.hours_per_week.clone() set=|f, v| f.hours_per_week = v />
        <DaypartGrid />
        <TextArea field=Field::AvailabilityNotes label=|t| t.signup.availability_notes
            get=|f| f.availability_notes.clone() set=|f, v| f.availability_notes = v />
    }
}

pub fn background() -> impl IntoView {
    let draft = super::draft::use_draft();
    let i18n = use_i18n();
    let care = move || draft.form.with(|f| f.care_background == Some(true));
    let big = move || care() && draft.form.with(|f| f.big_registered == Some(true));
    let expired = move || big() && draft.form.with(|f| f.big_status == "expired");
    let has_diploma = move || {
        draft
            .form
            .with(|f| !matches!(f.diploma_level.as_str(), "" | "none"))
    };
    let studying = move || draft.form.with(|f| f.student == Some(true));
    let big_status = Signal::derive(move || {
        let s = &i18n.texts().signup;
        vec![("valid", s.big_valid), ("expired", s.big_expired)]
    });
    view! {
        <Radios field=Field::CareBackground legend=|t| t.signup.care_background hint=|t| t.signup.care_background_hint
            options=yes_no_choices() inline=true get=|f| yes_no(f.care_background) set=|f, v| f.care_background = parse_yes_no(&v) />
        <Show when=care>
            <div class="conditional">
                <Radios field=Field::BigRegistered legend=|t| t.signup.big_registered hint=|t| t.signup.big_registered_hint
                    options=yes_no_choices() inline=true get=|f| yes_no(f.big_registered) set=|f, v| f.big_registered = parse_yes_no(&v) />
                <Show when=big>
                    <TextInput field=Field::BigNumber label=|t| t.signup.big_number hint=|t| t.signup.big_number_hint
                        inputmode="numeric" width="input--w11" get=|f| f.big_number.clone() set=|f, v| f.big_number = v />
                    <Radios field=Field::BigProfession legend=|t| t.signup.big_profession
                        options=choices(BigProfession::ALL, BigProfession::code, labels::big_profession)
                        get=|f| f.big_profession.clone() set=|f, v| f.big_profession = v />
                    <Radios field=Field::BigStatus legend=|t| t.signup.big_status options=big_status
                        get=|f| f.big_status.clone() set=|f, v| f.big_status = v />
                    <Show when=expired>
                        <TextInput field=Field::BigExpiredOn label=|t| t.signup.big_expired_on kind="date" width="input--date"
                            get=|f| f.big_expired_on.clone() set=|f, v| f.big_expired_on = v />
                    </Show>
                </Show>
            </div>
        </Show>
        <Radios field=Field::DiplomaLevel legend=|t| t.signup.diploma_level
            options=choices(DiplomaLevel::ALL, DiplomaLevel::code, labels::diploma_level)
            get=|f| f.diploma_level.clone() set=|f, v| f.diploma_level = v />
        <Show when=has_diploma>
            <div class="conditional">
                <TextInput field=Field::DiplomaField label=|t| t.signup.diploma_field hint=|t| t.signup.diploma_field_hint
                    get=|f| f.diploma_field.clone() set=|f, v| f.diploma_field = v />
            </div>
        </Show>
        <Radios field=Field::Student legend=|t| t.signup.student options=yes_no_choices() inline=true
            get=|f| yes_no(f.student) set=|f, v| f.student = parse_yes_no(&v) />
        <Show when=studying>
            <div class="conditional">
                <TextInput field=Field::StudentField label=|t| t.signup.student_field
                    get=|f| f.student_field.clone() set=|f, v| f.student_field = v />
                <TextInput field=Field::StudentYear label=|t| t.signup.student_year inputmode="numeric" width="input--w2"
                    get=|f| f.student_year.clone() set=|f, v| f.student_year = v />
            </div>
        </Show>
        <Checkboxes field=Field::Courses legend=|t| t.signup.courses hint=|t| t.signup.courses_hint
            options=choices(Course::ALL, Course::code, labels::course) read=|f| &f.courses list=|f| &mut f.courses />
        <Radios field=Field::Vog legend=|t| t.signup.vog hint=|t| t.signup.vog_hint
            options=choices(Vog::ALL, Vog::code, labels::vog) get=|f| f.vog.clone() set=|f, v| f.vog = v />
        <Checkboxes field=Field::Languages legend=|t| t.signup.languages
            options=choices(SpokenLanguage::ALL, SpokenLanguage::code, labels::spoken_language)
            read=|f| &f.languages list=|f| &mut f.languages />
    }
}

fn interests() -> impl IntoView {
    view! {
        {sectors()}
        <Radios field=Field::Motivation legend=|t| t.signup.motivation
            options=choices(Motivation::ALL, Motivation::code, labels::motivation)
            get=|f| f.motivation.clone() set=|f, v| f.motivation = v />
    }
}

pub fn sectors() -> impl IntoView {
    view! {
        <Checkboxes field=Field::Sectors legend=|t| t.signup.sectors hint=|t| t.signup.sectors_hint
            options=choices(Sector::ALL, Sector::code, labels::sector) read=|f| &f.sectors list=|f| &mut f.sectors />
    }
}

fn consent() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    let errors = expect_context::<ShownErrors>();
    let has_error = move || errors.first(Field::ConsentCrisis).is_some();
    let text = move |kind: ConsentKind| kind.text(i18n.language());
    view! {
        <p>{t!(i18n, signup.consent_intro)}</p>
        <div class="form-group" class:form-group--error=has_error>
            <super::fields::ErrorMessage field=Field::ConsentCrisis />
            <p class="consent-text" id="consent-crisis-text">{move || text(ConsentKind::Crisis)}</p>
            <div class="choice">
                <input
                    class="choice__input"
                    type="checkbox"
                    id="consent_crisis"
                    aria-describedby=move || if has_error() { "consent-crisis-text consent_crisis-error" } else { "consent-crisis-text" }
                    aria-invalid=move || has_error().then_some("true")
                    prop:checked=move || draft.form.with(|f| f.consent_crisis)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        // Record which text was shown: this version, in this language.
                        let language = i18n.language_untracked();
                        draft.form.update(|f| {
                            f.consent_crisis = on;
                            f.consent_version = CONSENT_VERSION.to_owned();
                            f.language = language.code().to_owned();
                        });
                    }
                />
                <label class="choice__label" for="consent_crisis">{t!(i18n, signup.consent_crisis)}</label>
            </div>
        </div>
        <h2>{t!(i18n, signup.consent_reservist_title)}</h2>
        <p class="consent-text" id="consent-reservist-text">{move || text(ConsentKind::Reservist)}</p>
        <div class="form-group">
            <div class="choice">
                <input
                    class="choice__input"
                    type="checkbox"
                    id="consent_reservist"
                    aria-describedby="consent-reservist-text"
                    prop:checked=move || draft.form.with(|f| f.consent_reservist)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.form.update(|f| f.consent_reservist = on);
                    }
                />
                <label class="choice__label" for="consent_reservist">{t!(i18n, signup.consent_reservist)}</label>
            </div>
        </div>
        <p><a href="/about">{t!(i18n, signup.privacy_link)}</a></p>
    }
}

/// What the duplicate check means for the person, in the same words
/// whatever the server found: it never says whether someone is registered.
#[component]
fn EarlierNotice() -> impl IntoView {
    let i18n = use_i18n();
    let draft = use_draft();
    move || {
        draft.earlier.get().map(|from_here| {
            let text = move || {
                let s = &i18n.texts().signup;
                if from_here {
                    s.earlier_from_this_device
                } else {
                    s.earlier_link_sent
                }
            };
            view! {
                <div class="panel panel--warning" role="status">
                    <p class="panel__body">{text}</p>
                    <p class="panel__body">
                        <a href="/sign-in">{t!(i18n, signup.earlier_sign_in)}</a>
                    </p>
                </div>
            }
        })
    }
}
