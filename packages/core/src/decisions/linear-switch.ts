import { Decimal } from "../money/decimal";
import { PATTERN_IDS, type PatternId } from "../patterns/pattern";

/** A pattern's TCO as a straight line in one assumption x: tco(x) = intercept + slope × x. */
export type LinearTco = { pattern: PatternId; intercept: Decimal; slope: Decimal };

export const valueAt = (line: LinearTco, x: Decimal): Decimal => line.intercept.plus(line.slope.times(x));

/** The cheapest pattern at x (ties go to the first in PATTERN_IDS order). @example cheapestAt([{ pattern: "ecs-ec2", intercept: d(5), slope: d(1) }], d(0))?.pattern //=> "ecs-ec2" */
export function cheapestAt(lines: readonly LinearTco[], x: Decimal): LinearTco | undefined {
  const ordered = [...lines].sort((a, b) => PATTERN_IDS.indexOf(a.pattern) - PATTERN_IDS.indexOf(b.pattern));
  let best: LinearTco | undefined;
  for (const line of ordered) if (!best || valueAt(line, x).lessThan(valueAt(best, x))) best = line;
  return best;
}

export type Switch = { value: Decimal; to: PatternId };

/**
 * The nearest x from `x0` in `direction` (within `limit`) at which another line undercuts the
 * cheapest, found exactly: lines i and c meet at x* = (a_i − a_c) ÷ (b_c − b_i). Past x* the new
 * cheapest is the one falling fastest in that direction. Null when the order holds to the limit.
 * @example nextSwitch([{ pattern: "ecs-fargate", intercept: d(100), slope: d(10) }, { pattern: "ecs-ec2", intercept: d(300), slope: d(0) }], d(0), "up", d(100))
 *   //=> { value: 20, to: "ecs-ec2" }
 */
export function nextSwitch(lines: readonly LinearTco[], x0: Decimal, direction: "up" | "down", limit: Decimal): Switch | null {
  const current = cheapestAt(lines, x0);
  if (!current) return null;
  let best: { x: Decimal; line: LinearTco } | null = null;
  for (const line of lines) {
    if (line.pattern === current.pattern) continue;
    const gain = direction === "up" ? current.slope.minus(line.slope) : line.slope.minus(current.slope);
    if (!gain.isPositive()) continue; // this line never catches up in that direction
    const x = line.intercept.minus(current.intercept).div(current.slope.minus(line.slope));
    const ahead =
      direction === "up"
        ? x.greaterThanOrEqualTo(x0) && x.lessThanOrEqualTo(limit)
        : x.lessThanOrEqualTo(x0) && x.greaterThanOrEqualTo(limit);
    if (!ahead) continue;
    const nearer = !best || (direction === "up" ? x.lessThan(best.x) : x.greaterThan(best.x));
    const steeper =
      best && x.equals(best.x) && (direction === "up" ? line.slope.lessThan(best.line.slope) : line.slope.greaterThan(best.line.slope));
    if (nearer || steeper) best = { x, line };
  }
  return best ? { value: best.x, to: best.line.pattern } : null;
}

/** The cheapest's lead over the runner-up at x (never negative); null with one line. @example leadAt([a: 10 + 0x, b: 15 + 0x], 0) //=> 5 */
export function leadAt(lines: readonly LinearTco[], x: Decimal): Decimal | null {
  const best = cheapestAt(lines, x);
  if (!best || lines.length < 2) return null;
  const others = lines.filter((l) => l.pattern !== best.pattern).map((l) => valueAt(l, x));
  return Decimal.min(...others).minus(valueAt(best, x));
}
