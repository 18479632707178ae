/**
 * Field errors of the form. Keys are form field keys (`region`, `services[0].count`, `albCount`);
 * core errors name scenario paths (`services[0].taskCount`, `extras.loadBalancers.count`), which
 * `formFieldOf` maps back to the control the user typed into.
 *
 * While computing, an error is a code with parameters (`FieldIssues`); the form shows it rendered in
 * the user's language (`FieldErrors`, see error-messages.ts), so no face parses English.
 */
import type { Message } from "@repo/core";

export type FieldErrors = Record<string, string>;

export const FIELD_ERROR_CODES = [
  "REQUIRED",
  "NOT_A_NUMBER",
  "MUST_BE_ABOVE_ZERO",
  "UNKNOWN_REGION",
  "UNKNOWN_OPS_CELL",
  "CORE_RULE",
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
/**
 * One error as a code and its parameters. `CORE_RULE` is an error the core found: `core` is its coded
 * sentence (`CoreError.detail` / `describeIssue(…).detail`: code + parameters, worded per locale by
 * error-messages.ts), `params.allowed` the values it listed.
 */
export type FieldIssue = { code: FieldErrorCode; params: Record<string, string>; core?: Message };
export type FieldIssues = Record<string, FieldIssue>;

const SERVICE_FIELDS: Record<string, string> = {
  name: "name",
  taskCount: "count",
  vcpu: "vcpu",
  memoryGib: "memoryGib",
  architecture: "arch",
  os: "os",
  "schedule.hoursPerMonth": "scheduleA",
  "schedule.runsPerDay": "scheduleA",
  "schedule.runsPerMonth": "scheduleA",
  "schedule.durationSeconds": "scheduleB",
  schedule: "scheduleA",
  monthlyInternetEgressGb: "egressGb",
  monthlyServiceTrafficGb: "trafficGb",
  logIngestionGbPerMonth: "logGb",
};

const SHARED_FIELDS: Record<string, string> = {
  "reporting.jpyPerUsd": "jpyPerUsd",
  "reporting.currency": "currency",
  "reporting.consumptionTax": "consumptionTax",
  "ops.labourMarket": "labourMarket",
  region: "region",
  services: "services",
  "extras.loadBalancers.count": "albCount",
  "extras.loadBalancers.averageLcuPerHour": "albLcuPerHour",
  "extras.natGateways.count": "natCount",
  "extras.natGateways.monthlyDataProcessedGb": "natMonthlyGb",
  "eks.clusterCount": "eksClusterCount",
  "eks.supportTier": "eksSupportTier",
  "ec2.instanceType": "instanceType",
  "ec2.nodeCount": "nodeCount",
  "ec2.rootVolumeGib": "rootVolumeGib",
  "ec2.headroomPercent": "headroomPercent",
  "ec2.availabilityZones": "availabilityZones",
  "ec2.minNodes": "minNodes",
  "purchase.ec2.option": "purchaseOption",
  "purchase.ec2.termYears": "ec2TermYears",
  "purchase.ec2.payment": "ec2Payment",
  "purchase.fargate.ecs.option": "fargateEcsOption",
  "purchase.fargate.eks.option": "fargateEksOption",
  "purchase.fargate.ecs.termYears": "fargateTermYears",
  "purchase.fargate.eks.termYears": "fargateTermYears",
  "purchase.fargate.ecs.payment": "fargatePayment",
  "purchase.fargate.eks.payment": "fargatePayment",
  "ops.level": "opsLevel",
  "ops.rateLevel": "opsLevel",
  "ops.engineerHourlyUsd": "opsRateUsdPerHour",
  "ops.environments": "opsEnvironments",
  "ops.upgradePolicy": "opsUpgradePolicy",
  "ops.engineersJoiningPerYear": "opsEngineersPerYear",
  "ops.workload.spot": "workloadSpot",
  "network.interfaceEndpoints.count": "endpointCount",
  "network.interfaceEndpoints.monthlyDataProcessedGb": "endpointMonthlyGb",
  "network.networkLoadBalancers.count": "nlbCount",
  "network.networkLoadBalancers.averageNlcuPerHour": "nlbNlcuPerHour",
  "observability.containerInsights": "containerInsights",
  "storage.ecrStorageGb": "ecrStorageGb",
  "storage.ebsSnapshotGb": "ebsSnapshotGb",
  "support.plan": "supportPlan",
};

/** A field the form has no control for; its errors are listed above the results. */
export const GENERAL_FIELD = "general";

/**
 * @example formFieldOf("services[2].taskCount") //=> "services[2].count"
 * @example formFieldOf("extras.natGateways.count") //=> "natCount"
 */
export function formFieldOf(corePath: string): string {
  const service = /^services\[(\d+)\](?:\.(.+))?$/.exec(corePath);
  if (service) {
    const sub = service[2] ?? "name";
    return `services[${service[1]}].${SERVICE_FIELDS[sub] ?? "name"}`;
  }
  const hours = /^ops\.hours\.([a-z0-9-]+)\.([a-z-]+)/.exec(corePath);
  if (hours) return `opsHours.${hours[1]}.${hours[2]}`;
  return SHARED_FIELDS[corePath] ?? GENERAL_FIELD;
}

/** Adds an error unless the field already has one (the first problem is the one to fix first). */
export function addFieldError(
  errors: FieldIssues,
  field: string,
  code: FieldErrorCode,
  params: Record<string, string> = {},
  core?: Message,
): void {
  errors[field] ??= core ? { code, params, core } : { code, params };
}
