import type { PatternId } from "../patterns/pattern";
import { band, type Band } from "./bands";
import type { RecurringActivityId } from "./activity-defaults";

type ManagedPatternId = Extract<PatternId, "ecs-managed-instances" | "eks-auto-mode">;
export type SourcedHours = { hours: Band; source: string };

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
    "orchestrator-upgrades": { hours: band("0", "0", "0"), source: "ECS has no orchestrator version (ops-effort.md §2 note 5)" },
    "add-on-lifecycle": {
      hours: band("0.25", "0.5", "1.5"),
      source: `ECS-Fargate values: AWS updates the ECS agent and runtime with the instance (F13, F20; ${ECS_MI_DOC}); sidecars and Managed Daemons stay yours — judgement`,
    },
    "host-patching": {
      hours: band("0", "0.5", "2"),
      source: "ECS-Fargate values: AWS patches and replaces instances every 14–21 days (F20; §3.1)",
    },
    "capacity-scaling": {
      hours: band("0.5", "1", "3"),
      source: `ECS-Fargate values: AWS provisions and scales the capacity and picks cost-optimised types (F20; §3.1; ${ECS_MI_DOC})`,
    },
    incidents: {
      hours: band("1", "2.5", "7"),
      source: "between ECS on Fargate and ECS on EC2: no host to debug, but placement/instance events remain — judgement",
    },
    "access-security": {
      hours: band("0.5", "1.5", "3"),
      source: "ECS-on-EC2 values: IAM (incl. the infrastructure and instance-profile roles) stays yours — judgement",
    },
  },
  "eks-auto-mode": {
    "orchestrator-upgrades": {
      hours: band("1", "3.5", "10"),
      source: `EKS-Fargate values: you still upgrade the control plane, AWS then rolls the nodes (${AUTO_MODE_BP}) — judgement on the size of the saving`,
    },
    "add-on-lifecycle": {
      hours: band("0.5", "1.5", "4"),
      source: `EKS-Fargate values: VPC CNI, kube-proxy, CoreDNS, EBS CSI, load balancer controller and Karpenter are AWS-run components (${AUTO_MODE_DOC}); your own agents remain — judgement`,
    },
    "host-patching": {
      hours: band("0", "0.5", "2"),
      source: "EKS-Fargate values: AWS ships the AMIs and replaces nodes within 21 days (F18; §3.1)",
    },
    "capacity-scaling": { hours: band("0.5", "2", "5"), source: "EKS-on-EC2 hours halved: NodePools replace node groups (F18; §3.1)" },
    incidents: {
      hours: band("2", "6", "20"),
      source: "EKS-on-EC2 values: Kubernetes-layer incidents stay with you (F10 high anchor); judgement",
    },
    "access-security": {
      hours: band("1", "2.5", "5"),
      source: "EKS-on-EC2 values: RBAC, access entries and policies stay yours (nodes allow no SSH/SSM) — judgement",
    },
  },
};

/** The hours bands alone, as FIRST_CLUSTER_HOURS wants them. */
export function managedHoursBands(pattern: ManagedPatternId): Record<RecurringActivityId, Band> {
  const rows = MANAGED_NODE_HOURS[pattern];
  return Object.fromEntries(Object.entries(rows).map(([id, row]) => [id, row.hours])) as Record<RecurringActivityId, Band>;
}
