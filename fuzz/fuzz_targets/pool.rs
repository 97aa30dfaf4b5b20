//! A work request against a candidate: the request form parsed as the API
//! parses it (or, when it does not parse, any query), the candidate's fit
//! profile read from a sign-up form, then the pool's placement, the card an
//! employer sees and the fit engine with the request as open demand.
#![no_main]

use arbitrary::{Result, Unstructured};
use handen_core::catalogue::CATALOGUE;
use handen_core::date::Date;
use handen_core::employer::WorkRequestForm;
use handen_core::fit::{assess, Demand, DemandArea, FitProfile};
use handen_core::pool::{count_table, place, Card, PoolCandidate, PoolQuery};
use handen_fuzz::{code_list, registration_form, slot_codes, text_field, today};
use libfuzzer_sys::fuzz_target;

fn request_form(u: &mut Unstructured<'_>, today: Date) -> Result<WorkRequestForm> {
    let codes: Vec<&str> = CATALOGUE.iter().map(|p| p.code).collect();
    let slots = slot_codes();
    let slots: Vec<&str> = slots.iter().map(String::as_str).collect();
    let start = today.add_days(u.int_in_range(-3..=400)?).unwrap_or(today);
    let end = start.add_days(u.int_in_range(-3..=400)?).unwrap_or(start);
    let package = *u.choose(&codes)?;
    Ok(WorkRequestForm {
        package: text_field(u, package, &codes)?,
        people: text_field(u, "3", &["1", "200", "201", "0"])?,
        postcode: text_field(u, "3511 AB", &["1012 AB", "9999 ZZ", "6679 AA"])?,
        starts_on: text_field(u, &start.to_string(), &[])?,
        ends_on: text_field(u, &end.to_string(), &[""])?,
        dayparts: code_list(u, &slots)?,
        hours_per_week: text_field(u, "16", &["1", "60", "61"])?,
        notes: text_field(u, "", &["Bring ID.\n\nThanks"])?,
    })
}

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let today = today(u)?;
    let form = registration_form(u, today)?;
    let candidate = PoolCandidate {
        profile: FitProfile::from_form(&form, today),
        available_from: Date::parse_iso(&form.available_from).unwrap_or(today),
        available_until: Date::parse_iso(&form.available_until).ok(),
    };
    let request = request_form(u, today)?.parse(today);
    let query = match &request {
        Ok(r) => PoolQuery {
            package: r.package,
            pc4: r.postcode.pc4(),
            max_km: u.int_in_range(0..=300)?,
            slots: r.slots,
            hours_per_week: r.hours_per_week,
            starts_on: r.starts_on,
            ends_on: r.ends_on,
        },
        Err(_) => PoolQuery {
            package: u.choose(&CATALOGUE)?,
            pc4: u.arbitrary()?,
            max_km: u.arbitrary()?,
            slots: handen_core::availability::WeekGrid::from_bits(u.arbitrary::<u32>()? >> 4)
                .unwrap_or_default(),
            hours_per_week: u.arbitrary()?,
            starts_on: handen_fuzz::any_date(u)?,
            ends_on: if u.arbitrary()? {
                Some(handen_fuzz::any_date(u)?)
            } else {
                None
            },
        },
    };
    if let Some(placement) = place(&query, &candidate) {
        assert!(placement.km <= query.max_km);
        assert_eq!(placement.slots.overlap(query.slots), placement.slots);
        let card = Card::new("c1".to_owned(), &candidate, &placement);
        assert_eq!(card.dayparts, placement.slots.codes());
        let _ = count_table([&placement]);
    }
    if let Ok(r) = &request {
        let package = CATALOGUE.iter().position(|p| p.code == r.package.code);
        if let Some(package) = package {
            let areas = [DemandArea {
                package,
                pc4: r.postcode.pc4(),
                places: r.people,
                slots: r.slots,
            }];
            let demand = Demand::new(&areas, CATALOGUE.len());
            let assessment = assess(&candidate.profile, &CATALOGUE, &demand);
            assert_eq!(assessment.packages.len(), CATALOGUE.len());
        }
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});
