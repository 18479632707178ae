import type { Message } from "../messages/message";
import type { Decimal } from "../money/decimal";
import type { NodeCapacity } from "./node-capacity";

/** A type the cheapest-fit search ranked behind the chosen one. */
export type NodeAlternative = {
  instanceType: string;
  nodeCount: number;
  /** Nodes × hours × (instance under the purchase option + root volume + IPv4). */
  monthlyUsd: Decimal;
  /** monthlyUsd − the chosen plan's (≥ 0). */
  extraMonthlyUsd: Decimal;
};

/**
 * How much of the nodes the tasks use. Percentages are of *allocatable* capacity (after OS,
 * agent/kubelet reservations and per-node agents); waste is allocatable capacity no task uses.
 */
export type NodeUtilisation = {
  cpuPercent: Decimal;
  memoryPercent: Decimal;
  idleCpuMillicores: number;
  idleMemoryBytes: number;
  /** Share of the advertised hardware taken by reservations and agents (CPU, memory). */
  overheadCpuPercent: Decimal;
  overheadMemoryPercent: Decimal;
  /** Instance cost × (1 − the larger utilisation): what the capacity neither resource uses costs a month. */
  unusedMonthlyUsd: Decimal;
};

export type NodeGroupDetail = {
  /** "chosen" = ec2.instanceType; "cheapest-fit" = searched; "fallback" = no priced type fitted. */
  selection: "chosen" | "cheapest-fit" | "fallback";
  capacity: NodeCapacity;
  /** Nodes the packing needs before minimum / AZ rounding. */
  packedNodeCount: number;
  /** "exact" = proven optimal node count (≤ 40 tasks); "heuristic" = best first-fit, with the gap to the lower bound. */
  packing: { method: "exact" | "heuristic"; lowerBoundNodes: number; gapNodes: number };
  utilisation: NodeUtilisation;
  /** Purchase option of this group and the per-node prices under it. */
  purchaseLabel: string;
  /** The same label as a code (PURCHASE_*), for faces that word it in their language. */
  purchaseLabelMessage: Message;
  effectiveHourlyPerNode: Decimal | undefined;
  /** Billed every hour per node (without the upfront part). */
  recurringHourlyPerNode: Decimal;
  upfrontPerNode: Decimal;
  runnersUp: NodeAlternative[];
  /** Types the search considered and actually packed. */
  consideredCount: number;
  packedCount: number;
  /** The EC2 catalog of the region for this OS: the types it has an On-Demand rate for (what the search starts from). */
  regionCatalogCount: number;
};
