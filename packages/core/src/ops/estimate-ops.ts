import type { CostLine } from "../lines/cost-line";
import { parseDecimal, type Decimal } from "../money/decimal";
import type { PatternEstimate, PatternId } from "../patterns/pattern";
import type { Rate } from "../price-book/rate";
import type { OpsLevel } from "../scenario/ops-schema";
import type { Scenario } from "../scenario/scenario-schema";
import { mapBand, type Band } from "./bands";
import { opsDrivers, type OpsDrivers } from "./drivers";
import { opsLines } from "./ops-lines";
import { patternActivities, totalHours, type ActivityEffort, type OpsSettings } from "./pattern-ops";

/** An activity with its cost: hours × the engineer rate, per band (faces print it; they never multiply). */
export type PricedActivity = ActivityEffort & { monthlyUsd: Band };

/** The people-time half of one pattern's TCO. */
export type PatternOps = {
  patternId: PatternId;
  drivers: OpsDrivers;
  activities: PricedActivity[];
  /** Engineer-hours per month, per band. */
  hoursPerMonth: Band;
  rate: Rate;
  rateUsd: Decimal;
  /** hoursPerMonth × rateUsd, per band. */
  monthlyUsd: Band;
  /** The headline band's activities as cost lines (category "ops"). */
  level: OpsLevel;
  lines: CostLine[];
};

/**
 * Ops effort of one (not ruled-out) pattern: activities scaled by the pattern's drivers, priced at the rate.
 * `lines: false` leaves the cost lines and the priced activities out (empty; their hours still make `hoursPerMonth`):
 * the break-even solver's TCO-only runs read the totals alone.
 * @example estimatePatternOps(scenario, comparison.patterns[0], settings, rate, "typical").hoursPerMonth.typical
 */
export function estimatePatternOps(
  scenario: Scenario,
  pattern: PatternEstimate,
  settings: OpsSettings,
  rate: Rate,
  level: OpsLevel,
  options: { lines?: boolean } = {},
): PatternOps {
  const drivers = opsDrivers(scenario, pattern);
  const lean = options.lines === false;
  const activities = patternActivities(pattern.id, drivers, settings, { text: !lean });
  const hoursPerMonth = totalHours(activities);
  const rateUsd = parseDecimal(rate.priceUsd);
  return {
    patternId: pattern.id,
    drivers,
    activities: lean ? [] : activities.map((a) => ({ ...a, monthlyUsd: mapBand(a.hours, (h) => h.times(rateUsd)) })),
    hoursPerMonth,
    rate,
    rateUsd,
    monthlyUsd: mapBand(hoursPerMonth, (h) => h.times(rateUsd)),
    level,
    lines: options.lines === false ? [] : opsLines(activities, rate, level),
  };
}
