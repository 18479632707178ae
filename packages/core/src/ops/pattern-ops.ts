import { renderMessage } from "../messages/english";
import { message, type Message } from "../messages/message";
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
  /** The sources as a code (OPS_SOURCES_*). */
  sourcesMessage: Message;
  /** First-cluster hours per month (default or user override), before scaling rules. */
  baseHours: Band;
  overridden: boolean;
  /** Hours per month after every rule. */
  hours: Band;
  /** Each rule applied, in words with its figures and source (the English of `ruleMessages`). */
  rules: string[];
  /** Each rule applied as a code with its figures (OPS_RULE_*, messages/en/ops-rules.ts). */
  ruleMessages: Message[];
};

export type OpsSettings = Pick<Ops, "hours" | "bottlerocket" | "engineersJoiningPerYear"> & {
  upgradePolicy: UpgradePolicy;
  rules: RuleValues;
};

function baseFor(pattern: PatternId, id: OpsActivityId, settings: OpsSettings, rules: Message[]): Band {
  if (id === "onboarding") {
    const perEngineer = settings.rules.onboardingHoursPerEngineer[patternDescriptor(pattern).orchestrator];
    const joining = new Decimal(String(settings.engineersJoiningPerYear));
    rules.push(message("OPS_RULE_ONBOARDING", { joining: joining.toFixed(), hoursBand: bandText(perEngineer) }));
    return mapBand(perEngineer, (h) => h.times(joining).div(MONTHS_PER_YEAR));
  }
  const descriptor = patternDescriptor(pattern);
  const defaults = descriptor.firstClusterHours[id];
  if (id === "host-patching" && descriptor.dataPlane === "ec2" && descriptor.managedNodes === null && settings.bottlerocket) {
    rules.push(message("OPS_RULE_BOTTLEROCKET", { factor: BOTTLEROCKET_HOST_PATCHING_FACTOR }));
    return mapBand(defaults, (h) => h.times(parseDecimal(BOTTLEROCKET_HOST_PATCHING_FACTOR)));
  }
  if (id === "orchestrator-upgrades" && descriptor.orchestrator === "eks" && settings.upgradePolicy === "stay-on-extended-support") {
    rules.push(message("OPS_RULE_EXTENDED_SUPPORT", { factor: EXTENDED_SUPPORT_UPGRADE_HOURS_FACTOR }));
    return mapBand(defaults, (h) => h.times(parseDecimal(EXTENDED_SUPPORT_UPGRADE_HOURS_FACTOR)));
  }
  return defaults;
}

/** Where a managed-node pattern's default for an activity comes from (managed-node-hours.ts). */
function managedSource(pattern: PatternId, id: OpsActivityId): Message | undefined {
  if (id === "onboarding" || (pattern !== "ecs-managed-instances" && pattern !== "eks-auto-mode")) return undefined;
  return MANAGED_NODE_HOURS[pattern][id].sourceMessage;
}

/**
 * Every activity of one pattern, scaled by its drivers.
 * @example patternActivities("ecs-fargate", { environments: 1, services: 3, nodes: 0, nodeGroups: 0 }, settings)
 *   .map((a) => a.hours.typical.toFixed()) //=> ["0", "0.5", "0.5", "1", "1.5", "1", "3.333…"]
 */
export function patternActivities(
  pattern: PatternId,
  drivers: OpsDrivers,
  settings: OpsSettings,
  options: { text?: boolean } = {},
): ActivityEffort[] {
  // `text: false` (the break-even's totals-only runs, which read the hours alone): the English `sources` and `rules` are left
  // empty instead of rendered for every activity of every scaled run; the coded messages stay.
  const render = options.text === false ? () => "" : renderMessage;
  return OPS_ACTIVITY_IDS.map((id) => {
    const definition = ACTIVITY_DEFINITIONS[id];
    const rules: Message[] = [];
    const override = hoursOverrideFor(settings, pattern, id);
    const fromRules = baseFor(pattern, id, settings, rules);
    const baseHours = applyHoursOverride(fromRules, override, `ops.hours.${pattern}.${id}`);
    if (override !== undefined)
      rules.unshift(message("OPS_RULE_HOURS_SET", { field: `ops.hours.${pattern}.${id}`, hoursBand: bandText(baseHours) }));
    const hours = id === "onboarding" ? baseHours : applyScalingRules(pattern, id, baseHours, drivers, settings, rules);
    const sourcesMessage = managedSource(pattern, id) ?? definition.sourcesMessage;
    return {
      id,
      label: definition.label,
      labelMessage: definition.labelMessage,
      reason: definition.reason,
      reasonMessage: definition.reasonMessage,
      sources: render(sourcesMessage),
      sourcesMessage,
      baseHours,
      overridden: override !== undefined,
      hours,
      rules: options.text === false ? [] : rules.map(renderMessage),
      ruleMessages: rules,
    };
  });
}

/** Total hours per month of a pattern, per band. @example bandText(totalHours(patternActivities("ecs-fargate", drivers, settings))) //=> "3.0833 / 7.8333 / 19.1667" (1 engineer joining) */
export function totalHours(activities: readonly ActivityEffort[]): Band {
  return sumBands(activities.map((a) => a.hours));
}
