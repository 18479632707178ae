import type { NodePlan } from "../ec2/node-plan";
import type { CostLine } from "../lines/cost-line";
import { sumLines } from "../lines/cost-line";
import type { LineBuilder } from "../lines/line-builder";
import type { Decimal } from "../money/decimal";
import type { MissingRate } from "../price-book/rate";
import type { PurchaseSummary } from "../purchase/purchase-summary";
import { MONTHS_PER_THREE_YEARS, MONTHS_PER_YEAR } from "../units/time";

export const PATTERN_IDS = ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export const PATTERN_LABELS: Record<PatternId, string> = {
  "ecs-fargate": "ECS on Fargate",
  "ecs-ec2": "ECS on EC2",
  "eks-fargate": "EKS on Fargate",
  "eks-ec2": "EKS on EC2",
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
  ruledOutReasons: string[];
  lines: CostLine[];
  /** Sum of the lines; null when the pattern is ruled out. */
  monthlyUsd: Decimal | null;
  yearlyUsd: Decimal | null;
  threeYearUsd: Decimal | null;
  missingRates: MissingRate[];
  /** Assumptions and caveats specific to this pattern, in words. */
  notes: string[];
  /** EC2 patterns: the node groups behind the compute lines. */
  nodePlans: NodePlan[];
  /** How the compute is bought (EC2 nodes or Fargate), with any upfront payment kept apart. */
  purchase: PurchaseSummary[];
};

/** Assembles an estimate from a builder's lines; ruled-out when reasons were given. */
export function finishPattern(
  id: PatternId,
  builder: LineBuilder,
  extra: { ruledOutReasons?: string[]; notes?: string[]; nodePlans?: NodePlan[]; purchase?: PurchaseSummary[] } = {},
): PatternEstimate {
  const ruledOutReasons = extra.ruledOutReasons ?? [];
  const isRuledOut = ruledOutReasons.length > 0;
  const monthlyUsd = isRuledOut ? null : sumLines(builder.lines);
  return {
    id,
    label: PATTERN_LABELS[id],
    status: isRuledOut ? "ruled-out" : builder.missing.length > 0 ? "incomplete" : "priced",
    ruledOutReasons,
    lines: isRuledOut ? [] : builder.lines,
    monthlyUsd,
    yearlyUsd: monthlyUsd?.times(MONTHS_PER_YEAR) ?? null,
    threeYearUsd: monthlyUsd?.times(MONTHS_PER_THREE_YEARS) ?? null,
    missingRates: isRuledOut ? [] : builder.missing,
    notes: extra.notes ?? [],
    nodePlans: isRuledOut ? [] : (extra.nodePlans ?? []),
    purchase: isRuledOut ? [] : (extra.purchase ?? []),
  };
}
