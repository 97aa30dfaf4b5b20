//! The sign-up form as the API receives it: any JSON (numbers and nulls
//! where text is expected are accepted by design), then every parse the
//! server and app run on it, and the fit engine on the half-filled form.
#![no_main]

use handen_core::RegistrationForm;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(form) = serde_json::from_slice::<RegistrationForm>(data) else {
        return;
    };
    handen_fuzz::check_registration_form(&form, handen_fuzz::fixed_today());
});
