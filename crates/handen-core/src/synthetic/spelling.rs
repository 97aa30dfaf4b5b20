//! How text changes between two sign-ups of one person: typing errors,
//! diacritics left off, "ij" typed as "y", capitals.

use super::rng::Rng;

/// Latin letters without their marks ("Çelik" → "Celik", "Wiśniewski" →
/// "Wisniewski"). `german` writes ä ö ü as ae oe ue, as Germans do.
pub fn fold(text: &str, german: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let plain = match c {
            'ä' if german => "ae",
            'ö' if german => "oe",
            'ü' if german => "ue",
            'Ä' if german => "Ae",
            'Ö' if german => "Oe",
            'Ü' if german => "Ue",
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => "a",
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ą' => "A",
            'è' | 'é' | 'ê' | 'ë' | 'ę' => "e",
            'È' | 'É' | 'Ê' | 'Ë' | 'Ę' => "E",
            'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => "I",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "O",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'Ù' | 'Ú' | 'Û' | 'Ü' => "U",
            'ç' | 'ć' => "c",
            'Ç' | 'Ć' => "C",
            'ş' | 'ś' => "s",
            'Ş' | 'Ś' => "S",
            'ğ' => "g",
            'ñ' | 'ń' => "n",
            'ł' => "l",
            'Ł' => "L",
            'ż' | 'ź' => "z",
            'Ż' | 'Ź' => "Z",
            'ß' => "ss",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(plain);
    }
    out
}

/// Lowercase ASCII letters and digits only: the stuff of e-mail names.
pub fn slug(text: &str) -> String {
    slug_folded(text, false)
}

/// `slug`, with ä ö ü as ae oe ue when `german`.
pub fn slug_folded(text: &str, german: bool) -> String {
    fold(text, german)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// "ij" and "y" stand for one sound: Dijkstra / Dykstra, Meyer / Meijer.
pub fn ij_y(text: &str) -> Option<String> {
    if text.contains("ij") || text.contains("IJ") || text.contains("Ij") {
        return Some(
            text.replace("IJ", "Y")
                .replace("Ij", "Y")
                .replace("ij", "y"),
        );
    }
    if text.contains('y') {
        return Some(text.replacen('y', "ij", 1));
    }
    None
}

/// Neighbours on a QWERTY keyboard, where most substitutions come from.
fn neighbours(c: char) -> &'static str {
    match c.to_ascii_lowercase() {
        'q' => "wa",
        'w' => "qeas",
        'e' => "wrds",
        'r' => "etdf",
        't' => "ryfg",
        'y' => "tugh",
        'u' => "yihj",
        'i' => "uojk",
        'o' => "ipkl",
        'p' => "ol",
        'a' => "qwsz",
        's' => "awedxz",
        'd' => "serfcx",
        'f' => "drtgvc",
        'g' => "ftyhbv",
        'h' => "gyujnb",
        'j' => "huikmn",
        'k' => "jiolm",
        'l' => "kop",
        'z' => "asx",
        'x' => "zsdc",
        'c' => "xdfv",
        'v' => "cfgb",
        'b' => "vghn",
        'n' => "bhjm",
        'm' => "njk",
        _ => "e",
    }
}

/// One typing error: a letter doubled or struck next to it, dropped,
/// replaced by its keyboard neighbour, or two letters swapped. The first
/// letter is seldom wrong, so it is left alone.
pub fn typo(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let letters: Vec<usize> = (1..chars.len())
        .filter(|&i| chars[i].is_alphabetic())
        .collect();
    let Some(&at) = rng.pick(&letters) else {
        return text.to_owned();
    };
    let c = chars[at];
    let near = |rng: &mut Rng| {
        let options: Vec<char> = neighbours(c).chars().collect();
        let n = rng.pick(&options).copied().unwrap_or('e');
        if c.is_uppercase() {
            n.to_ascii_uppercase()
        } else {
            n
        }
    };
    match rng.below(4) {
        0 => {
            let extra = if rng.chance(0.5) { c } else { near(rng) };
            chars.insert(at, extra);
        }
        1 if chars.len() > 3 => {
            chars.remove(at);
        }
        2 if at + 1 < chars.len() && chars[at + 1] != c && chars[at + 1].is_alphabetic() => {
            chars.swap(at, at + 1);
        }
        _ => chars[at] = near(rng),
    }
    chars.into_iter().collect()
}

/// "Jan" → "J", "van der berg" → "Van der berg".
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(
            fold("Çelik Hoëlscher Ruïz Wiśniewski Yıldız", false),
            "Celik Hoelscher Ruiz Wisniewski Yildiz"
        );
        assert_eq!(fold("Müller Weiß", true), "Mueller Weiss");
        assert_eq!(slug("van 't Hof-Daniëls"), "vanthofdaniels");
    }

    #[test]
    fn ij_and_y() {
        assert_eq!(ij_y("Dijkstra").as_deref(), Some("Dykstra"));
        assert_eq!(ij_y("IJsselmuiden").as_deref(), Some("Ysselmuiden"));
        assert_eq!(ij_y("Meyer").as_deref(), Some("Meijer"));
        assert_eq!(ij_y("Bakker"), None);
    }

    #[test]
    fn a_typo_changes_one_thing() {
        let mut rng = Rng::new(11);
        for _ in 0..500 {
            let t = typo("Jansen", &mut rng);
            assert_ne!(t, "Jansen");
            assert!(t.starts_with('J'));
            assert!((5..=7).contains(&t.chars().count()), "{t}");
        }
        assert_eq!(typo("J", &mut rng), "J");
    }
}
