import type { Comparison } from "../compare/estimate-scenario";
import type { ReportingCurrency } from "../currency/currency";
import { diffWhy } from "../model/diff-why";
import type { ResultDiff } from "../model/result-diff";
import { toDecimalString, type Decimal } from "../money/decimal";
import { PATTERN_LABELS } from "../patterns/descriptors";
import { reportDocument } from "./report-document";

const money = (value: Decimal | null | undefined): string | null => (value == null ? null : toDecimalString(value));

/** One side of a diff: the file it was read from and its bills (constraints applied). */
export type DiffSide = { file: string; comparison: Comparison };

const side = ({ file, comparison }: DiffSide) => ({
  file,
  scenario: comparison.scenario.name,
  region: comparison.region,
  priceSnapshot: comparison.priceBook,
});

/**
 * The diff JSON document (`costcalc diff --format json`): inputs changed, per pattern both statuses and totals,
 * the exact Δs, "why" (`diffWhy`, amounts in the reporting currency) and every line matched by id with its
 * quantity and rate effects — all from `diffResults`, stated in the reporting currency (`reportDocument`).
 * @example diffJson(diffResults(a, b), { base, proposed }, usd).patterns[0].deltaMonthlyUsd //=> "76.79325" (web 2 → 4 tasks plus a NAT gateway: tests/golden/diff-scale-up)
 */
export function diffJson(diff: ResultDiff, sides: { base: DiffSide; proposed: DiffSide }, reporting: ReportingCurrency) {
  return reportDocument(
    {
      kind: "diff" as const,
      base: side(sides.base),
      proposed: side(sides.proposed),
      inputsChanged: diff.inputsChanged,
      notEstimated: diff.notEstimated,
      patterns: diff.patterns.map((d) => ({
        id: d.id,
        label: PATTERN_LABELS[d.id],
        baseStatus: d.base?.status ?? null,
        proposedStatus: d.proposed?.status ?? null,
        baseLowerBound: d.base?.lowerBound ?? false,
        proposedLowerBound: d.proposed?.lowerBound ?? false,
        deltaLowerBound: d.lowerBound,
        baseMonthlyUsd: money(d.base?.monthlyUsd),
        proposedMonthlyUsd: money(d.proposed?.monthlyUsd),
        deltaMonthlyUsd: money(d.deltaMonthlyUsd),
        deltaYearlyUsd: money(d.deltaYearlyUsd),
        deltaThreeYearUsd: money(d.deltaThreeYearUsd),
        why: diffWhy(d, reporting),
        lines: d.lines.map((l) => ({
          id: l.id,
          name: l.name,
          category: l.category,
          ...(l.service !== undefined ? { service: l.service } : {}),
          change: l.change,
          baseMonthlyUsd: money(l.base?.monthlyUsd),
          proposedMonthlyUsd: money(l.proposed?.monthlyUsd),
          deltaMonthlyUsd: money(l.deltaMonthlyUsd),
          deltaYearlyUsd: money(l.deltaYearlyUsd),
          quantityEffectUsd: money(l.quantityEffectUsd),
          rateEffectUsd: money(l.rateEffectUsd),
          baseQuantity: money(l.base?.quantity),
          proposedQuantity: money(l.proposed?.quantity),
          unit: (l.proposed ?? l.base)?.unit ?? "",
          baseRateUsd: money(l.base?.rateUsd),
          proposedRateUsd: money(l.proposed?.rateUsd),
        })),
      })),
    },
    reporting,
  );
}
export type DiffJson = ReturnType<typeof diffJson>;
