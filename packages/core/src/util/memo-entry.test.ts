import { describe, expect, it } from "vitest";
import { memoEntry, newMap } from "./memo-entry";

describe("memoEntry", () => {
  it("makes a key's value once and returns the stored one after", () => {
    const store = new Map<string, number[]>();
    let made = 0;
    const make = () => {
      made += 1;
      return [made];
    };
    const first = memoEntry(store, "a", make);
    expect(memoEntry(store, "a", make)).toBe(first);
    expect(made).toBe(1);
    expect(memoEntry(store, "b", make)).toEqual([2]);
  });

  it("remembers null (a memoised 'no answer') instead of making it again", () => {
    const store = new Map<number, string[] | null>();
    let made = 0;
    const make = () => {
      made += 1;
      return null;
    };
    expect(memoEntry(store, 1, make)).toBeNull();
    expect(memoEntry(store, 1, make)).toBeNull();
    expect(made).toBe(1);
  });

  it("works on a WeakMap, and newMap gives each key its own inner level", () => {
    const store = new WeakMap<object, Map<string, number>>();
    const a = {};
    const b = {};
    memoEntry(store, a, newMap).set("x", 1);
    expect(memoEntry(store, a, newMap).get("x")).toBe(1);
    expect(memoEntry(store, b, newMap).size).toBe(0);
  });
});
