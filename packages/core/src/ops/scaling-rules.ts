import { message, type Message } from "../messages/message";
import { Decimal } from "../money/decimal";
import type { PatternId } from "../patterns/pattern";
import type { OpsActivityId } from "../scenario/ops-schema";
import { bandText, mapBand, type Band } from "./bands";
import { patternDescriptor } from "../patterns/descriptors";
import type { OpsDrivers } from "./drivers";
import { NODE_FLEET_RULE, SERVICE_RULE } from "./modifiers";
import type { OpsSettings } from "./pattern-ops";

const includes = (list: readonly string[], id: string): boolean => list.includes(id);

/**
 * Scales one activity's first-cluster hours by its drivers (rules in modifiers.ts), recording each
 * rule that changed something:
 * hours = base × (1 + (clusters − 1) × clusterShare) × (1 + stepShare × max(0, services − 30) ÷ 10)
 *         + hoursPerBlock × max(0, nodes − 25) ÷ 25 + extraNodeGroupHours × (nodeGroups − 1)
 * (node terms only on EC2 patterns, and only for the activities the rule names).
 * @example applyScalingRules("ecs-ec2", "host-patching", band("1","3","8"), { environments: 1, services: 5, nodes: 75, nodeGroups: 1 }, s, [])
 *   .typical.toFixed() //=> "4"   (3 + 0.5 × 50 ÷ 25)
 */
export function applyScalingRules(
  pattern: PatternId,
  id: OpsActivityId,
  base: Band,
  drivers: OpsDrivers,
  settings: OpsSettings,
  rules: Message[],
): Band {
  let hours = base;
  const r = settings.rules;
  if (drivers.environments > 1) {
    const extra = new Decimal(drivers.environments - 1);
    hours = mapBand(hours, (h, level) => h.times(extra.times(r.extraClusterShare[level]).plus(1)));
    rules.push(
      message("OPS_RULE_CLUSTERS", {
        environments: drivers.environments,
        extra: extra.toFixed(),
        shareBand: bandText(r.extraClusterShare),
      }),
    );
  }
  if (includes(SERVICE_RULE.activities, id) && drivers.services > SERVICE_RULE.baselineServices) {
    const steps = new Decimal(drivers.services - SERVICE_RULE.baselineServices).div(SERVICE_RULE.servicesPerStep);
    hours = mapBand(hours, (h, level) => h.times(steps.times(r.sharePer10ServicesAbove30[level]).plus(1)));
    rules.push(message("OPS_RULE_SERVICES", { services: drivers.services, shareBand: bandText(r.sharePer10ServicesAbove30) }));
  }
  const descriptor = patternDescriptor(pattern);
  // AWS patches managed nodes (ECS Managed Instances, EKS Auto Mode): fleet size and AMI families add no patching hours.
  const managedPatching = descriptor.managedNodes !== null && id === "host-patching";
  if (descriptor.dataPlane !== "ec2" || managedPatching) return hours;
  if (includes(NODE_FLEET_RULE.activities, id) && drivers.nodes > NODE_FLEET_RULE.freeNodes) {
    const blocks = new Decimal(drivers.nodes - NODE_FLEET_RULE.freeNodes).div(NODE_FLEET_RULE.nodesPerBlock);
    hours = mapBand(hours, (h, level) => h.plus(blocks.times(r.hoursPer25NodesAbove25[level])));
    rules.push(message("OPS_RULE_NODES", { nodes: drivers.nodes, hoursBand: bandText(r.hoursPer25NodesAbove25) }));
  }
  if (id === "host-patching" && drivers.nodeGroups > 1) {
    const extra = new Decimal(drivers.nodeGroups - 1);
    hours = mapBand(hours, (h, level) => h.plus(extra.times(r.extraAmiFamilyHours[level])));
    rules.push(message("OPS_RULE_NODE_GROUPS", { nodeGroups: drivers.nodeGroups, hoursBand: bandText(r.extraAmiFamilyHours) }));
  }
  return hours;
}
