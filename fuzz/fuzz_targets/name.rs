//! A person's name: given names, prefix (tussenvoegsel) and surname, with a
//! prefix typed into the surname field moved to its own. Input: `given SEP
//! prefix SEP surname`. A parsed name parses again to itself.
#![no_main]

use handen_core::name::PersonName;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(s) = handen_fuzz::text(data) else {
        return;
    };
    let [given, prefix, surname] = handen_fuzz::fields(s);
    match PersonName::parse(given, prefix, surname) {
        Ok(name) => {
            let again = PersonName::parse(
                name.given_names(),
                name.prefix().unwrap_or(""),
                name.surname(),
            );
            assert_eq!(
                again.as_ref(),
                Ok(&name),
                "{given:?} {prefix:?} {surname:?}"
            );
            assert!(!name.full().is_empty());
        }
        Err(errors) => assert!(!errors.is_empty(), "{given:?} {prefix:?} {surname:?}"),
    }
});
