import { sumLines } from "../lines/cost-line";
import { message } from "../messages/message";
import { fmt, type LineBuilder } from "../lines/line-builder";
import { Decimal, parseDecimal } from "../money/decimal";
import { GLOBAL_REGION } from "../price-book/rate";
import { usageKeys, type SupportPlan } from "../price-book/usage-keys";
import { splitIntoTiers } from "./tiers";

/** Upper ends (USD of monthly AWS charges) of every tier but the last; [] = one flat percentage (S52). */
export const SUPPORT_TIER_BOUNDS_USD: Record<SupportPlan, readonly number[]> = {
  developer: [],
  business: [10_000, 80_000, 250_000],
  "enterprise-on-ramp": [],
  enterprise: [150_000, 500_000, 1_000_000],
};

/**
 * AWS Support plan: the greater of the plan's minimum and its percentage tiers over the month's AWS charges.
 * Pricing: https://aws.amazon.com/premiumsupport/pricing/ (S52): Developer max($29, 3 %); Business max($100,
 * 10 % of the first $10k + 7 % to $80k + 5 % to $250k + 3 % above); Enterprise On-Ramp max($5,500, flat 10 %);
 * Enterprise max($15,000, 10 % to $150k + 7 % to $500k + 5 % to $1M + 3 % above).
 * Approximation: the base is this pattern's AWS lines (AWS computes it per account, or over enrolled accounts,
 * on gross charges) — so call this last, after every AWS line. Ops (people) lines are not AWS charges.
 * Example: Business on $12,000 → 10,000 × 0.10 + 2,000 × 0.07 = 1,000 + 140 = $1,140; on $500 → minimum $100.
 */
export function addSupportLines(builder: LineBuilder, plan: SupportPlan | "none"): void {
  if (plan === "none") return;
  const base = sumLines(builder.lines.filter((line) => line.category !== "ops" && line.category !== "support"));
  const supportPlan = `SUPPORT_PLAN_${plan.toUpperCase().replaceAll("-", "_")}`;
  const slices = splitIntoTiers(base, SUPPORT_TIER_BOUNDS_USD[plan]);
  const minimumRate = builder.book.rate(GLOBAL_REGION, usageKeys.supportMinimum(plan));
  let tiered = new Decimal(0);
  for (const slice of slices) {
    const share = builder.book.rate(GLOBAL_REGION, usageKeys.supportShare(plan, slice.tier));
    tiered = tiered.plus(share ? slice.quantity.times(parseDecimal(share.priceUsd)) : 0);
  }
  if (minimumRate && tiered.lt(parseDecimal(minimumRate.priceUsd))) {
    builder.add({
      id: "shared:support-minimum",
      nameMessage: message("LINE_SUPPORT_MINIMUM", { supportPlan }),
      category: "support",
      usage: usageKeys.supportMinimum(plan),
      quantity: new Decimal(1),
      rateRegion: GLOBAL_REGION,
      detailMessages: [message("DETAIL_SUPPORT_MINIMUM", { baseUsd: base.toFixed(2), tieredUsd: tiered.toFixed(2) })],
    });
    return;
  }
  for (const slice of slices) {
    builder.add({
      id: `shared:support-tier-${slice.tier}`,
      nameMessage:
        slice.toUnits === null
          ? message("LINE_SUPPORT_SHARE_TOP", { supportPlan, fromUsd: fmt(slice.fromUnits) })
          : message("LINE_SUPPORT_SHARE", { supportPlan, fromUsd: fmt(slice.fromUnits), toUsd: fmt(slice.toUnits) }),
      category: "support",
      usage: usageKeys.supportShare(plan, slice.tier),
      quantity: slice.quantity,
      rateRegion: GLOBAL_REGION,
      detailMessages: [message("DETAIL_SUPPORT_SHARE", { sliceUsd: slice.quantity.toFixed(2), baseUsd: base.toFixed(2) })],
    });
  }
}
