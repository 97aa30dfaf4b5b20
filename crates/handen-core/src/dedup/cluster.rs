//! From matching pairs to people. Plain connected components would chain a
//! father to his son through one record ("J. de Vries", same address) that
//! matches both; here two groups join only when no member of one
//! contradicts any member of the other (a veto or a negative weight), and
//! the strongest links are tried first.

use super::model::score;
use super::person::Person;

/// A link that joined two groups, kept to explain the cluster.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    pub a: u32,
    pub b: u32,
    pub weight: f32,
}

/// Above this many cross comparisons a join is refused: a group that large
/// is not one person signing up again.
const MAX_CROSS: usize = 2_500;

pub struct Clusters {
    /// Per record, its cluster number, 1-based, numbered in order of each
    /// cluster's first record.
    pub cluster_of: Vec<u32>,
    pub links: Vec<Link>,
}

pub fn cluster(people: &[Person], mut matches: Vec<Link>) -> Clusters {
    matches.sort_by(|x, y| y.weight.total_cmp(&x.weight));
    let n = people.len();
    let mut root: Vec<u32> = (0..n as u32).collect();
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    let mut links = Vec::new();
    for link in matches {
        let (ra, rb) = (root[link.a as usize], root[link.b as usize]);
        if ra == rb {
            continue;
        }
        let (ga, gb) = (&members[ra as usize], &members[rb as usize]);
        if ga.len() * gb.len() > MAX_CROSS {
            continue;
        }
        let agree = ga.iter().all(|&x| {
            gb.iter().all(|&y| {
                (x, y) == (link.a, link.b)
                    || matches!(score(&people[x as usize], &people[y as usize]), Some(w) if w >= 0.0)
            })
        });
        if !agree {
            continue;
        }
        // The smaller group moves into the larger.
        let (keep, gone) = if ga.len() >= gb.len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let moved = std::mem::take(&mut members[gone as usize]);
        for &m in &moved {
            root[m as usize] = keep;
        }
        members[keep as usize].extend(moved);
        links.push(link);
    }
    let mut number = vec![0u32; n];
    let mut next = 0u32;
    let cluster_of = root
        .iter()
        .map(|&r| {
            let slot = &mut number[r as usize];
            if *slot == 0 {
                next += 1;
                *slot = next;
            }
            *slot
        })
        .collect();
    Clusters { cluster_of, links }
}
