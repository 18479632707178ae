import {
  type Decimal,
  PATTERN_LABELS,
  formatReporting,
  formatUsd,
  toDecimalString,
  diffResults,
  diffCsv,
  type Comparison,
  type LineDiff,
  type PatternDiff,
  type ReportingCurrency,
} from "@repo/core";
import { notEstimatedText } from "../render/not-estimated";
import { coreCsv, usd, type Report, type ReportTable } from "../render/report";
import { priceBookLabel } from "../render/price-book-label";

/** A signed amount in the report's currency (core's converter and rounding), USD when none is given. */
const signedIn =
  (reporting?: ReportingCurrency) =>
  (value: Decimal): string =>
    `${value.isNegative() ? "" : "+"}${reporting ? formatReporting(value, reporting) : formatUsd(value)}`;
const money = (value: Decimal | null | undefined): string | null => (value == null ? null : toDecimalString(value));
const qty = (value: Decimal): string => value.toDecimalPlaces(4).toFixed();

/** Why one line moved, in words: "quantity 1460 → 2920 vCPU-hour; rate 0.04048 → 0.05056". */
export function lineReason(line: LineDiff): string {
  if (line.change === "added") return `added (${line.proposed?.detail ?? ""})`;
  if (line.change === "removed") return `removed (was ${line.base?.detail ?? ""})`;
  const parts: string[] = [];
  if (line.base && line.proposed && !line.base.quantity.eq(line.proposed.quantity))
    parts.push(`quantity ${qty(line.base.quantity)} → ${qty(line.proposed.quantity)} ${line.proposed.unit}`);
  if (line.base && line.proposed && !line.base.rateUsd.eq(line.proposed.rateUsd))
    parts.push(`rate ${line.base.rateUsd.toFixed()} → ${line.proposed.rateUsd.toFixed()} USD/${line.proposed.unit}`);
  return parts.join("; ") || "unchanged";
}

/** "Why did it move": status changes, the delta split by cause (core's), then the three largest lines. */
export function whySummary(diff: PatternDiff, reporting?: ReportingCurrency): string[] {
  const signed = signedIn(reporting);
  const { base, proposed, lines, causes } = diff;
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
  const top = lines
    .filter((l) => l.change !== "unchanged")
    .sort((x, y) => y.deltaMonthlyUsd.abs().comparedTo(x.deltaMonthlyUsd.abs()))
    .slice(0, 3);
  for (const line of top) why.push(`${signed(line.deltaMonthlyUsd)}/month ${line.name}: ${lineReason(line)}`);
  return why;
}

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
      lineReason(l),
    ]),
    notes: [...(unchanged > 0 ? [`${unchanged} line(s) unchanged`] : []), ...diff.why],
  };
}

/** `diff`: inputs changed, totals per pattern, then per pattern every line that moved and why. */
export function diffReport(
  base: Comparison,
  proposed: Comparison,
  files: { base: string; proposed: string },
  reporting?: ReportingCurrency,
): Report {
  const result = diffResults(base, proposed);
  const inputs = result.inputsChanged;
  const diffs = result.patterns.map((d) => ({ ...d, why: whySummary(d, reporting) }));
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
    csv: coreCsv(diffCsv(result)),
    json: {
      kind: "diff",
      base: { file: files.base, scenario: base.scenario.name, region: base.region, priceSnapshot: base.priceBook },
      proposed: { file: files.proposed, scenario: proposed.scenario.name, region: proposed.region, priceSnapshot: proposed.priceBook },
      inputsChanged: inputs,
      notEstimated: result.notEstimated,
      patterns: diffs.map(
        ({ id, base: b, proposed: p, lines, why, deltaMonthlyUsd: delta, deltaYearlyUsd, deltaThreeYearUsd, lowerBound }) => {
          return {
            id,
            label: PATTERN_LABELS[id],
            baseStatus: b?.status ?? null,
            proposedStatus: p?.status ?? null,
            baseLowerBound: b?.lowerBound ?? false,
            proposedLowerBound: p?.lowerBound ?? false,
            deltaLowerBound: lowerBound,
            baseMonthlyUsd: money(b?.monthlyUsd),
            proposedMonthlyUsd: money(p?.monthlyUsd),
            deltaMonthlyUsd: money(delta),
            deltaYearlyUsd: money(deltaYearlyUsd),
            deltaThreeYearUsd: money(deltaThreeYearUsd),
            why,
            lines: lines.map((l) => ({
              id: l.id,
              name: l.name,
              category: l.category,
              ...(l.service !== undefined ? { service: l.service } : {}),
              change: l.change,
              baseMonthlyUsd: money(l.base?.monthlyUsd),
              proposedMonthlyUsd: money(l.proposed?.monthlyUsd),
              deltaMonthlyUsd: money(l.deltaMonthlyUsd),
              deltaYearlyUsd: money(l.deltaYearlyUsd),
              quantityEffectUsd: money(l.quantityEffectUsd),
              rateEffectUsd: money(l.rateEffectUsd),
              baseQuantity: money(l.base?.quantity),
              proposedQuantity: money(l.proposed?.quantity),
              unit: (l.proposed ?? l.base)?.unit ?? "",
              baseRateUsd: money(l.base?.rateUsd),
              proposedRateUsd: money(l.proposed?.rateUsd),
            })),
          };
        },
      ),
    },
  };
}
