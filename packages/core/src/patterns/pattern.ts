import type { NodePlan } from "../ec2/node-plan";
import type { CostLine } from "../lines/cost-line";
import { sumLines } from "../lines/cost-line";
import type { LineBuilder } from "../lines/line-builder";
import type { Decimal } from "../money/decimal";
import type { MissingRate } from "../price-book/rate";
import { renderMessage } from "../messages/english";
import type { Message } from "../messages/message";
import type { PriceBook } from "../price-book/price-book";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import type { PurchaseSummary } from "../purchase/purchase-summary";
import type { SharedLinesMemo } from "./shared-lines-memo";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";

/**
 * Every pattern, the four classic ones (control plane × data plane) first, then the two where AWS runs
 * the EC2 nodes for a per-instance fee (issue 16). Results, tables and ties follow this order.
 */
export const PATTERN_IDS = ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2", "ecs-managed-instances", "eks-auto-mode"] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export type OrchestratorKind = "ecs" | "eks";
export type DataPlaneKind = "fargate" | "ec2";
/** Who runs a pattern's EC2 nodes when AWS does, for a management fee per instance-hour (null: you do, or Fargate). */
export type ManagedNodesKind = "ecs-managed-instances" | "eks-auto-mode";

/** The facts of a pattern an estimator needs about itself (every `PatternDescriptor` is one). */
export type PatternRef = {
  id: PatternId;
  orchestrator: OrchestratorKind;
  dataPlane: DataPlaneKind;
  /** English label; faces may translate by id. */
  label: string;
  /** One of the four classic patterns (faces list them first; the others can be hidden). */
  classic: boolean;
  /** AWS provisions, patches and scales this pattern's EC2 nodes for a per-instance fee (ECS Managed Instances, EKS Auto Mode). */
  managedNodes: ManagedNodesKind | null;
};

/**
 * What an estimator gets: its own descriptor, the parsed scenario, its services in exact units, the price book.
 * `totalsOnly`: a scaled run of the analysis (decisions/evaluate-tco.ts) reads the totals alone, so the
 * estimator may leave out what only a face shows (line names, node-group packing details); every figure stays.
 */
export type PatternContext = {
  pattern: PatternRef;
  scenario: Scenario;
  services: readonly ResolvedService[];
  book: PriceBook;
  totalsOnly?: boolean;
  /** With `totalsOnly`: the analysis's memo of the shared lines no task count changes (shared-lines-memo.ts). */
  sharedLines?: SharedLinesMemo;
};

/**
 * - priced: every line has a rate; the total is the bill.
 * - incomplete: some rates are missing from the price book (listed); the total covers the rest only.
 * - ruled-out: the workload cannot run on this pattern (reasons listed); no total is given.
 */
export type PatternStatus = "priced" | "incomplete" | "ruled-out";

export type PatternEstimate = {
  id: PatternId;
  label: string;
  status: PatternStatus;
  /** Why the pattern is ruled out, as codes + parameters (constraints' and the estimator's own). */
  reasons: Message[];
  /** The same reasons in English (`renderMessage`). */
  ruledOutReasons: string[];
  lines: CostLine[];
  /** Sum of the lines; null when the pattern is ruled out. A lower bound when `lowerBound`. */
  monthlyUsd: Decimal | null;
  yearlyUsd: Decimal | null;
  threeYearUsd: Decimal | null;
  /** True when rates are missing (status "incomplete"): the totals cover the priced lines only; show "≥ $X". */
  lowerBound: boolean;
  missingRates: MissingRate[];
  /** Assumptions and caveats specific to this pattern, as codes + parameters (render with `renderMessage`). */
  notes: Message[];
  /** EC2 patterns: the node groups behind the compute lines. */
  nodePlans: NodePlan[];
  /** How the compute is bought (EC2 nodes or Fargate), with any upfront payment kept apart. */
  purchase: PurchaseSummary[];
};

/** Assembles an estimate from a builder's lines; ruled-out when reasons were given. */
export function finishPattern(
  pattern: PatternRef,
  builder: LineBuilder,
  extra: { reasons?: Message[]; notes?: Message[]; nodePlans?: NodePlan[]; purchase?: PurchaseSummary[] } = {},
): PatternEstimate {
  const reasons = extra.reasons ?? [];
  const isRuledOut = reasons.length > 0;
  const monthlyUsd = isRuledOut ? null : sumLines(builder.lines);
  const status: PatternStatus = isRuledOut ? "ruled-out" : builder.missing.length > 0 ? "incomplete" : "priced";
  return {
    id: pattern.id,
    label: pattern.label,
    status,
    reasons,
    ruledOutReasons: reasons.map(renderMessage),
    lines: isRuledOut ? [] : builder.lines,
    monthlyUsd,
    yearlyUsd: monthlyUsd?.times(MONTHS_PER_YEAR) ?? null,
    threeYearUsd: monthlyUsd?.times(MONTHS_PER_THREE_YEARS) ?? null,
    lowerBound: status === "incomplete",
    missingRates: isRuledOut ? [] : builder.missing,
    notes: extra.notes ?? [],
    nodePlans: isRuledOut ? [] : (extra.nodePlans ?? []),
    purchase: isRuledOut ? [] : (extra.purchase ?? []),
  };
}
