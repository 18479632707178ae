import { PATTERN_LABELS } from "../patterns/descriptors";
import { eksClusterTotal } from "../scenario/eks-clusters";
import type { PatternId } from "../patterns/pattern";
import { bandText } from "../ops/bands";
import { ACTIVITY_DEFINITIONS } from "../ops/activity-defaults";
import { NODE_FLEET_RULE, SERVICE_RULE } from "../ops/modifiers";
import type { OpsActivityId } from "../scenario/ops-schema";
import type { ModelRun } from "./run-model";

/** One assumption of the analysis, as shown to a reader: what, the value in force, and where it comes from. */
export type Assumption = { id: string; label: string; value: string; source: string };

/**
 * Every assumption the analysis rests on (issue 6: "the output lists them"): the rate, the band, the
 * drivers and policies, each scaling rule, and each hours override the scenario made.
 * @example listAssumptions(run)[0] //=> { id: "engineer-rate", label: "Loaded engineer cost", value: "$90/hour", source: "ops-effort.md F36, F37" }
 */
export function listAssumptions(run: ModelRun): Assumption[] {
  const { ops, eks } = run.scenario;
  const fromScenario = (set: boolean) => (set ? "scenario" : "default");
  const r = run.settings.rules;
  const rule = (name: string, source: string) => (r.overridden.includes(name) ? `scenario ops.rules.${name}` : source);
  const list: Assumption[] = [
    { id: "engineer-rate", label: "Loaded engineer cost", value: `$${run.rate.priceUsd}/hour`, source: run.rate.sourceId },
    { id: "level", label: "Headline ops band", value: ops.level, source: "scenario ops.level (default typical)" },
    {
      id: "environments",
      label: "Clusters/environments per pattern",
      value: String(ops.environments ?? eksClusterTotal(eks)),
      source: ops.environments ? "scenario ops.environments" : "default: eks.clusterCount",
    },
    {
      id: "upgrade-policy",
      label: "Kubernetes upgrade policy",
      value: run.settings.upgradePolicy,
      source: `${fromScenario(ops.upgradePolicy !== undefined)}; F2–F4`,
    },
    {
      id: "engineers-joining",
      label: "Engineers joining per year",
      value: String(ops.engineersJoiningPerYear),
      source: "scenario ops.engineersJoiningPerYear (default 1, judgement); F31",
    },
    {
      id: "eks-auto-mode",
      label: "ops.eksAutoMode (old flag): Auto Mode is priced as its own pattern, eks-auto-mode",
      value: String(ops.eksAutoMode),
      source: "issue 16 migration; docs/ops-and-tco.md",
    },
    {
      id: "ecs-mi-fee-discount",
      label: "ECS Managed Instances fee under Spot / Savings Plans",
      value: "not discounted: billed on the On-Demand list price",
      source: "assumption: no AWS page found; S55 (billed measurement), S7, S10",
    },
    {
      id: "eks-auto-mode-fee-discount",
      label: "EKS Auto Mode fee under Spot / RIs / Savings Plans",
      value: "not discounted: billed on the On-Demand price",
      source: "aws.amazon.com/eks/pricing (S40); S24 (secondary)",
    },
    {
      id: "eks-provisioned-tier",
      label: "EKS Provisioned Control Plane tier",
      value:
        eks.controlPlaneTier === "standard"
          ? "none (standard control plane)"
          : `${eks.controlPlaneTier.toUpperCase()}, ${eks.provisionedTierReplacesStandardFee ? "replacing" : "on top of"} the $0.10 standard fee`,
      source: "eks.controlPlaneTier; replaces-or-adds is an assumption (S40 reads it as additional)",
    },
    { id: "bottlerocket", label: "Bottlerocket with automated updates", value: String(ops.bottlerocket), source: "F14" },
    {
      id: "rule-clusters",
      label: "Each extra cluster adds (share of first-cluster hours)",
      value: bandText(r.extraClusterShare),
      source: rule("extraClusterShare", "ops-effort.md §3.1; F8"),
    },
    {
      id: "rule-nodes",
      label: "EC2 nodes above 25: hours per 25 nodes (host patching, capacity)",
      value: bandText(r.hoursPer25NodesAbove25),
      source: rule("hoursPer25NodesAbove25", NODE_FLEET_RULE.sources),
    },
    {
      id: "rule-node-groups",
      label: "Each AMI family beyond the first: host-patching hours",
      value: bandText(r.extraAmiFamilyHours),
      source: rule("extraAmiFamilyHours", "derivation 3; judgement"),
    },
    {
      id: "rule-services",
      label: "Each 10 services above 30: share added to incidents, capacity",
      value: bandText(r.sharePer10ServicesAbove30),
      source: rule("sharePer10ServicesAbove30", SERVICE_RULE.sources),
    },
    {
      id: "rule-onboarding-ecs",
      label: "Onboarding hours per engineer joining (ECS)",
      value: bandText(r.onboardingHoursPerEngineer.ecs),
      source: rule("onboardingHoursPerEngineer.ecs", "ops-effort.md §3.1; F31"),
    },
    {
      id: "rule-onboarding-eks",
      label: "Onboarding hours per engineer joining (EKS)",
      value: bandText(r.onboardingHoursPerEngineer.eks),
      source: rule("onboardingHoursPerEngineer.eks", "ops-effort.md §3.1; F31"),
    },
    {
      id: "fixed-node-count",
      label: "Break-even scaling releases a fixed ec2.nodeCount",
      value: String(run.scenario.ec2.nodeCount !== undefined),
      source: "so EC2 nodes follow the scaled workload",
    },
  ];
  for (const [pattern, activities] of Object.entries(ops.hours)) {
    for (const [activity, override] of Object.entries(activities ?? {})) {
      list.push({
        id: `hours:${pattern}:${activity}`,
        label: `${PATTERN_LABELS[pattern as PatternId]}: ${ACTIVITY_DEFINITIONS[activity as OpsActivityId].label} (first cluster, h/month)`,
        value: typeof override === "number" ? String(override) : JSON.stringify(override),
        source: "scenario ops.hours",
      });
    }
  }
  return list;
}
