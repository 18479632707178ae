import { toReportingAmount } from "../currency/convert";
import type { ReportingCurrency } from "../currency/currency";
import { currencyJson, withReportingTwins } from "../currency/report-json";
import { toAnalysisJson } from "../decisions/analysis-json";
import type { ModelResult } from "../model/model-scenario";
import { parseDecimal, toDecimalString } from "../money/decimal";
import { toComparisonJson } from "./comparison-json";

/** The reporting block of an export: the currency, the one dated rate, the engineer rate as given, the suggestions. */
function reportingJson(result: ModelResult) {
  const { reporting, labour } = result;
  return {
    ...currencyJson(reporting),
    consumptionTax: result.scenario.reporting.consumptionTax,
    labour: {
      market: labour.market,
      defaulted: labour.defaulted,
      level: labour.level,
      hourly: { amount: toDecimalString(labour.hourly), currency: labour.currency },
      hourlyUsd: toDecimalString(labour.hourlyUsd),
      source: labour.source,
      asOf: labour.asOf,
    },
    suggestions: result.suggestions,
  };
}

type SensitivityJson = ReturnType<typeof toAnalysisJson>["sensitivity"][number];

/** The engineer-rate sensitivity row is money per hour: its values (and break-evens) get reporting twins too. */
function engineerRateTwins(row: SensitivityJson, reporting: ReportingCurrency) {
  if (row.id !== "engineer-rate" || reporting.currency === "USD") return row;
  const c = (value: string) => toDecimalString(toReportingAmount(parseDecimal(value), reporting));
  const suffix = "Jpy";
  const twin = <T extends { value: string } | null>(end: T) => (end ? { ...end, [`value${suffix}`]: c(end.value) } : end);
  return {
    ...row,
    [`unit${suffix}`]: "JPY/hour",
    [`baseline${suffix}`]: c(row.baseline),
    [`domain${suffix}`]: { low: c(row.domain.low), high: c(row.domain.high) },
    low: twin(row.low),
    high: twin(row.high),
    switchAbove: twin(row.switchAbove),
    switchBelow: twin(row.switchBelow),
  };
}

/**
 * The one JSON export of a model result (`costcalc estimate --format json`, the web's JSON download):
 * the bills (scenario, region, priceSnapshot, patterns with lines and `lowerBound`) and the analysis
 * (ops, tco, breakEven, curves, sensitivity, tradeOffMatrix, constraints, recommendation,
 * assumptions), every amount an exact decimal string. `reporting` states the currency and the one
 * exchange rate; in a JPY report every `xUsd` amount has its exact `xJpy` twin (currency/report-json.ts).
 * @example toModelJson(modelScenario(input, book)).patterns[0].lowerBound //=> false
 */
export function toModelJson(result: ModelResult) {
  const analysis = toAnalysisJson(result);
  const json = {
    reporting: reportingJson(result),
    ...toComparisonJson(result.comparison),
    ...analysis,
    sensitivity: analysis.sensitivity.map((row) => engineerRateTwins(row, result.reporting)),
  };
  return withReportingTwins(json, result.reporting);
}
export type ModelJson = ReturnType<typeof toModelJson>;
