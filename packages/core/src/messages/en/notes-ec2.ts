/** Notes of the EC2 patterns: node assumptions, node groups and EC2 purchase options (patterns/ec2-pattern.ts, ec2/, purchase/ec2-*). */
export const EC2_NOTE_TEMPLATES = {
  NOTE_ECS_EC2_NODE_MEMORY:
    "ECS control plane: no charge. Node memory for tasks = advertised − {memoryOverheadPercent}% VM/kernel overhead − ECS_RESERVED_MEMORY {ecsReservedMemoryMib} MiB; all vCPUs.",
  NOTE_EKS_NODE_RESERVATIONS:
    "EKS nodes: kubeReserved CPU (6%/1%/0.5%/0.25% per core range) and memory (11 × max pods + 255 MiB) + 100 MiB eviction threshold, as the EKS AMI computes them; {memoryOverheadPercent}% VM/kernel memory overhead; aws-node 25m and kube-proxy 100m on every node.",
  // `agents`: "name cpu/memory" per agent, comma-separated
  NOTE_EC2_PACKING:
    "Per-node agents: {agents}. Packing: first-fit decreasing by dominant resource share; headroom {headroomPercent}%; at least {minNodes} node(s) per group, spread over {availabilityZones} AZ(s).",
  NOTE_EC2_PACKING_NO_AGENTS:
    "Per-node agents: none. Packing: first-fit decreasing by dominant resource share; headroom {headroomPercent}%; at least {minNodes} node(s) per group, spread over {availabilityZones} AZ(s).",
  NOTE_EKS_WINDOWS_NODE_RESERVATIONS:
    "Windows nodes: system-reserved 1.5 GiB + kube-reserved 0.5 GiB + 200 MiB eviction threshold (AWS EKS Best Practices for Windows) instead of the Linux formula.",
  NOTE_EKS_MAX_PODS_ENI: "EKS max pods per node: VPC CNI ENI-based default (no prefix delegation).",
  NOTE_EKS_MAX_PODS_PREFIX:
    "EKS max pods per node: VPC CNI prefix delegation assumed (110, or 250 above 30 vCPU; Nitro types, VPC CNI ≥ 1.9).",
  NOTE_ECS_AWSVPC_ENI: "ECS tasks in awsvpc mode also need one ENI each unless ENI trunking is on; not modelled as a limit here.",
  NOTE_EC2_NODE_COUNT_BELOW_NEEDED: "{group:message}: ec2.nodeCount {nodeCount} is below the {nodesNeeded} nodes needed to hold the tasks",
  NOTE_EC2_TASK_PUBLIC_IPV4: "Tasks on EC2 share their node's addresses: public IPv4 per task is not billed (see ec2.publicIpv4PerNode).",
  NOTE_EC2_PART_TIME_ON_DEMAND:
    "{group:message}: runs {hours} h a month, so its nodes stay On-Demand (a {plan:message} bills every hour of the term; it is sized to the always-on nodes).",
  NOTE_RESERVED_INSTANCES_UTILISATION:
    "{plan:message}: {reserved} {instanceType} RI(s) billed 730 h each, used or not; {used} used by always-on nodes, {onDemandNodes} node(s) above them On-Demand; utilisation {utilisationPercent}%.",
  NOTE_EC2_FALLBACK_NONE_PRICED: "{group}: no {os} instance type is priced in {region}; showing {instanceType}, whose rate is missing.",
  NOTE_EC2_FALLBACK_NONE_FITS:
    "{group}: none of the {pricedCount} {os} instance types priced in {region} passes ec2.selection and holds the largest task; showing {instanceType}, whose rate is missing.",
  NOTE_EC2_COMMITMENT_TERM:
    "EC2 nodes bought as {plan:message}: billed for every hour of the {termMonths}-month term whether nodes run or not.",
  NOTE_EC2_PLAN_RATES_AS_RI:
    "{kind} rates assumed equal to the matching {offeringClass} RI of the same term and payment (AWS: EC2 Instance Savings Plans ≈ Standard RIs, Compute Savings Plans ≈ Convertible RIs); set purchase.ec2.discountPercent to use your own rate.",
  NOTE_EC2_SPOT_INTERRUPTION:
    "Spot capacity can be reclaimed by AWS with a 2-minute warning: run only interruption-tolerant, replicated tasks on it, across several instance types and AZs.",
  NOTE_EC2_SPOT_OWN_PRICES: "Your Spot prices are used for: {instanceTypes}.",
} as const satisfies Record<string, string>;
