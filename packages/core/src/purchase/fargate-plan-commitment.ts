import { message, type Message } from "../messages/message";
import { renderMessage } from "../messages/english";
import { nested } from "../lines/line-names";
import type { CostLine } from "../lines/cost-line";
import { renderDetail } from "../lines/line-detail";
import { fmt, type LineBuilder } from "../lines/line-builder";
import { Decimal, parseDecimal, sumDecimals } from "../money/decimal";
import type { Rate } from "../price-book/rate";
import { usageKeys, type FargatePlatform } from "../price-book/usage-keys";
import { HOURS_PER_MONTH, monthlyToYearly } from "../units/time";
import type { SavingsPlanSize } from "./purchase-schema";

/** A plan-rate (covered) line and the On-Demand usage key its overflow is billed at. */
/** A purchase option's label, in English and as a code (FargateRateChoice, Ec2PriceModel). */
export type PlanLabel = { label: string; labelMessage: Message };

export type CoveredUsage = { line: CostLine; onDemandUsage: string };

/** The vCPU and memory lines of one service with their On-Demand usage keys. */
export function coveredUsage(lines: readonly CostLine[], platform: FargatePlatform | undefined): CoveredUsage[] {
  if (!platform) return [];
  return lines.map((line) => ({
    line,
    onDemandUsage: line.id.endsWith("-vcpu") ? usageKeys.fargateVcpuHours(platform) : usageKeys.fargateGbHours(platform),
  }));
}

export type PlanCommitment = {
  commitmentUsdPerHour: Decimal;
  /** Plan-rate usage per hour of the always-on services (the steady baseline). */
  baselineUsdPerHour: Decimal;
  /** used ÷ commitment, 0-100 (100 when the commitment is 0). */
  utilisationPercent: Decimal;
  /** The lines the commitment pays for: the covered usage (scaled) and the unused commitment. */
  commitmentLines: CostLine[];
  notes: Message[];
};

/**
 * A Compute Savings Plan as AWS bills it: the hourly commitment C is billed every hour of the month
 * (730 h), used or not; eligible usage is charged at plan rates against it, and usage above it is billed
 * On-Demand (https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html;
 * unused commitment = the part of C no usage consumed, Cost Explorer's SavingsPlansUtilization
 * https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_SavingsPlansUtilization.html).
 * The baseline B is the always-on services' plan-rate cost per hour (their lines ÷ 730 h); part-time
 * services are billed On-Demand (which hours they run is not modelled, so any commitment left over in
 * their hours is counted unused: an upper bound on the unused line).
 *   used = min(C, B); covered share f = used ÷ B; covered lines × f stay at plan rates;
 *   the rest (1 − f) of each covered line is billed at its On-Demand rate; unused = (C − used) × 730 h.
 * Worked example (hand-derived): 2 tasks × 1 vCPU / 2 GB always-on, 1-year No Upfront Linux/x86 plan
 * ($0.032384 per vCPU-hour, $0.003556 per GB-hour, S8): B = 2 × (0.032384 + 2 × 0.003556) = $0.078992/h.
 * C = $0.10/h → used 0.078992, utilisation 78.992 %, unused (0.10 − 0.078992) × 730 = $15.33584.
 * C = $0.05/h → f = 0.05 ÷ 0.078992, overflow (1 − f) of the lines at On-Demand rates, utilisation 100 %.
 */
export function applyPlanCommitment(
  builder: LineBuilder,
  covered: readonly CoveredUsage[],
  size: SavingsPlanSize | undefined,
  plan: PlanLabel,
  unused: UnusedCommitmentLine = FARGATE_UNUSED_LINE,
): PlanCommitment {
  const baselineUsdPerHour = sumDecimals(covered.map((c) => c.line.monthlyUsd)).div(HOURS_PER_MONTH);
  const commitmentUsdPerHour =
    size?.commitmentUsdPerHour !== undefined
      ? parseDecimal(size.commitmentUsdPerHour, "savingsPlan.commitmentUsdPerHour")
      : baselineUsdPerHour.times(size?.coveragePercent ?? 100).div(100);
  const usedUsdPerHour = Decimal.min(commitmentUsdPerHour, baselineUsdPerHour);
  const share = baselineUsdPerHour.isZero() ? new Decimal(0) : usedUsdPerHour.div(baselineUsdPerHour);
  const commitmentLines: CostLine[] = [];
  for (const { line, onDemandUsage } of covered) {
    if (splitCoveredLine(builder, line, share, onDemandUsage, plan)) commitmentLines.push(line);
  }
  const unusedUsdPerHour = commitmentUsdPerHour.minus(usedUsdPerHour);
  if (unusedUsdPerHour.greaterThan(0)) commitmentLines.push(addUnusedLine(builder, unusedUsdPerHour, plan, unused));
  const utilisationPercent = commitmentUsdPerHour.isZero() ? new Decimal(100) : usedUsdPerHour.div(commitmentUsdPerHour).times(100);
  const notes =
    size === undefined
      ? []
      : [
          // amounts as decimal strings; the template shows them as USD ({name:usd})
          message("NOTE_SAVINGS_PLAN_COMMITMENT", {
            ...nested("plan", plan.labelMessage),
            commitmentPerHour: fmt(commitmentUsdPerHour),
            commitmentPerMonth: commitmentUsdPerHour.times(HOURS_PER_MONTH).toDecimalPlaces(2).toFixed(2),
            baselinePerHour: fmt(baselineUsdPerHour),
            utilisationPercent: utilisationPercent.toDecimalPlaces(2).toFixed(),
          }),
        ];
  return { commitmentUsdPerHour, baselineUsdPerHour, utilisationPercent, commitmentLines, notes };
}

