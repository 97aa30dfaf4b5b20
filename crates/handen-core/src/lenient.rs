//! Deserialisers for form fields sent by clients other than the app: a
//! number where text was expected, or `null` for "left empty", mean what
//! they obviously mean. Anything else is still a type error.

use serde::{Deserialize, Deserializer};

#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Whole(i64),
    Fraction(f64),
}

pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Option::<Scalar>::deserialize(d)? {
        None => String::new(),
        Some(Scalar::Text(s)) => s,
        Some(Scalar::Whole(n)) => n.to_string(),
        Some(Scalar::Fraction(f)) => f.to_string(),
    })
}

pub fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(Option::<Vec<String>>::deserialize(d)?.unwrap_or_default())
}

pub fn flag<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Option::<bool>::deserialize(d)?.unwrap_or(false))
}
