import { renderMessage, type MessageCode } from "../messages/english";
import { message, type Message, type MessageParams } from "../messages/message";
import { PATTERN_LABELS } from "../patterns/descriptors";
import { eksClusterTotal } from "../scenario/eks-clusters";
import type { PatternId } from "../patterns/pattern";
import { bandText, type Band } from "../ops/bands";
import { NODE_FLEET_RULE } from "../ops/modifiers";
import type { OpsActivityId } from "../scenario/ops-schema";
import { levelCode } from "./level-code";
import type { ModelRun } from "./run-model";

/**
 * One assumption of the analysis, as shown to a reader: what, the value in force, and where it comes
 * from — English (`label`, `value`, `source`) rendered from the coded messages beside them (messages/en/assumptions.ts).
 */
export type Assumption = {
  id: string;
  label: string;
  value: string;
  source: string;
  labelMessage: Message;
  valueMessage: Message;
  sourceMessage: Message;
};

type Coded = { id: string; label: Message; value: Message; source: Message };

const m = (code: MessageCode, params: MessageParams = {}): Message => message(code, params);
const asGiven = (value: string | number): Message => m("VALUE_AS_GIVEN", { value: String(value) });
const yesNo = (value: boolean): Message => m(value ? "VALUE_TRUE" : "VALUE_FALSE");
const cited = (source: string): Message => m("SOURCE_CITED", { source });
const band = (value: Band): Message => asGiven(bandText(value));
const activityCode = (activity: OpsActivityId) => `OPS_ACTIVITY_${activity.toUpperCase().replace(/-/g, "_")}` as MessageCode;

function english(a: Coded): Assumption {
  return {
    id: a.id,
    label: renderMessage(a.label),
    value: renderMessage(a.value),
    source: renderMessage(a.source),
    labelMessage: a.label,
    valueMessage: a.value,
    sourceMessage: a.source,
  };
}

/**
 * Every assumption the analysis rests on (issue 6: "the output lists them"): the rate, the band, the
 * drivers and policies, each scaling rule, and each hours override the scenario made.
 * @example listAssumptions(run)[0].label //=> "Loaded engineer cost" (value "$90/hour", source "F36")
 */
