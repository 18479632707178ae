import { fmt, type LineBuilder } from "../lines/line-builder";
import { Decimal, toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Extras } from "../scenario/extras-schema";
import { HOURS_PER_MONTH } from "../units/time";

/**
 * NAT gateway: per gateway-hour plus per GB processed.
 * Pricing: https://aws.amazon.com/vpc/pricing/ (S7, S8: $0.045/h and $0.045/GB in us-east-1).
 * Example: 2 gateways × 730 h × $0.045 = $65.70; 100 GB × $0.045 = $4.50.
 */
export function addNatGatewayLines(builder: LineBuilder, natGateways: Extras["natGateways"]): void {
  if (!natGateways || natGateways.count === 0) return;
  builder.add({
    id: "shared:nat-hours", name: "NAT gateway hours", category: "networking",
    usage: usageKeys.natGatewayHours(), quantity: new Decimal(natGateways.count).times(HOURS_PER_MONTH),
    detail: `${natGateways.count} gateway(s) × 730 h`,
  });
  const gb = toQuantity(natGateways.monthlyDataProcessedGb);
  builder.add({
    id: "shared:nat-data", name: "NAT gateway data processed", category: "networking",
    usage: usageKeys.natGatewayGb(), quantity: gb, detail: `${fmt(gb)} GB a month`,
  });
}
