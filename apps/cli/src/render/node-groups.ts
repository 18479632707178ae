import { formatReporting, formatUsd, type Decimal, type PatternEstimate, type ReportingCurrency } from "@repo/core";
import { renderTextTable } from "./text-table";

type Plan = PatternEstimate["nodePlans"][number];

const pct = (value: { toFixed(n: number): string }): string => `${value.toFixed(1)}%`;
const mib = (bytes: number): string => `${Math.floor(bytes / 1048576)} MiB`;

/** "3 × m6i.xlarge" per group, for the summary table. */
export function nodesSummary(pattern: PatternEstimate): string {
  return pattern.nodePlans.map((plan) => `${plan.nodeCount} × ${plan.spec.instanceType}`).join(", ") || "—";
}

function selectionText(plan: Plan): string {
  const d = plan.detail;
  if (!d) return "";
  if (d.selection === "cheapest-fit") return `cheapest fit: ${d.consideredCount} of ${d.regionCatalogCount} types priced here`;
  return d.selection === "chosen" ? "ec2.instanceType" : "fallback";
}

/** The node groups of an EC2 pattern: type, counts, utilisation and waste, runners-up, purchase. */
export function renderNodeGroups(pattern: PatternEstimate, reporting?: ReportingCurrency): string[] {
  const money = (usd: Decimal) => (reporting ? formatReporting(usd, reporting) : formatUsd(usd));
  if (pattern.nodePlans.length === 0) return [];
  const rows = pattern.nodePlans.map((plan) => {
    const d = plan.detail;
    return [
      plan.label,
      plan.spec.instanceType,
      String(plan.nodeCount),
      selectionText(plan),
      d ? `${d.capacity.allocatableCpuMillicores}m / ${mib(d.capacity.allocatableMemoryBytes)}` : "",
      d ? pct(d.utilisation.cpuPercent) : "",
      d ? pct(d.utilisation.memoryPercent) : "",
      d ? money(d.utilisation.unusedMonthlyUsd) : "",
    ];
  });
  const out = [
    renderTextTable(
      [
        { header: "Node group" },
        { header: "Type" },
        { header: "Nodes", align: "right" },
        { header: "Chosen by" },
        { header: "Allocatable/node" },
        { header: "CPU used", align: "right" },
        { header: "Mem used", align: "right" },
        { header: "Unused/month", align: "right" },
      ],
      rows,
    ),
  ];
  for (const plan of pattern.nodePlans) {
    const packing = plan.detail?.packing;
    if (packing?.method === "heuristic") {
      out.push(
        `  packing (${plan.label}): first-fit heuristic (over 40 tasks), ${plan.detail?.packedNodeCount ?? 0} nodes; lower bound ${packing.lowerBoundNodes}, gap ${packing.gapNodes}`,
      );
    }
    const runners = plan.detail?.runnersUp ?? [];
    if (runners.length > 0) {
      out.push(
        `  runners-up (${plan.label}): ${runners.map((r) => `${r.nodeCount} × ${r.instanceType} +${money(r.extraMonthlyUsd)}`).join(", ")}`,
      );
    }
  }
  return out;
}

/** "Purchase: … upfront $X (term), $Y/month recurring" lines for any pattern. */
export function renderPurchase(pattern: PatternEstimate, reporting?: ReportingCurrency): string[] {
  const money = (usd: Decimal) => (reporting ? formatReporting(usd, reporting) : formatUsd(usd));
  return pattern.purchase
    .filter((p) => p.label !== "On-Demand" || !p.upfrontUsd.isZero())
    .map((p) => {
      const upfront = p.upfrontUsd.isZero() ? "no upfront" : `${money(p.upfrontUsd)} upfront (once, ${p.termMonths}-month term)`;
      return `  purchase (${p.scope}): ${p.label} — ${upfront}; ${money(p.monthlyRecurringUsd)}/month recurring; ${money(p.monthlyEffectiveUsd)}/month effective`;
    });
}
