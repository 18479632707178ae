import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { Decimal, sumDecimals, toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Service } from "../scenario/service-schema";
import { splitIntoTiers } from "./tiers";

/** Upper ends (GB) of the first three tiers: first 10 TB, next 40 TB, next 100 TB; then over 150 TB. */
export const INTERNET_EGRESS_TIER_BOUNDS_GB = [10_240, 51_200, 153_600] as const;

/**
 * Data transfer out to the internet (AWSDataTransfer, `<prefix>-DataTransfer-Out-Bytes`), tiered per month
 * on the workload's total. Pricing: https://aws.amazon.com/ec2/pricing/on-demand/ (Data Transfer section);
 * https://aws.amazon.com/about-aws/global-infrastructure/global-network/faqs ("rate tiers take into account
 * your aggregate DTO usage", charged on the source region). The first 100 GB a month are free, one allowance
 * per account across all regions (S39) — `network.internetEgressFreeAllowanceGb` (set 0 if other workloads use it).
 * Approximation: the tiers are walked over the volume after the allowance, for this workload alone.
 * Monthly = Σ tier GB × tier $/GB.
 * Example (us-east-1, S39/S41): 500 GB − 100 GB free = 400 GB × $0.09 = $36.00;
 * 12,000 GB: 100 free, then 10,240 × 0.09 + 1,660 × 0.085 = 921.60 + 141.10 = $1,062.70.
 */
export function addInternetEgressLines(builder: LineBuilder, services: readonly Service[], freeAllowanceGb: number): void {
  const senders = services.filter((s) => s.monthlyInternetEgressGb > 0);
  if (senders.length === 0) return;
  const totalGb = sumDecimals(senders.map((s) => toQuantity(s.monthlyInternetEgressGb)));
  const parts = senders.map((s) => `${s.name} ${fmt(s.monthlyInternetEgressGb)} GB`).join(" + ");
  // The allowance is a quantity, not a $0 rate: price files hold positive prices only (check-snapshot.ts).
  const freeGb = Decimal.min(totalGb, toQuantity(freeAllowanceGb));
  for (const slice of splitIntoTiers(totalGb.minus(freeGb), INTERNET_EGRESS_TIER_BOUNDS_GB)) {
    builder.add({
      id: `shared:internet-egress-tier-${slice.tier}`,
      nameMessage: message("LINE_INTERNET_EGRESS_TIER", { tier: `EGRESS_TIER_${slice.tier}` }),
      category: "networking",
      usage: usageKeys.internetEgressGb(slice.tier),
      quantity: slice.quantity,
      detailMessages: [
        message("DETAIL_EGRESS_TIER", { sliceGb: fmt(slice.quantity), totalGb: fmt(totalGb), senders: parts, freeGb: fmt(freeGb) }),
      ],
    });
  }
}

/**
 * Data transfer to other AWS regions, billed on the sending side at the source region's rate, per service.
 * Pricing: https://aws.amazon.com/ec2/pricing/on-demand/ (S41: us-east-1 → other regions $0.02/GB; to us-east-2
 * $0.01 is not modelled — the "other regions" rate is used, an upper bound for that pair).
 * Example (us-east-1): 750 GB × $0.02 = $15.00.
 */
export function addInterRegionEgressLines(builder: LineBuilder, services: readonly Service[]): void {
  for (const service of services) {
    const gb = toQuantity(service.monthlyInterRegionEgressGb);
    builder.add({
      id: `svc:${service.name}:inter-region-egress`,
      nameMessage: message("LINE_INTER_REGION", { service: service.name }),
      category: "networking",
      service: service.name,
      usage: usageKeys.interRegionEgressGb(),
      quantity: gb,
      detailMessages: [message("DETAIL_INTER_REGION", { gb: fmt(gb) })],
    });
  }
}
