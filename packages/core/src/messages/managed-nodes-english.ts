/**
 * English templates of the ECS Managed Instances / EKS Auto Mode / Provisioned Control Plane messages
 * (issue 16), kept apart from english.ts so the two patterns' texts live together; spread into
 * ENGLISH_TEMPLATES. Japanese: the web's catalog (glossary-ja.csv terms).
 */
export const MANAGED_NODES_TEMPLATES = {
  // constraints (decisions/constraints.ts)
  CONSTRAINT_WINDOWS_MANAGED_NODES: "{services}: {patterns} run Linux containers only (no Windows nodes)",
  CONSTRAINT_AUTO_MODE_GPU_NODE_POOL:
    "{services} need GPUs: EKS Auto Mode runs NVIDIA/Neuron GPU nodes from a custom NodePool only (the built-in pools are C/M/R)",
  CONSTRAINT_AUTO_MODE_PRIVILEGED:
    "privileged pods run on EKS Auto Mode nodes, but the node is locked down (SELinux enforcing, read-only root file system, no SSH/SSM): agents that change the host may not work",
  CONSTRAINT_AUTO_MODE_SPOT:
    "Spot on EKS Auto Mode needs a custom NodePool (karpenter.sh/capacity-type: spot); the built-in pools are On-Demand only",
  // pattern notes (patterns/managed-nodes)
  NOTE_MANAGED_NODES_FEE:
    "{pattern}: AWS provisions, patches and scales the EC2 nodes for a management fee per instance-hour on top of the EC2 price — the fee-table rate where published, else {sharePercent} % of the type's On-Demand price (labelled derived); per second, 1-minute minimum; the purchase option applies to the EC2 part only.",
  NOTE_AUTO_MODE_BUILT_IN_POOL:
    "EKS Auto Mode: cheapest fit over the built-in general-purpose NodePool's types (C, M, R families, generation 5 or newer); other families or arm64 need a custom NodePool (set ec2.selection.families or ec2.instanceType).",
  NOTE_AUTO_MODE_CUSTOM_POOL: "EKS Auto Mode: ec2.selection / ec2.instanceType chooses the types, i.e. a custom NodePool ({types}).",
  NOTE_ECS_MI_FULL_RANGE:
    "ECS Managed Instances: cheapest fit over the full range of EC2 types ec2.selection allows (capacity provider allowedInstanceTypes); node memory as for ECS on EC2 (an approximation: AWS's own reservation is not published).",
  NOTE_AUTO_MODE_RESERVATIONS:
    "EKS Auto Mode nodes (Bottlerocket): reservations as for EKS on EC2 (kube-reserved + eviction threshold; an approximation: Auto Mode's own node configuration is not published).",
  NOTE_ECS_MI_FEE_ON_DEMAND:
    "ECS Managed Instances fee: billed on the On-Demand list price even when the EC2 part runs on Spot or under a Savings Plan (assumption: no AWS page found; S55's billed measurement reads it as a share of the On-Demand list price).",
  NOTE_EKS_AUTO_MODE_FLAG_MIGRATED:
    "ops.eksAutoMode is kept for old scenarios: EKS Auto Mode is now its own pattern (eks-auto-mode, priced side by side), so EKS on EC2 shows self-managed nodes.",
  // EKS Provisioned Control Plane (resources/eks-cluster.ts)
  NOTE_PROVISIONED_CONTROL_PLANE_ADDED:
    "EKS Provisioned Control Plane tier {tier} at {rate}/cluster-hour is billed on top of the standard $0.10/cluster-hour fee (assumption: AWS's page was not confirmed; S40 reads every EKS dimension as additional; set eks.provisionedTierReplacesStandardFee to change it).",
  NOTE_PROVISIONED_CONTROL_PLANE_REPLACES:
    "EKS Provisioned Control Plane tier {tier} at {rate}/cluster-hour is billed instead of the standard $0.10/cluster-hour fee (eks.provisionedTierReplacesStandardFee; assumption: AWS's page was not confirmed, S40 reads it as additional).",
} as const satisfies Record<string, string>;
