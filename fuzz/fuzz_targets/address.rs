//! Postcodes, house numbers (number and addition typed apart or together)
//! and travel distances. Input: `postcode SEP number SEP addition`; the
//! postcode field is also tried as a travel distance.
#![no_main]

use handen_core::address::{HouseNumber, TravelDistance};
use handen_core::postcode::{pc4_exists, Postcode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(s) = handen_fuzz::text(data) else {
        return;
    };
    let [postcode, number, addition] = handen_fuzz::fields(s);
    if let Ok(p) = Postcode::parse(postcode) {
        assert!(pc4_exists(p.pc4()));
        assert_eq!(Postcode::parse(&p.to_string()), Ok(p), "{postcode:?}");
        let json = serde_json::to_string(&p).expect("a Postcode serialises");
        assert_eq!(serde_json::from_str::<Postcode>(&json).ok(), Some(p));
    }
    if let Ok(km) = TravelDistance::parse(postcode) {
        assert!(km.km() <= TravelDistance::MAX_KM);
    }
    if let Ok(house) = HouseNumber::parse(number, addition) {
        assert!((1..=99_999).contains(&house.number()));
        // What the address shows is what a person could type back in.
        let shown = house.to_string();
        assert_eq!(
            HouseNumber::parse(&shown, "").as_ref(),
            Ok(&house),
            "{number:?} {addition:?} shown as {shown:?}"
        );
    }
});
