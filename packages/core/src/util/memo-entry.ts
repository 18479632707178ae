/** What `memoEntry` reads and writes: a Map or a WeakMap. */
type Store<K, V> = { get(key: K): V | undefined; set(key: K, value: V): unknown };

/**
 * The value memoised under `key`: made by `make` on first use and stored (null is a value too: a
 * "no answer" is remembered like any other). The one get-or-create step of the model's caches — per
 * price table, per resolved schedule, per rate — which each had written it out by hand.
 * @example memoEntry(byTable, table, newMap) // the table's Map, made once
 */
export function memoEntry<K, V>(store: Store<K, V>, key: K, make: (key: K) => NoInfer<V>): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make(key);
    store.set(key, value);
  }
  return value;
}

/** A fresh Map: the usual `make` of a cache's inner level (one function, not a closure per call). */
export const newMap = <K, V>(): Map<K, V> => new Map<K, V>();

/** A fresh WeakMap, for an inner level keyed by objects. */
export const newWeakMap = <K extends WeakKey, V>(): WeakMap<K, V> => new WeakMap<K, V>();
