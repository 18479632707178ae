import { EC2_LINUX_MINIMUM_SECONDS } from "../fargate/billing-duration";
import { Decimal } from "../money/decimal";
import type { InstanceSpec } from "../price-book/instance-spec";
import type { NodeGroupDetail } from "./node-group-detail";
import { billedHoursPerTask } from "../scenario/billed-hours";
import type { ResolvedService } from "../scenario/resolve-service";
import { BYTES_PER_GIB, MILLICORES_PER_VCPU } from "../units/data-size";

/**
 * The simple EC2 data plane: one homogeneous node group per (architecture, OS), sized by total
 * vCPU and memory requested (and, for EKS, the VPC CNI's max pods per node), with no reservations
 * or packing waste modelled beyond whole nodes. Batch services get their own nodes for their run hours.
 */
export type NodePlan = {
  key: string;
  label: string;
  spec: InstanceSpec;
  nodeCount: number;
  /** Nodes needed to fit the tasks (differs from nodeCount when the user fixed the count). */
  nodesNeeded: number;
  hoursPerNode: Decimal;
  services: string[];
  requestedMillicores: number;
  requestedMemoryBytes: number;
  taskCount: number;
  /** Packing, capacity, utilisation, purchase and runners-up (set by the bin-packing planner). */
  detail?: NodeGroupDetail;
};

export type SizingMode = "ecs" | "eks";

const ceilDiv = (a: number, b: number): number => (b <= 0 ? Infinity : Math.ceil(a / b));

export function nodesNeeded(spec: InstanceSpec, cpu: number, memory: number, tasks: number, mode: SizingMode): number {
  if (tasks === 0) return 0;
  const nodeCpu = spec.vcpu * MILLICORES_PER_VCPU;
  const nodeMemory = new Decimal(spec.memoryGib).times(BYTES_PER_GIB).floor().toNumber();
  const byPods = mode === "eks" ? ceilDiv(tasks, spec.eksMaxPods) : 0;
  return Math.max(1, ceilDiv(cpu, nodeCpu), ceilDiv(memory, nodeMemory), byPods);
}

/** Plans the node groups of one EC2 pattern. `spec` is resolved per architecture by the caller. */
export function planNodes(
  services: readonly ResolvedService[],
  specFor: (service: ResolvedService) => InstanceSpec,
  mode: SizingMode,
  fixedNodeCount: number | undefined,
): NodePlan[] {
  const plans = new Map<string, NodePlan>();
  for (const service of services) {
    if (service.taskCount === 0) continue;
    const spec = specFor(service);
    const request = mode === "ecs" ? service.ecsTask : service.pod;
    const isBatch = service.schedule.kind === "batch";
    const key = isBatch ? `batch:${service.name}` : `${service.architecture}/${service.os}`;
    const hours = billedHoursPerTask(service.schedule, EC2_LINUX_MINIMUM_SECONDS);
    const plan = plans.get(key) ?? {
      key, label: isBatch ? `${service.name}, batch` : `${service.os}/${service.architecture}`, spec,
      nodeCount: 0, nodesNeeded: 0, hoursPerNode: new Decimal(0), services: [], requestedMillicores: 0, requestedMemoryBytes: 0, taskCount: 0,
    };
    plan.services.push(service.name);
    plan.requestedMillicores += request.cpuMillicores * service.taskCount;
    plan.requestedMemoryBytes += request.memoryBytes * service.taskCount;
    plan.taskCount += service.taskCount;
    plan.hoursPerNode = Decimal.max(plan.hoursPerNode, hours);
    plans.set(key, plan);
  }
  for (const plan of plans.values()) {
    plan.nodesNeeded = nodesNeeded(plan.spec, plan.requestedMillicores, plan.requestedMemoryBytes, plan.taskCount, mode);
    plan.nodeCount = fixedNodeCount !== undefined && !plan.key.startsWith("batch:") ? fixedNodeCount : plan.nodesNeeded;
  }
  return [...plans.values()];
}
