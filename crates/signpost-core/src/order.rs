//! Stable sorting through one compiled sort.
//!
//! Each `sort_by` call with its own closure compiles its own copy of the standard library's
//! sort, about 4 KB of Wasm each; with a dozen call sites that was 67 KB of the app's code.
//! Here the standard sort is compiled once, over positions, with the caller's comparison
//! behind `dyn`; what stays generic per caller is a loop of swaps.

use std::cmp::Ordering;

/// The positions `0..len` in the order `compare` puts them, ties kept in position order.
pub fn positions_by(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// Sorts `items` by `compare`, keeping equal items in their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions_by(items.len(), &|a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key of each, computed once per item, keeping items of equal keys in
/// their order (as `slice::sort_by_cached_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions_by(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    permute(items, order);
}

/// Puts the item at `order[i]` at position `i`, following each cycle of the permutation.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut current = start;
        loop {
            let source = order[current];
            order[current] = current;
            if source == start || source == current {
                break;
            }
            items.swap(current, source);
            current = source;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keeps_equal_items_in_their_order() {
        let mut words = vec!["bb", "a", "cc", "b", "aa", "c"];
        sort_by_key(&mut words, |word| word.len());
        assert_eq!(words, ["a", "b", "c", "bb", "cc", "aa"]);
    }

    #[test]
    fn sorts_by_a_comparison() {
        let mut numbers = [3, 1, 2, 5, 4];
        sort_by(&mut numbers, |a, b| b.cmp(a));
        assert_eq!(numbers, [5, 4, 3, 2, 1]);
    }

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            let mut theirs = items;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(&ours, &theirs);
            sort_by_key(&mut ours, |item| std::cmp::Reverse(item.1 % 7));
            theirs.sort_by_key(|item| std::cmp::Reverse(item.1 % 7));
            prop_assert_eq!(ours, theirs);
        }
    }
}
