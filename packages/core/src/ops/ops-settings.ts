import { coreError } from "../errors";
import type { Scenario } from "../scenario/scenario-schema";
import type { OpsSettings } from "./pattern-ops";

/**
 * The ops settings of a scenario, with the upgrade policy resolved: `ops.upgradePolicy` when given,
 * else "stay-on-extended-support" when `eks.supportTier` is "extended", else "upgrade". A policy that
 * contradicts the priced support tier is an input error (the bill and the hours would disagree).
 * @example resolveOpsSettings(parseScenario({ ..., eks: { supportTier: "extended" } })).upgradePolicy //=> "stay-on-extended-support"
 */
export function resolveOpsSettings(scenario: Scenario): OpsSettings {
  const fromTier = scenario.eks.supportTier === "extended" ? "stay-on-extended-support" : "upgrade";
  const policy = scenario.ops.upgradePolicy ?? fromTier;
  if (scenario.ops.upgradePolicy === "upgrade" && scenario.eks.supportTier === "extended") {
    throw coreError("INVALID_OPTION", 'ops.upgradePolicy "upgrade" contradicts eks.supportTier "extended"; drop one of them', {
      field: "ops.upgradePolicy",
      allowed: ["stay-on-extended-support"],
    });
  }
  return {
    hours: scenario.ops.hours,
    eksAutoMode: scenario.ops.eksAutoMode,
    bottlerocket: scenario.ops.bottlerocket,
    engineersJoiningPerYear: scenario.ops.engineersJoiningPerYear,
    upgradePolicy: policy,
  };
}
