//! Registration numbers: BIG (11 digits, care professionals) and KvK
//! (8 digits, organisations), typed with spaces, dots or dashes.
#![no_main]

use handen_core::background::BigNumber;
use handen_core::employer::Kvk;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(s) = handen_fuzz::text(data) else {
        return;
    };
    if let Ok(big) = BigNumber::parse(s) {
        assert_eq!(big.as_str().len(), 11);
        assert!(big.as_str().bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(BigNumber::parse(big.as_str()).as_ref(), Ok(&big), "{s:?}");
    }
    if let Ok(kvk) = Kvk::parse(s) {
        let digits = kvk.as_string();
        assert_eq!(digits.len(), 8);
        assert!(
            digits.bytes().all(|b| b.is_ascii_digit()),
            "{s:?} -> {digits:?}"
        );
        assert_eq!(Kvk::parse(&digits), Ok(kvk), "{s:?}");
    }
});
