//! "What could I do?": the fit panel for anyone, before signing up. The
//! answers are the sign-up draft's, so they come along when the person
//! signs up.

use crate::components::PageTitle;
use crate::fit::FitPanel;
use crate::i18n::{texts, use_i18n};
use crate::labels;
use crate::signup::fields::{
    choices, parse_yes_no, yes_no, yes_no_choices, Checkboxes, Radios, ShownErrors, TextInput,
};
use crate::signup::grid::DaypartGrid;
use crate::t;
use handen_core::background::{Course, DiplomaLevel, Vog};
use handen_core::Field;
use leptos::prelude::*;

#[component]
pub fn Explore() -> impl IntoView {
    let i18n = use_i18n();
    // Nothing is checked here: the panel says what each answer means.
    provide_context(ShownErrors(RwSignal::new(Vec::new())));
    view! {
        <PageTitle text=Signal::derive(move || i18n.group(texts::explore).title.to_owned()) />
        <h1>{t!(i18n, explore.title)}</h1>
        <p class="lead">{t!(i18n, explore.lead)}</p>
        <FitPanel open=true />
        <div class="inline-fields">
            <TextInput field=Field::Postcode label=|t| t.signup.postcode autocomplete="postal-code" width="input--w7 input--upper"
                get=|f| f.postcode.clone() set=|f, v| f.postcode = v />
            <TextInput field=Field::TravelKm label=|t| t.signup.travel_km inputmode="numeric" width="input--w3" suffix=|t| t.signup.km
                get=|f| f.travel_km.clone() set=|f, v| f.travel_km = v />
        </div>
        <TextInput field=Field::HoursPerWeek label=|t| t.signup.hours_per_week inputmode="numeric" width="input--w3"
            get=|f| f.hours_per_week.clone() set=|f, v| f.hours_per_week = v />
        <DaypartGrid />
        <Radios field=Field::CareBackground legend=|t| t.signup.care_background options=yes_no_choices() inline=true
            get=|f| yes_no(f.care_background) set=|f, v| f.care_background = parse_yes_no(&v) />
        <Radios field=Field::DiplomaLevel legend=|t| t.signup.diploma_level
            options=choices(DiplomaLevel::ALL, DiplomaLevel::code, labels::diploma_level)
            get=|f| f.diploma_level.clone() set=|f, v| f.diploma_level = v />
        <Checkboxes field=Field::Courses legend=|t| t.signup.courses
            options=choices(Course::ALL, Course::code, labels::course) read=|f| &f.courses list=|f| &mut f.courses />
        <Radios field=Field::Vog legend=|t| t.signup.vog
            options=choices(Vog::ALL, Vog::code, labels::vog) get=|f| f.vog.clone() set=|f, v| f.vog = v />
        <p><a href="/sign-up" class="button">{t!(i18n, explore.cta)}</a></p>
    }
}
