import { z } from "zod";
import { DecimalStringSchema } from "../price-book/rate";
import { ruleIssue, ruleText } from "../scenario/coded-rule";
import { PAYMENT_OPTIONS, RI_OFFERING_CLASSES } from "./reference-rates";

export const EC2_PURCHASE_OPTIONS = ["on-demand", "spot", "reserved", "ec2-instance-savings-plan", "compute-savings-plan"] as const;
export type Ec2PurchaseOption = (typeof EC2_PURCHASE_OPTIONS)[number];
export const FARGATE_PURCHASE_CHOICES = ["on-demand", "spot", "compute-savings-plan"] as const;
export type FargatePurchaseChoice = (typeof FARGATE_PURCHASE_CHOICES)[number];

const TermYearsSchema = z.union([z.literal(1), z.literal(3)]);
/** A discount off on-demand in percent (0-100): overrides the data-derived rate when given. */
const DiscountPercentSchema = z.number().min(0).max(100);

/**
 * A Compute Savings Plan's size: an hourly commitment in USD, billed every hour of the month whether used
 * or not (https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html). Either
 * stated (`commitmentUsdPerHour`; AWS accepts 0.001 … 1,000,000 per hour, CreateSavingsPlan `commitment`)
 * or derived from a coverage of the steady baseline (`coveragePercent` of the always-on services' plan-rate
 * cost per hour). Neither: the plan is the whole steady baseline (100 %).
 */
const SavingsPlanSizeSchema = z
  .strictObject({
    commitmentUsdPerHour: DecimalStringSchema.max(24, { error: "longer than 24 characters" })
      .refine((v) => Number(v) >= 0.001 && Number(v) <= 1_000_000, ruleText("ERR_COMMITMENT_RANGE", { min: "0.001", max: 1_000_000 }))
      .optional(),
    coveragePercent: z.number().min(0).max(100).optional(),
  })
  .refine((v) => v.commitmentUsdPerHour === undefined || v.coveragePercent === undefined, {
    message: ruleText("ERR_COMMITMENT_AND_COVERAGE"),
    path: ["coveragePercent"],
  });
export type SavingsPlanSize = z.output<typeof SavingsPlanSizeSchema>;

/** RIs bought per instance type (AWS caps a region's standard RI purchases at 20 a month by default; 100,000 bounds the input). */
export const MAX_RESERVED_INSTANCES_PER_TYPE = 100_000;
const ReservedInstancesSchema = z
  .record(z.string().min(1).max(64), z.number().int().min(0).max(MAX_RESERVED_INSTANCES_PER_TYPE))
  .refine((v) => Object.keys(v).length <= 64, ruleText("ERR_TOO_MANY_INSTANCE_TYPES", { max: 64 }));

const EC2_SAVINGS_PLAN_OPTIONS: readonly string[] = ["ec2-instance-savings-plan", "compute-savings-plan"];

/** A plan size or RI count means nothing without its option: bad input, naming the field. */
function ec2CommitmentNeedsOption(
  value: { option: string; savingsPlan?: unknown; reservedInstances?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (value.savingsPlan !== undefined && !EC2_SAVINGS_PLAN_OPTIONS.includes(value.option)) {
    ctx.addIssue(ruleIssue("ERR_SAVINGS_PLAN_EC2_OPTIONS", { option: value.option }, ["savingsPlan"]));
  }
  if (value.reservedInstances !== undefined && value.option !== "reserved") {
    ctx.addIssue(ruleIssue("ERR_RESERVED_OPTION_ONLY", { option: value.option }, ["reservedInstances"]));
  }
}

/** How the EC2 nodes (ECS on EC2 and EKS on EC2) are bought. */
export const Ec2PurchaseSchema = z
  .strictObject({
    option: z.enum(EC2_PURCHASE_OPTIONS).default("on-demand"),
    /** Reserved Instances and Savings Plans: 1- or 3-year term. */
    termYears: TermYearsSchema.default(1),
    payment: z.enum(PAYMENT_OPTIONS).default("no-upfront"),
    /** Reserved Instances only. */
    offeringClass: z.enum(RI_OFFERING_CLASSES).default("standard"),
    /** Your discount off on-demand (e.g. negotiated or observed Spot), instead of the reference rates. */
    discountPercent: DiscountPercentSchema.optional(),
    /** Spot only: your observed Spot price per instance type in USD per hour, e.g. { "m5.large": "0.0437" }. */
    spotPricesUsdPerHour: z.record(z.string().max(64), DecimalStringSchema.max(24, { error: "longer than 24 characters" })).optional(),
    /** Savings Plan options: the plan's hourly commitment (see SavingsPlanSizeSchema); omitted = the always-on nodes' baseline. */
    savingsPlan: SavingsPlanSizeSchema.optional(),
    /**
     * Reserved Instances only: how many RIs of each type you hold, e.g. { "m6i.xlarge": 4 } — each billed 730 h a
     * month whether a node uses it or not; nodes beyond them On-Demand. Omitted = one RI per always-on node.
     */
    reservedInstances: ReservedInstancesSchema.optional(),
  })
  .superRefine(ec2CommitmentNeedsOption);
export type Ec2Purchase = z.output<typeof Ec2PurchaseSchema>;

const fargateFields = {
  termYears: TermYearsSchema.default(1),
  payment: z.enum(PAYMENT_OPTIONS).default("no-upfront"),
  discountPercent: DiscountPercentSchema.optional(),
  /** compute-savings-plan only: the plan's hourly commitment (see SavingsPlanSizeSchema). */
  savingsPlan: SavingsPlanSizeSchema.optional(),
};

/** A plan size means nothing without the plan: bad input, naming the field. */
function savingsPlanNeedsPlan(value: { option: string; savingsPlan?: unknown }, ctx: z.RefinementCtx): void {
  if (value.savingsPlan !== undefined && value.option !== "compute-savings-plan") {
    ctx.addIssue(ruleIssue("ERR_SAVINGS_PLAN_FARGATE_OPTION", { option: value.option }, ["savingsPlan"]));
  }
}

/** ECS on Fargate: on-demand, Fargate Spot (Linux tasks only) or a Compute Savings Plan. */
export const EcsFargatePurchaseSchema = z
  .strictObject({ option: z.enum(FARGATE_PURCHASE_CHOICES).default("on-demand"), ...fargateFields })
  .superRefine(savingsPlanNeedsPlan);

/** EKS on Fargate: on-demand or a Compute Savings Plan; Fargate Spot is ECS-only. */
export const EksFargatePurchaseSchema = z
  .strictObject({ option: z.enum(FARGATE_PURCHASE_CHOICES).default("on-demand"), ...fargateFields })
  .superRefine((value, ctx) => {
    savingsPlanNeedsPlan(value, ctx);
    if (value.option === "spot") {
      ctx.addIssue(ruleIssue("ERR_SPOT_EKS_FARGATE_OPTION", {}, ["option"]));
    }
  });
export type FargatePurchase = z.output<typeof EcsFargatePurchaseSchema>;

/** Purchase options for both data planes. */
export const PurchaseSchema = z.strictObject({
  ec2: Ec2PurchaseSchema.prefault({}),
  fargate: z.strictObject({ ecs: EcsFargatePurchaseSchema.prefault({}), eks: EksFargatePurchaseSchema.prefault({}) }).prefault({}),
});
export type Purchase = z.output<typeof PurchaseSchema>;
