import { nested } from "../lines/line-names";
import { message, type Message } from "../messages/message";
import { coreError } from "../errors";
import { Decimal, toQuantity } from "../money/decimal";
import { usageKeys, type FargatePlatform } from "../price-book/usage-keys";
import { HOURS_PER_MONTH, MONTHS_PER_YEAR } from "../units/time";
import type { RateDerivation } from "./derived-line";
import type { FargatePurchase } from "./purchase-schema";

/**
 * Which rates Fargate vCPU and memory lines use under a purchase option.
 * - On-Demand: fargate_rates.csv on-demand rows (S1, S2, S7, S8).
 * - Fargate Spot (ECS, Linux only): the spot rows of fargate_rates.csv (S8 spot feed 2026-09-28),
 *   e.g. us-east-1 Linux/x86 $0.01288871 per vCPU-hour and $0.00141527 per GB-hour.
 * - Compute Savings Plan: the compute-savings-plan rows (S8, AWSComputeSavingsPlan 2026-09-25), e.g.
 *   us-east-1 Linux/x86 1-year No Upfront $0.032384 per vCPU-hour; a term/payment without a row is a
 *   missing rate (never guessed) unless you give discountPercent.
 * - discountPercent: on-demand × (1 − d) instead of the rows.
 * An All Upfront plan prepays the whole commitment, a Partial Upfront plan at least half of it
 * (AWS Savings Plans: "Partial Upfront: at least half of the commitment upfront"), shown as upfront.
 */
const PAYMENT_CODES = {
  "no-upfront": "PAYMENT_NO_UPFRONT",
  "partial-upfront": "PAYMENT_PARTIAL_UPFRONT",
  "all-upfront": "PAYMENT_ALL_UPFRONT",
} as const;

export type FargateRateChoice = {
  label: string;
  /** The label as a code (PURCHASE_*), nested in the line names. */
  labelMessage: Message;
  vcpuUsage: (platform: FargatePlatform) => string;
  gbUsage: (platform: FargatePlatform) => string;
  derivation: RateDerivation | undefined;
  /** Share of the covered lines' cost paid upfront, and the term it is spread over. */
  upfrontShare: Decimal;
  termMonths: number;
  notes: Message[];
};

const UPFRONT_SHARE = { "no-upfront": new Decimal(0), "partial-upfront": new Decimal("0.5"), "all-upfront": new Decimal(1) } as const;

/** @example fargateRateChoice({ option: "spot", termYears: 1, payment: "no-upfront" }, "ecs").vcpuUsage("linux-x86") //=> "fargate/spot/linux-x86/vcpu-hours" */
export function fargateRateChoice(purchase: FargatePurchase, orchestrator: "ecs" | "eks"): FargateRateChoice {
  if (purchase.option === "spot" && orchestrator === "eks") {
    throw coreError("INVALID_OPTION", message("ERR_SPOT_EKS_FARGATE", { field: "purchase.fargate.eks.option" }), {
      field: "purchase.fargate.eks.option",
      allowed: ["on-demand", "compute-savings-plan"],
    });
  }
  const discount = purchase.discountPercent;
  const derivation: RateDerivation | undefined =
    discount === undefined
      ? undefined
      : {
          priceUsd: (onDemand) => onDemand.times(new Decimal(1).minus(toQuantity(discount).div(100))),
          describe: `on-demand × (1 − ${discount}%) (your discount)`,
          sourceId: "user",
        };
  const onDemandKeys = {
    vcpuUsage: (p: FargatePlatform) => usageKeys.fargateVcpuHours(p),
    gbUsage: (p: FargatePlatform) => usageKeys.fargateGbHours(p),
  };
  if (purchase.option === "spot") {
    return {
      label: "Fargate Spot",
      labelMessage: message("PURCHASE_FARGATE_SPOT"),
      ...(derivation
        ? onDemandKeys
        : {
            vcpuUsage: (p: FargatePlatform) => usageKeys.fargateVcpuHours(p, "spot"),
            gbUsage: (p: FargatePlatform) => usageKeys.fargateGbHours(p, "spot"),
          }),
      derivation,
      upfrontShare: new Decimal(0),
      termMonths: 0,
      notes: [message("NOTE_FARGATE_SPOT_INTERRUPTION")],
    };
  }
  if (purchase.option === "compute-savings-plan") {
    const plan = `savings-plan-${purchase.termYears}y-${purchase.payment}`;
    const termMonths = purchase.termYears * MONTHS_PER_YEAR.toNumber();
    return {
      label: `${purchase.termYears}-year Compute Savings Plan, ${purchase.payment.replace("-", " ")}`,
      labelMessage: message("PURCHASE_FARGATE_SAVINGS_PLAN", { termYears: purchase.termYears, payment: PAYMENT_CODES[purchase.payment] }),
      ...(derivation
        ? onDemandKeys
        : {
            vcpuUsage: (p: FargatePlatform) => `fargate/${plan}/${p}/vcpu-hours`,
            gbUsage: (p: FargatePlatform) => `fargate/${plan}/${p}/gb-hours`,
          }),
      derivation,
      upfrontShare: UPFRONT_SHARE[purchase.payment],
      termMonths,
      notes: [message("NOTE_FARGATE_SAVINGS_PLAN_TERM", { termMonths })],
    };
  }
  return {
    label: discount === undefined ? "On-Demand" : `On-Demand − ${discount}%`,
    labelMessage:
      discount === undefined ? message("PURCHASE_ON_DEMAND") : message("PURCHASE_ON_DEMAND_DISCOUNT", { discountPercent: discount }),
    ...onDemandKeys,
    derivation,
    upfrontShare: new Decimal(0),
    termMonths: 0,
    notes: [],
  };
}

/** Fargate Spot has no Windows capacity: a clear error naming the service. */
export function assertSpotPlatform(purchase: FargatePurchase, platform: FargatePlatform, serviceName: string, field: string): void {
  if (purchase.option === "spot" && platform === "windows-x86") {
    throw coreError("INVALID_OPTION", message("ERR_SPOT_WINDOWS", { service: serviceName, field }), {
      field,
      allowed: ["on-demand", "compute-savings-plan"],
    });
  }
}

/**
 * A Compute Savings Plan is an hourly commitment billed every hour of the term, used or not; usage above
 * it is billed On-Demand (https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html).
 * The plan here is sized to the steady baseline: the always-on (730 h) services. A part-time or batch
 * service is not in every hour, so a plan rate on its hours would be a saving AWS never gives (the issue's
 * 50 tasks × 176 h under a 3-year plan): it stays On-Demand, as the EC2 path keeps part-time node groups.
 * @example commitmentScope(choice, onDemand, { name: "batch", schedule: { kind: "batch", … } }).choice.label //=> "On-Demand"
 */
export function commitmentScope(
  choice: FargateRateChoice,
  onDemand: FargateRateChoice,
  service: { name: string; schedule: { kind: string; hoursPerMonth?: Decimal } },
): { choice: FargateRateChoice; note?: Message } {
  if (choice.termMonths === 0) return { choice };
  const alwaysOn = service.schedule.kind === "always-on" && service.schedule.hoursPerMonth?.equals(HOURS_PER_MONTH) === true;
  if (alwaysOn) return { choice };
  return {
    choice: onDemand,
    note: message("NOTE_PLAN_PART_TIME_ON_DEMAND", { service: service.name, ...nested("plan", choice.labelMessage) }),
  };
}
