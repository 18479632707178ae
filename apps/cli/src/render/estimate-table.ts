import { resolveReporting, type Comparison, type PatternEstimate, type ReportingCurrency } from "@repo/core";
import { messageText } from "./message-text";
import { currencyLines, moneyText } from "./money";
import { nodesSummary, renderNodeGroups, renderPurchase } from "./node-groups";
import { notEstimatedText, workloadWarningsText } from "./not-estimated";
import { renderTextTable } from "./text-table";
import { priceBookLabel } from "./price-book-label";

/** Totals of incomplete patterns are lower bounds: shown as "≥ $x" (in the report's currency). */
const total = (pattern: PatternEstimate, value: PatternEstimate["monthlyUsd"], reporting: ReportingCurrency): string =>
  pattern.status === "incomplete" ? `≥ ${moneyText(reporting)(value)}` : moneyText(reporting)(value);
const qty = (value: { toDecimalPlaces(n: number): { toFixed(): string } }): string => value.toDecimalPlaces(4).toFixed();

/** Rates as AWS publishes them (≤ 10 decimals); a derived rate (RI ratio, discount) is shown to 10 places, computed exactly. */
const rateText = (value: { toDecimalPlaces(n: number): { toFixed(): string } }): string => value.toDecimalPlaces(10).toFixed();

function statusText(pattern: PatternEstimate): string {
  if (pattern.status === "ruled-out") return "ruled out";
  if (pattern.status === "incomplete") return `incomplete (${pattern.missingRates.length} rate(s) missing)`;
  return "priced";
}

function renderPattern(pattern: PatternEstimate, reporting: ReportingCurrency): string {
  const money = moneyText(reporting);
  const head =
    pattern.status === "ruled-out"
      ? `== ${pattern.label} (${pattern.id}) — ruled out`
      : `== ${pattern.label} (${pattern.id}) — ${total(pattern, pattern.monthlyUsd, reporting)}/month, ${total(pattern, pattern.yearlyUsd, reporting)}/year`;
  const parts = [head];
  if (pattern.status === "ruled-out") {
    parts.push(...pattern.ruledOutReasons.map((reason) => `  ruled out: ${reason}`));
    return parts.join("\n");
  }
  parts.push(
    renderTextTable(
      [
        { header: "Line" },
        { header: "Quantity", align: "right" },
        { header: "Unit" },
        { header: "Rate (USD)", align: "right" },
        { header: reporting.currency === "USD" ? "Monthly" : `Monthly (${reporting.currency})`, align: "right" },
      ],
      pattern.lines.map((line) => [line.name, qty(line.quantity), line.unit, rateText(line.rateUsd), money(line.monthlyUsd)]),
    ),
  );
  parts.push(...renderNodeGroups(pattern, reporting), ...renderPurchase(pattern, reporting));
  for (const missing of pattern.missingRates)
    parts.push(`  missing rate: ${missing.usage} in ${missing.region} (needed for ${missing.neededFor})`);
  for (const note of pattern.notes) parts.push(`  note: ${messageText(note, reporting)}`);
  return parts.join("\n");
}

/** At the top of an incomplete result: which rates are missing and the command that fills them. */
export function pricesGapLines(comparison: Comparison): string[] {
  const gap = comparison.pricesGap;
  if (!gap) return [];
  return [
    `Missing rates in ${gap.region} (totals marked ≥ are lower bounds): ${gap.missingUsages.join(", ")}`,
    `Fill them (public offer files, no AWS credentials): ${gap.refreshCommand}, then estimate with --prices prices.json`,
  ];
}

/** The `estimate` command's table: a summary of the four patterns, then each pattern's lines. */
export function renderEstimateTable(comparison: Comparison): string {
  const reporting = resolveReporting(comparison.scenario);
  const summary = renderTextTable(
    [
      { header: "Pattern" },
      { header: "Status" },
      { header: "Monthly", align: "right" },
      { header: "Yearly", align: "right" },
      { header: "Nodes" },
    ],
    comparison.patterns.map((p) => [
      p.label,
      statusText(p),
      total(p, p.monthlyUsd, reporting),
      total(p, p.yearlyUsd, reporting),
      nodesSummary(p),
    ]),
  );
  const title = `${comparison.scenario.name} — ${comparison.region} — prices: ${priceBookLabel(comparison.priceBook)} (as of ${comparison.priceBook.asOf})`;
  const gaps = [...notEstimatedText(comparison.notEstimated), ...workloadWarningsText(comparison.workloadWarnings, reporting)];
  return `${[title, ...currencyLines(reporting), ...pricesGapLines(comparison), "", summary, ...gaps, "", ...comparison.patterns.map((p) => renderPattern(p, reporting)).flatMap((block) => [block, ""])].join("\n").trimEnd()}\n`;
}
