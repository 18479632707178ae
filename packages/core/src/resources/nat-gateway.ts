import { fmt, type LineBuilder } from "../lines/line-builder";
import { Decimal, toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Extras } from "../scenario/extras-schema";

/**
 * NAT gateway: per gateway-hour plus per GB processed.
 * Pricing: https://aws.amazon.com/vpc/pricing/ (S7, S8: $0.045/h and $0.045/GB in us-east-1).
 * Hours: `natGateways.hoursPerMonth` (default 730). Example: 2 gateways × 730 h × $0.045 = $65.70;
 * 100 GB × $0.045 = $4.50; 1 gateway for a 336-hour (2-week) environment: 336 × $0.045 = $15.12.
 */
export function addNatGatewayLines(builder: LineBuilder, natGateways: Extras["natGateways"]): void {
  if (!natGateways || natGateways.count === 0) return;
  builder.add({
    id: "shared:nat-hours", name: "NAT gateway hours", category: "networking",
    usage: usageKeys.natGatewayHours(), quantity: new Decimal(natGateways.count).times(toQuantity(natGateways.hoursPerMonth)),
    detail: `${natGateways.count} gateway(s) × ${fmt(toQuantity(natGateways.hoursPerMonth))} h`,
  });
  const gb = toQuantity(natGateways.monthlyDataProcessedGb);
  builder.add({
    id: "shared:nat-data", name: "NAT gateway data processed", category: "networking",
    usage: usageKeys.natGatewayGb(), quantity: gb, detail: `${fmt(gb)} GB a month`,
  });
}
