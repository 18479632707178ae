import {
  PATTERN_LABELS,
  diffCsv,
  diffJson,
  diffLineReason,
  diffResults,
  diffWhy,
  type Comparison,
  type PatternDiff,
  type ReportingCurrency,
} from "@repo/core";
import { notEstimatedText } from "../render/not-estimated";
import { coreCsv, usd, type Report, type ReportTable } from "../render/report";
import { priceBookLabel } from "../render/price-book-label";

function lineTable(diff: PatternDiff & { why: string[] }): ReportTable {
  const moved = diff.lines.filter((l) => l.change !== "unchanged");
  const unchanged = diff.lines.length - moved.length;
  return {
    title: `${PATTERN_LABELS[diff.id]} (${diff.id})`,
    columns: [
      { header: "Line" },
      { header: "Change" },
      { header: "Base", align: "right" },
      { header: "Proposed", align: "right" },
      { header: "Δ monthly", align: "right" },
      { header: "Δ yearly", align: "right" },
      { header: "Why" },
    ],
    rows: moved.map((l) => [
      l.name,
      l.change,
      usd(l.base?.monthlyUsd ?? null),
      usd(l.proposed?.monthlyUsd ?? null),
      usd(l.deltaMonthlyUsd, true),
      usd(l.deltaYearlyUsd, true),
      diffLineReason(l),
    ]),
    notes: [...(unchanged > 0 ? [`${unchanged} line(s) unchanged`] : []), ...diff.why],
  };
}

/** `diff`: inputs changed, totals per pattern, then per pattern every line that moved and why. */
export function diffReport(
  base: Comparison,
  proposed: Comparison,
  files: { base: string; proposed: string },
  reporting: ReportingCurrency,
): Report {
  const result = diffResults(base, proposed);
  const inputs = result.inputsChanged;
  const diffs = result.patterns.map((d) => ({ ...d, why: diffWhy(d, reporting) }));
  const totals: ReportTable = {
    title: "Totals",
    columns: [
      { header: "Pattern" },
      { header: "Base", align: "right" },
      { header: "Proposed", align: "right" },
      { header: "Δ monthly", align: "right" },
      { header: "Δ yearly", align: "right" },
      { header: "Δ 3-year", align: "right" },
    ],
    rows: diffs.map(({ id, base: b, proposed: p, deltaMonthlyUsd: delta, deltaYearlyUsd, deltaThreeYearUsd, lowerBound }) => [
      PATTERN_LABELS[id],
      usd(b?.monthlyUsd ?? null, false, b?.lowerBound),
      usd(p?.monthlyUsd ?? null, false, p?.lowerBound),
      usd(delta, true, lowerBound),
      usd(deltaYearlyUsd, true, lowerBound),
      usd(deltaThreeYearUsd, true, lowerBound),
    ]),
  };
  return {
    title: `Diff: ${base.scenario.name} → ${proposed.scenario.name}`,
    subtitle: [
      `base ${files.base} (${base.region}, prices ${priceBookLabel(base.priceBook)}) → proposed ${files.proposed} (${proposed.region}, prices ${priceBookLabel(proposed.priceBook)})`,
    ],
    sections: [
      { title: "Inputs changed", columns: [], rows: [], notes: inputs.length > 0 ? inputs : ["none"] },
      {
        ...totals,
        notes: [
          ...notEstimatedText(result.notEstimated.base).map((text) => `base: ${text}`),
          ...notEstimatedText(result.notEstimated.proposed).map((text) => `proposed: ${text}`),
        ],
      },
      ...diffs.map(lineTable),
    ],
    csv: coreCsv(diffCsv(result, reporting)),
    json: diffJson(
      result,
      { base: { file: files.base, comparison: base }, proposed: { file: files.proposed, comparison: proposed } },
      reporting,
    ),
  };
}
