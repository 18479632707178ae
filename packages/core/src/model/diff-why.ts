import { formatReporting } from "../currency/convert";
import { formatUsd } from "../money/round";
import type { ReportingCurrency } from "../currency/currency";
import type { Decimal } from "../money/decimal";
import type { LineDiff } from "./line-diff";
import type { PatternDiff } from "./result-diff";

/** A signed amount in the report's currency (core's converter and rounding), USD when none is given. */
const signedIn =
  (reporting?: ReportingCurrency) =>
  (value: Decimal): string =>
    `${value.isNegative() ? "" : "+"}${reporting ? formatReporting(value, reporting) : formatUsd(value)}`;
const qty = (value: Decimal): string => value.toDecimalPlaces(4).toFixed();

/**
 * Why one line moved, in English: its quantity and rate before → after (4 decimals for quantities, rates as published).
 * @example diffLineReason(webVcpu2to4Tasks) //=> "quantity 730 → 1460 vCPU-hour"
 */
export function diffLineReason(line: LineDiff): string {
  if (line.change === "added") return `added (${line.proposed?.detail ?? ""})`;
  if (line.change === "removed") return `removed (was ${line.base?.detail ?? ""})`;
  const parts: string[] = [];
  if (line.base && line.proposed && !line.base.quantity.eq(line.proposed.quantity))
    parts.push(`quantity ${qty(line.base.quantity)} → ${qty(line.proposed.quantity)} ${line.proposed.unit}`);
  if (line.base && line.proposed && !line.base.rateUsd.eq(line.proposed.rateUsd))
    parts.push(`rate ${line.base.rateUsd.toFixed()} → ${line.proposed.rateUsd.toFixed()} USD/${line.proposed.unit}`);
  return parts.join("; ") || "unchanged";
}

/**
 * "Why did it move" for one pattern, in English sentences: the status change, the proposal's ruled-out reasons, a
 * lower-bound warning, the delta split by cause (`causes`), then the three largest lines (`largestLines`), amounts
 * in the reporting currency. The diff JSON's `why` and the CLI's table notes.
 * @example diffWhy(webDiff) //=> ["by cause: quantity changes +$36.04, added lines +$41.00, removed lines -$0.25 a month", "+$32.85/month NAT gateway hours: added (1 gateway(s) × 730 h)", …] (tests/golden/diff-scale-up)
 */
export function diffWhy(diff: PatternDiff, reporting?: ReportingCurrency): string[] {
  const signed = signedIn(reporting);
  const { base, proposed, causes } = diff;
  const why: string[] = [];
  if (base?.status !== proposed?.status) why.push(`status: ${base?.status ?? "absent"} → ${proposed?.status ?? "absent"}`);
  for (const reason of proposed?.ruledOutReasons ?? []) why.push(`proposed ruled out: ${reason}`);
  if (diff.lowerBound) why.push("a total here is a lower bound (rates missing): the Δ is not the full change");
  const named: [string, Decimal][] = [
    ["quantity changes", causes.quantityUsd],
    ["rate changes", causes.rateUsd],
    ["added lines", causes.addedUsd],
    ["removed lines", causes.removedUsd],
  ];
  const moved = named.filter(([, amount]) => !amount.isZero());
  if (moved.length > 0) why.push(`by cause: ${moved.map(([cause, amount]) => `${cause} ${signed(amount)}`).join(", ")} a month`);
  for (const line of diff.largestLines) why.push(`${signed(line.deltaMonthlyUsd)}/month ${line.name}: ${diffLineReason(line)}`);
  return why;
}
