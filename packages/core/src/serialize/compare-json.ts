import type { ReportingCurrency } from "../currency/currency";
import { cheapestPricedPattern } from "../model/cheapest";
import { totalDelta } from "../model/total-delta";
import { toDecimalString, type Decimal } from "../money/decimal";
import type { LabelledComparison } from "./compare-csv";
import { reportDocument } from "./report-document";

const money = (value: Decimal | null): string | null => (value === null ? null : toDecimalString(value));

/**
 * The compare JSON document (`costcalc compare --format json`): per scenario its cheapest fully priced pattern
 * (`cheapestPricedPattern`) and per pattern status, exact totals and the Δ against the first scenario's same
 * pattern (`totalDelta`), stated in the reporting currency (`reportDocument`). The CLI only serialises it.
 * @example compareJson(items, usd).scenarios[1].patterns[0] // tests/golden/compare-x86-vs-arm/expected.json
 * //=> { id: "ecs-fargate", label: "ECS on Fargate", status: "priced", lowerBound: false, monthlyUsd: "28.835", …, deltaMonthlyUsd: "-7.2051", … }
 */
export function compareJson(items: readonly LabelledComparison[], reporting: ReportingCurrency) {
  const first = items[0]?.comparison;
  return reportDocument(
    {
      kind: "compare" as const,
      priceSnapshot: first?.priceBook,
      scenarios: items.map(({ label, file, comparison }) => ({
        label,
        file,
        scenario: comparison.scenario.name,
        region: comparison.region,
        cheapestPattern: cheapestPricedPattern(comparison)?.id ?? null,
        notEstimated: comparison.notEstimated,
        patterns: comparison.patterns.map((p) => {
          const delta = totalDelta(
            first?.patterns.find((b) => b.id === p.id),
            p,
          );
          return {
            id: p.id,
            label: p.label,
            status: p.status,
            lowerBound: p.lowerBound,
            monthlyUsd: money(p.monthlyUsd),
            yearlyUsd: money(p.yearlyUsd),
            threeYearUsd: money(p.threeYearUsd),
            deltaMonthlyUsd: money(delta.deltaMonthlyUsd),
            deltaYearlyUsd: money(delta.deltaYearlyUsd),
            deltaLowerBound: delta.lowerBound,
          };
        }),
      })),
    },
    reporting,
  );
}
export type CompareJson = ReturnType<typeof compareJson>;
