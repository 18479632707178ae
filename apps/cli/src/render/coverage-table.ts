import { COVERAGE_GROUPS, type CoverageGroupId, type GroupCoverage, type PriceBook, type RegionCoverage } from "@repo/core";
import { renderMarkdownTable } from "./markdown";
import type { ReportTable } from "./report";
import { renderTextTable } from "./text-table";

/** Column headings of the rate groups (core's COVERAGE_GROUPS ids, in words). */
export const GROUP_HEADERS: Record<CoverageGroupId, string> = {
  "fargate-x86": "Fargate x86",
  "fargate-arm": "Fargate ARM",
  "fargate-windows": "Fargate Windows",
  "fargate-spot": "Fargate Spot",
  "fargate-savings-plan": "Fargate SP",
  eks: "EKS",
  alb: "ALB",
  nat: "NAT",
  ipv4: "IPv4",
  ebs: "EBS gp3",
};
const MARK: Record<GroupCoverage, string> = { full: "yes", partial: "part", none: "—" };
const STATUS: Record<RegionCoverage["status"], string> = { complete: "complete", partial: "partial", none: "no rates" };

/** One row per AWS region: status, each rate group, EC2 types, other rates. */
export function coverageTable(coverage: readonly RegionCoverage[]): ReportTable {
  return {
    columns: [
      { header: "Region" },
      { header: "Name" },
      { header: "Plain workload" },
      ...COVERAGE_GROUPS.map((g) => ({ header: GROUP_HEADERS[g.id] })),
      { header: "EC2 types", align: "right" as const },
      { header: "Other rates", align: "right" as const },
    ],
    rows: coverage.map((c) => [
      c.region.code,
      c.region.nameEn,
      STATUS[c.status],
      ...COVERAGE_GROUPS.map((g) => MARK[c.groups[g.id]]),
      String(c.ec2LinuxTypes),
      String(c.otherRates),
    ]),
  };
}

/** `prices coverage` as text: the snapshot line, the table, and how to fill a gap. */
export function renderCoverageText(book: PriceBook, coverage: readonly RegionCoverage[]): string {
  const table = coverageTable(coverage);
  const complete = coverage.filter((c) => c.status === "complete").map((c) => c.region.code);
  return [
    `Snapshot ${book.id} — prices as of ${book.asOf}; a plain workload (x86 + ARM services, ALB, NAT, EC2 nodes, EKS) is fully priced in: ${complete.join(", ") || "no region"}`,
    "",
    renderTextTable(
      table.columns,
      table.rows.map((row) => row.map(String)),
    ),
    "",
    "yes = every rate of the group, part = some, — = none. Fill a region: costcalc prices refresh --regions <region> --source offer-files",
    "",
  ].join("\n");
}

/** The same table as Markdown (what docs/price-coverage.md holds). */
export function renderCoverageMarkdown(coverage: readonly RegionCoverage[]): string {
  return `${renderMarkdownTable(coverageTable(coverage))}\n`;
}
