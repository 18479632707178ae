import { Decimal } from "../money/decimal";
import { coreError } from "../errors";
import { message } from "../messages/message";
import { trustDerivedScenario } from "../scenario/parse-scenario";
import { withTaskCount } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { memoEntry } from "../util/memo-entry";

/**
 * A workload multiplier as an exact fraction num/den (no float): every service's taskCount becomes
 * ceil(taskCount × num ÷ den), so a multiplier above 0 keeps at least one task per non-empty service.
 */
export type Multiplier = { num: number; den: number };

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** @example multiplier(6, 4) //=> { num: 3, den: 2 } */
export function multiplier(num: number, den: number): Multiplier {
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

export const compareMultipliers = (a: Multiplier, b: Multiplier): number => a.num * b.den - b.num * a.den;
export const multiplierKey = (m: Multiplier): string => `${m.num}/${m.den}`;

/** Scaled task count: ceil(taskCount × m), in integers. @example scaledTaskCount(3, { num: 1, den: 2 }) //=> 2 */
export function scaledTaskCount(taskCount: number, m: Multiplier): number {
  return Math.ceil((taskCount * m.num) / m.den);
}

/**
 * The scenario at a workload multiplier. A fixed `ec2.nodeCount` is released so nodes follow the
 * workload (a fixed count would make EC2 cost flat and wrong at other scales). The result is trusted
 * as valid: its counts may pass the input limits by up to the multiplier (≤ 100 × 150,000 tasks).
 */
export function scaleScenario(scenario: Scenario, m: Multiplier): Scenario {
  return trustDerivedScenario({
    ...scenario,
    ec2: released(scenario.ec2),
    services: scenario.services.map((s) => withTaskCount(s, scaledTaskCount(s.taskCount, m))),
  });
}

/** The ec2 section without a fixed node count, one object per section: the per-section memos (capacity settings) hit on every scaled run. */
const releasedMemo = new WeakMap<Scenario["ec2"], Scenario["ec2"]>();

function released(section: Scenario["ec2"]): Scenario["ec2"] {
  return memoEntry(releasedMemo, section, ({ nodeCount: _fixed, ...rest }) => rest);
}

/** Listing breakpoints is for small workloads only (the solver lists at most 20,000; see break-even-steps.ts). */
const MAX_LISTED_BREAKPOINTS = 1_000_000;

/**
 * Every multiplier in (0, max] at which some service's scaled task count steps up: j ÷ taskCount for
 * j = 1 … max × taskCount. Between two consecutive breakpoints the scaled workload is constant, so
 * evaluating the model at these points sees every distinct workload (sorted, deduplicated).
 * @example scaleBreakpoints([2, 3], 1).map(multiplierKey) //=> ["1/3", "1/2", "2/3", "1/1"]
 */
export function scaleBreakpoints(taskCounts: readonly number[], max: number): Multiplier[] {
  const listed = taskCounts.reduce((sum, t) => sum + Math.max(0, t) * max, 0);
  if (listed > MAX_LISTED_BREAKPOINTS) {
    throw coreError("INVALID_OPTION", message("ERR_TOO_MANY_BREAKPOINTS", { count: listed, field: "taskCount" }), {
      field: "taskCount",
    });
  }
  const seen = new Map<string, Multiplier>();
  for (const t of taskCounts) {
    for (let j = 1; j <= max * t; j++) {
      const m = multiplier(j, t);
      seen.set(multiplierKey(m), m);
    }
  }
  return [...seen.values()].sort(compareMultipliers);
}

/** Exact decimal text of a multiplier, to 6 places. @example multiplierText({ num: 1, den: 3 }) //=> "0.333333" */
export function multiplierText(m: Multiplier): string {
  return new Decimal(m.num).div(m.den).toDecimalPlaces(6).toFixed();
}
