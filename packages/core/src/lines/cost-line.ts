import { Decimal, sumDecimals } from "../money/decimal";
import type { Message } from "../messages/message";
import type { Rate } from "../price-book/rate";

export const COST_CATEGORIES = [
  "compute",
  "license",
  "storage",
  "control-plane",
  "networking",
  "load-balancing",
  /** CloudWatch Logs and Container Insights. */
  "observability",
  /** ECR image storage. */
  "registry",
  /** An AWS Support plan, a share of the pattern's AWS bill. */
  "support",
  /** Japan's consumption tax (消費税) on the AWS charges, when the report asks for it (issue 21). */
  "tax",
  "ops",
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * One invoice-style line: quantity × rate = monthlyUsd, with the rate's provenance.
 * Every total in the project is a sum of these (infracost's cost component).
 */
export type CostLine = {
  /** Stable id, e.g. `svc:web:fargate-vcpu`. */
  id: string;
  /** Invoice-line English, e.g. "web: Fargate vCPU (Linux/x86)": rendered from `nameMessage`. */
  name: string;
  /** The name as a code with parameters (messages/en/lines.ts), e.g. { code: "LINE_FARGATE_VCPU", params: { service: "web", platform: "PLATFORM_LINUX_X86" } }. */
  nameMessage: Message;
  category: CostCategory;
  /** Workload service the line belongs to; absent for shared lines. */
  service?: string;
  /** Monthly quantity in `unit`. */
  quantity: Decimal;
  unit: string;
  /** The rate applied, with region, source id and as-of date. */
  rate: Rate;
  rateUsd: Decimal;
  monthlyUsd: Decimal;
  /** monthlyUsd × 12, exact: what a face shows as the line's yearly figure (faces never multiply). */
  yearlyUsd: Decimal;
  /** How the quantity was derived, in words (e.g. "4 tasks × 730 h × 0.5 vCPU"): rendered from `detailMessages`. */
  detail: string;
  /** The detail as parts, each a code + parameters (messages/en/details.ts), joined by `renderDetail` (line-detail.ts). */
  detailMessages: readonly Message[];
};

/** @example sumLines([line1, line2]).toString() //=> "12.5" */
export function sumLines(lines: readonly CostLine[]): Decimal {
  return sumDecimals(lines.map((line) => line.monthlyUsd));
}

/** Subtotals per category (categories without lines are omitted). */
export function sumByCategory(lines: readonly CostLine[]): Map<CostCategory, Decimal> {
  const totals = new Map<CostCategory, Decimal>();
  for (const line of lines) totals.set(line.category, (totals.get(line.category) ?? new Decimal(0)).plus(line.monthlyUsd));
  return totals;
}
