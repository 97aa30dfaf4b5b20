//! The fit panel's words: an assessment written out in the person's
//! language, as a summary line and an HTML fragment. Built in the worker, so
//! the main app carries neither these words nor the code that picks them.

use crate::html::esc;
use crate::i18n::texts::{fit as fit_texts, Fit};
use crate::i18n::{counted, fill, texts_for, Texts};
use crate::labels;
use handen_core::catalogue::{Qualification, WorkPackage, CATALOGUE};
use handen_core::fit::{Assessment, FitProfile, FitStatus, Friction, PackageFit, Suggestion};
use handen_core::Language;
use std::fmt::Write;

pub struct Rendered {
    pub summary: String,
    pub html: String,
    /// "Does not fit yet (22)": shown by the app as a folded group whose
    /// open state survives each new answer.
    pub rest_title: String,
    pub rest_html: String,
}

struct Words {
    t: &'static Texts,
    f: &'static Fit,
    language: Language,
}

impl Words {
    fn packages(&self, n: u32) -> String {
        counted(n, self.f.package_one, self.f.package_other)
    }

    fn places(&self, n: u32) -> String {
        counted(n, self.f.place_one, self.f.place_other)
    }

    fn friction(&self, friction: Friction) -> String {
        let f = self.f;
        match friction {
            Friction::Hours { offered, needed } => fill(
                f.friction_hours,
                &[("offered", &offered), ("needed", &needed)],
            ),
            Friction::Weeks { offered, needed } => fill(
                f.friction_weeks,
                &[("offered", &offered), ("needed", &needed)],
            ),
            Friction::Dayparts { offered, needed } => fill(
                f.friction_dayparts,
                &[("offered", &offered), ("needed", &needed)],
            ),
            Friction::Distance {
                nearest_km,
                travel_km,
            } => fill(
                f.friction_distance,
                &[("km", &nearest_km), ("travel", &travel_km)],
            ),
            Friction::Qualification(q) => match q {
                Qualification::None => String::new(),
                Qualification::Course(course) => fill(
                    f.friction_course,
                    &[("course", &labels::course(self.t, course))],
                ),
                Qualification::CareDiploma(level) => fill(
                    f.friction_care_diploma,
                    &[("level", &labels::diploma_level(self.t, level))],
                ),
                Qualification::Diploma(level) => fill(
                    f.friction_diploma,
                    &[("level", &labels::diploma_level(self.t, level))],
                ),
                Qualification::BigRegistration => f.friction_big.to_owned(),
            },
            Friction::Vog => f.friction_vog.to_owned(),
            Friction::Age { age, needed } => {
                fill(f.friction_age, &[("age", &age), ("needed", &needed)])
            }
        }
    }

    fn suggestion(&self, s: Suggestion) -> String {
        let f = self.f;
        match s {
            Suggestion::AddSlot { slot, packages } => {
                let when = format!(
                    "{} {}",
                    labels::weekday(self.t, slot.day),
                    labels::daypart(self.t, slot.part)
                );
                fill(
                    f.suggest_slot,
                    &[("slot", &when), ("packages", &self.packages(packages))],
                )
            }
            Suggestion::TravelFurther { extra_km, places } => fill(
                f.suggest_travel,
                &[("km", &extra_km), ("places", &self.places(places))],
            ),
            Suggestion::MoreHours { hours, packages } => fill(
                f.suggest_hours,
                &[("hours", &hours), ("packages", &self.packages(packages))],
            ),
            Suggestion::LongerPeriod { weeks, packages } => fill(
                f.suggest_weeks,
                &[("weeks", &weeks), ("packages", &self.packages(packages))],
            ),
            Suggestion::TakeCourse { course, packages } => fill(
                f.suggest_course,
                &[
                    ("course", &labels::course(self.t, course)),
                    ("packages", &self.packages(packages)),
                ],
            ),
            Suggestion::RequestVog { packages } => {
                fill(f.suggest_vog, &[("packages", &self.packages(packages))])
            }
        }
    }

    fn reach(&self, fit: &PackageFit) -> String {
        let f = self.f;
        if fit.open_places == 0 {
            return f.no_demand.to_owned();
        }
        match (fit.reachable, fit.nearest_km) {
            (None, _) => f.reach_unknown.to_owned(),
            (Some(0), _) | (_, None) => f.reach_none.to_owned(),
            (Some(places), Some(km)) => {
                fill(f.reach, &[("places", &self.places(places)), ("km", &km)])
            }
        }
    }

