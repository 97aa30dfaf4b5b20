//! Dates as people and spreadsheets write them: `1985-03-07`, `7-3-1985`,
//! `07/03/85`, `19850307`, Excel's day numbers (`31113`), or any strftime
//! pattern the user names (`%m/%d/%Y`).

use crate::Date;

/// A strftime pattern: `%Y` (4-digit year), `%y` (2-digit), `%m`, `%d`
/// (1 or 2 digits unless the pattern runs them together, as `%Y%m%d`),
/// `%%`, and literal characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFormat(Vec<Part>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Year4,
    Year2,
    Month,
    Day,
    Literal(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFormatError {
    /// `%` followed by something other than Y, y, m, d or %.
    UnknownDirective(char),
    /// The pattern needs a year, a month and a day.
    Incomplete,
}

impl std::fmt::Display for DateFormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateFormatError::UnknownDirective(c) => write!(
                f,
                "unknown directive %{c} (use %Y, %y, %m, %d, e.g. %d-%m-%Y)"
            ),
            DateFormatError::Incomplete => {
                f.write_str("the date format needs a year (%Y or %y), a month (%m) and a day (%d)")
            }
        }
    }
}

impl DateFormat {
    pub fn parse(pattern: &str) -> Result<DateFormat, DateFormatError> {
        let mut parts = Vec::new();
        let mut chars = pattern.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                parts.push(Part::Literal(c));
                continue;
            }
            parts.push(match chars.next() {
                Some('Y') => Part::Year4,
                Some('y') => Part::Year2,
                Some('m') => Part::Month,
                Some('d' | 'e') => Part::Day,
                Some('%') => Part::Literal('%'),
                Some(other) => return Err(DateFormatError::UnknownDirective(other)),
                None => return Err(DateFormatError::UnknownDirective(' ')),
            });
        }
        let has = |p: &[Part]| parts.iter().any(|x| p.contains(x));
        if !(has(&[Part::Year4, Part::Year2]) && has(&[Part::Month]) && has(&[Part::Day])) {
            return Err(DateFormatError::Incomplete);
        }
        Ok(DateFormat(parts))
    }

    /// The date in `input`, or `None` when it does not follow the pattern.
    pub fn read(&self, input: &str) -> Option<Date> {
        let s = input.trim().as_bytes();
        let (mut year, mut month, mut day) = (None, None, None);
        let mut at = 0;
        for (index, part) in self.0.iter().enumerate() {
            // Fields run together ("%Y%m%d") have fixed widths.
            let field = |i: Option<usize>| matches!(i.and_then(|i| self.0.get(i)), Some(p) if !matches!(p, Part::Literal(_)));
            let glued = field(Some(index + 1)) || field(index.checked_sub(1));
            let mut number = |max: usize| {
                let digits = s[at..]
                    .iter()
                    .take(max)
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if digits == 0 || (glued && digits != max) {
                    return None;
                }
                let value = s[at..at + digits]
                    .iter()
                    .fold(0i32, |n, b| n * 10 + i32::from(b - b'0'));
                at += digits;
                Some(value)
            };
            match part {
                Part::Year4 => year = Some(number(4)?),
                Part::Year2 => year = Some(century(number(2)?)),
                Part::Month => month = Some(number(2)?),
                Part::Day => day = Some(number(2)?),
                Part::Literal(c) => {
                    let mut buf = [0u8; 4];
                    let lit = c.encode_utf8(&mut buf).as_bytes();
                    if !s[at..].starts_with(lit) {
                        return None;
                    }
                    at += lit.len();
                }
            }
        }
        if at != s.len() {
            return None;
        }
        Date::new(year?, u8::try_from(month?).ok()?, u8::try_from(day?).ok()?)
    }
}

/// Two-digit years of people old enough to sign up: `05` is 2005, `85` 1985.
fn century(yy: i32) -> i32 {
    if yy < 30 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// Any common way of writing a date, day before month as in Dutch unless
/// only month-first makes sense (`12/31/1985`).
pub fn read_any(input: &str) -> Option<Date> {
    let s = input.trim();
    if s.is_empty() {
        return None;
    }
    // Spreadsheets sometimes export a time with the date.
    let s = s.split(['T', ' ']).next().unwrap_or(s);
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return match s.len() {
            8 => DateFormat(vec![Part::Year4, Part::Month, Part::Day])
                .read(s)
                .or_else(|| DateFormat(vec![Part::Day, Part::Month, Part::Year4]).read(s)),
            // Excel's serial day numbers: 1 is 1900-01-01, with its famous
            // phantom 29 February 1900, hence 1899-12-30 as day zero.
            5 => {
                let serial: i64 = s.parse().ok()?;
                Date::new(1899, 12, 30)?.add_days(serial)
            }
            _ => None,
        };
    }
    let numbers: Vec<&str> = s.split(['-', '/', '.']).collect();
    let [a, b, c] = numbers.as_slice() else {
        return None;
    };
    let n = |p: &str| -> Option<i32> {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (a_n, b_n, c_n) = (n(a)?, n(b)?, n(c)?);
    let date = |y: i32, m: i32, d: i32| Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    if a.len() == 4 {
        return date(a_n, b_n, c_n);
    }
    let year = match c.len() {
        4 => c_n,
        2 => century(c_n),
        _ => return None,
    };
    date(year, b_n, a_n).or_else(|| date(year, a_n, b_n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Option<Date> {
        Date::new(y, m, day)
    }

    #[test]
    fn common_writings() {
        for input in [
            "1985-03-07",
            "7-3-1985",
            "07-03-1985",
            "07/03/1985",
            "7.3.1985",
            "07-03-85",
            "19850307",
            "07031985",
            "31113",
            "1985-03-07T00:00:00",
            "07-03-1985 00:00",
        ] {
            assert_eq!(read_any(input), d(1985, 3, 7), "{input}");
        }
        assert_eq!(read_any("12/31/1985"), d(1985, 12, 31));
        assert_eq!(read_any("01-02-05"), d(2005, 2, 1));
        for bad in [
            "",
            "yesterday",
            "31-31-1985",
            "1985",
            "7-3",
            "1-2-3-4",
            "123456",
        ] {
            assert_eq!(read_any(bad), None, "{bad}");
        }
    }

    #[test]
    fn named_formats() {
        let us = DateFormat::parse("%m/%d/%Y").unwrap();
        assert_eq!(us.read("03/07/1985"), d(1985, 3, 7));
        assert_eq!(us.read("3/7/1985"), d(1985, 3, 7));
        assert_eq!(us.read("13/07/1985"), None);
        let compact = DateFormat::parse("%Y%m%d").unwrap();
        assert_eq!(compact.read("19850307"), d(1985, 3, 7));
        assert_eq!(compact.read("1985037"), None);
        let nl = DateFormat::parse("%d-%m-%Y").unwrap();
        assert_eq!(nl.read(" 07-03-1985 "), d(1985, 3, 7));
        assert_eq!(nl.read("07-03-1985x"), None);
        assert_eq!(DateFormat::parse("%d-%m"), Err(DateFormatError::Incomplete));
        assert_eq!(
            DateFormat::parse("%d-%q-%Y"),
            Err(DateFormatError::UnknownDirective('q'))
        );
    }
}
