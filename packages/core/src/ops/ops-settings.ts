import { coreError } from "../errors";
import { message } from "../messages/message";
import { anyExtendedTier } from "../scenario/eks-clusters";
import type { Ops, UpgradePolicy } from "../scenario/ops-schema";
import type { Scenario } from "../scenario/scenario-schema";
import type { Band } from "./bands";
import type { OrchestratorKind } from "./drivers";
import { applyHoursOverride } from "./hours-override";
import { EXTRA_CLUSTER_SHARE, EXTRA_NODE_GROUP_HOURS, NODE_FLEET_RULE, ONBOARDING_HOURS_PER_ENGINEER, SERVICE_RULE } from "./modifiers";
import type { OpsSettings } from "./pattern-ops";

/** The scaling rules' coefficients in force (defaults from modifiers.ts, or the scenario's `ops.rules`). */
export type RuleValues = {
  extraClusterShare: Band;
  hoursPer25NodesAbove25: Band;
  extraAmiFamilyHours: Band;
  sharePer10ServicesAbove30: Band;
  onboardingHoursPerEngineer: Record<OrchestratorKind, Band>;
  /** Names of the coefficients the scenario set (for the assumptions list). */
  overridden: string[];
};

/** @example ruleValues(OpsSchema.parse({ rules: { extraClusterShare: 0.5 } }).rules).extraClusterShare.typical //=> 0.5 */
export function ruleValues(rules: Ops["rules"]): RuleValues {
  const field = (name: string) => `ops.rules.${name}`;
  const overridden = Object.entries(rules).flatMap(([key, value]) =>
    value === undefined
      ? []
      : typeof value === "object" && ("ecs" in value || "eks" in value)
        ? Object.keys(value).map((k) => `${key}.${k}`)
        : [key],
  );
  return {
    extraClusterShare: applyHoursOverride(EXTRA_CLUSTER_SHARE, rules.extraClusterShare, field("extraClusterShare")),
    hoursPer25NodesAbove25: applyHoursOverride(
      NODE_FLEET_RULE.hoursPerBlock,
      rules.hoursPer25NodesAbove25,
      field("hoursPer25NodesAbove25"),
    ),
    extraAmiFamilyHours: applyHoursOverride(EXTRA_NODE_GROUP_HOURS, rules.extraAmiFamilyHours, field("extraAmiFamilyHours")),
    sharePer10ServicesAbove30: applyHoursOverride(
      SERVICE_RULE.sharePerStep,
      rules.sharePer10ServicesAbove30,
      field("sharePer10ServicesAbove30"),
    ),
    onboardingHoursPerEngineer: {
      ecs: applyHoursOverride(
        ONBOARDING_HOURS_PER_ENGINEER.ecs,
        rules.onboardingHoursPerEngineer?.ecs,
        field("onboardingHoursPerEngineer.ecs"),
      ),
      eks: applyHoursOverride(
        ONBOARDING_HOURS_PER_ENGINEER.eks,
        rules.onboardingHoursPerEngineer?.eks,
        field("onboardingHoursPerEngineer.eks"),
      ),
    },
    overridden,
  };
}

/** Ops settings from a parsed `ops` section and an upgrade policy. */
export function opsSettingsFrom(ops: Ops, upgradePolicy: UpgradePolicy): OpsSettings {
  return {
    hours: ops.hours,
    bottlerocket: ops.bottlerocket,
    engineersJoiningPerYear: ops.engineersJoiningPerYear,
    upgradePolicy,
    rules: ruleValues(ops.rules),
  };
}

/**
 * The ops settings of a scenario, with the upgrade policy resolved: `ops.upgradePolicy` when given,
 * else "stay-on-extended-support" when `eks.supportTier` is "extended", else "upgrade". A policy that
 * contradicts the priced support tier is an input error (the bill and the hours would disagree).
 * @example resolveOpsSettings(parseScenario({ ..., eks: { supportTier: "extended" } })).upgradePolicy //=> "stay-on-extended-support"
 */
export function resolveOpsSettings(scenario: Scenario): OpsSettings {
  if (scenario.ops.upgradePolicy === "upgrade" && anyExtendedTier(scenario.eks)) {
    throw coreError("INVALID_OPTION", message("ERR_UPGRADE_CONTRADICTS_EXTENDED", { field: "ops.upgradePolicy" }), {
      field: "ops.upgradePolicy",
      allowed: ["stay-on-extended-support"],
    });
  }
  const fromTier = anyExtendedTier(scenario.eks) ? "stay-on-extended-support" : "upgrade";
  return opsSettingsFrom(scenario.ops, scenario.ops.upgradePolicy ?? fromTier);
}
