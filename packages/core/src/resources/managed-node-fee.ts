import type { NodePlan } from "../ec2/node-plan";
import { nested } from "../lines/line-names";
import { message } from "../messages/message";
import type { CostLine } from "../lines/cost-line";
import { memoisedBlock, type SharedLinesMemo } from "../patterns/shared-lines-memo";
import { fmt, LineBuilder } from "../lines/line-builder";
import { Decimal, parseDecimal } from "../money/decimal";
import type { ManagedNodesKind } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { MissingRate, Rate } from "../price-book/rate";
import { usageKeys } from "../price-book/usage-keys";
import { memoEntry, newMap } from "../util/memo-entry";

/**
 * The management fee AWS bills per managed instance-hour when it runs the EC2 nodes — EKS Auto Mode
 * and ECS Managed Instances — "in addition to the Amazon EC2 instance price", per instance type, on the
 * type's ON-DEMAND price, billed per second with a one-minute minimum:
 * - EKS Auto Mode: https://aws.amazon.com/eks/pricing/ (quoted by S40), usagetype `EKS-Auto:<type>-management-hours`;
 *   not discounted by Spot, Reserved Instances or Savings Plans (S24, secondary).
 * - ECS Managed Instances: https://aws.amazon.com/ecs/pricing/ (S10: "billed per second with a one-minute
 *   minimum"), usagetype `<prefix>-ECS-Managed-Instances:<type>-management-hours` (S7, S44). Whether Spot or a
 *   Savings Plan discounts it is NOT in an AWS page here (S55 reads it as a share of the On-Demand list price):
 *   the model follows S55 and says so (message ASSUMPTION_ECS_MI_FEE_ON_DEMAND).
 * The rate comes from the fee table (managed_compute_fees.csv) where it has the type in the region (us-east-1
 * m7i.large Auto Mode $0.0121/h; ap-south-1 t4g.medium ECS MI $0.002688/h), else from the rule every table row
 * follows, labelled as derived: 12 % of the type's On-Demand price rounded to 5 decimals (m7i.large 0.1008 × 0.12
 * = 0.012096 → 0.0121), 7.80 % for G-series GPU types (12 % × 0.65 after the 2026-07-01 cut: Tokyo g6.xlarge
 * 1.1672 × 0.078 → 0.09104, S43; ECS MI g6.xlarge 0.091, S44). The quantity is the node-hours of the EC2 line,
 * which already bill each run for at least 60 s (EC2_LINUX_MINIMUM_SECONDS) — the fee's one-minute minimum.
 */
export const MANAGED_FEE_SHARE = new Decimal("0.12");
export const MANAGED_GPU_FEE_SHARE = new Decimal("0.078");
const FEE_DECIMALS = 5;

type FeeProduct = {
  name: string;
  code: "LINE_EKS_AUTO_MODE_FEE" | "LINE_ECS_MANAGED_INSTANCES_FEE";
  usage: (instanceType: string) => string;
  prefix: string;
  source: string;
};

const PRODUCTS: Record<ManagedNodesKind, FeeProduct> = {
  "eks-auto-mode": {
    name: "EKS Auto Mode fee",
    code: "LINE_EKS_AUTO_MODE_FEE",
    usage: usageKeys.eksAutoModeFeeHours,
    prefix: "eks/auto-mode/",
    source: "S40",
  },
  "ecs-managed-instances": {
    name: "ECS Managed Instances fee",
    code: "LINE_ECS_MANAGED_INSTANCES_FEE",
    usage: usageKeys.ecsManagedInstancesFeeHours,
    prefix: "ecs/managed-instances/",
    source: "S7;S44",
  },
};

const isGSeries = (instanceType: string): boolean => /^g\d/.test(instanceType);

