//! String similarity on folded text: Jaro-Winkler for names (forgiving at
//! the end, strict at the start, as typos are) and optimal string alignment
//! distance (Levenshtein plus adjacent transpositions) for short codes.

/// Jaro-Winkler similarity in 0..=1 over bytes (folded text is ASCII in
/// all but rare cases, where bytes still compare consistently).
pub fn jaro_winkler(a: &str, b: &str) -> f32 {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let jaro = jaro(a, b);
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count();
    jaro + prefix as f32 * 0.1 * (1.0 - jaro)
}

fn jaro(a: &[u8], b: &[u8]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a.len() > 64 || b.len() > 64 {
        return if a == b { 1.0 } else { 0.0 };
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    // Bit sets instead of vectors: names are short, and this runs millions
    // of times on a large list.
    let (mut a_used, mut b_used) = (0u64, 0u64);
    let mut matches = 0usize;
    for (i, &ca) in a.iter().enumerate() {
        let from = i.saturating_sub(window);
        let to = (i + window + 1).min(b.len());
        for (j, &cb) in b.iter().enumerate().take(to).skip(from) {
            if b_used & (1 << j) == 0 && ca == cb {
                a_used |= 1 << i;
                b_used |= 1 << j;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut j = 0usize;
    for (i, &ca) in a.iter().enumerate() {
        if a_used & (1 << i) != 0 {
            while b_used & (1 << j) == 0 {
                j += 1;
            }
            if ca != b[j] {
                transpositions += 1;
            }
            j += 1;
        }
    }
    let m = matches as f32;
    (m / a.len() as f32 + m / b.len() as f32 + (m - transpositions as f32 / 2.0) / m) / 3.0
}

/// Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`,
/// giving up (returning `limit + 1`) once more than `limit` are needed.
pub fn osa_distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    if a.len() > 64 || b.len() > 64 {
        return if a == b { 0 } else { limit + 1 };
    }
    let width = b.len() + 1;
    let mut rows = [[0usize; 65]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        // Row i lives at i % 3; the two before it at (i + 2) % 3, (i + 1) % 3.
        let (prev2, prev, cur) = ((i + 1) % 3, (i + 2) % 3, i % 3);
        rows[cur][0] = i;
        let mut best = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = d;
            best = best.min(d);
        }
        if best > limit {
            return limit + 1;
        }
    }
    rows[a.len() % 3][b.len()].min(limit + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jaro_winkler_known_values() {
        let close = |a, b, want: f32| {
            let got = jaro_winkler(a, b);
            assert!((got - want).abs() < 0.005, "{a} {b}: {got}");
        };
        close("martha", "marhta", 0.961);
        close("dwayne", "duane", 0.84);
        close("dixon", "dicksonx", 0.813);
        close("jansen", "jansen", 1.0);
        close("", "", 1.0);
        close("abc", "", 0.0);
        close("abc", "xyz", 0.0);
    }

    #[test]
    fn osa_counts_transpositions_as_one() {
        assert_eq!(osa_distance("jansen", "jasnen", 2), 1);
        assert_eq!(osa_distance("jansen", "janssen", 2), 1);
        assert_eq!(osa_distance("jansen", "jansen", 2), 0);
        assert_eq!(osa_distance("kitten", "sitting", 5), 3);
        assert_eq!(osa_distance("kitten", "sitting", 1), 2);
        assert_eq!(osa_distance("", "abc", 5), 3);
        assert_eq!(osa_distance("1985", "1958", 1), 1);
    }
}
