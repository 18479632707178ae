import { coreError } from "../errors";
import { patternIdsWhere } from "../patterns/descriptors";
import type { PatternEstimate, PatternId } from "../patterns/pattern";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { BYTES_PER_GIB, MILLICORES_PER_VCPU } from "../units/data-size";

/**
 * Feasibility rules the workload triggers (issue 6; domain.md; ops-effort.md F22–F24). A rule either
 * rules a pattern out (it is then shown with the reason and never priced) or flags it (priced, with a caveat).
 */
export type ConstraintEffect = "rules-out" | "flags";
export type ConstraintRuleId = "gpu" | "gpu-instance" | "task-above-fargate-max" | "privileged" | "windows" | "daemon-sets" | "spot-required" | "spot-preferred";

export type Constraint = {
  rule: ConstraintRuleId;
  effect: ConstraintEffect;
  patterns: PatternId[];
  reason: string;
  sources: string;
};

/** Fargate's largest task/pod: 16 vCPU / 120 GB (F23, F24). */
export const FARGATE_MAX_VCPU = 16;
export const FARGATE_MAX_MEMORY_GIB = 120;
/** Patterns whose data plane is Fargate, and EKS on Fargate, from the descriptors. */
const fargatePatterns = (): PatternId[] => patternIdsWhere((d) => d.dataPlane === "fargate");
const eksFargate = (): PatternId[] => patternIdsWhere((d) => d.dataPlane === "fargate" && d.orchestrator === "eks");

function oversized(services: readonly ResolvedService[]): string[] {
  return services
    .filter((s) => s.ecsTask.cpuMillicores > FARGATE_MAX_VCPU * MILLICORES_PER_VCPU || s.ecsTask.memoryBytes > FARGATE_MAX_MEMORY_GIB * BYTES_PER_GIB || !s.eksFargate.fits)
    .map((s) => s.name);
}

/**
/**
 * GPU services on an EC2 pattern whose node type has no GPU: the price would be for the wrong
 * hardware, so the pattern is ruled out until `ec2.instanceType` names a GPU type (gpuCount from the snapshot).
 */
function gpuInstanceConstraints(gpuServices: readonly string[], patterns: readonly PatternEstimate[]): Constraint[] {
  return patterns.flatMap((pattern) => {
    const plans = pattern.nodePlans.filter((plan) => plan.spec.gpuCount === 0 && plan.services.some((name) => gpuServices.includes(name)));
    if (plans.length === 0) return [];
    const types = [...new Set(plans.map((plan) => plan.spec.instanceType))].join(", ");
    return [{
      rule: "gpu-instance" as const, effect: "rules-out" as const, patterns: [pattern.id],
      reason: `GPU service(s) would run on ${types}, which has no GPU: set ec2.instanceType to a GPU type (e.g. g5.xlarge) to price ${pattern.label}`,
      sources: "instance catalog gpuCount",
    }];
  });
}

/**
 * The constraints a scenario triggers, in a fixed rule order. Unknown GPU service names are input errors.
 * @example evaluateConstraints(scenario with ops.workload.gpuServices: ["ml"], services)
 *   //=> [{ rule: "gpu", effect: "rules-out", patterns: ["ecs-fargate", "eks-fargate"], ... }]
 */
export function evaluateConstraints(scenario: Scenario, services: readonly ResolvedService[], patterns: readonly PatternEstimate[] = []): Constraint[] {
  const workload = scenario.ops.workload;
  const found: Constraint[] = [];
  workload.gpuServices.forEach((name, index) => {
    if (!scenario.services.some((s) => s.name === name)) {
      throw coreError("INVALID_OPTION", `GPU service "${name}" is not a service of this scenario`, {
        field: `ops.workload.gpuServices[${index}]`, allowed: scenario.services.map((s) => s.name),
      });
    }
  });
  if (workload.gpuServices.length > 0) {
    found.push({ rule: "gpu", effect: "rules-out", patterns: fargatePatterns(), reason: `${workload.gpuServices.join(", ")} need GPUs; Fargate has none`, sources: "F22, F24" });
  }
  found.push(...gpuInstanceConstraints(workload.gpuServices, patterns));
  const big = oversized(services);
  if (big.length > 0) {
    found.push({ rule: "task-above-fargate-max", effect: "rules-out", patterns: fargatePatterns(), reason: `${big.join(", ")}: a task/pod above Fargate's largest size (16 vCPU / 120 GB)`, sources: "F23, F24" });
  }
  if (workload.privileged) {
    found.push({ rule: "privileged", effect: "rules-out", patterns: fargatePatterns(), reason: "privileged containers / host networking are invalid on Fargate", sources: "F22, F24" });
  }
  const windows = scenario.services.filter((s) => s.os === "windows").map((s) => s.name);
  if (windows.length > 0) {
    found.push({ rule: "windows", effect: "rules-out", patterns: eksFargate(), reason: `${windows.join(", ")}: EKS on Fargate runs no Windows pods`, sources: "domain.md; F22" });
  }
  if (workload.daemonSets) {
    found.push({ rule: "daemon-sets", effect: "flags", patterns: eksFargate(), reason: "EKS on Fargate has no DaemonSets: node agents must run as sidecars in every pod (and are billed in each pod's size)", sources: "F22" });
  }
  if (workload.spot === "required") {
    found.push({ rule: "spot-required", effect: "rules-out", patterns: eksFargate(), reason: "Spot is required; EKS on Fargate has no Spot (Fargate Spot is ECS-only)", sources: "domain.md (Fargate Spot: ECS only)" });
  } else if (workload.spot === "preferred") {
    found.push({ rule: "spot-preferred", effect: "flags", patterns: eksFargate(), reason: "Spot is preferred; EKS on Fargate cannot use Spot, so it stays on on-demand prices", sources: "domain.md (Fargate Spot: ECS only)" });
  }
  return found;
}
