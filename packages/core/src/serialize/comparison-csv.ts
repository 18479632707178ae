import type { Comparison } from "../compare/estimate-scenario";
import { toReportingAmount } from "../currency/convert";
import { resolveReporting } from "../currency/reporting";
import { type Decimal, toDecimalString } from "../money/decimal";
import { MONTHS_PER_THREE_YEARS } from "../units/time";

/** A flat export table: header names and rows of plain strings (faces only escape and join them). */
export type CsvTable = { columns: string[]; rows: string[][] };

export const COMPARISON_CSV_COLUMNS = [
  "scenario",
  "region",
  "pattern",
  "status",
  "lowerBound",
  "lineId",
  "line",
  "category",
  "service",
  "quantity",
  "unit",
  "rateUsd",
  "monthlyUsd",
  "yearlyUsd",
  "threeYearUsd",
  "rateRegion",
  "sourceId",
  "asOf",
];
/** Added in a JPY report: the line's amounts in yen at the one stated rate (the USD columns stay: AWS rates are USD). */
export const COMPARISON_CSV_JPY_COLUMNS = ["rateJpy", "monthlyJpy", "yearlyJpy", "threeYearJpy", "jpyPerUsd", "fxAsOf"];

/**
 * The one CSV export of a model result's bills (the CLI's `estimate --format csv` and the web's
 * download): one row per cost line with exact, unrounded amounts, one row without a line for a
 * ruled-out pattern (or one with no lines). `lowerBound` is "true" on every row of an incomplete
 * pattern: the lines are real, but they do not make up its whole bill.
 * @example comparisonCsv(result.comparison).rows[0] //=> ["Plain", "us-east-1", "ecs-fargate", "priced", "false", "svc:web:fargate-vcpu", …, "29.2", …]
 */
export function comparisonCsv(comparison: Comparison): CsvTable {
  const name = comparison.scenario.name;
  const reporting = resolveReporting(comparison.scenario);
  const jpy = reporting.currency === "JPY";
  const columns = jpy ? [...COMPARISON_CSV_COLUMNS, ...COMPARISON_CSV_JPY_COLUMNS] : [...COMPARISON_CSV_COLUMNS];
  const inJpy = (usd: Decimal) => toDecimalString(toReportingAmount(usd, reporting));
  const rows = comparison.patterns.flatMap((p) => {
    const head = [name, comparison.region, p.id, p.status, String(p.lowerBound)];
    if (p.lines.length === 0) return [[...head, ...columns.slice(head.length).map(() => "")]];
    return p.lines.map((line) => [
      ...head,
      line.id,
      line.name,
      line.category,
      line.service ?? "",
      toDecimalString(line.quantity),
      line.unit,
      line.rateUsd.toFixed(),
      toDecimalString(line.monthlyUsd),
      toDecimalString(line.yearlyUsd),
      toDecimalString(line.monthlyUsd.times(MONTHS_PER_THREE_YEARS)),
      line.rate.region,
      line.rate.sourceId,
      line.rate.asOf,
      ...(jpy
        ? [
            inJpy(line.rateUsd),
            inJpy(line.monthlyUsd),
            inJpy(line.yearlyUsd),
            inJpy(line.monthlyUsd.times(MONTHS_PER_THREE_YEARS)),
            toDecimalString(reporting.fx.jpyPerUsd),
            reporting.fx.asOf,
          ]
        : []),
    ]);
  });
  return { columns, rows };
}
