//! Small parsers of one string each: free text (one line, several lines),
//! language tags, the closed code lists, which app shows a path, and the
//! sign-in link's fragment and `next` page. The first byte picks a limit.
#![no_main]

use handen_core::account::{link_fragment, next_page, PauseReason, StatusEvent};
use handen_core::availability::{Daypart, Weekday};
use handen_core::background::{BigProfession, Course, DiplomaLevel, SpokenLanguage, Vog};
use handen_core::bundle::Bundle;
use handen_core::consent::ConsentKind;
use handen_core::employer::{EmployerError, OutcomeReason};
use handen_core::field::{Field, Step};
use handen_core::interest::{Motivation, Sector};
use handen_core::text::{multi_line, single_line};
use handen_core::{ErrorCode, Language};
use libfuzzer_sys::fuzz_target;

/// `from_code` finds a code only as `code()` writes it, trimmed.
macro_rules! codes {
    ($s:expr, $($t:ty),*) => {$(
        if let Some(v) = <$t>::from_code($s) {
            assert_eq!(v.code(), $s.trim());
            assert_eq!(<$t>::from_code(v.code()), Some(v));
        }
    )*};
}

fuzz_target!(|data: &[u8]| {
    let Some((&max, rest)) = data.split_first() else {
        return;
    };
    let Some(s) = handen_fuzz::text(rest) else {
        return;
    };
    let max = usize::from(max);
    if let Ok(line) = single_line(s, max) {
        assert!(line.chars().count() <= max);
        assert!(!line.is_empty() && line.trim() == line && !line.contains("  "));
        assert_eq!(single_line(&line, max).as_ref(), Ok(&line), "{s:?}");
    }
    if let Ok(text) = multi_line(s, max) {
        assert!(text.chars().count() <= max);
        assert!(!text.contains("\n\n\n"), "{s:?} -> {text:?}");
        assert_eq!(multi_line(&text, max).as_ref(), Ok(&text), "{s:?}");
    }
    if let Ok(language) = Language::parse(s) {
        assert_eq!(Language::parse(language.code()), Ok(language));
    }
    codes!(
        s,
        Weekday,
        Daypart,
        PauseReason,
        StatusEvent,
        BigProfession,
        Course,
        DiplomaLevel,
        SpokenLanguage,
        Vog,
        ConsentKind,
        OutcomeReason,
        Motivation,
        Sector,
        EmployerError
    );
    if let Some(code) = ErrorCode::from_code(s) {
        assert_eq!(ErrorCode::from_code(code.code()), Some(code));
    }
    let _ = Step::from_slug(s);
    let _ = Field::ALL.iter().find(|f| f.name() == s);
    let bundle = Bundle::for_path(s);
    assert!(bundle.owns(s));
    let next = next_page(s);
    assert!(next == "/my" || next == s);
    assert!(
        next.starts_with("/my") && !next.contains("//"),
        "{s:?} -> {next:?}"
    );
    if let Some((token, next)) = link_fragment(s) {
        assert!(!token.is_empty());
        let _ = next_page(&next);
    }
});
