import {
  comparisonCsv,
  resolveReporting,
  toComparisonJson,
  type Comparison,
  type PatternEstimate,
  type ReportingCurrency,
} from "@repo/core";
import { messageText } from "./message-text";
import { currencyLines } from "./money";
import { notEstimatedText, workloadWarningsText } from "./not-estimated";
import { coreCsv, quantity, usd, type Report, type ReportTable } from "./report";
import { priceBookLabel } from "./price-book-label";

export function statusText(pattern: PatternEstimate): string {
  if (pattern.status === "ruled-out") return "ruled out";
  if (pattern.status === "incomplete") return `incomplete (${pattern.missingRates.length} rate(s) missing)`;
  return "priced";
}

export function patternNotes(pattern: PatternEstimate, reporting: ReportingCurrency): string[] {
  return [
    ...pattern.ruledOutReasons.map((reason) => `ruled out: ${reason}`),
    ...pattern.missingRates.map((m) => `missing rate: ${m.usage} in ${m.region} (needed for ${m.neededFor})`),
    ...pattern.notes.map((note) => `note: ${messageText(note, reporting)}`),
  ];
}

/** Pattern | Status | Monthly | Yearly | 3-year — the totals of one comparison. */
export function summaryTable(comparison: Comparison, reporting = resolveReporting(comparison.scenario)): ReportTable {
  return {
    title: "Totals",
    columns: [
      { header: "Pattern" },
      { header: "Status" },
      { header: "Monthly", align: "right" },
      { header: "Yearly", align: "right" },
      { header: "3-year", align: "right" },
    ],
    rows: comparison.patterns.map((p) => [
      p.label,
      statusText(p),
      usd(p.monthlyUsd, false, p.lowerBound),
      usd(p.yearlyUsd, false, p.lowerBound),
      usd(p.threeYearUsd, false, p.lowerBound),
    ]),
    notes: [...notEstimatedText(comparison.notEstimated), ...workloadWarningsText(comparison.workloadWarnings, reporting)],
  };
}

function linesTable(pattern: PatternEstimate, reporting: ReportingCurrency): ReportTable {
  return {
    title: `${pattern.label} (${pattern.id})`,
    columns: [
      { header: "Line" },
      { header: "Quantity", align: "right" },
      { header: "Unit" },
      { header: "Rate (USD)", align: "right" },
      { header: "Monthly", align: "right" },
      { header: "Yearly", align: "right" },
    ],
    rows: pattern.lines.map((line) => [
      line.name,
      quantity(line.quantity),
      line.unit,
      line.rateUsd.toFixed(),
      usd(line.monthlyUsd),
      usd(line.yearlyUsd),
    ]),
    notes: patternNotes(pattern, reporting),
  };
}

/**
 * `estimate` as a report: totals, then every pattern's lines, driven only by the generic
 * Comparison data (patterns → lines → totals), so lines other modules add appear unchanged.
 */
export function comparisonReport(comparison: Comparison): Report {
  const reporting = resolveReporting(comparison.scenario);
  return {
    title: `${comparison.scenario.name} — ${comparison.region}`,
    subtitle: [`prices: ${priceBookLabel(comparison.priceBook)} (as of ${comparison.priceBook.asOf})`, ...currencyLines(reporting)],
    reporting,
    sections: [summaryTable(comparison, reporting), ...comparison.patterns.map((p) => linesTable(p, reporting))],
    csv: coreCsv(comparisonCsv(comparison)),
    json: toComparisonJson(comparison),
  };
}
