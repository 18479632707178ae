/**
 * The ops model's rules and sources as codes (issue 20 item 2): each scaling rule or modifier an activity's
 * hours went through (ops/scaling-rules.ts, pattern-ops.ts) and where each activity's first-cluster hours
 * come from (ops/activity-defaults.ts, managed-node-hours.ts). Evidence ids (F1–F41, derivations, §) and
 * cited pages ({doc}) are kept as published; the words around them are translated by code.
 */
export const OPS_RULE_TEMPLATES = {
  OPS_RULE_HOURS_SET: "hours set in the scenario ({field}): {hoursBand}",
  OPS_RULE_ONBOARDING: "{joining} engineer(s) joining per year × {hoursBand} h ÷ 12 months (F31); not scaled by clusters or nodes",
  OPS_RULE_BOTTLEROCKET: "Bottlerocket with automated updates: host patching × {factor} (F14)",
  OPS_RULE_EXTENDED_SUPPORT:
    "staying on extended support: upgrade hours × {factor} — hops still happen, only later (derivation 1; F1, F2, F4)",
  OPS_RULE_CLUSTERS: "{environments} clusters/environments: × (1 + {extra} × {shareBand}) (ops-effort.md §3.1; F8)",
  OPS_RULE_SERVICES:
    "{services} services: × (1 + {shareBand} per 10 services above 30) (judgement (ops-effort.md §3 unit: ≈10–30 services))",
  OPS_RULE_NODES: "{nodes} nodes: + {hoursBand} h per 25 nodes above 25 (ops-effort.md §3.1; F15–F16)",
  OPS_RULE_NODE_GROUPS: "{nodeGroups} node groups: + {hoursBand} h per node group beyond the first (derivation 3; judgement)",
  /** An ops line's first detail part (ops/ops-lines.ts); {sources} is an OPS_SOURCES_* code. */
  DETAIL_OPS_HOURS: "{hours} h/month ({levelCode:message}) × {rateUsd:rate}/h; base {baseHours} h ({sources:message})",
  // where the first-cluster hours come from (activity-defaults.ts)
  OPS_SOURCES_ORCHESTRATOR_UPGRADES: "F1–F4, F6–F8",
  OPS_SOURCES_ADD_ON_LIFECYCLE: "F5, F22; judgement",
  OPS_SOURCES_HOST_PATCHING: "F11–F17, F21",
  OPS_SOURCES_CAPACITY_SCALING: "F23–F24, F27; judgement",
  OPS_SOURCES_INCIDENTS: "F10; judgement",
  OPS_SOURCES_ACCESS_SECURITY: "judgement (ops-effort.md §3 row 6)",
  OPS_SOURCES_ONBOARDING: "F31; judgement",
  // ECS Managed Instances and EKS Auto Mode (managed-node-hours.ts)
  OPS_SOURCES_MI_ORCHESTRATOR_UPGRADES: "ECS has no orchestrator version (ops-effort.md §2 note 5)",
  OPS_SOURCES_MI_ADD_ON_LIFECYCLE:
    "ECS-Fargate values: AWS updates the ECS agent and runtime with the instance (F13, F20; {doc}); sidecars and Managed Daemons stay yours — judgement",
  OPS_SOURCES_MI_HOST_PATCHING: "ECS-Fargate values: AWS patches and replaces instances every 14–21 days (F20; §3.1)",
  OPS_SOURCES_MI_CAPACITY_SCALING:
    "ECS-Fargate values: AWS provisions and scales the capacity and picks cost-optimised types (F20; §3.1; {doc})",
  OPS_SOURCES_MI_INCIDENTS: "between ECS on Fargate and ECS on EC2: no host to debug, but placement/instance events remain — judgement",
  OPS_SOURCES_MI_ACCESS_SECURITY: "ECS-on-EC2 values: IAM (incl. the infrastructure and instance-profile roles) stays yours — judgement",
  OPS_SOURCES_AUTO_ORCHESTRATOR_UPGRADES:
    "EKS-Fargate values: you still upgrade the control plane, AWS then rolls the nodes ({doc}) — judgement on the size of the saving",
  OPS_SOURCES_AUTO_ADD_ON_LIFECYCLE:
    "EKS-Fargate values: VPC CNI, kube-proxy, CoreDNS, EBS CSI, load balancer controller and Karpenter are AWS-run components ({doc}); your own agents remain — judgement",
  OPS_SOURCES_AUTO_HOST_PATCHING: "EKS-Fargate values: AWS ships the AMIs and replaces nodes within 21 days (F18; §3.1)",
  OPS_SOURCES_AUTO_CAPACITY_SCALING: "EKS-on-EC2 hours halved: NodePools replace node groups (F18; §3.1)",
  OPS_SOURCES_AUTO_INCIDENTS: "EKS-on-EC2 values: Kubernetes-layer incidents stay with you (F10 high anchor); judgement",
  OPS_SOURCES_AUTO_ACCESS_SECURITY: "EKS-on-EC2 values: RBAC, access entries and policies stay yours (nodes allow no SSH/SSM) — judgement",
} as const satisfies Record<string, string>;
