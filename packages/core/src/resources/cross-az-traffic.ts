import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { Decimal, toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Service } from "../scenario/service-schema";

/**
 * Share of service-to-service traffic that crosses AZs: the stated share, or (AZs − 1) ÷ AZs — with tasks
 * spread evenly and no AZ-aware routing, a peer is in another AZ that often. An approximation; say so.
 * @example crossAzShare(3, undefined).toFixed(4) //=> "0.6667"
 */
export function crossAzShare(availabilityZones: number, stated: number | undefined): Decimal {
  if (stated !== undefined) return toQuantity(stated);
  return new Decimal(availabilityZones - 1).div(availabilityZones);
}

/**
 * Cross-AZ traffic between the workload's services: $0.01/GB in each direction — the sender's and the
 * receiver's side are both billed, so a GB crossing AZs is two billed GB.
 * Pricing: https://aws.amazon.com/ec2/pricing/on-demand/ ("Data Transfer within the same AWS Region":
 * across AZs $0.01/GB in and $0.01/GB out); S41 bills 1,000 GB of intra-region traffic as 2,000 GB × $0.01 = $20.
 * Monthly = service GB × cross-AZ share × 2 × $/GB.
 * Example (us-east-1, 2 AZs): 1,000 GB × 1/2 × 2 × $0.01 = $10.00.
 */
export function addCrossAzLines(
  builder: LineBuilder,
  services: readonly Service[],
  availabilityZones: number,
  statedShare: number | undefined,
): void {
  const share = crossAzShare(availabilityZones, statedShare);
  for (const service of services) {
    const gb = toQuantity(service.monthlyServiceTrafficGb);
    builder.add({
      id: `svc:${service.name}:cross-az`,
      nameMessage: message("LINE_CROSS_AZ", { service: service.name }),
      category: "networking",
      service: service.name,
      usage: usageKeys.crossAzGb(),
      quantity: gb.times(share).times(2),
      detailMessages: [
        statedShare === undefined
          ? message("DETAIL_CROSS_AZ_SPREAD", { gb: fmt(gb), azs: availabilityZones })
          : message("DETAIL_CROSS_AZ_STATED", { gb: fmt(gb), share: fmt(share) }),
      ],
    });
  }
}
