//! The sign-up form built field by field from the fuzzer's bytes, starting
//! from a valid example: each field kept, emptied, replaced by a typical
//! value or by anything, on any `today`. Gets much further into the rules
//! than JSON from scratch, which rarely makes a form that nearly parses.
#![no_main]

use arbitrary::Unstructured;
use handen_fuzz::{registration_form, today};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(today) = today(&mut u) else {
        return;
    };
    if let Ok(form) = registration_form(&mut u, today) {
        handen_fuzz::check_registration_form(&form, today);
    }
});
