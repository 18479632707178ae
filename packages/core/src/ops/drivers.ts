import type { PatternEstimate } from "../patterns/pattern";
import { eksClusterTotal } from "../scenario/eks-clusters";
import type { Scenario } from "../scenario/scenario-schema";
import { osByName } from "../scenario/os-by-name";

export type { OrchestratorKind, DataPlaneKind } from "../patterns/pattern";

/** What drives a pattern's ops effort: counted from the scenario and the pattern's node plans. */
export type OpsDrivers = {
  environments: number;
  services: number;
  /** Always-on EC2 nodes across node groups (0 on Fargate). Batch node groups start fresh from the latest AMI each run, so they are not rotated. */
  nodes: number;
  /** Distinct AMI families (architecture × OS) among the EC2 node groups: each needs its own rollout. */
  nodeGroups: number;
};

/**
 * @example opsDrivers(scenario, ecsEc2Estimate) //=> { environments: 1, services: 4, nodes: 3, nodeGroups: 2 }
 */
export function opsDrivers(scenario: Scenario, pattern: PatternEstimate): OpsDrivers {
  // The OS of each plan's first service, by name (a find per plan was quadratic: one plan per batch service, issue 19).
  const osOf = osByName(scenario.services);
  return {
    environments: scenario.ops.environments ?? eksClusterTotal(scenario.eks),
    services: scenario.services.length,
    nodes: pattern.nodePlans.filter((plan) => !plan.key.startsWith("batch:")).reduce((total, plan) => total + plan.nodeCount, 0),
    nodeGroups: new Set(pattern.nodePlans.map((plan) => `${plan.spec.architecture}/${osOf.get(plan.services[0] ?? "") ?? "linux"}`)).size,
  };
}
