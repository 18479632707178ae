import { message, type Message } from "../messages/message";
import type { PatternId } from "../patterns/pattern";
import { band, type Band } from "./bands";
import type { RecurringActivityId } from "./activity-defaults";

type ManagedPatternId = Extract<PatternId, "ecs-managed-instances" | "eks-auto-mode">;
/** Hours and where they come from (an OPS_SOURCES_* code; {doc}: the AWS page cited). */
export type SourcedHours = { hours: Band; sourceMessage: Message };

const AUTO_MODE_DOC = "docs.aws.amazon.com/eks/latest/userguide/automode.html";
const AUTO_MODE_BP = "docs.aws.amazon.com/eks/latest/best-practices/automode.html";
const ECS_MI_DOC = "docs.aws.amazon.com/AmazonECS/latest/developerguide/ManagedInstances.html";

/**
 * First-cluster hours per month (low / typical / high) of the two patterns where AWS runs the nodes, in the
 * style of shared/research/ops-effort.md §3: each activity says where its figure comes from (an F-id, an AWS
 * page, or "judgement"). The research's §3.1 modifier rows are the anchor:
 * - "ECS Managed Instances on ECS-EC2: activities 3–4 → ECS-Fargate values" (F20: AWS patches and replaces
 *   instances on a 14–21-day lifecycle).
 * - "EKS Auto Mode on EKS-EC2: activity 3 → EKS-Fargate values; activity 4 halved" (F18: nodes replaced at most
 *   every 21 days, AMIs shipped by AWS).
 * Totals: ECS MI 2.25 / 6 / 16.5 h (ECS on EC2 4 / 11.5 / 30); EKS Auto Mode 5 / 16 / 46 h (EKS on EC2 7.5 / 25.5 / 70).
 */
export const MANAGED_NODE_HOURS: Record<ManagedPatternId, Record<RecurringActivityId, SourcedHours>> = {
  "ecs-managed-instances": {
    "orchestrator-upgrades": { hours: band("0", "0", "0"), sourceMessage: message("OPS_SOURCES_MI_ORCHESTRATOR_UPGRADES") },
    "add-on-lifecycle": {
      hours: band("0.25", "0.5", "1.5"),
      sourceMessage: message("OPS_SOURCES_MI_ADD_ON_LIFECYCLE", { doc: ECS_MI_DOC }),
    },
    "host-patching": { hours: band("0", "0.5", "2"), sourceMessage: message("OPS_SOURCES_MI_HOST_PATCHING") },
    "capacity-scaling": { hours: band("0.5", "1", "3"), sourceMessage: message("OPS_SOURCES_MI_CAPACITY_SCALING", { doc: ECS_MI_DOC }) },
    incidents: { hours: band("1", "2.5", "7"), sourceMessage: message("OPS_SOURCES_MI_INCIDENTS") },
    "access-security": { hours: band("0.5", "1.5", "3"), sourceMessage: message("OPS_SOURCES_MI_ACCESS_SECURITY") },
  },
  "eks-auto-mode": {
    "orchestrator-upgrades": {
      hours: band("1", "3.5", "10"),
      sourceMessage: message("OPS_SOURCES_AUTO_ORCHESTRATOR_UPGRADES", { doc: AUTO_MODE_BP }),
    },
    "add-on-lifecycle": {
      hours: band("0.5", "1.5", "4"),
      sourceMessage: message("OPS_SOURCES_AUTO_ADD_ON_LIFECYCLE", { doc: AUTO_MODE_DOC }),
    },
    "host-patching": { hours: band("0", "0.5", "2"), sourceMessage: message("OPS_SOURCES_AUTO_HOST_PATCHING") },
    "capacity-scaling": { hours: band("0.5", "2", "5"), sourceMessage: message("OPS_SOURCES_AUTO_CAPACITY_SCALING") },
    incidents: { hours: band("2", "6", "20"), sourceMessage: message("OPS_SOURCES_AUTO_INCIDENTS") },
    "access-security": { hours: band("1", "2.5", "5"), sourceMessage: message("OPS_SOURCES_AUTO_ACCESS_SECURITY") },
  },
};

/** The hours bands alone, as FIRST_CLUSTER_HOURS wants them. */
export function managedHoursBands(pattern: ManagedPatternId): Record<RecurringActivityId, Band> {
  const rows = MANAGED_NODE_HOURS[pattern];
  return Object.fromEntries(Object.entries(rows).map(([id, row]) => [id, row.hours])) as Record<RecurringActivityId, Band>;
}
