/**
 * A small least-recently-used cache for the server render's model result, keyed by the canonical
 * URL state: a shared link opened by many people is analysed once, not on every request (the full
 * analysis — break-evens included — is the bulk of a render). Bounded in entries (each ≈ 50 KB of
 * view data) and in key length (a link is at most MAX_LINK_CHARS), so memory is bounded too.
 * Results are plain data and never mutated after they are built, so sharing them is safe.
 * @example const view = renderCache.get(key, () => buildView(scenario, book, { withAnalysis: true }));
 */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(readonly maxEntries: number) {}

  get(key: string, compute: () => V): V {
    const hit = this.find(key);
    if (hit !== undefined) return hit;
    const value = compute();
    this.put(key, value);
    return value;
  }

  /** The value for `key` (now the most recently used), or undefined. */
  find(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    // re-insert: a Map iterates in insertion order, so the first key is the least recently used
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Stores `value` under `key`, dropping the least recently used entry beyond `maxEntries`. */
  put(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}
