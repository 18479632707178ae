import { nested } from "../lines/line-names";
import { message, type Message } from "../messages/message";
import { Decimal, toQuantity } from "../money/decimal";
import { HOURS_PER_MONTH, MONTHS_PER_YEAR } from "../units/time";
import type { Ec2Purchase } from "./purchase-schema";
import { ec2SpotModel, type SpotContext } from "./ec2-spot-model";
import { M5_LARGE_RI_ROWS, RI_REFERENCE_ON_DEMAND_USD_PER_HOUR, type RiOfferingClass } from "./reference-rates";

/** What one node costs under a purchase option, per hour, with the upfront part kept apart. */
export type Ec2NodePrice = {
  /** Recurring hourly + upfront spread evenly over every hour of the term. */
  effectiveHourly: Decimal;
  /** Billed every hour (for RIs/SPs: every hour of the term, used or not). */
  recurringHourly: Decimal;
  /** Paid once at purchase, per node (0 for on-demand, Spot and No Upfront). */
  upfrontPerNode: Decimal;
};

export type Ec2PriceModel = {
  option: Ec2Purchase["option"];
  /** e.g. "1-year Standard Reserved Instance, Partial Upfront". */
  label: string;
  /** The label as a code (PURCHASE_*), nested in the line names. */
  labelMessage: Message;
  /** RIs and Savings Plans commit to every hour of a term; on-demand and Spot do not. */
  isCommitment: boolean;
  termMonths: number;
  /** Source ids behind the derived rates ("S3", "S4", "user"). */
  sourceId: string;
  /** How a type's rate is derived, in words. */
  basis: string;
  /** The rates are estimates from a reference ratio (S3 RI rows, S4 Spot ratio), not the type's own price. */
  isReferenceEstimate: boolean;
  price(instanceType: string, onDemandHourly: Decimal): Ec2NodePrice;
  /** Per-type basis when it differs by type (Spot: snapshot or reference); else `basis` and `sourceId` apply. */
  rateBasis?(instanceType: string, onDemandHourly: Decimal): { describe: string; sourceId: string; isReferenceEstimate: boolean };
  notes: Message[];
};

const PAYMENT_LABEL = { "no-upfront": "No Upfront", "partial-upfront": "Partial Upfront", "all-upfront": "All Upfront" } as const;
const PAYMENT_CODES = {
  "no-upfront": "EC2_PAYMENT_NO_UPFRONT",
  "partial-upfront": "EC2_PAYMENT_PARTIAL_UPFRONT",
  "all-upfront": "EC2_PAYMENT_ALL_UPFRONT",
} as const;
const percentText = (ratio: Decimal): string => `${new Decimal(1).minus(ratio).times(100).toDecimalPlaces(2).toFixed()}%`;

/** The share of a term's total payment that is paid upfront, from an S3 row. */
function upfrontShare(upfrontUsd: Decimal, hourlyUsd: Decimal, termHours: Decimal): Decimal {
  const total = upfrontUsd.plus(hourlyUsd.times(termHours));
  return total.isZero() ? new Decimal(0) : upfrontUsd.div(total);
}

