import { lookupInstance } from "../ec2/instance-lookup";
import { planNodes, type NodePlan, type SizingMode } from "../ec2/simple-node-plan";
import { coreError } from "../errors";
import { LineBuilder } from "../lines/line-builder";
import type { InstanceSpec } from "../price-book/instance-spec";
import type { PriceBook } from "../price-book/price-book";
import { addEksClusterLines } from "../resources/eks-cluster";
import { addNodeGroupLines } from "../resources/ec2-node-group";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { BYTES_PER_GIB, MILLICORES_PER_VCPU } from "../units/data-size";
import { finishPattern, type PatternEstimate } from "./pattern";
import { addSharedExtraLines } from "./shared-extras";

/** Default node types of the simple data plane: current general-purpose, 4 vCPU / 16 GiB. */
export const DEFAULT_INSTANCE_TYPES = { x86_64: "m6i.xlarge", arm64: "m7g.xlarge" } as const;

function specResolver(scenario: Scenario, book: PriceBook): (service: ResolvedService) => InstanceSpec {
  return (service) => {
    const chosen = scenario.ec2.instanceType;
    const spec = lookupInstance(book, chosen ?? DEFAULT_INSTANCE_TYPES[service.architecture], "ec2.instanceType");
    if (spec.architecture !== service.architecture) {
      throw coreError("INVALID_OPTION", `${spec.instanceType} is ${spec.architecture} but service "${service.name}" is ${service.architecture}`, {
        field: "ec2.instanceType",
      });
    }
    return spec;
  };
}

function oversizedTask(services: readonly ResolvedService[], plans: readonly NodePlan[], mode: SizingMode): string[] {
  const reasons: string[] = [];
  for (const plan of plans) {
    for (const name of plan.services) {
      const service = services.find((s) => s.name === name);
      if (!service) continue;
      const request = mode === "ecs" ? service.ecsTask : service.pod;
      const nodeMemory = Number(plan.spec.memoryGib) * BYTES_PER_GIB;
      if (request.cpuMillicores > plan.spec.vcpu * MILLICORES_PER_VCPU || request.memoryBytes > nodeMemory) {
        reasons.push(`${name}: one task does not fit on ${plan.spec.instanceType} (${plan.spec.vcpu} vCPU / ${plan.spec.memoryGib} GiB); choose a larger ec2.instanceType`);
      }
    }
  }
  return reasons;
}

/** ECS on EC2 and EKS on EC2 with the simple data plane (chosen type, fitted or fixed count). */
export function estimateEc2Pattern(
  orchestrator: "ecs" | "eks",
  scenario: Scenario,
  services: readonly ResolvedService[],
  book: PriceBook,
): PatternEstimate {
  const builder = new LineBuilder(book, scenario.region);
  const plans = planNodes(services, specResolver(scenario, book), orchestrator, scenario.ec2.nodeCount);
  const ruledOutReasons = oversizedTask(services, plans, orchestrator);
  const notes: string[] = [
    orchestrator === "ecs" ? "ECS control plane: no charge." : "EKS max pods per node: VPC CNI ENI-based default (no prefix delegation).",
    "Simple EC2 data plane: nodes fitted on total vCPU and memory requests; agent/kubelet reservations and DaemonSets not yet deducted.",
  ];
  for (const plan of plans) {
    if (plan.nodeCount < plan.nodesNeeded) {
      notes.push(`${plan.label}: ec2.nodeCount ${plan.nodeCount} is below the ${plan.nodesNeeded} nodes needed to hold the tasks`);
    }
    const os = services.find((s) => s.name === plan.services[0])?.os ?? "linux";
    addNodeGroupLines(builder, plan, {
      prefix: `${orchestrator}-ec2`, os,
      rootVolumeGib: scenario.ec2.rootVolumeGib, rootVolumeType: scenario.ec2.rootVolumeType, publicIpv4PerNode: scenario.ec2.publicIpv4PerNode,
    });
  }
  if (services.some((s) => s.publicIpv4PerTask > 0)) {
    notes.push("Tasks on EC2 share their node's addresses: public IPv4 per task is not billed (see ec2.publicIpv4PerNode).");
  }
  if (orchestrator === "eks") addEksClusterLines(builder, scenario.eks);
  addSharedExtraLines(builder, scenario);
  return finishPattern(orchestrator === "ecs" ? "ecs-ec2" : "eks-ec2", builder, { ruledOutReasons, notes, nodePlans: plans });
}
