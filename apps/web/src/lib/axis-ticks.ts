/**
 * Evenly spaced "nice" axis ticks from 0 to at least `max`: the step is 1, 2, 2.5 or 5 × a power of
 * ten, the smallest that needs at most `maxTicks` intervals (what a reader expects on a money axis:
 * 0, 50, 100, 150 — never 0, 37.3, 74.6). Geometry only: the labels are the caller's formatter's.
 * @example niceTicks(172.85, 5) //=> [0, 50, 100, 150, 200]
 * @example niceTicks(0, 5) //=> [0, 1]
 */
export function niceTicks(max: number, maxTicks = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((candidate) => candidate * maxTicks >= max) ?? 10 * power;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}