function commitmentModel(purchase: Ec2Purchase, offeringClass: RiOfferingClass, kind: string, kindCode: string): Ec2PriceModel {
  const termMonths = purchase.termYears * MONTHS_PER_YEAR.toNumber();
  const termHours = HOURS_PER_MONTH.times(termMonths);
  const row = M5_LARGE_RI_ROWS[offeringClass][`${purchase.termYears}`][purchase.payment];
  const upfrontRef = new Decimal(row.upfrontUsd);
  const hourlyRef = new Decimal(row.hourlyUsd);
  const label = `${purchase.termYears}-year ${kind}, ${PAYMENT_LABEL[purchase.payment]}`;
  const labelMessage = message("PURCHASE_EC2_COMMITMENT", {
    termYears: purchase.termYears,
    commitment: kindCode,
    ec2Payment: PAYMENT_CODES[purchase.payment],
  });
  const notes: Message[] = [message("NOTE_EC2_COMMITMENT_TERM", { ...nested("plan", labelMessage), termMonths })];
  if (purchase.discountPercent !== undefined) {
    const ratio = new Decimal(1).minus(toQuantity(purchase.discountPercent).div(100));
    const share = upfrontShare(upfrontRef, hourlyRef, termHours);
    return {
      option: purchase.option,
      label,
      labelMessage,
      isCommitment: true,
      termMonths,
      sourceId: "user",
      notes,
      isReferenceEstimate: false,
      basis: `on-demand × (1 − ${purchase.discountPercent}%) (your discount); upfront share ${share.times(100).toDecimalPlaces(2).toFixed()}% as in the m5.large ${offeringClass} row (S3)`,
      price: (_type, onDemand) => {
        const effectiveHourly = onDemand.times(ratio);
        return {
          effectiveHourly,
          recurringHourly: effectiveHourly.times(new Decimal(1).minus(share)),
          upfrontPerNode: effectiveHourly.times(share).times(termHours),
        };
      },
    };
  }
  const effectiveRatio = hourlyRef.plus(upfrontRef.div(termHours)).div(RI_REFERENCE_ON_DEMAND_USD_PER_HOUR);
  if (purchase.option !== "reserved") {
    notes.push(message("NOTE_EC2_PLAN_RATES_AS_RI", { kind, offeringClass }));
  }
  return {
    option: purchase.option,
    label,
    labelMessage,
    isCommitment: true,
    termMonths,
    sourceId: "S3",
    notes,
    isReferenceEstimate: true,
    basis: `estimate from the m5.large us-east-1 2021 reference (exact only for that type and region): on-demand × the m5.large ${offeringClass} ${purchase.termYears}-year ${PAYMENT_LABEL[purchase.payment]} ratio (S3, offer ${row.offerTermCode}: $${row.upfrontUsd} upfront + $${row.hourlyUsd}/h vs $0.096 on-demand = ${percentText(effectiveRatio)} off)`,
    price: (_type, onDemand) => {
      const upfrontPerNode = onDemand.times(upfrontRef).div(RI_REFERENCE_ON_DEMAND_USD_PER_HOUR);
      const recurringHourly = onDemand.times(hourlyRef).div(RI_REFERENCE_ON_DEMAND_USD_PER_HOUR);
      return { effectiveHourly: recurringHourly.plus(upfrontPerNode.div(termHours)), recurringHourly, upfrontPerNode };
    },
  };
}

/**
 * The price model of an EC2 purchase option.
 * @example ec2PriceModel({ option: "reserved", termYears: 1, payment: "no-upfront", offeringClass: "standard" }).price("m5.large", new Decimal("0.096")).effectiveHourly //=> 0.06
 */
export function ec2PriceModel(purchase: Ec2Purchase, spot?: SpotContext): Ec2PriceModel {
  switch (purchase.option) {
    case "spot":
      return ec2SpotModel(purchase, spot);
    case "reserved":
      return commitmentModel(
        purchase,
        purchase.offeringClass,
        `${purchase.offeringClass === "standard" ? "Standard" : "Convertible"} Reserved Instance`,
        purchase.offeringClass === "standard" ? "COMMITMENT_STANDARD_RI" : "COMMITMENT_CONVERTIBLE_RI",
      );
    case "ec2-instance-savings-plan":
      return commitmentModel(purchase, "standard", "EC2 Instance Savings Plan", "COMMITMENT_EC2_INSTANCE_SAVINGS_PLAN");
    case "compute-savings-plan":
      return commitmentModel(purchase, "convertible", "Compute Savings Plan", "COMMITMENT_COMPUTE_SAVINGS_PLAN");
    default: {
      const ratio =
        purchase.discountPercent !== undefined ? new Decimal(1).minus(toQuantity(purchase.discountPercent).div(100)) : new Decimal(1);
      return {
        option: "on-demand",
        label: "On-Demand",
        labelMessage: message("PURCHASE_ON_DEMAND"),
        isCommitment: false,
        termMonths: 0,
        sourceId: purchase.discountPercent !== undefined ? "user" : "",
        notes: [],
        isReferenceEstimate: false,
        basis: purchase.discountPercent !== undefined ? `on-demand × (1 − ${purchase.discountPercent}%) (your discount)` : "on-demand",
        price: (_type, onDemand) => {
          const effectiveHourly = onDemand.times(ratio);
          return { effectiveHourly, recurringHourly: effectiveHourly, upfrontPerNode: new Decimal(0) };
        },
      };
    }
  }
}
