import { useRef } from "react";

/**
 * The same object as long as `key` is the same: a value rebuilt on every render (a new view's equal patterns,
 * the same currency and rate) keeps its identity, so the memoised parts that read it are not drawn again.
 * @example useStable(patterns, patterns.map((p) => p.id).join(",")) // the first array while the ids are the same
 */
export function useStable<T>(value: T, key: string): T {
  const kept = useRef<{ key: string; value: T } | null>(null);
  if (kept.current?.key !== key) kept.current = { key, value };
  return kept.current.value;
}