/** The fee rate rule: 12 % (G-series 7.8 %) of On-Demand, 5 dp. @example managedFeeEstimate("m7i.large", new Decimal("0.1008")).toFixed() //=> "0.0121" */
export function managedFeeEstimate(instanceType: string, onDemandHourly: Decimal): Decimal {
  const share = isGSeries(instanceType) ? MANAGED_GPU_FEE_SHARE : MANAGED_FEE_SHARE;
  return onDemandHourly.times(share).toDecimalPlaces(FEE_DECIMALS, Decimal.ROUND_HALF_UP);
}

/** Derived fee rates per book rate and type: one object each, so its price is parsed once (line-builder's per-rate memo), not per run. */
const derivedRates = new WeakMap<Rate, Map<string, Rate>>();

function estimatedRate(base: Rate, instanceType: string, product: FeeProduct): Rate {
  const key = `${product.code}|${instanceType}`;
  return memoEntry(memoEntry(derivedRates, base, newMap), key, () => deriveFeeRate(base, instanceType, product));
}

function deriveFeeRate(base: Rate, instanceType: string, product: FeeProduct): Rate {
  const share = isGSeries(instanceType) ? "7.80 % (G-series: 12 % × 0.65, S43/S44)" : "12 %";
  return {
    ...base,
    service: "ModelledSurcharge",
    usage: product.usage(instanceType),
    priceUsd: managedFeeEstimate(instanceType, parseDecimal(base.priceUsd)).toFixed(),
    basis: "derived",
    description: `estimate: ${product.name} for ${instanceType} not in the fee table, so ${share} of its On-Demand $${base.priceUsd}/h rounded to 5 dp (the rule every fee-table row follows, ${product.source})`,
    sourceId: `${base.sourceId};${product.source}`,
  };
}

/**
 * One fee line per node group (nodes × hours × the type's fee), or the missing rate.
 * @example managedFeeLines("eks-auto-mode", [3 × m7i.large × 730 h], book, "us-east-1").lines[0].monthlyUsd //=> 3 × 730 × 0.0121 = 26.499
 */
export function managedFeeLines(
  kind: ManagedNodesKind,
  plans: readonly NodePlan[],
  book: PriceBook,
  region: string,
  idPrefix: string = kind,
  /** The break-even's scaled runs: lines without their English name and detail (no total reads them). */
  totalsOnly = false,
  /** Their analysis's memo (patterns/shared-lines-memo.ts): a group of the same type, nodes and hours takes the kept line. */
  memo?: SharedLinesMemo,
): { lines: CostLine[]; missing: MissingRate[] } {
  const product = PRODUCTS[kind];
  const builder = new LineBuilder(book, region, totalsOnly);
  for (const plan of plans) {
    if (plan.nodeCount === 0) continue;
    const type = plan.spec.instanceType;
    const key = `managed-fee|${idPrefix}|${plan.key}|${type}|${plan.nodeCount}|${plan.hoursPerNode.toString()}`;
    memoisedBlock(builder, memo, key, () => {
      const request = {
        id: `${idPrefix}:${plan.key}:management-fee`,
        nameMessage: message(product.code, { instanceType: type, ...nested("group", plan.labelMessage) }),
        category: "compute" as const,
        usage: product.usage(type),
        quantity: new Decimal(plan.nodeCount).times(plan.hoursPerNode),
        detailMessages: [
          message("DETAIL_MANAGED_NODE_FEE", { nodes: plan.nodeCount, instanceType: type, hoursPerNode: fmt(plan.hoursPerNode) }),
        ],
      };
      if (book.rate(region, request.usage)) builder.add(request);
      else builder.add({ ...request, usage: usageKeys.ec2InstanceHours(type, "linux") }, (base) => estimatedRate(base, type, product));
      return [];
    });
  }
  return { lines: builder.lines, missing: builder.missing };
}

/** Whether a line is a management fee line (never discounted, so what-ifs on compute leave it out). */
export function isManagedFeeLine(line: CostLine): boolean {
  return Object.values(PRODUCTS).some((p) => line.rate.usage.startsWith(p.prefix));
}
