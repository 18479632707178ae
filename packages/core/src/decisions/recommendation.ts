import type { Decimal } from "../money/decimal";
import { formatUsd } from "../money/round";
import { PATTERN_LABELS } from "../patterns/descriptors";
import type { PatternId } from "../patterns/pattern";
import { OPS_LEVELS, type OpsLevel } from "../scenario/ops-schema";
import type { BreakEvenResult } from "./break-even";
import type { Constraint } from "./constraints";
import { multiplierText } from "./scale-workload";
import type { SensitivityRow } from "./sensitivity";
import type { PatternTco } from "./tco";

export type Recommendation = {
  /** Cheapest TCO at the headline band among fully priced patterns that can run the workload (a lower bound is never recommended); null when none qualifies. */
  pattern: PatternId | null;
  level: OpsLevel;
  monthlyUsd: Decimal | null;
  runnerUp: PatternId | null;
  leadMonthlyUsd: Decimal | null;
  /** Cheapest pattern at each band (does the answer survive the uncertainty in hours?). */
  cheapestByLevel: Record<OpsLevel, PatternId | null>;
  reasons: string[];
  /** What would change the answer: break-even scales and sensitivity switch points. */
  wouldChange: string[];
};

const usd = (value: Decimal): string => formatUsd(value);

/** Fully priced patterns by TCO: a lower bound (rates missing) is never ranked — its gaps would make it look cheap. */
function ranked(tco: readonly PatternTco[], level: OpsLevel): PatternTco[] {
  return tco
    .filter((t) => t.status === "priced" && t.monthlyUsd !== null)
    .sort((a, b) => a.monthlyUsd![level].comparedTo(b.monthlyUsd![level]));
}

function changeFromBreakEven(best: PatternId, breakEven: BreakEvenResult): string[] {
  return breakEven.pairs
    .filter((pair) => pair.a === best || pair.b === best)
    .flatMap((pair) => pair.crossings.map((c) => ({ pair, c })))
    .filter(({ c }) => c.cheaperBefore === best || c.cheaperAfter === best)
    .map(({ pair, c }) => {
      const other = pair.a === best ? pair.b : pair.a;
      const verb = c.cheaperAfter === best ? "overtakes" : c.cheaperAfter === "tie" ? "ties with" : "becomes cheaper than";
      const subject = c.cheaperAfter === best ? PATTERN_LABELS[best] : PATTERN_LABELS[other];
      const object = c.cheaperAfter === best ? PATTERN_LABELS[other] : PATTERN_LABELS[best];
      return `at ×${multiplierText(c.multiplier)} the workload (${c.totalTasks} tasks) ${subject} ${verb} ${object}`;
    });
}

function changeFromSensitivity(rows: readonly SensitivityRow[]): string[] {
  return rows
    .filter((r) => r.available)
    .flatMap((r) => [
      ...(r.switchBelow
        ? [
            `${r.label} at or below ${r.switchBelow.value.toDecimalPlaces(3).toFixed()} ${r.unit} (now ${r.baseline.toDecimalPlaces(3).toFixed()}) → ${PATTERN_LABELS[r.switchBelow.to]}`,
          ]
        : []),
      ...(r.switchAbove
        ? [
            `${r.label} at or above ${r.switchAbove.value.toDecimalPlaces(3).toFixed()} ${r.unit} (now ${r.baseline.toDecimalPlaces(3).toFixed()}) → ${PATTERN_LABELS[r.switchAbove.to]}`,
          ]
        : []),
    ]);
}

function whatWouldChange(best: PatternId, breakEven: BreakEvenResult, rows: readonly SensitivityRow[]): string[] {
  const changes = [...changeFromBreakEven(best, breakEven), ...changeFromSensitivity(rows)];
  if (changes.length > 0) return changes;
  const searched = rows
    .filter((r) => r.available)
    .map((r) => `${r.label.toLowerCase()} ${r.domain.low.toFixed()}–${r.domain.high.toFixed()}`);
  return [
    `nothing in the searched ranges: workload ×${multiplierText(breakEven.searchedFrom)}–×${multiplierText(breakEven.searchedTo)}, ${searched.join(", ")}`,
  ];
}

