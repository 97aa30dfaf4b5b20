//! The languages Handen speaks. Dutch first: the people it serves are in the
//! Netherlands; English second, for everyone else who wants to help.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Nl,
    En,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language")]
pub struct UnknownLanguage;

impl Language {
    pub const ALL: [Language; 2] = [Language::Nl, Language::En];

    /// Accepts a BCP 47 tag as browsers send it (`nl`, `nl-BE`, `EN_gb`).
    pub fn parse(tag: &str) -> Result<Language, UnknownLanguage> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Ok(Language::Nl),
            "en" => Ok(Language::En),
            _ => Err(UnknownLanguage),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags_as_browsers_send_them() {
        for (tag, want) in [
            ("nl", Ok(Language::Nl)),
            ("nl-NL", Ok(Language::Nl)),
            ("nl-BE", Ok(Language::Nl)),
            (" NL ", Ok(Language::Nl)),
            ("en", Ok(Language::En)),
            ("en_GB", Ok(Language::En)),
            ("EN-us", Ok(Language::En)),
            ("de", Err(UnknownLanguage)),
            ("", Err(UnknownLanguage)),
            ("nederlands", Err(UnknownLanguage)),
            ("<script>", Err(UnknownLanguage)),
        ] {
            assert_eq!(Language::parse(tag), want, "tag {tag:?}");
        }
    }

    #[test]
    fn dutch_is_the_default_and_codes_round_trip() {
        assert_eq!(Language::default(), Language::Nl);
        for language in Language::ALL {
            assert_eq!(Language::parse(language.code()), Ok(language));
            assert_eq!(language.to_string(), language.code());
        }
    }

    #[test]
    fn serialises_as_lowercase_code() {
        assert_eq!(serde_json::to_string(&Language::En).unwrap(), "\"en\"");
        assert_eq!(
            serde_json::from_str::<Language>("\"nl\"").unwrap(),
            Language::Nl
        );
    }
}
