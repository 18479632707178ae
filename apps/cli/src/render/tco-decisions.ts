import {
  formatReporting,
  type Multiplier,
  multiplierText,
  PATTERN_LABELS,
  READING_FORMATS,
  type Message,
  type Decimal,
  type ModelResult,
  type PatternId,
  type SensitivityRow,
} from "@repo/core";
import { messageText } from "./message-text";
import { renderTextTable } from "./text-table";

const label = (id: PatternId | "tie" | null): string => (id === null ? "—" : id === "tie" ? "tie" : PATTERN_LABELS[id]);
const num = (value: { toDecimalPlaces(n: number): { toFixed(): string } }): string => value.toDecimalPlaces(3).toFixed();
type Analysis = ModelResult;

/**
 * A sensitivity value as text: the engineer rate (money per hour) in the report's currency, so its
 * break-even reads "≥ ¥7,412/h" in a JPY report; other assumptions as numbers in their unit.
 */
function sensitivityValue(analysis: Analysis, row: SensitivityRow): (value: Decimal) => string {
  if (row.id !== "engineer-rate" || analysis.reporting.currency === "USD") return num;
  return (value) => `${formatReporting(value, analysis.reporting)}/h`;
}

/**
 * A workload multiplier as people read it — core's reading format, as the web shows it (issue 20
 * item 4): "×4.17", "×0.33", "×10"; the exact value is in the JSON output (`multiplier.value`, `fraction`).
 */
const times = (m: Multiplier): string => READING_FORMATS.multiplier?.(multiplierText(m), false) ?? `×${multiplierText(m)}`;

function breakEvenBlock(analysis: Analysis): string {
  const b = analysis.breakEven;
  const head =
    `== Break-even: every service's taskCount × m, m from ${times(b.searchedFrom)} to ${times(b.searchedTo)} ` +
    `(${b.breakpoints} distinct workloads, ${b.method}, ${analysis.evaluations} model runs; ${analysis.level} TCO)`;
  const rows = b.pairs.map((pair) => [
    `${PATTERN_LABELS[pair.a]} vs ${PATTERN_LABELS[pair.b]}`,
    pair.crossings.length === 0
      ? "no swap in range"
      : pair.crossings.map((c) => `${times(c.multiplier)} (${c.totalTasks} tasks): ${label(c.cheaperAfter)} cheaper`).join("; "),
  ]);
  const skipped = b.skipped.map((s) => `  not searched: ${PATTERN_LABELS[s.pattern]} (${s.reason})`);
  return [head, renderTextTable([{ header: "Pair" }, { header: "Order swaps at" }], rows), ...skipped].join("\n");
}

function constraintsBlock(analysis: Analysis): string {
  const lines = analysis.constraints.map(
    (c) =>
      `  ${c.effect === "rules-out" ? "rules out" : "flags"} ${c.patterns.map((p) => PATTERN_LABELS[p]).join(", ")}: ${c.reason} [${c.sources}]`,
  );
  return [
    "== Constraints triggered by the workload",
    ...(lines.length ? lines : ["  none (no GPU, DaemonSet, privileged, Windows or Spot requirement; every task fits Fargate)"]),
  ].join("\n");
}

function sensitivityBlock(analysis: Analysis): string {
  const rows = analysis.sensitivity.map((r) => {
    const v = sensitivityValue(analysis, r);
    const unit = v === num ? ` ${r.unit}` : "";
    return [
      r.label,
      r.available ? `${v(r.baseline)}${unit}` : "n/a",
      r.available ? `${v(r.low.value)}–${v(r.high.value)}` : "—",
      r.available ? `${label(r.low.cheapest)} / ${label(r.high.cheapest)}` : "—",
      [
        r.switchBelow ? `≤ ${v(r.switchBelow.value)} → ${label(r.switchBelow.to)}` : "",
        r.switchAbove ? `≥ ${v(r.switchAbove.value)} → ${label(r.switchAbove.to)}` : "",
      ]
        .filter(Boolean)
        .join("; ") || "none",
    ];
  });
  return [
    "== Sensitivity: how far each assumption must move to change the cheapest pattern",
    renderTextTable(
      [{ header: "Assumption" }, { header: "Now" }, { header: "Range" }, { header: "Cheapest at low / high" }, { header: "Switches at" }],
      rows,
    ),
    ...analysis.sensitivity.map((r) => `  ${r.label}: ${r.basis}`),
  ].join("\n");
}

function matrixBlock(analysis: Analysis): string {
  const ids: PatternId[] = ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"];
  return [
    "== Trade-offs (yes / partial / no; details and sources in --format json)",
    renderTextTable(
      [{ header: "" }, ...ids.map((id) => ({ header: PATTERN_LABELS[id] }))],
      analysis.tradeOffMatrix.map((row) => [row.label, ...ids.map((id) => row.cells[id].support)]),
    ),
  ].join("\n");
}

/** A core sentence with its money in the report's currency (a JPY report: "¥5,000/h"; USD: core's English as is). */
const inReporting = (message: Message, analysis: Analysis): string => messageText(message, analysis.reporting);

function recommendationBlock(analysis: Analysis): string {
  const r = analysis.recommendation;
  return [
    `== Recommendation: ${r.pattern ? PATTERN_LABELS[r.pattern] : "none"}`,
    ...r.reasonMessages.map((reason) => `  - ${inReporting(reason, analysis)}`),
    "  What would change it:",
    ...r.wouldChangeMessages.map((c) => `  - ${inReporting(c, analysis)}`),
  ].join("\n");
}

function assumptionsBlock(analysis: Analysis): string {
  return [
    "== Assumptions",
    ...analysis.assumptions.map((a) => `  ${a.label}: ${inReporting(a.valueMessage, analysis)} [${a.source}]`),
  ].join("\n");
}

/** Break-even, constraints, sensitivity, trade-offs, recommendation and assumptions, as plain text. */
export function renderDecisions(analysis: Analysis): string {
  return `${[
    breakEvenBlock(analysis),
    constraintsBlock(analysis),
    sensitivityBlock(analysis),
    matrixBlock(analysis),
    recommendationBlock(analysis),
    assumptionsBlock(analysis),
  ].join("\n\n")}\n`;
}
