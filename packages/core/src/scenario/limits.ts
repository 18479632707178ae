import { z } from "zod";

/**
 * Upper (and lower) bounds on every number a scenario may carry, grounded in AWS limits where AWS
 * has one and otherwise generous but finite, so no input can make the model print 50-digit totals,
 * "Infinity GB" or run for minutes. The web's URL state uses the same table (exported from core).
 *
 * Sources:
 * - ECS quotas (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html):
 *   tasks per service 5,000, services per cluster 5,000, container instances per cluster 5,000,
 *   containers per task definition 10, clusters per account 10,000.
 * - ECS task size on EC2: 128 CPU units (0.125 vCPU) to 196,608 units (192 vCPU)
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html).
 * - EKS clusters per Region: 100 (https://docs.aws.amazon.com/eks/latest/userguide/service-quotas.html).
 * - Kubernetes large clusters: at most 150,000 pods and 5,000 nodes per cluster
 *   (https://kubernetes.io/docs/setup/best-practices/cluster-large/).
 * - AWS tags: 50 per resource, keys ≤ 128 and values ≤ 256 characters.
 * Worked example: `taskCount: 10000000` → "value 10000000 is out of range (field: services[0].taskCount);
 * allowed: 0 to 5000", exit 2.
 */
export type NumberLimit = { min: number; max: number; integer: boolean; minExclusive?: boolean };

const int = (min: number, max: number): NumberLimit => ({ min, max, integer: true });
const real = (min: number, max: number): NumberLimit => ({ min, max, integer: false });
const positive = (max: number): NumberLimit => ({ min: 0, max, integer: false, minExclusive: true });

/** Seconds in the model's 730-hour month. */
const SECONDS_PER_MONTH = 730 * 3600;

export const SCENARIO_LIMITS = {
  /** ECS tasks per service (default quota 5,000); also the replica count of one EKS workload. */
  taskCount: int(0, 5000),
  /** ECS services per cluster (5,000). */
  services: int(1, 5000),
  /** Tasks across the whole scenario: the Kubernetes 150,000-pods-per-cluster threshold. */
  totalTasks: int(0, 150_000),
  /** ECS task CPU on EC2: up to 192 vCPU (Fargate's largest is 16). */
  vcpu: positive(192),
  /** Task memory: up to 32 TiB, the largest EC2 instance (u7in-32tb.224xlarge). */
  memoryGib: positive(32_768),
  /** Containers per task/pod: ECS allows 10 per task definition; pods get room for sidecars. */
  containers: int(1, 64),
  /** One container's CPU / memory request, same caps as a task. */
  containerCpuMillicores: int(0, 192_000),
  containerMemoryBytes: int(0, 32_768 * 1024 ** 3),
  /** Always-on hours in the model's month (730 h ≤ the 744 h of a 31-day month). */
  hoursPerMonth: positive(730),
  /** Batch: at most one run a second. */
  runsPerDay: positive(86_400),
  runsPerMonth: positive(SECONDS_PER_MONTH),
  /** Batch: one run lasts at most the whole month. */
  durationSeconds: positive(SECONDS_PER_MONTH),
  /** Application Load Balancers (default quota 50 per Region, adjustable; 20× headroom). */
  loadBalancers: int(0, 1000),
  averageLcuPerHour: real(0, 100_000),
  /** NAT gateways (5 per AZ by default; generous). */
  natGateways: int(0, 1000),
  /** NAT data: ≤ 1 EB a month (100 Gbps for a month is ≈ 33 PB per gateway). */
  natMonthlyDataProcessedGb: real(0, 1e9),
  /** EKS clusters per Region (100). */
  eksClusters: int(1, 100),
  /** Nodes per group: ECS container instances per cluster / Kubernetes nodes per cluster (5,000). */
  nodeCount: int(1, 5000),
  ecsReservedMemoryMib: int(0, 65_536),
  daemonSets: int(0, 50),
  /** Names of services, tags and families. */
  nameLength: int(1, 255),
  descriptionLength: int(0, 4096),
  tags: int(0, 50),
  tagKeyLength: int(0, 128),
  tagValueLength: int(0, 256),
  listEntries: int(0, 5000),
} as const satisfies Record<string, NumberLimit>;

export type LimitName = keyof typeof SCENARIO_LIMITS;

/** "0 to 5000" / "above 0 to 730": the allowed range as text (error messages, the web's field hints). */
export function rangeText(limit: NumberLimit): string {
  const low = limit.minExclusive ? `above ${limit.min}` : String(limit.min);
  return `${low} to ${limit.max}${limit.integer ? " (whole number)" : ""}`;
}

/** What a bounded number's zod message means: which rule broke and the limit (see `boundedNumber`). */
export type LimitIssue = { rule: "range" | "whole" | "number"; limit: NumberLimit };
const LIMIT_ISSUES = new Map<string, LimitIssue>();

/**
 * The rule and limit behind a message `boundedNumber` wrote (a lookup of core's own messages, so an
 * error can carry the range as parameters instead of English). @example limitIssueOf("is out of range, allowed: 0 to 5000 (whole number)")?.limit.max //=> 5000
 */
export function limitIssueOf(zodMessage: string): LimitIssue | undefined {
  return LIMIT_ISSUES.get(zodMessage);
}

/** A range check's zod message, remembered so `limitIssueOf` finds its limit (the range as parameters, not English). */
export function limitText(limit: NumberLimit): string {
  const message = `is out of range, allowed: ${rangeText(limit)}`;
  LIMIT_ISSUES.set(message, { rule: "range", limit });
  return message;
}

/** A zod number within a limit; every violation carries the same "allowed: …" range text. */
export function boundedNumber(name: LimitName): z.ZodNumber {
  const limit: NumberLimit = SCENARIO_LIMITS[name];
  const message = limitText(limit);
  const notNumber = `is not a finite number, allowed: ${rangeText(limit)}`;
  const notWhole = `is not a whole number, allowed: ${rangeText(limit)}`;
  LIMIT_ISSUES.set(notNumber, { rule: "number", limit });
  LIMIT_ISSUES.set(notWhole, { rule: "whole", limit });
  let schema = z.number({ error: notNumber });
  if (limit.integer) schema = schema.int({ error: notWhole });
  schema = limit.minExclusive ? schema.gt(limit.min, { error: message }) : schema.min(limit.min, { error: message });
  return schema.max(limit.max, { error: message });
}

/** A string of bounded length (names, tags, descriptions). */
export function boundedString(name: LimitName): z.ZodString {
  const limit: NumberLimit = SCENARIO_LIMITS[name];
  return z
    .string()
    .min(limit.min)
    .max(limit.max, { error: `longer than ${limit.max} characters` });
}
