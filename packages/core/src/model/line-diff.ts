import type { CostLine } from "../lines/cost-line";
import { Decimal } from "../money/decimal";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";
import type { PatternEstimate } from "../patterns/pattern";

export type LineChange = "added" | "removed" | "changed" | "unchanged";

/**
 * One line matched by id across base and proposed. The monthly delta splits exactly into a
 * quantity effect and a rate effect: q₁r₁ − q₀r₀ = (q₁ − q₀)·r₀ + q₁·(r₁ − r₀).
 * An added line is all quantity effect (+q₁r₁); a removed one is −q₀r₀.
 */
export type LineDiff = {
  id: string;
  name: string;
  category: string;
  service: string | undefined;
  change: LineChange;
  base: CostLine | undefined;
  proposed: CostLine | undefined;
  deltaMonthlyUsd: Decimal;
  /** deltaMonthlyUsd × 12 and × 36, so faces only render. */
  deltaYearlyUsd: Decimal;
  deltaThreeYearUsd: Decimal;
  quantityEffectUsd: Decimal;
  rateEffectUsd: Decimal;
};

const ZERO = new Decimal(0);

function diffLine(base: CostLine | undefined, proposed: CostLine | undefined): LineDiff {
  const any = (proposed ?? base) as CostLine;
  const b = base?.monthlyUsd ?? ZERO;
  const p = proposed?.monthlyUsd ?? ZERO;
  let quantityEffectUsd = p.minus(b);
  let rateEffectUsd = ZERO;
  if (base && proposed) {
    quantityEffectUsd = proposed.quantity.minus(base.quantity).times(base.rateUsd);
    rateEffectUsd = proposed.quantity.times(proposed.rateUsd.minus(base.rateUsd));
  }
  const deltaMonthlyUsd = p.minus(b);
  const isSame = base && proposed && p.eq(b) && base.quantity.eq(proposed.quantity) && base.rateUsd.eq(proposed.rateUsd);
  return {
    id: any.id,
    name: any.name,
    category: any.category,
    service: any.service,
    change: !base ? "added" : !proposed ? "removed" : isSame ? "unchanged" : "changed",
    base,
    proposed,
    deltaMonthlyUsd,
    deltaYearlyUsd: deltaMonthlyUsd.times(MONTHS_PER_YEAR),
    deltaThreeYearUsd: deltaMonthlyUsd.times(MONTHS_PER_THREE_YEARS),
    quantityEffectUsd,
    rateEffectUsd,
  };
}

/** Lines of one pattern matched by id: base order first, then lines only the proposal has. */
export function diffPatternLines(base: PatternEstimate | undefined, proposed: PatternEstimate | undefined): LineDiff[] {
  const baseLines = base?.lines ?? [];
  const proposedLines = proposed?.lines ?? [];
  const proposedById = new Map(proposedLines.map((line) => [line.id, line]));
  const baseIds = new Set(baseLines.map((line) => line.id));
  return [
    ...baseLines.map((line) => diffLine(line, proposedById.get(line.id))),
    ...proposedLines.filter((line) => !baseIds.has(line.id)).map((line) => diffLine(undefined, line)),
  ];
}
