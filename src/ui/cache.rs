//! A value derived from the network, kept until its key (usually the network's version)
//! changes. Panels hold one per costly view instead of `Option<(key, value)>` by hand.

/// One cached value and the key it was computed for.
#[derive(Clone, Debug)]
pub struct Cached<K, V> {
    entry: Option<(K, V)>,
}

impl<K, V> Default for Cached<K, V> {
    fn default() -> Self {
        Self { entry: None }
    }
}

impl<K: PartialEq, V> Cached<K, V> {
    /// The value for `key`: the one kept if it was computed for that key, else `compute()`,
    /// which is kept.
    pub fn get_or_compute(&mut self, key: K, compute: impl FnOnce() -> V) -> &mut V {
        let entry = match self.entry.take() {
            Some((kept, value)) if kept == key => (kept, value),
            _ => {
                let value = compute();
                (key, value)
            }
        };
        &mut self.entry.insert(entry).1
    }

    /// The value kept for `key`, if there is one.
    pub fn get(&self, key: &K) -> Option<&V> {
        self.entry
            .as_ref()
            .filter(|(kept, _)| kept == key)
            .map(|(_, value)| value)
    }

    /// The value kept, whatever key it was computed for.
    pub fn last(&self) -> Option<&V> {
        self.entry.as_ref().map(|(_, value)| value)
    }

    /// Forgets the value.
    pub fn clear(&mut self) {
        self.entry = None;
    }
}

#[cfg(test)]
mod tests {
    use super::Cached;

    #[test]
    fn a_value_is_computed_once_per_key() {
        let mut cache = Cached::default();
        let mut computed = 0;
        for key in [1, 1, 2, 2, 1] {
            cache.get_or_compute(key, || {
                computed += 1;
                key * 10
            });
        }
        assert_eq!(computed, 3, "1, then 2, then 1 again");
        assert_eq!(cache.get(&1), Some(&10));
        assert_eq!(cache.get(&2), None);
        cache.clear();
        assert_eq!(cache.last(), None);
    }
}
