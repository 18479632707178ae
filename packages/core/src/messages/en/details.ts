/**
 * Cost-line details as codes (issue 12 item 5, issue 20 item 2): how a line's quantity was derived. A
 * line's `detailMessages` are parts rendered and joined (lines/line-detail.ts: "; " between parts, none
 * before a `_CONT` part, " + " before a `_PLUS` part); its English `detail` is exactly that join, word for
 * word the text the CLI printed before codes. Parameters are numbers, names and ids; nested codes name
 * the words (`{unitWord:message}`, `{plan:message}`, `{levelCode:message}`).
 */
export const DETAIL_TEMPLATES = {
  // Fargate tasks and pods (resources/fargate-task.ts)
  DETAIL_FARGATE_VCPU: "{taskCount} {unitWord:message} × {hoursPerTask} h × {vcpu} vCPU",
  DETAIL_FARGATE_MEMORY: "{taskCount} {unitWord:message} × {hoursPerTask} h × {memoryGb} GB",
  DETAIL_FARGATE_EXTRA_STORAGE: "{taskCount} {unitWord:message} × {hoursPerTask} h × {extraStorageGib} GB above the included 20 GB",
  DETAIL_WORD_TASKS: "tasks",
  DETAIL_WORD_PODS: "pods",
  DETAIL_TASK_IPS: "{taskCount} task(s) × {ipsPerTask} IP",
  /** Appended to an IP count: the hours each address is billed (resources/public-ipv4.ts). */
  DETAIL_IP_HOURS_CONT: " × {ipHours} h",
  // load balancers (resources/load-balancer.ts, network-load-balancer.ts)
  DETAIL_ALB_HOURS: "{albs} ALB(s) × {hours} h",
  DETAIL_ALB_LCUS: "{albs} ALB(s) × {hours} h × {lcu} LCU",
  DETAIL_ALB_IPS: "{albs} ALB(s) × {azs} AZ(s) × 1 IP",
  DETAIL_NLB_HOURS: "{nlbs} NLB(s) × 730 h",
  DETAIL_NLB_NLCUS: "{nlbs} NLB(s) × 730 h × {nlcu} NLCU",
  DETAIL_NLB_IPS: "{nlbs} NLB(s) × {azs} AZ(s) × 1 IP",
  // networking (resources/cross-az-traffic.ts, nat-gateway.ts, vpc-endpoints.ts, internet-egress.ts)
  DETAIL_CROSS_AZ_SPREAD: "{gb} GB × ({azs} − 1)/{azs} across AZs × 2 (billed out and in)",
  DETAIL_CROSS_AZ_STATED: "{gb} GB × {share} stated cross-AZ share × 2 (billed out and in)",
  DETAIL_NAT_HOURS: "{gateways} gateway(s) × {hours} h",
  DETAIL_NAT_IPS: "{gateways} gateway(s) × 1 IP",
  DETAIL_NAT_DATA_AVOIDED: "{statedGb} GB − {avoidedGb} GB through interface endpoints",
  DETAIL_GB_A_MONTH: "{gb} GB a month",
  DETAIL_ENDPOINT_HOURS: "{endpoints} endpoint(s) × {azs} AZ(s) × 730 h",
  /** {senders}: each sending service's name and GB, e.g. "web 500 GB + api 100 GB" (names, numbers, GB only). */
  DETAIL_EGRESS_TIER: "{sliceGb} GB of {totalGb} GB ({senders}) after {freeGb} GB free (one 100 GB allowance per account, all regions)",
  DETAIL_INTER_REGION: "{gb} GB a month, billed on the sending region",
  // storage and observability (resources/ecr-storage.ts, ebs-snapshots.ts, cloudwatch-logs.ts, container-insights.ts)
  DETAIL_GB_STORED_AVERAGE: "{gb} GB stored (average over the month)",
  DETAIL_LOG_INGESTED: "{gb} GB ingested a month",
  DETAIL_LOG_STORED: "{gb} GB stored (archived size)",
  DETAIL_CONTAINER_INSIGHTS:
    "({perClusterMinute}/min × {clusters} cluster(s) × 730 h + {perTaskMinute}/min × {taskHours} {taskWord:message}-hours) × 60 ÷ 1,000,000",
  DETAIL_WORD_TASK: "task",
  DETAIL_WORD_POD: "pod",
  DETAIL_VOLUMES_FIXED: "{count} × {sizeGib} GiB, all month",
  DETAIL_VOLUMES_PER_TASK: "{taskCount} task(s) × {sizeGib} GiB × {hoursPerTask}/730 month",
  // EC2 node groups (resources/ec2-node-group.ts, ebs-performance.ts, ebs-io2.ts, managed-node-fee.ts)
  DETAIL_EC2_NODE_HOURS: "{nodes} × {instanceType} × {hoursPerNode} h",
  DETAIL_EFFECTIVE_RATE_UPFRONT: "effective rate = hourly + upfront ÷ term hours (upfront shown separately)",
  DETAIL_ROOT_VOLUMES: "{nodes} × {rootVolumeGib} GiB × {hoursPerNode}/730 month",
  DETAIL_NODE_IPS: "{nodes} node(s) × {ipsPerNode} IP",
  DETAIL_GP3_IOPS: "{nodes} node(s) × {hoursPerNode}/730 month × ({iops} − 3000) IOPS",
  DETAIL_GP3_THROUGHPUT: "{nodes} node(s) × {hoursPerNode}/730 month × ({throughputMibps} − 125) MiB/s",
  DETAIL_IO2_IOPS: "{nodes} node(s) × {hoursPerNode}/730 month × {iops} IOPS",
  DETAIL_MANAGED_NODE_FEE:
    "{nodes} × {instanceType} × {hoursPerNode} h, on the On-Demand price (not discounted by Spot/RI/Savings Plans); per second, 1-minute minimum",
  // EKS control plane (resources/eks-cluster.ts); a second cluster group is a `_PLUS` part
  DETAIL_CLUSTER_HOURS: "{clusters} cluster(s) × {clusterHours} h",
  DETAIL_CLUSTER_HOURS_EXTENDED: "{clusters} cluster(s) × {clusterHours} h (extended)",
  DETAIL_CLUSTER_HOURS_PLUS: "{clusters} cluster(s) × {clusterHours} h",
  DETAIL_CLUSTER_HOURS_EXTENDED_PLUS: "{clusters} cluster(s) × {clusterHours} h (extended)",
  DETAIL_STAYING_ON_EXTENDED_CONT: ": staying on extended support (ops.upgradePolicy)",
  // AWS Support and consumption tax (resources/aws-support.ts, patterns/consumption-tax.ts)
  DETAIL_SUPPORT_MINIMUM: "percentage of {baseUsd:usd} AWS charges = {tieredUsd:usd}, below the monthly minimum",
  DETAIL_SUPPORT_SHARE: "{sliceUsd:usd} of this pattern's {baseUsd:usd} AWS charges",
  DETAIL_CONSUMPTION_TAX: "10 % of this pattern's {baseUsd:usd} AWS charges",
  DETAIL_CONSUMPTION_TAX_LOWER_BOUND: "10 % of this pattern's {baseUsd:usd} AWS charges (a lower bound: rates are missing)",
  // purchase options (lines/line-builder.ts, purchase/fargate-plan-commitment.ts, ec2-commitment.ts)
  DETAIL_DERIVED_RATE: "rate derived from a documented rule, not an observed price (see the rate's description)",
  DETAIL_COMMITMENT_COVERED_CONT: " × {coveredPercent}% covered by the {plan:message} commitment",
  DETAIL_ABOVE_COMMITMENT_CONT: " × {abovePercent}% above the commitment",
  DETAIL_UNUSED_COMMITMENT: "730 h × {unusedUsdPerHour:usd}/h not used by {usedBy:message}",
  DETAIL_USED_BY_SERVICES: "the always-on services",
  DETAIL_USED_BY_NODES: "the always-on nodes",
  DETAIL_UNUSED_RESERVED_INSTANCES: "{unused} RI(s) × 730 h billed with no always-on {instanceType} node to use them",
} as const satisfies Record<string, string>;
