//! Counts as the language writes them: lists run to 100,000 rows, and
//! "101102" is hard to read at a glance.

use handen_core::Language;

/// "101.102" in Dutch, "101,102" in English.
pub fn grouped(n: u32, language: Language) -> String {
    let separator = match language {
        Language::Nl => '.',
        Language::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// "1 regel", "101.102 regels".
pub fn count(n: u32, one: &str, other: &str, language: Language) -> String {
    format!(
        "{} {}",
        grouped(n, language),
        if n == 1 { one } else { other }
    )
}
