import { toReportingAmount } from "../currency/convert";
import type { ReportingCurrency } from "../currency/currency";
import { parseDecimal, toDecimalString, type Decimal } from "../money/decimal";
import type { ModelResult, PatternResult } from "../model/model-scenario";
import { OPS_LEVELS } from "../scenario/ops-schema";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";
import type { CsvTable } from "./comparison-csv";
import { inputRows } from "./input-rows";

export const REVIEW_CSV_COLUMNS = [
  "section",
  "pattern",
  "status",
  "lowerBound",
  "item",
  "lineId",
  "service",
  "value",
  "quantity",
  "unit",
  "rateUsd",
  "monthlyUsd",
  "yearlyUsd",
  "threeYearUsd",
  "rateRegion",
  "sourceId",
  "asOf",
] as const;
/** Added in a JPY report (as comparisonCsv): each USD amount of the row converted once at the one stated rate. */
export const REVIEW_CSV_JPY_COLUMNS = ["rateJpy", "monthlyJpy", "yearlyJpy", "threeYearJpy", "jpyPerUsd", "fxAsOf"] as const;
type Column = (typeof REVIEW_CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;
const USD_TWINS = ["rateUsd", "monthlyUsd", "yearlyUsd", "threeYearUsd"] as const;

function jpyCells(row: Row, reporting: ReportingCurrency): string[] {
  const twins = USD_TWINS.map((c) => {
    const usd = row[c];
    return usd ? toDecimalString(toReportingAmount(parseDecimal(usd), reporting)) : "";
  });
  return [...twins, toDecimalString(reporting.fx.jpyPerUsd), reporting.fx.asOf];
}

const dec = toDecimalString;
const money = (monthly: Decimal): Row => ({
  monthlyUsd: dec(monthly),
  yearlyUsd: dec(monthly.times(MONTHS_PER_YEAR)),
  threeYearUsd: dec(monthly.times(MONTHS_PER_THREE_YEARS)),
});

function patternRows(p: PatternResult): Row[] {
  const bill = p.bill;
  const head: Row = { pattern: p.descriptor.id, status: bill.status, lowerBound: String(bill.lowerBound) };
  const lines = bill.lines.map(
    (line): Row => ({
      ...head,
      section: "line",
      item: line.name,
      lineId: line.id,
      service: line.service ?? "",
      quantity: dec(line.quantity),
      unit: line.unit,
      rateUsd: line.rateUsd.toFixed(),
      ...money(line.monthlyUsd),
      rateRegion: line.rate.region,
      sourceId: line.rate.sourceId,
      asOf: line.rate.asOf,
    }),
  );
  if (bill.monthlyUsd === null) return [...lines, { ...head, section: "aws-total", item: "AWS bill (ruled out: no total)" }];
  const total: Row = { ...head, section: "aws-total", item: "AWS bill", ...money(bill.monthlyUsd) };
  const ops = p.ops;
  const opsRows = ops
    ? OPS_LEVELS.map(
        (level): Row => ({
          ...head,
          section: "ops",
          item: `ops effort (${level})`,
          value: level,
          quantity: dec(ops.hoursPerMonth[level]),
          unit: "engineer-hours/month",
          rateUsd: dec(ops.rateUsd),
          ...money(ops.monthlyUsd[level]),
          sourceId: ops.rate.sourceId,
          asOf: ops.rate.asOf,
        }),
      )
    : [];
  const tco = p.tco.monthlyUsd;
  const tcoRows = tco
    ? OPS_LEVELS.map(
        (level): Row => ({ ...head, section: "tco", item: `TCO = AWS bill + ops (${level})`, value: level, ...money(tco[level]) }),
      )
    : [];
  return [...lines, total, ...opsRows, ...tcoRows];
}

/**
 * The budget-review CSV (the web's "Export CSV"): a block of inputs (every scenario field as core
 * parsed it, defaults filled in), the recommendation, then per pattern one row per cost line, the
 * AWS bill total, ops effort and TCO per band — each with its monthly, yearly (×12) and 3-year (×36)
 * amount, exact and unrounded. `lowerBound` "true" marks an incomplete pattern (totals are ≥). A JPY report
 * (issue 21) adds the yen twins of the row's amounts and the one stated rate (REVIEW_CSV_JPY_COLUMNS).
 * @example reviewCsv(result).rows[0].slice(0, 8) //=> ["input", "", "", "", "name", "", "", "Plain"]
 */
export function reviewCsv(result: ModelResult): CsvTable {
  const rec = result.recommendation;
  const rows: Row[] = [
    ...inputRows(result.scenario).map(([path, value]): Row => ({ section: "input", item: path, value })),
    { section: "input", item: "priceSnapshot", value: result.priceBook.id, asOf: result.priceBook.asOf },
    {
      section: "recommendation",
      pattern: rec.pattern ?? "",
      item: rec.pattern ? `lowest TCO (${rec.level} ops)` : "none: no fully priced pattern can run the workload",
      value: rec.level,
      ...(rec.monthlyUsd ? money(rec.monthlyUsd) : {}),
    },
    ...result.patterns.flatMap(patternRows),
  ];
  const reporting = result.reporting;
  if (reporting.currency === "USD")
    return { columns: [...REVIEW_CSV_COLUMNS], rows: rows.map((row) => REVIEW_CSV_COLUMNS.map((c) => row[c] ?? "")) };
  return {
    columns: [...REVIEW_CSV_COLUMNS, ...REVIEW_CSV_JPY_COLUMNS],
    rows: rows.map((row) => [...REVIEW_CSV_COLUMNS.map((c) => row[c] ?? ""), ...jpyCells(row, reporting)]),
  };
}