export function listAssumptions(run: ModelRun): Assumption[] {
  const { ops, eks } = run.scenario;
  const r = run.settings.rules;
  const rule = (name: string, source: Message) =>
    r.overridden.includes(name) ? m("SOURCE_SCENARIO_FIELD", { field: `ops.rules.${name}` }) : source;
  const tier = eks.controlPlaneTier;
  const list: Coded[] = [
    {
      id: "engineer-rate",
      label: m("ASSUMPTION_ENGINEER_RATE"),
      value: m("VALUE_USD_PER_HOUR", { rateUsd: run.rate.priceUsd }),
      source: cited(run.rate.sourceId),
    },
    {
      id: "level",
      label: m("ASSUMPTION_LEVEL"),
      value: m("VALUE_LEVEL", { level: ops.level, levelText: levelCode(ops.level) }),
      source: m("SOURCE_LEVEL"),
    },
    {
      id: "environments",
      label: m("ASSUMPTION_ENVIRONMENTS"),
      value: asGiven(ops.environments ?? eksClusterTotal(eks)),
      source: ops.environments
        ? m("SOURCE_SCENARIO_FIELD", { field: "ops.environments" })
        : m("SOURCE_DEFAULT_FIELD", { field: "eks.clusterCount" }),
    },
    {
      id: "upgrade-policy",
      label: m("ASSUMPTION_UPGRADE_POLICY"),
      value: m(run.settings.upgradePolicy === "upgrade" ? "VALUE_UPGRADE_POLICY_UPGRADE" : "VALUE_UPGRADE_POLICY_STAY_ON_EXTENDED_SUPPORT"),
      source: m(ops.upgradePolicy !== undefined ? "SOURCE_SCENARIO_CITED" : "SOURCE_DEFAULT_CITED", { sources: "F2–F4" }),
    },
    {
      id: "engineers-joining",
      label: m("ASSUMPTION_ENGINEERS_JOINING"),
      value: asGiven(ops.engineersJoiningPerYear),
      source: m("SOURCE_ENGINEERS_JOINING"),
    },
    {
      id: "eks-auto-mode",
      label: m("ASSUMPTION_EKS_AUTO_MODE_FLAG"),
      value: yesNo(ops.eksAutoMode),
      source: m("SOURCE_EKS_AUTO_MODE_MIGRATION"),
    },
    {
      id: "ecs-mi-fee-discount",
      label: m("ASSUMPTION_ECS_MI_FEE_DISCOUNT"),
      value: m("VALUE_FEE_NOT_DISCOUNTED_LIST_PRICE"),
      source: m("SOURCE_ECS_MI_FEE"),
    },
    {
      id: "eks-auto-mode-fee-discount",
      label: m("ASSUMPTION_EKS_AUTO_MODE_FEE_DISCOUNT"),
      value: m("VALUE_FEE_NOT_DISCOUNTED"),
      source: m("SOURCE_EKS_AUTO_MODE_FEE"),
    },
    {
      id: "eks-provisioned-tier",
      label: m("ASSUMPTION_EKS_PROVISIONED_TIER"),
      value:
        tier === "standard"
          ? m("VALUE_STANDARD_CONTROL_PLANE")
          : m(eks.provisionedTierReplacesStandardFee ? "VALUE_PROVISIONED_TIER_REPLACES" : "VALUE_PROVISIONED_TIER_ADDS", {
              tier: tier.toUpperCase(),
            }),
      source: m("SOURCE_EKS_PROVISIONED_TIER"),
    },
    { id: "bottlerocket", label: m("ASSUMPTION_BOTTLEROCKET"), value: yesNo(ops.bottlerocket), source: cited("F14") },
    {
      id: "rule-clusters",
      label: m("ASSUMPTION_RULE_CLUSTERS"),
      value: band(r.extraClusterShare),
      source: rule("extraClusterShare", cited("ops-effort.md §3.1; F8")),
    },
    {
      id: "rule-nodes",
      label: m("ASSUMPTION_RULE_NODES"),
      value: band(r.hoursPer25NodesAbove25),
      source: rule("hoursPer25NodesAbove25", cited(NODE_FLEET_RULE.sources)),
    },
    {
      id: "rule-node-groups",
      label: m("ASSUMPTION_RULE_NODE_GROUPS"),
      value: band(r.extraAmiFamilyHours),
      source: rule("extraAmiFamilyHours", m("SOURCE_DERIVATION_JUDGEMENT", { derivation: 3 })),
    },
    {
      id: "rule-services",
      label: m("ASSUMPTION_RULE_SERVICES"),
      value: band(r.sharePer10ServicesAbove30),
      // SERVICE_RULE.sources (ops/modifiers.ts), coded
      source: rule("sharePer10ServicesAbove30", m("SOURCE_SERVICE_RULE")),
    },
    {
      id: "rule-onboarding-ecs",
      label: m("ASSUMPTION_RULE_ONBOARDING_ECS"),
      value: band(r.onboardingHoursPerEngineer.ecs),
      source: rule("onboardingHoursPerEngineer.ecs", cited("ops-effort.md §3.1; F31")),
    },
    {
      id: "rule-onboarding-eks",
      label: m("ASSUMPTION_RULE_ONBOARDING_EKS"),
      value: band(r.onboardingHoursPerEngineer.eks),
      source: rule("onboardingHoursPerEngineer.eks", cited("ops-effort.md §3.1; F31")),
    },
    {
      id: "fixed-node-count",
      label: m("ASSUMPTION_FIXED_NODE_COUNT"),
      value: yesNo(run.scenario.ec2.nodeCount !== undefined),
      source: m("SOURCE_FIXED_NODE_COUNT"),
    },
  ];
  for (const [pattern, activities] of Object.entries(ops.hours)) {
    for (const [activity, override] of Object.entries(activities ?? {})) {
      list.push({
        id: `hours:${pattern}:${activity}`,
        label: m("ASSUMPTION_HOURS_OVERRIDE", {
          pattern: PATTERN_LABELS[pattern as PatternId],
          activity,
          activityText: activityCode(activity as OpsActivityId),
        }),
        value: asGiven(typeof override === "number" ? String(override) : JSON.stringify(override)),
        source: m("SOURCE_SCENARIO_FIELD", { field: "ops.hours" }),
      });
    }
  }
  return list.map(english);
}
