import type { Message } from "../messages/message";
import { Decimal } from "../money/decimal";
import type { FitCandidate } from "./cheapest-fit";
import type { NodeGroupDetail, NodeUtilisation } from "./node-group-detail";

const percent = (part: number, whole: number): Decimal => (whole <= 0 ? new Decimal(0) : new Decimal(part).times(100).div(whole));

/**
 * Utilisation and waste of a node group: task requests over allocatable capacity of all nodes.
 * @example nodeUtilisation(fit, 2, hours).cpuPercent //=> 2 tasks × 500m over 2 × 1,575m allocatable = 31.746…%
 */
export function nodeUtilisation(fit: FitCandidate, nodeCount: number, hours: Decimal): NodeUtilisation {
  const taskCpu = fit.pack.usedCpuMillicores.reduce((a, b) => a + b, 0);
  const taskMemory = fit.pack.usedMemoryBytes.reduce((a, b) => a + b, 0);
  const allocCpu = nodeCount * fit.capacity.allocatableCpuMillicores;
  const allocMemory = nodeCount * fit.capacity.allocatableMemoryBytes;
  const cpuPercent = percent(taskCpu, allocCpu);
  const memoryPercent = percent(taskMemory, allocMemory);
  const used = Decimal.min(Decimal.max(cpuPercent, memoryPercent), 100);
  const instanceMonthly = fit.priced.node.effectiveHourly.times(nodeCount).times(hours);
  const c = fit.capacity;
  return {
    cpuPercent,
    memoryPercent,
    idleCpuMillicores: Math.max(0, allocCpu - taskCpu),
    idleMemoryBytes: Math.max(0, allocMemory - taskMemory),
    overheadCpuPercent: percent(c.reservedCpuMillicores + c.daemonCpuMillicores, c.capacityCpuMillicores),
    overheadMemoryPercent: percent(c.reservedMemoryBytes + c.daemonMemoryBytes, c.capacityMemoryBytes),
    unusedMonthlyUsd: instanceMonthly.times(new Decimal(100).minus(used)).div(100),
  };
}

export function nodeGroupDetail(input: {
  fit: FitCandidate;
  nodeCount: number;
  hours: Decimal;
  selection: NodeGroupDetail["selection"];
  alternatives: readonly FitCandidate[];
  counts: { consideredCount: number; packedCount: number; regionCatalogCount: number };
  purchaseLabel: string;
  purchaseLabelMessage: Message;
}): NodeGroupDetail {
  const chosenMonthly = input.fit.hourlyUsd.times(input.hours);
  return {
    selection: input.selection,
    capacity: input.fit.capacity,
    packedNodeCount: input.fit.pack.nodeCount,
    packing: {
      method: input.fit.pack.quality.method,
      lowerBoundNodes: input.fit.pack.quality.lowerBoundNodes,
      gapNodes: input.fit.pack.nodeCount - input.fit.pack.quality.lowerBoundNodes,
    },
    utilisation: nodeUtilisation(input.fit, input.nodeCount, input.hours),
    purchaseLabel: input.purchaseLabel,
    purchaseLabelMessage: input.purchaseLabelMessage,
    effectiveHourlyPerNode: input.fit.priced.onDemandRate ? input.fit.priced.node.effectiveHourly : undefined,
    recurringHourlyPerNode: input.fit.priced.node.recurringHourly,
    upfrontPerNode: input.fit.priced.node.upfrontPerNode,
    runnersUp: input.alternatives.map((alt) => {
      const monthlyUsd = alt.hourlyUsd.times(input.hours);
      return {
        instanceType: alt.priced.spec.instanceType,
        nodeCount: alt.nodeCount,
        monthlyUsd,
        extraMonthlyUsd: monthlyUsd.minus(chosenMonthly),
      };
    }),
    consideredCount: input.counts.consideredCount,
    packedCount: input.counts.packedCount,
    regionCatalogCount: input.counts.regionCatalogCount,
  };
}
