import type { Message } from "../messages/message";
import type { PatternId } from "../patterns/pattern";
import { Decimal, parseDecimal } from "../money/decimal";
import { OPS_ACTIVITY_IDS, type Ops, type OpsActivityId, type UpgradePolicy } from "../scenario/ops-schema";
import { MONTHS_PER_YEAR } from "../units/time";
import { ACTIVITY_DEFINITIONS } from "./activity-defaults";
import { bandText, mapBand, sumBands, type Band } from "./bands";
import { patternDescriptor } from "../patterns/descriptors";
import type { OpsDrivers } from "./drivers";
import { applyHoursOverride, hoursOverrideFor } from "./hours-override";
import { applyScalingRules } from "./scaling-rules";
import { BOTTLEROCKET_HOST_PATCHING_FACTOR, EXTENDED_SUPPORT_UPGRADE_HOURS_FACTOR } from "./modifiers";
import { MANAGED_NODE_HOURS } from "./managed-node-hours";
import type { RuleValues } from "./ops-settings";

/** One activity of one pattern: the first-cluster hours, the rules applied, the resulting hours. */
export type ActivityEffort = {
  id: OpsActivityId;
  label: string;
  /** The label as a code (OPS_ACTIVITY_*). */
  labelMessage: Message;
  /** English of `reasonMessage`. */
  reason: string;
  /** Why the work exists, as a code with parameters (OPS_REASON_*). */
  reasonMessage: Message;
  sources: string;
  /** First-cluster hours per month (default or user override), before scaling rules. */
  baseHours: Band;
  overridden: boolean;
  /** Hours per month after every rule. */
  hours: Band;
  /** Each rule applied, in words with its figures and source. */
  rules: string[];
};

export type OpsSettings = Pick<Ops, "hours" | "bottlerocket" | "engineersJoiningPerYear"> & {
  upgradePolicy: UpgradePolicy;
  rules: RuleValues;
};

function baseFor(pattern: PatternId, id: OpsActivityId, settings: OpsSettings, rules: string[]): Band {
  if (id === "onboarding") {
    const perEngineer = settings.rules.onboardingHoursPerEngineer[patternDescriptor(pattern).orchestrator];
    const joining = new Decimal(String(settings.engineersJoiningPerYear));
    rules.push(
      `${joining.toFixed()} engineer(s) joining per year × ${bandText(perEngineer)} h ÷ 12 months (F31); not scaled by clusters or nodes`,
    );
    return mapBand(perEngineer, (h) => h.times(joining).div(MONTHS_PER_YEAR));
  }
  const descriptor = patternDescriptor(pattern);
  const defaults = descriptor.firstClusterHours[id];
  if (id === "host-patching" && descriptor.dataPlane === "ec2" && descriptor.managedNodes === null && settings.bottlerocket) {
    rules.push(`Bottlerocket with automated updates: host patching × ${BOTTLEROCKET_HOST_PATCHING_FACTOR} (F14)`);
    return mapBand(defaults, (h) => h.times(parseDecimal(BOTTLEROCKET_HOST_PATCHING_FACTOR)));
  }
  if (id === "orchestrator-upgrades" && descriptor.orchestrator === "eks" && settings.upgradePolicy === "stay-on-extended-support") {
    rules.push(
      `staying on extended support: upgrade hours × ${EXTENDED_SUPPORT_UPGRADE_HOURS_FACTOR} — hops still happen, only later (derivation 1; F1, F2, F4)`,
    );
    return mapBand(defaults, (h) => h.times(parseDecimal(EXTENDED_SUPPORT_UPGRADE_HOURS_FACTOR)));
  }
  return defaults;
}

/** Where a managed-node pattern's default for an activity comes from (managed-node-hours.ts). */
function managedSource(pattern: PatternId, id: OpsActivityId): string | undefined {
  if (id === "onboarding" || (pattern !== "ecs-managed-instances" && pattern !== "eks-auto-mode")) return undefined;
  return MANAGED_NODE_HOURS[pattern][id].source;
}

/**
 * Every activity of one pattern, scaled by its drivers.
 * @example patternActivities("ecs-fargate", { environments: 1, services: 3, nodes: 0, nodeGroups: 0 }, settings)
 *   .map((a) => a.hours.typical.toFixed()) //=> ["0", "0.5", "0.5", "1", "1.5", "1", "3.333…"]
 */
export function patternActivities(pattern: PatternId, drivers: OpsDrivers, settings: OpsSettings): ActivityEffort[] {
  return OPS_ACTIVITY_IDS.map((id) => {
    const definition = ACTIVITY_DEFINITIONS[id];
    const rules: string[] = [];
    const override = hoursOverrideFor(settings, pattern, id);
    const fromRules = baseFor(pattern, id, settings, rules);
    const baseHours = applyHoursOverride(fromRules, override, `ops.hours.${pattern}.${id}`);
    if (override !== undefined) rules.unshift(`hours set in the scenario (ops.hours.${pattern}.${id}): ${bandText(baseHours)}`);
    const hours = id === "onboarding" ? baseHours : applyScalingRules(pattern, id, baseHours, drivers, settings, rules);
    return {
      id,
      label: definition.label,
      labelMessage: definition.labelMessage,
      reason: definition.reason,
      reasonMessage: definition.reasonMessage,
      sources: managedSource(pattern, id) ?? definition.sources,
      baseHours,
      overridden: override !== undefined,
      hours,
      rules,
    };
  });
}

/** Total hours per month of a pattern, per band. @example bandText(totalHours(patternActivities("ecs-fargate", drivers, settings))) //=> "3.0833 / 7.8333 / 19.1667" (1 engineer joining) */
export function totalHours(activities: readonly ActivityEffort[]): Band {
  return sumBands(activities.map((a) => a.hours));
}