/**
 * Splits a plan-rate line at its covered share: the line keeps share × its quantity at the plan rate, the rest
 * (1 − share) is a new line at the On-Demand rate of `onDemandUsage`. Returns whether the plan-rate line stays
 * (false when nothing is covered: it is removed). Share 1 leaves the line as it is.
 * @example splitCoveredLine(builder, riLine, new Decimal("0.25"), "ec2/on-demand/linux/m5.large", "RI") // a 1460 h line: 365 h at the RI rate + 1095 h On-Demand
 */
export function splitCoveredLine(builder: LineBuilder, line: CostLine, share: Decimal, onDemandUsage: string, plan: PlanLabel): boolean {
  const overflowShare = new Decimal(1).minus(share);
  if (overflowShare.lessThanOrEqualTo(0)) return true;
  const original = { quantity: line.quantity, detailMessages: line.detailMessages, nameMessage: line.nameMessage };
  if (share.isZero()) builder.lines.splice(builder.lines.indexOf(line), 1);
  else {
    line.quantity = line.quantity.times(share);
    line.monthlyUsd = line.quantity.times(line.rateUsd);
    line.detailMessages = [
      ...line.detailMessages,
      message("DETAIL_COMMITMENT_COVERED_CONT", { coveredPercent: fmt(share.times(100)), ...nested("plan", plan.labelMessage) }),
    ];
    line.detail = builder.totalsOnly ? "" : renderDetail(line.detailMessages, renderMessage);
  }
  builder.add({
    id: `${line.id}-on-demand-overflow`,
    nameMessage: message("LINE_ABOVE_COMMITMENT", nested("overflowLine", original.nameMessage)),
    category: line.category,
    ...(line.service !== undefined ? { service: line.service } : {}),
    usage: onDemandUsage,
    quantity: original.quantity.times(overflowShare),
    detailMessages: [...original.detailMessages, message("DETAIL_ABOVE_COMMITMENT_CONT", { abovePercent: fmt(overflowShare.times(100)) })],
  });
  return !share.isZero();
}

/** Where the unused-commitment line goes: its id and the Savings Plans service it is billed under. */
export type UnusedCommitmentLine = {
  id: string;
  service: Rate["service"];
  /** Who would have used it, as a code (DETAIL_USED_BY_*). */
  usedBy: "DETAIL_USED_BY_SERVICES" | "DETAIL_USED_BY_NODES";
};
const FARGATE_UNUSED_LINE: UnusedCommitmentLine = {
  id: "fargate:savings-plan-unused-commitment",
  service: "ComputeSavingsPlans",
  usedBy: "DETAIL_USED_BY_SERVICES",
};

function addUnusedLine(builder: LineBuilder, unusedUsdPerHour: Decimal, plan: PlanLabel, unused: UnusedCommitmentLine): CostLine {
  const planLabel = plan.label;
  const nameMessage = message("LINE_UNUSED_COMMITMENT", nested("purchase", plan.labelMessage));
  const rate: Rate = {
    service: unused.service,
    region: builder.region,
    usage: "savings-plan/unused-commitment-hours",
    priceUsd: unusedUsdPerHour.toFixed(),
    unit: "hour",
    description: `${planLabel}: commitment not consumed by usage, per hour (your commitment)`,
    sourceId: "user",
    asOf: "undated",
  };
  const detailMessages = [message("DETAIL_UNUSED_COMMITMENT", { unusedUsdPerHour: fmt(unusedUsdPerHour), usedBy: unused.usedBy })];
  const line: CostLine = {
    id: unused.id,
    name: renderMessage(nameMessage),
    nameMessage,
    category: "compute",
    quantity: HOURS_PER_MONTH,
    unit: "hour",
    rate,
    rateUsd: unusedUsdPerHour,
    monthlyUsd: HOURS_PER_MONTH.times(unusedUsdPerHour),
    yearlyUsd: monthlyToYearly(HOURS_PER_MONTH.times(unusedUsdPerHour)),
    detail: renderDetail(detailMessages, renderMessage),
    detailMessages,
  };
  builder.lines.push(line);
  return line;
}
