import type { Comparison } from "../compare/estimate-scenario";
import type { NotEstimated } from "../scenario/not-estimated";
import { sumDecimals, type Decimal } from "../money/decimal";
import { PATTERN_IDS, type PatternEstimate, type PatternId } from "../patterns/pattern";
import { diffScenarioInputs } from "./input-diff";
import { diffPatternLines, type LineChange, type LineDiff } from "./line-diff";
import { totalDelta, type TotalDelta } from "./total-delta";

/** The monthly delta of one pattern split by cause (they sum to the lines' delta exactly). */
export type DeltaCauses = { quantityUsd: Decimal; rateUsd: Decimal; addedUsd: Decimal; removedUsd: Decimal };

export type PatternDiff = TotalDelta & {
  id: PatternId;
  base: PatternEstimate | undefined;
  proposed: PatternEstimate | undefined;
  /** Every line matched by id (base order, then new lines), with quantity and rate effects. */
  lines: LineDiff[];
  causes: DeltaCauses;
  /** The (up to) three changed lines with the largest |Δ monthly|, largest first (ties keep line order): "why did it move". */
  largestLines: LineDiff[];
};

export type ResultDiff = {
  /** Scenario fields that differ after defaults, services keyed by name (`services.web.taskCount: 2 → 4`). */
  inputsChanged: string[];
  patterns: PatternDiff[];
  /** Usage-driven lines each side leaves at zero (the totals leave them out), as USAGE_NOT_ESTIMATED messages. */
  notEstimated: { base: NotEstimated[]; proposed: NotEstimated[] };
};

function causesOf(lines: readonly LineDiff[]): DeltaCauses {
  const sum = (pick: (l: LineDiff) => Decimal, kind: LineChange) => sumDecimals(lines.filter((l) => l.change === kind).map(pick));
  return {
    quantityUsd: sum((l) => l.quantityEffectUsd, "changed"),
    rateUsd: sum((l) => l.rateEffectUsd, "changed"),
    addedUsd: sum((l) => l.deltaMonthlyUsd, "added"),
    removedUsd: sum((l) => l.deltaMonthlyUsd, "removed"),
  };
}

/** Changed (not unchanged) lines by |Δ monthly|, largest first; the sort is stable, so ties keep the lines' order. */
export function largestChanges(lines: readonly LineDiff[], count = 3): LineDiff[] {
  return lines
    .filter((l) => l.change !== "unchanged")
    .sort((x, y) => y.deltaMonthlyUsd.abs().comparedTo(x.deltaMonthlyUsd.abs()))
    .slice(0, count);
}

/**
 * What changed between two model results (pass their `comparison`s: constraints applied), per
 * pattern: statuses, the total delta (null when a side has no total; `lowerBound` when a side is
 * incomplete) and every line's quantity and rate effect.
 * @example diffResults(base.comparison, proposed.comparison).patterns[0].causes.quantityUsd //=> 2 → 4 tasks: +36.0401
 */
export function diffResults(base: Comparison, proposed: Comparison): ResultDiff {
  return {
    inputsChanged: diffScenarioInputs(base.scenario, proposed.scenario),
    patterns: PATTERN_IDS.map((id) => {
      const b = base.patterns.find((p) => p.id === id);
      const p = proposed.patterns.find((q) => q.id === id);
      const lines = diffPatternLines(b, p);
      return { id, base: b, proposed: p, ...totalDelta(b, p), lines, causes: causesOf(lines), largestLines: largestChanges(lines) };
    }),
    notEstimated: { base: base.notEstimated, proposed: proposed.notEstimated },
  };
}