    fn item(&self, p: &WorkPackage, fit: &PackageFit, out: &mut String) {
        let _ = write!(
            out,
            "<li class=\"fit\"><span class=\"fit__title\">{}</span> <span class=\"fit__sector\">{}</span>",
            esc(p.title.get(self.language)),
            esc(labels::sector(self.t, p.sector)),
        );
        match fit.status {
            FitStatus::Now => {
                let _ = write!(
                    out,
                    "<span class=\"fit__note\">{}</span>",
                    esc(&self.reach(fit))
                );
            }
            FitStatus::AfterCourse(course) => {
                let with = fill(
                    self.f.with_course,
                    &[("course", &labels::course(self.t, course))],
                );
                let _ = write!(
                    out,
                    "<span class=\"fit__note\">{} {}</span>",
                    esc(&with),
                    esc(&self.reach(fit))
                );
            }
            FitStatus::No => {
                out.push_str("<ul class=\"fit__frictions\">");
                for friction in &fit.frictions {
                    let _ = write!(out, "<li>{}</li>", esc(&self.friction(*friction)));
                }
                out.push_str("</ul>");
            }
        }
        out.push_str("</li>");
    }
}

/// Packages in the person's sectors first, then most places within reach.
fn ordered<'a>(
    fits: impl Iterator<Item = &'a PackageFit>,
    profile: &FitProfile,
) -> Vec<&'a PackageFit> {
    let mut list: Vec<&PackageFit> = fits.collect();
    list.sort_by_key(|f| {
        let p = &CATALOGUE[f.package];
        (
            !profile.sectors.contains(&p.sector),
            std::cmp::Reverse(f.reachable.unwrap_or(0)),
            f.package,
        )
    });
    list
}

pub fn render(
    a: &Assessment,
    profile: &FitProfile,
    language: Language,
    demand_loaded: bool,
) -> Rendered {
    let w = Words {
        t: texts_for(language),
        f: fit_texts(language),
        language,
    };
    let f = w.f;
    let total = u32::try_from(a.packages.len()).unwrap_or(0);
    let mut summary = fill(f.summary, &[("now", &a.fits_now), ("total", &total)]);
    if a.fits_after_course > 0 {
        summary.push(' ');
        summary.push_str(&fill(f.summary_course, &[("count", &a.fits_after_course)]));
    }
    if profile.pc4.is_some() && profile.travel_km.is_some() && a.reachable_places > 0 {
        summary.push(' ');
        summary.push_str(&fill(
            f.summary_places,
            &[("places", &w.places(a.reachable_places))],
        ));
    }

    let mut html = String::with_capacity(4096);
    let _ = write!(
        html,
        "<p class=\"fit-panel__hint\">{}</p>",
        esc(f.summary_so_far)
    );
    if !demand_loaded {
        let _ = write!(
            html,
            "<p class=\"fit-panel__hint\">{}</p>",
            esc(f.demand_unavailable)
        );
    }
    if let (Some(origin), Some(pc4)) = (a.origin, profile.pc4) {
        let note = if origin.exact {
            fill(f.origin, &[("pc4", &pc4)])
        } else {
            fill(f.origin_fallback, &[("pc4", &pc4), ("used", &origin.used)])
        };
        let _ = write!(html, "<p class=\"fit-panel__hint\">{}</p>", esc(&note));
    }
    if !a.suggestions.is_empty() {
        let _ = write!(
            html,
            "<h3 class=\"fit-panel__heading\">{}</h3><ul class=\"fit-suggestions\">",
            esc(f.suggestions_title)
        );
        for s in &a.suggestions {
            let _ = write!(html, "<li>{}</li>", esc(&w.suggestion(*s)));
        }
        html.push_str("</ul>");
    }
    type Group = (&'static str, fn(FitStatus) -> bool);
    let groups: [Group; 3] = [
        (f.group_now, |s| s == FitStatus::Now),
        (f.group_course, |s| matches!(s, FitStatus::AfterCourse(_))),
        (f.group_no, |s| s == FitStatus::No),
    ];
    let (mut rest_title, mut rest_html) = (String::new(), String::new());
    for (index, (title, wanted)) in groups.into_iter().enumerate() {
        let list = ordered(a.packages.iter().filter(|p| wanted(p.status)), profile);
        if list.is_empty() {
            continue;
        }
        // What does not fit yet goes apart: on a phone it is most of the list.
        let out = if index == 2 {
            rest_title = format!("{title} ({})", list.len());
            &mut rest_html
        } else {
            let _ = write!(
                html,
                "<h3 class=\"fit-panel__heading\">{} ({})</h3>",
                esc(title),
                list.len()
            );
            &mut html
        };
        out.push_str("<ul class=\"fit-list\">");
        for fit in list {
            w.item(&CATALOGUE[fit.package], fit, out);
        }
        out.push_str("</ul>");
    }
    Rendered {
        summary,
        html,
        rest_title,
        rest_html,
    }
}
