//! The binary open-demand format the server sends to phones (`HND1`, the
//! package codes, 10 bytes per area): decoding any bytes, and what decodes
//! encodes and decodes to itself.
#![no_main]

use handen_core::catalogue::CATALOGUE;
use handen_core::fit::{assess, Demand, FitProfile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(areas) = Demand::decode(data, &CATALOGUE) else {
        return;
    };
    assert!(areas.iter().all(|a| a.package < CATALOGUE.len()));
    let encoded = Demand::encode(&areas, &CATALOGUE);
    assert_eq!(Demand::decode(&encoded, &CATALOGUE).as_ref(), Ok(&areas));
    let demand = Demand::new(&areas, CATALOGUE.len());
    for package in 0..CATALOGUE.len() {
        assert!(demand
            .of_package(package)
            .iter()
            .all(|(a, _)| a.package == package));
    }
    let example = handen_core::RegistrationForm::example(handen_fuzz::fixed_today());
    let profile = FitProfile::from_form(&example, handen_fuzz::fixed_today());
    let _ = assess(&profile, &CATALOGUE, &demand);
});
