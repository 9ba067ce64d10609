//! [`Few`]: a list of a few items kept in place, shared by the extractors.

/// A list of a few items, kept in place while it holds at most `N` of
/// them and on the heap past that (the `smallvec` crate's list). Most
/// sentences state no more than two dates, and most title phrases bind one
/// name and name one country: a `Vec` of their own for each cost one
/// allocation apiece, where these lists cost none. Reads as a slice.
pub(crate) type Few<T, const N: usize> = smallvec::SmallVec<[T; N]>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn few_lists_stay_in_place_until_full() {
        let mut few: Few<u8, 2> = Few::new();
        few.extend([1, 2]);
        assert_eq!(&*few, [1, 2]);
        assert!(!few.spilled(), "two items fit in place");
        few.push(2);
        assert!(few.spilled(), "a third goes to the heap");
        few.dedup();
        assert_eq!(&*few, [1, 2]);
    }
}
