import { describe, expect, it } from "vitest";
import { LruCache } from "./render-cache";

describe("LruCache", () => {
  it("computes once per key and returns the same object after", () => {
    const cache = new LruCache<{ n: number }>(4);
    let calls = 0;
    const first = cache.get("a", () => ({ n: ++calls }));
    expect(cache.get("a", () => ({ n: ++calls }))).toBe(first);
    expect(calls).toBe(1);
  });

  it("evicts the least recently used entry past maxEntries (a read refreshes an entry)", () => {
    const cache = new LruCache<string>(2);
    const computed: string[] = [];
    const get = (key: string) =>
      cache.get(key, () => {
        computed.push(key);
        return key;
      });
    get("a");
    get("b");
    get("a"); // a is now the most recent
    get("c"); // evicts b
    get("a");
    get("b"); // recomputed
    expect(computed).toEqual(["a", "b", "c", "b"]);
    expect(cache.size).toBe(2);
  });
});
