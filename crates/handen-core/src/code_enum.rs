//! Closed sets of choices (sectors, dayparts, professions …) travel as stable
//! lowercase codes; this macro gives each set its code table once.

#[macro_export]
macro_rules! code_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }

            /// A scan of `ALL`, not a `match` on strings: the match compiles
            /// to a decision tree per enum, which costs the browser build KBs.
            pub fn from_code(code: &str) -> Option<$name> {
                let code = code.trim();
                $name::ALL.iter().copied().find(|v| v.code() == code)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                let code = <String as ::serde::Deserialize>::deserialize(d)?;
                $name::from_code(&code).ok_or_else(|| ::serde::de::Error::custom("unknown code"))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

/// Parses a list of codes into a set without repeats, in the order of
/// `all`: `None` when any code is unknown. (Filtering the fixed order
/// instead of sorting keeps sort code out of the browser build.)
pub fn parse_codes<T: Copy>(
    codes: &[String],
    all: &[T],
    code: fn(T) -> &'static str,
) -> Option<Vec<T>> {
    if !codes
        .iter()
        .all(|c| all.iter().any(|v| code(*v) == c.trim()))
    {
        return None;
    }
    Some(
        all.iter()
            .copied()
            .filter(|v| codes.iter().any(|c| c.trim() == code(*v)))
            .collect(),
    )
}
