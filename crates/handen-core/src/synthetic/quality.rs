//! How well a clustering finds the true duplicates, counted over pairs of
//! rows: a pair is positive when both rows are one person. Counting cells
//! of (true person, predicted cluster) gives the pair counts in O(n),
//! without listing the pairs.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quality {
    pub true_positives: u64,
    pub false_positives: u64,
    pub false_negatives: u64,
    /// 1.0 when nothing was predicted: no pair was wrongly joined.
    pub precision: f64,
    /// 1.0 when there was nothing to find.
    pub recall: f64,
    pub f1: f64,
}

/// Pairs of rows that belong to one person.
pub fn true_pairs(truth: &[u32]) -> usize {
    pairs(truth.iter().copied()) as usize
}

/// `truth[i]` is row i's person, `predicted_cluster[i]` the cluster the
/// engine put it in (any labels; singletons may have their own). Rows
/// beyond the shorter of the two are ignored.
pub fn pair_quality(truth: &[u32], predicted_cluster: &[u32]) -> Quality {
    let n = truth.len().min(predicted_cluster.len());
    let (truth, predicted) = (&truth[..n], &predicted_cluster[..n]);
    let true_pairs = pairs(truth.iter().copied());
    let predicted_pairs = pairs(predicted.iter().copied());
    let both = pairs(truth.iter().zip(predicted).map(|(&t, &p)| (t, p)));
    let precision = if predicted_pairs == 0 {
        1.0
    } else {
        both as f64 / predicted_pairs as f64
    };
    let recall = if true_pairs == 0 {
        1.0
    } else {
        both as f64 / true_pairs as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Quality {
        true_positives: both,
        false_positives: predicted_pairs - both,
        false_negatives: true_pairs - both,
        precision,
        recall,
        f1,
    }
}

/// Σ C(size, 2) over the groups of equal labels.
fn pairs<K: std::hash::Hash + Eq>(labels: impl Iterator<Item = K>) -> u64 {
    let mut sizes: HashMap<K, u64> = HashMap::new();
    for label in labels {
        *sizes.entry(label).or_insert(0) += 1;
    }
    sizes.values().map(|&s| s * (s - 1) / 2).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_pairs_by_hand() {
        // Persons: {0,1,2} {3,4} {5}: 3 + 1 = 4 true pairs.
        let truth = [7, 7, 7, 8, 8, 9];
        assert_eq!(true_pairs(&truth), 4);
        // Predicted {0,1} {2,3,4} {5}: pairs 01, 23, 24, 34; true among
        // them: 01 and 34.
        let q = pair_quality(&truth, &[1, 1, 2, 2, 2, 3]);
        assert_eq!(
            (q.true_positives, q.false_positives, q.false_negatives),
            (2, 2, 2)
        );
        assert_eq!((q.precision, q.recall, q.f1), (0.5, 0.5, 0.5));
    }

    #[test]
    fn perfect_nothing_and_everything() {
        let truth = [0, 0, 1, 2, 2, 2];
        let perfect = pair_quality(&truth, &[5, 5, 6, 7, 7, 7]);
        assert_eq!(
            (perfect.precision, perfect.recall, perfect.f1),
            (1.0, 1.0, 1.0)
        );
        let nothing = pair_quality(&truth, &[0, 1, 2, 3, 4, 5]);
        assert_eq!(
            (nothing.precision, nothing.recall, nothing.f1),
            (1.0, 0.0, 0.0)
        );
        assert_eq!(nothing.false_negatives, 4);
        let everything = pair_quality(&truth, &[0; 6]);
        assert_eq!(everything.true_positives, 4);
        assert_eq!(everything.false_positives, 15 - 4);
        assert_eq!(everything.recall, 1.0);
        assert!((everything.precision - 4.0 / 15.0).abs() < 1e-12);
    }
}
