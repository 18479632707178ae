import type { Scenario } from "./scenario-schema";

/** Usage-driven lines the bill can carry; `inputs` are the scenario fields that switch them on. */
export const USAGE_DRIVEN_LINES = {
  "internet-egress": ["services[].monthlyInternetEgressGb"],
  "inter-region-egress": ["services[].monthlyInterRegionEgressGb"],
  "cross-az-traffic": ["services[].monthlyServiceTrafficGb"],
  "log-ingestion": ["services[].logIngestionGbPerMonth"],
  "log-storage": ["services[].logStoredGb"],
  "ecr-storage": ["storage.ecrStorageGb"],
  "ebs-snapshots": ["storage.ebsSnapshotGb"],
  "alb-lcu": ["extras.loadBalancers.averageLcuPerHour"],
  "nlb-nlcu": ["network.networkLoadBalancers.averageNlcuPerHour"],
  "nat-data": ["extras.natGateways.monthlyDataProcessedGb"],
  "endpoint-data": ["network.interfaceEndpoints.monthlyDataProcessedGb"],
} as const;
export type UsageDrivenLine = keyof typeof USAGE_DRIVEN_LINES;

/**
 * A coded message (Message shape: code + params, rendered by the faces from the code, core's English template
 * USAGE_NOT_ESTIMATED: "not estimated (usage left at 0): internet egress — set services[].monthlyInternetEgressGb
 * to include it"); `line` and `inputs` repeat the params as typed fields.
 */
export type NotEstimated = {
  code: "USAGE_NOT_ESTIMATED";
  params: { line: UsageDrivenLine; label: string; inputs: string };
  line: UsageDrivenLine;
  inputs: readonly string[];
};

/**
 * The usage-driven lines left at zero (honest defaults, issue 15): the total leaves them out, so the
 * result says which, and which input includes each. Lines of absent resources (no NLB) are not listed.
 * @example notEstimated(parseScenario({ region: "us-east-1", services: [web] }))[0].line //=> "internet-egress"
 */
export function notEstimated(scenario: Scenario): NotEstimated[] {
  const services = scenario.services;
  const none = (pick: (s: Scenario["services"][number]) => number) => services.every((s) => pick(s) === 0);
  const zero: Record<UsageDrivenLine, boolean> = {
    "internet-egress": none((s) => s.monthlyInternetEgressGb),
    "inter-region-egress": none((s) => s.monthlyInterRegionEgressGb),
    "cross-az-traffic": none((s) => s.monthlyServiceTrafficGb),
    "log-ingestion": none((s) => s.logIngestionGbPerMonth),
    "log-storage": none((s) => s.logStoredGb),
    "ecr-storage": scenario.storage.ecrStorageGb === 0,
    "ebs-snapshots": scenario.storage.ebsSnapshotGb === 0,
    "alb-lcu": (scenario.extras.loadBalancers?.count ?? 0) > 0 && scenario.extras.loadBalancers?.averageLcuPerHour === undefined,
    "nlb-nlcu":
      (scenario.network.networkLoadBalancers?.count ?? 0) > 0 && scenario.network.networkLoadBalancers?.averageNlcuPerHour === undefined,
    "nat-data": (scenario.extras.natGateways?.count ?? 0) > 0 && scenario.extras.natGateways?.monthlyDataProcessedGb === 0,
    "endpoint-data":
      (scenario.network.interfaceEndpoints?.count ?? 0) > 0 && scenario.network.interfaceEndpoints?.monthlyDataProcessedGb === 0,
  };
  return (Object.keys(USAGE_DRIVEN_LINES) as UsageDrivenLine[])
    .filter((line) => zero[line])
    .map((line) => ({
      code: "USAGE_NOT_ESTIMATED",
      params: { line, label: USAGE_LINE_LABELS[line], inputs: USAGE_DRIVEN_LINES[line].join(", ") },
      line,
      inputs: USAGE_DRIVEN_LINES[line],
    }));
}

/** English words of a usage-driven line (the faces' default rendering). */
export const USAGE_LINE_LABELS: Record<UsageDrivenLine, string> = {
  "internet-egress": "internet egress",
  "inter-region-egress": "inter-region transfer",
  "cross-az-traffic": "cross-AZ traffic",
  "log-ingestion": "log ingestion",
  "log-storage": "log storage",
  "ecr-storage": "ECR storage",
  "ebs-snapshots": "EBS snapshots",
  "alb-lcu": "ALB LCUs",
  "nlb-nlcu": "NLB NLCUs",
  "nat-data": "NAT data processed",
  "endpoint-data": "endpoint data processed",
};
