import { z } from "zod";
import { LOG_CLASSES } from "../price-book/usage-keys";

/** 1 PB a month: the upper bound of every per-GB monthly usage input (the first AWS tier boundary of endpoint data). */
export const MAX_MONTHLY_GB = 1_048_576;

const monthlyGb = () => z.number().min(0).max(MAX_MONTHLY_GB).default(0);

/**
 * Per-service usage that drives usage-based lines (issue 15). All default to 0: a line left at zero
 * is listed in the result's `notEstimated`, so a reader knows the bill leaves it out.
 */
export const ServiceUsageShape = {
  /** GB a month this service sends to the internet (tiered across the workload, after the free allowance). */
  monthlyInternetEgressGb: monthlyGb(),
  /** GB a month this service sends to other AWS regions (billed on the sending side). */
  monthlyInterRegionEgressGb: monthlyGb(),
  /** GB a month this service sends to other services of the workload (the chatty share crosses AZs). */
  monthlyServiceTrafficGb: monthlyGb(),
  /** CloudWatch Logs ingested a month (container stdout via awslogs / Fluent Bit: custom logs). */
  logIngestionGbPerMonth: monthlyGb(),
  /** Log class of the service's log group: Infrequent Access ingests at half the Standard rate. */
  logClass: z.enum(LOG_CLASSES).default("standard"),
  /** Average GB of this service's logs held in CloudWatch Logs storage (compressed, as archived). */
  logStoredGb: monthlyGb(),
};
