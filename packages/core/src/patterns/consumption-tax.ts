import { sumLines, type CostLine } from "../lines/cost-line";
import { renderDetail } from "../lines/line-detail";
import { renderMessage } from "../messages/english";
import { message } from "../messages/message";
import { Decimal, toDecimalString } from "../money/decimal";
import type { Rate } from "../price-book/rate";
import type { Scenario } from "../scenario/scenario-schema";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";
import type { PatternEstimate } from "./pattern";

/**
 * Japan's consumption tax (消費税, JCT) on AWS charges: 10 % since 1 October 2019. AWS prices exclude it and
 * AWS charges it to accounts located in Japan, itemised as "Consumption tax levied (Japan)"
 * (https://aws.amazon.com/tax-help/japan/, https://aws.amazon.com/c-tax-faqs/). Ops labour is not an AWS
 * charge and is never taxed here.
 * Approximation: AWS computes the tax per invoice (and rounds it in yen); here it is 10 % of the pattern's
 * AWS lines, exact. Example: $36.0401 of AWS lines → tax line 36.0401 × 0.10 = $3.60401.
 */
export const CONSUMPTION_TAX_RATE = new Decimal("0.10");
export const CONSUMPTION_TAX_LINE_ID = "shared:consumption-tax";

const TAX_RATE: Rate = {
  service: "JapanConsumptionTax",
  region: "JP",
  usage: "tax/japan-consumption-tax",
  priceUsd: CONSUMPTION_TAX_RATE.toFixed(),
  unit: "USD",
  description: "Japanese consumption tax, 10 % of AWS charges (AWS prices exclude it)",
  sourceId: "https://aws.amazon.com/tax-help/japan/",
  asOf: "2019-10-01",
  confidence: "primary",
};

/**
 * The estimate with its consumption-tax line appended (10 % of every AWS line) and its totals recomputed,
 * when `reporting.consumptionTax` is on; unchanged otherwise and for a ruled-out pattern. An incomplete
 * bill gives an incomplete tax: the line is a lower bound like the total it taxes.
 * @example withConsumptionTax(billOf36_0401Usd, { reporting: { consumptionTax: true } }).monthlyUsd?.toFixed() //=> "39.64411"
 */
export function withConsumptionTax(estimate: PatternEstimate, scenario: Pick<Scenario, "reporting">): PatternEstimate {
  if (!scenario.reporting.consumptionTax || estimate.status === "ruled-out" || estimate.lines.length === 0) return estimate;
  // An estimate's total is the sum of its lines (finishPattern), left to right from 0 like sumLines, so the
  // tax's base is that total and the new total is it plus the tax line: the same Decimal additions, done once.
  const base = estimate.monthlyUsd ?? sumLines(estimate.lines);
  const detailMessages = [
    message(estimate.lowerBound ? "DETAIL_CONSUMPTION_TAX_LOWER_BOUND" : "DETAIL_CONSUMPTION_TAX", {
      baseUsd: toDecimalString(base.toDecimalPlaces(6)),
    }),
  ];
  const line: CostLine = {
    id: CONSUMPTION_TAX_LINE_ID,
    name: "Japanese consumption tax (10 %) on the AWS charges",
    nameMessage: message("LINE_CONSUMPTION_TAX"),
    category: "tax",
    quantity: base,
    unit: "USD",
    rate: TAX_RATE,
    rateUsd: CONSUMPTION_TAX_RATE,
    monthlyUsd: base.times(CONSUMPTION_TAX_RATE),
    yearlyUsd: base.times(CONSUMPTION_TAX_RATE).times(MONTHS_PER_YEAR),
    detail: renderDetail(detailMessages, renderMessage),
    detailMessages,
  };
  const lines = [...estimate.lines, line];
  const monthlyUsd = base.plus(line.monthlyUsd);
  return {
    ...estimate,
    lines,
    monthlyUsd,
    yearlyUsd: monthlyUsd.times(MONTHS_PER_YEAR),
    threeYearUsd: monthlyUsd.times(MONTHS_PER_THREE_YEARS),
  };
}
