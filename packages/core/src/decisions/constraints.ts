import { coreError } from "../errors";
import { renderMessage, type MessageCode } from "../messages/english";
import { message, type Message, type MessageParams } from "../messages/message";
import { patternDescriptor, patternIdsWhere } from "../patterns/descriptors";
import type { PatternEstimate, PatternId } from "../patterns/pattern";
import type { ResolvedService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { smallestFittingSize } from "../fargate/smallest-fitting-size";
import { WINDOWS_MAX_CPU_UNITS } from "../fargate/task-sizes";
import { servicesWithEbsVolumes } from "./storage-constraints";
import { memoEntry } from "../util/memo-entry";

/**
 * Feasibility rules the workload triggers (issue 6; domain.md; ops-effort.md F22–F24). A rule either
 * rules a pattern out (it is then shown with the reason and never priced) or flags it (priced, with a caveat).
 */
export type ConstraintEffect = "rules-out" | "flags";
export type ConstraintRuleId =
  | "gpu"
  | "gpu-instance"
  | "task-above-fargate-max"
  | "privileged"
  | "windows"
  | "eks-fargate-x86-only"
  | "daemon-sets"
  | "ebs-volumes"
  | "spot-required"
  | "spot-preferred"
  | "gpu-node-pool"
  | "privileged-locked-node"
  | "spot-node-pool";

export type Constraint = {
  rule: ConstraintRuleId;
  effect: ConstraintEffect;
  patterns: PatternId[];
  /** The reason as a code + parameters (faces render it in their language). */
  message: Message<MessageCode>;
  /** Its English rendering (`renderMessage(message)`). */
  reason: string;
  sources: string;
};

/** A constraint whose English `reason` is rendered from its coded message. */
function constraint(
  rule: ConstraintRuleId,
  effect: ConstraintEffect,
  patterns: PatternId[],
  code: MessageCode,
  params: MessageParams,
  sources: string,
): Constraint {
  const coded = message(code, params);
  return { rule, effect, patterns, message: coded, reason: renderMessage(coded), sources };
}

/** Patterns whose data plane is Fargate, ECS on Fargate and EKS on Fargate, from the descriptors. */
const fargatePatterns = (): PatternId[] => patternIdsWhere((d) => d.dataPlane === "fargate");
const ecsFargate = (): PatternId[] => patternIdsWhere((d) => d.dataPlane === "fargate" && d.orchestrator === "ecs");
const eksFargate = (): PatternId[] => patternIdsWhere((d) => d.dataPlane === "fargate" && d.orchestrator === "eks");
/** Patterns whose nodes AWS runs (ECS Managed Instances, EKS Auto Mode), and EKS Auto Mode alone. */
const managedNodes = (): PatternId[] => patternIdsWhere((d) => d.managedNodes !== null);
const autoMode = (): PatternId[] => patternIdsWhere((d) => d.managedNodes === "eks-auto-mode");

/**
 * What the managed-node patterns forbid or make conditional (issue 16):
 * - Windows: both run Linux containers only — ECS MI "support Linux containers"
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html); Auto Mode nodes are
 *   Bottlerocket (https://docs.aws.amazon.com/eks/latest/best-practices/automode.html). Rules out.
 * - GPUs on Auto Mode: NVIDIA/Neuron drivers are built in, but the built-in pools are C/M/R only, so GPU nodes need
 *   a custom NodePool (https://docs.aws.amazon.com/eks/latest/userguide/automode.html; set-builtin-node-pools.html). Flags.
 * - Privileged on Auto Mode: allowed, but SELinux enforcing, read-only root and no SSH/SSM (automode-learn-instances.html). Flags.
 *   ECS MI allows privileged tasks ("security and monitoring tools that require privileged access",
 *   managed-instances-capacity-providers-concept.html): no constraint.
 * - Spot on Auto Mode: built-in pools are On-Demand only; Spot needs a custom NodePool. Flags. ECS MI takes
 *   capacityOptionType SPOT (ECS API): no constraint. DaemonSets run on Auto Mode; ECS MI has Managed Daemons.
 */
function managedNodeConstraints(scenario: Scenario): Constraint[] {
  const workload = scenario.ops.workload;
  const found: Constraint[] = [];
  const windows = scenario.services.filter((s) => s.os === "windows").map((s) => s.name);
  if (windows.length > 0) {
    const ids = managedNodes();
    const patterns = ids.map((id) => patternDescriptor(id).label).join(", ");
    found.push(
      constraint(
        "windows",
        "rules-out",
        ids,
        "CONSTRAINT_WINDOWS_MANAGED_NODES",
        { services: windows.join(", "), patterns },
        "ManagedInstances.html; automode.html",
      ),
    );
  }
  if (workload.gpuServices.length > 0) {
    found.push(
      constraint(
        "gpu-node-pool",
        "flags",
        autoMode(),
        "CONSTRAINT_AUTO_MODE_GPU_NODE_POOL",
        { services: workload.gpuServices.join(", ") },
        "automode.html; set-builtin-node-pools.html",
      ),
    );
  }
  if (workload.privileged) {
    found.push(
      constraint("privileged-locked-node", "flags", autoMode(), "CONSTRAINT_AUTO_MODE_PRIVILEGED", {}, "automode-learn-instances.html"),
    );
  }
  if (workload.spot !== "none" || scenario.purchase.ec2.option === "spot") {
    found.push(
      constraint(
        "spot-node-pool",
        "flags",
        autoMode(),
        "CONSTRAINT_AUTO_MODE_SPOT",
        {},
        "set-builtin-node-pools.html; create-node-pool.html",
      ),
    );
  }
  return found;
}

/**
 * Services no Fargate size holds, per pattern, from the one size table (fargate/task-sizes.ts, the
 * shared fargate_valid_task_sizes.csv): ECS tasks up to 32 vCPU / 244 GB (Linux; Windows 1–4 vCPU),
 * EKS pods up to 16 vCPU / 120 GB AFTER EKS adds its 256 MB (so a 120 GB request does not fit on EKS
 * but does on ECS). A 16 vCPU / 120 GB task therefore rules out EKS on Fargate only.
 */
function oversized(services: readonly ResolvedService[]): Constraint[] {
  const ecs = services.filter((s) => !ecsFargateSizeFits(s)).map((s) => s.name);
  const eks = services.filter((s) => s.os !== "windows" && !s.eksFargate.fits).map((s) => s.name);
  const found: Constraint[] = [];
  if (ecs.length > 0) {
    found.push(
      constraint(
        "task-above-fargate-max",
        "rules-out",
        ecsFargate(),
        "CONSTRAINT_TASK_ABOVE_ECS_FARGATE_MAX",
        { services: ecs.join(", ") },
        "fargate_valid_task_sizes.csv (S12, S15, S26)",
      ),
    );
  }
  if (eks.length > 0) {
    found.push(
      constraint(
        "task-above-fargate-max",
        "rules-out",
        eksFargate(),
        "CONSTRAINT_POD_ABOVE_EKS_FARGATE_MAX",
        { services: eks.join(", ") },
        "fargate_valid_task_sizes.csv (S12)",
      ),
    );
  }
  return found;
}

/** Whether some ECS Fargate size holds the task (a task-level pair Fargate lacks is ruled out per service by the estimator, fargate/ecs-task-size-check.ts, not "too big"). */
function ecsFargateSizeFits(service: ResolvedService): boolean {
  // Once per task size and OS: a scaled run's services share their base's ecsTask (resolve-service.ts), and the
  // constraints ask in every scaled run.
  const perOs = memoEntry(sizeFits, service.ecsTask, noFitsYet);
  let fits = perOs[service.os];
  if (fits === undefined) {
    const minCpu = service.os === "windows" ? Math.max(service.ecsTask.cpuMillicores, 1000) : service.ecsTask.cpuMillicores;
    const size = smallestFittingSize(minCpu, service.ecsTask.memoryBytes, "ecs");
    fits = size !== undefined && (service.os !== "windows" || size.cpuUnits <= WINDOWS_MAX_CPU_UNITS);
    perOs[service.os] = fits;
  }
  return fits;
}

/** Whether an ECS task size fits Fargate, per OS, by the (never mutated) resolved task size object. */
const sizeFits = new WeakMap<ResolvedService["ecsTask"], Partial<Record<ResolvedService["os"], boolean>>>();
const noFitsYet = (): Partial<Record<ResolvedService["os"], boolean>> => ({});

/**
 * GPU services on an EC2 pattern whose node type has no GPU: the price would be for the wrong
 * hardware, so the pattern is ruled out until `ec2.instanceType` names a GPU type (gpuCount from the snapshot).
 */
function gpuInstanceConstraints(gpuServices: readonly string[], patterns: readonly PatternEstimate[]): Constraint[] {
  return patterns.flatMap((pattern) => {
    const plans = pattern.nodePlans.filter((plan) => plan.spec.gpuCount === 0 && plan.services.some((name) => gpuServices.includes(name)));
    if (plans.length === 0) return [];
    const types = [...new Set(plans.map((plan) => plan.spec.instanceType))].join(", ");
    return [
      constraint(
        "gpu-instance",
        "rules-out",
        [pattern.id],
        "CONSTRAINT_GPU_INSTANCE",
        { types, pattern: pattern.label, patternId: pattern.id },
        "instance catalog gpuCount",
      ),
    ];
  });
}

/**
 * The constraints a scenario triggers, in a fixed rule order. Unknown GPU service names are input errors.
 * @example evaluateConstraints(scenario with ops.workload.gpuServices: ["ml"], services)
 *   //=> [{ rule: "gpu", effect: "rules-out", patterns: ["ecs-fargate", "eks-fargate"], ... }]
 */
export function evaluateConstraints(
  scenario: Scenario,
  services: readonly ResolvedService[],
  patterns: readonly PatternEstimate[] = [],
): Constraint[] {
  const workload = scenario.ops.workload;
  const found: Constraint[] = [];
  workload.gpuServices.forEach((name, index) => {
    if (!scenario.services.some((s) => s.name === name)) {
      throw coreError(
        "INVALID_OPTION",
        message("ERR_UNKNOWN_GPU_SERVICE", { service: name, field: `ops.workload.gpuServices[${index}]` }),
        {
          field: `ops.workload.gpuServices[${index}]`,
          allowed: scenario.services.map((s) => s.name),
        },
      );
    }
  });
  if (workload.gpuServices.length > 0) {
    found.push(
      constraint("gpu", "rules-out", fargatePatterns(), "CONSTRAINT_GPU", { services: workload.gpuServices.join(", ") }, "F22, F24"),
    );
  }
  found.push(...gpuInstanceConstraints(workload.gpuServices, patterns));
  found.push(...oversized(services));
  if (workload.privileged) {
    found.push(constraint("privileged", "rules-out", fargatePatterns(), "CONSTRAINT_PRIVILEGED", {}, "F22, F24"));
  }
  const windows = scenario.services.filter((s) => s.os === "windows").map((s) => s.name);
  if (windows.length > 0) {
    found.push(constraint("windows", "rules-out", eksFargate(), "CONSTRAINT_WINDOWS", { services: windows.join(", ") }, "domain.md; F22"));
  }
  const arm = services.filter((s) => s.architecture === "arm64" && s.os !== "windows").map((s) => s.name);
  if (arm.length > 0) {
    found.push(
      constraint(
        "eks-fargate-x86-only",
        "flags",
        eksFargate(),
        "CONSTRAINT_EKS_FARGATE_X86_ONLY",
        { services: arm.join(", ") },
        "aws.amazon.com/fargate/pricing (ARM: ECS only); aws/containers-roadmap#1629",
      ),
    );
  }
  if (workload.daemonSets) {
    found.push(constraint("daemon-sets", "flags", eksFargate(), "CONSTRAINT_DAEMON_SETS", {}, "F22"));
  }
  const ebs = servicesWithEbsVolumes(scenario);
  if (ebs.length > 0) {
    found.push(
      constraint(
        "ebs-volumes",
        "rules-out",
        eksFargate(),
        "CONSTRAINT_EBS_VOLUMES_EKS_FARGATE",
        { services: ebs.join(", ") },
        "eks/latest/userguide/ebs-csi.html",
      ),
    );
  }
  if (workload.spot === "required") {
    found.push(
      constraint("spot-required", "rules-out", eksFargate(), "CONSTRAINT_SPOT_REQUIRED", {}, "domain.md (Fargate Spot: ECS only)"),
    );
  } else if (workload.spot === "preferred") {
    found.push(constraint("spot-preferred", "flags", eksFargate(), "CONSTRAINT_SPOT_PREFERRED", {}, "domain.md (Fargate Spot: ECS only)"));
  }
  found.push(...managedNodeConstraints(scenario));
  return found;
}
