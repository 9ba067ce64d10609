//! [`Few`]: a list of a few items kept in place, shared by the extractors.

/// A list of a few items, kept in place while it holds at most `N` of
/// them and on the heap past that. Most sentences state no more than two
/// dates, and most title phrases bind one name and name one country: a
/// `Vec` of their own for each cost one allocation apiece, where these
/// lists cost none. Reads as a slice.
#[derive(Clone, Debug, Default)]
pub(crate) enum Few<T: Clone, const N: usize> {
    /// No item.
    #[default]
    Empty,
    /// The first `len` items of `items` (the others are left-overs: copies
    /// of the first, or items dropped).
    Inline {
        /// How many items are set; at most `N`.
        len: u8,
        /// The items.
        items: [T; N],
    },
    /// More than `N` items.
    Heap(Vec<T>),
}

impl<T: Clone, const N: usize> Few<T, N> {
    /// Adds `x` at the end.
    pub(crate) fn push(&mut self, x: T) {
        // `len` counts to `N` in a byte.
        const { assert!(N > 0 && N < 256) };
        match self {
            Few::Empty => {
                *self = Few::Inline {
                    len: 1,
                    items: std::array::from_fn(|_| x.clone()),
                };
            }
            Few::Inline { len, items } => {
                if let Some(slot) = items.get_mut(usize::from(*len)) {
                    *slot = x;
                    *len += 1;
                } else {
                    let mut all = Vec::with_capacity(2 * N);
                    all.extend_from_slice(items);
                    all.push(x);
                    *self = Few::Heap(all);
                }
            }
            Few::Heap(all) => all.push(x),
        }
    }
}

impl<T: Clone, const N: usize> Few<T, N> {
    /// Removes every item.
    pub(crate) fn clear(&mut self) {
        *self = Few::Empty;
    }
}

impl<T: Clone + PartialEq, const N: usize> Few<T, N> {
    /// Removes consecutive repeated items, as [`Vec::dedup`] does.
    pub(crate) fn dedup(&mut self) {
        if let Few::Heap(all) = self {
            all.dedup();
            return;
        }
        // In place: each item unlike the last one kept moves up to the
        // end of the kept ones.
        let items: &mut [T] = self;
        let mut kept = 0;
        for k in 0..items.len() {
            if kept == 0 || items.get(k) != items.get(kept - 1) {
                items.swap(kept, k);
                kept += 1;
            }
        }
        if let Few::Inline { len, .. } = self {
            // `kept` is at most `len`, which fits a byte.
            *len = u8::try_from(kept).unwrap_or(*len);
        }
    }
}

impl<T: Clone, const N: usize> std::ops::Deref for Few<T, N> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        match self {
            Few::Empty => &[],
            Few::Inline { len, items } => items.get(..usize::from(*len)).unwrap_or(items),
            Few::Heap(all) => all,
        }
    }
}

impl<T: Clone, const N: usize> std::ops::DerefMut for Few<T, N> {
    fn deref_mut(&mut self) -> &mut [T] {
        match self {
            Few::Empty => &mut [],
            Few::Inline { len, items } => {
                let n = usize::from(*len).min(N);
                &mut items[..n]
            }
            Few::Heap(all) => all,
        }
    }
}

impl<T: Clone, const N: usize> Extend<T> for Few<T, N> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x);
        }
    }
}

impl<'a, T: Clone, const N: usize> IntoIterator for &'a Few<T, N> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Clone, const N: usize> FromIterator<T> for Few<T, N> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut out = Few::Empty;
        out.extend(iter);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ops::Range;

    #[test]
    fn few_lists_read_as_the_items_pushed() {
        // Empty, in place, full in place, and moved to the heap.
        for n in [0usize, 1, 2, 3, 7] {
            let mut few: Few<Range<usize>, 2> = Few::default();
            for k in 0..n {
                few.push(k..k + 1);
            }
            let want: Vec<Range<usize>> = (0..n).map(|k| k..k + 1).collect();
            assert_eq!(&*few, want.as_slice(), "{n} pushed");
            let collected: Few<Range<usize>, 2> = want.iter().cloned().collect();
            assert_eq!(&*collected, want.as_slice(), "{n} collected");
            assert_eq!(matches!(few, Few::Heap(_)), n > 2, "{n} on the heap");
        }
    }

    #[test]
    fn few_lists_change_in_place() {
        // Items written through the slice view, and a list reversed, stay
        // where they are, in place or on the heap.
        for n in [1usize, 2, 3] {
            let mut few: Few<usize, 2> = (0..n).collect();
            few.reverse();
            if let Some(first) = few.first_mut() {
                *first += 10;
            }
            let mut want: Vec<usize> = (0..n).rev().collect();
            want[0] += 10;
            assert_eq!(&*few, want.as_slice(), "{n} items");
        }
        let mut empty: Few<usize, 1> = Few::Empty;
        assert!(empty.iter_mut().next().is_none());
        for n in [1usize, 2, 3] {
            let mut few: Few<usize, 2> = (0..n).collect();
            few.clear();
            assert!(few.is_empty(), "{n} items cleared");
            few.push(4);
            assert_eq!(&*few, [4], "{n} items cleared, one pushed");
        }
    }

    #[test]
    fn few_lists_drop_repeats_as_vecs_do() {
        for items in [
            &[][..],
            &[1],
            &[1, 1],
            &[1, 2],
            &[1, 1, 2],
            &[1, 2, 2],
            &[3, 3, 3],
            &[1, 1, 2, 2, 3],
            &[1, 2, 1, 1],
        ] {
            let mut few: Few<u8, 3> = items.iter().copied().collect();
            let mut want = items.to_vec();
            few.dedup();
            want.dedup();
            assert_eq!(&*few, want.as_slice(), "{items:?}");
            // Still a list: pushing goes on after the kept items.
            few.push(9);
            want.push(9);
            assert_eq!(&*few, want.as_slice(), "{items:?} and 9");
        }
    }
}
