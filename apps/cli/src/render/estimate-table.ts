import { formatUsd, type Comparison, type PatternEstimate } from "@repo/core";
import { nodesSummary, renderNodeGroups, renderPurchase } from "./node-groups";
import { notEstimatedText, workloadWarningsText } from "./not-estimated";
import { renderTextTable } from "./text-table";
import { priceBookLabel } from "./price-book-label";

const money = (value: PatternEstimate["monthlyUsd"]): string => (value === null ? "—" : formatUsd(value));
/** Totals of incomplete patterns are lower bounds: shown as "≥ $x". */
const total = (pattern: PatternEstimate, value: PatternEstimate["monthlyUsd"]): string =>
  pattern.status === "incomplete" ? `≥ ${money(value)}` : money(value);
const qty = (value: { toDecimalPlaces(n: number): { toFixed(): string } }): string => value.toDecimalPlaces(4).toFixed();

/** Rates as AWS publishes them (≤ 10 decimals); a derived rate (RI ratio, discount) is shown to 10 places, computed exactly. */
const rateText = (value: { toDecimalPlaces(n: number): { toFixed(): string } }): string => value.toDecimalPlaces(10).toFixed();

function statusText(pattern: PatternEstimate): string {
  if (pattern.status === "ruled-out") return "ruled out";
  if (pattern.status === "incomplete") return `incomplete (${pattern.missingRates.length} rate(s) missing)`;
  return "priced";
}

function renderPattern(pattern: PatternEstimate): string {
  const head =
    pattern.status === "ruled-out"
      ? `== ${pattern.label} (${pattern.id}) — ruled out`
      : `== ${pattern.label} (${pattern.id}) — ${total(pattern, pattern.monthlyUsd)}/month, ${total(pattern, pattern.yearlyUsd)}/year`;
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
        { header: "Monthly", align: "right" },
      ],
      pattern.lines.map((line) => [line.name, qty(line.quantity), line.unit, rateText(line.rateUsd), formatUsd(line.monthlyUsd)]),
    ),
  );
  parts.push(...renderNodeGroups(pattern), ...renderPurchase(pattern));
  for (const missing of pattern.missingRates)
    parts.push(`  missing rate: ${missing.usage} in ${missing.region} (needed for ${missing.neededFor})`);
  for (const note of pattern.notes) parts.push(`  note: ${note}`);
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
  const summary = renderTextTable(
    [
      { header: "Pattern" },
      { header: "Status" },
      { header: "Monthly", align: "right" },
      { header: "Yearly", align: "right" },
      { header: "Nodes" },
    ],
    comparison.patterns.map((p) => [p.label, statusText(p), total(p, p.monthlyUsd), total(p, p.yearlyUsd), nodesSummary(p)]),
  );
  const title = `${comparison.scenario.name} — ${comparison.region} — prices: ${priceBookLabel(comparison.priceBook)} (as of ${comparison.priceBook.asOf})`;
  const gaps = [...notEstimatedText(comparison.notEstimated), ...workloadWarningsText(comparison.workloadWarnings)];
  return `${[title, ...pricesGapLines(comparison), "", summary, ...gaps, "", ...comparison.patterns.map(renderPattern).flatMap((block) => [block, ""])].join("\n").trimEnd()}\n`;
}