/**
 * The recommendation: the cheapest TCO at the headline band, why, and what would change it.
 * @example recommend(tco, "typical", constraints, breakEven, sensitivityRows).pattern //=> "ecs-fargate"
 */
export function recommend(
  tco: readonly PatternTco[],
  level: OpsLevel,
  constraints: readonly Constraint[],
  breakEven: BreakEvenResult,
  rows: readonly SensitivityRow[],
): Recommendation {
  const order = ranked(tco, level);
  const best = order[0];
  const second = order[1];
  const cheapestByLevel = Object.fromEntries(OPS_LEVELS.map((l) => [l, ranked(tco, l)[0]?.patternId ?? null])) as Record<
    OpsLevel,
    PatternId | null
  >;
  const reasons: string[] = [];
  for (const t of tco.filter((x) => x.status === "ruled-out")) reasons.push(`${t.label} is ruled out: ${t.ruledOutReasons.join("; ")}`);
  for (const t of tco.filter((x) => x.status === "incomplete" && x.monthlyUsd)) {
    reasons.push(
      `${t.label} is not ranked: ${t.missingRates.length} rate(s) missing, so its TCO of at least ${usd((t.monthlyUsd as NonNullable<PatternTco["monthlyUsd"]>)[level])}/month is a lower bound`,
    );
  }
  for (const c of constraints.filter((x) => x.effect === "flags"))
    reasons.push(`caveat for ${c.patterns.map((p) => PATTERN_LABELS[p]).join(", ")}: ${c.reason}`);
  if (!best?.monthlyUsd || !best.ops || !best.infraMonthlyUsd) {
    const incomplete = tco.some((t) => t.status === "incomplete");
    return {
      pattern: null,
      level,
      monthlyUsd: null,
      runnerUp: null,
      leadMonthlyUsd: null,
      cheapestByLevel,
      reasons: [incomplete ? "no pattern that can run this workload is fully priced" : "no pattern can run this workload", ...reasons],
      wouldChange: [
        incomplete
          ? "a price snapshot with the missing rates (costcalc prices refresh), or another region"
          : "remove a ruled-out reason above (e.g. a GPU instance type, a smaller task)",
      ],
    };
  }
  const total = best.monthlyUsd[level];
  reasons.unshift(
    `${best.label} has the lowest ${level} TCO: ${usd(total)}/month = ${usd(best.infraMonthlyUsd)} AWS + ${usd(best.ops.monthlyUsd[level])} ops (${best.ops.hoursPerMonth[level].toDecimalPlaces(2).toFixed()} h × $${best.ops.rate.priceUsd}/h)`,
    ...(second?.monthlyUsd
      ? [`${second.label} is next at ${usd(second.monthlyUsd[level])}/month (${usd(second.monthlyUsd[level].minus(total))} more)`]
      : []),
  );
  const bandNote = OPS_LEVELS.filter((l) => cheapestByLevel[l] !== best.patternId).map(
    (l) => `at ${l} ops hours ${PATTERN_LABELS[cheapestByLevel[l] as PatternId]} is cheapest`,
  );
  reasons.push(bandNote.length ? bandNote.join("; ") : "the same pattern is cheapest at low, typical and high ops hours");
  return {
    pattern: best.patternId,
    level,
    monthlyUsd: total,
    runnerUp: second?.patternId ?? null,
    leadMonthlyUsd: second?.monthlyUsd ? second.monthlyUsd[level].minus(total) : null,
    cheapestByLevel,
    reasons,
    wouldChange: whatWouldChange(best.patternId, breakEven, rows),
  };
}
