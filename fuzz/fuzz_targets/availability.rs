//! Availability: daypart codes (`tue_afternoon`), the week grid they make,
//! and the availability step (from, until, hours, dayparts, notes). Input:
//! `from SEP until SEP hours SEP notes SEP code SEP code …`.
#![no_main]

use handen_core::availability::{Availability, AvailabilityInput, Slot, WeekGrid};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(s) = handen_fuzz::text(data) else {
        return;
    };
    let [from, until, hours, notes, codes] = handen_fuzz::fields(s);
    let codes: Vec<String> = codes.split(handen_fuzz::SEP).map(str::to_owned).collect();
    for code in &codes {
        // Lenient on spaces around either part ("sun _night"), which the
        // code it stores drops.
        if let Some(slot) = Slot::parse(code) {
            assert_eq!(Slot::parse(&slot.code()), Some(slot));
        }
    }
    if let Ok(grid) = WeekGrid::parse_codes(&codes) {
        assert!(!grid.is_empty());
        assert_eq!(WeekGrid::from_bits(grid.bits()), Some(grid));
        assert_eq!(WeekGrid::parse_codes(&grid.codes()), Ok(grid));
        assert_eq!(grid.slots().count(), grid.count() as usize);
        assert!(grid.days() <= 7);
    }
    let today = handen_fuzz::fixed_today();
    let input = AvailabilityInput {
        from,
        until,
        hours_per_week: hours,
        dayparts: &codes,
        notes,
    };
    match Availability::parse(&input, today) {
        Ok(a) => {
            assert!(a
                .until
                .is_none_or(|until| until >= a.from && until >= today));
            assert!(u16::from(a.hours_per_week) <= a.grid.max_hours());
            assert!(a.weeks().is_none_or(|w| w >= 0));
        }
        Err(errors) => assert!(!errors.is_empty()),
    }
});
