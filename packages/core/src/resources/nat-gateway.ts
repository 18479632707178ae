import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { Decimal, toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Extras } from "../scenario/extras-schema";
import { addPublicIpv4Line } from "./public-ipv4";

/**
 * NAT gateway: per gateway-hour plus per GB processed.
 * Pricing: https://aws.amazon.com/vpc/pricing/ (S7, S8: $0.045/h and $0.045/GB in us-east-1).
 * Hours: `natGateways.hoursPerMonth` (default 730). Example: 2 gateways × 730 h × $0.045 = $65.70;
 * 100 GB × $0.045 = $4.50; 1 gateway for a 336-hour (2-week) environment: 336 × $0.045 = $15.12.
 * Each (public) NAT gateway holds one Elastic IP, billed as an in-use public IPv4 for the same hours
 * (https://aws.amazon.com/vpc/pricing/, S40): 2 × 730 h × $0.005 = $7.30. `avoidedGb` is traffic interface
 * endpoints carry instead (vpc-endpoints.ts).
 */
export function addNatGatewayLines(builder: LineBuilder, natGateways: Extras["natGateways"], avoidedGb = 0): void {
  if (!natGateways || natGateways.count === 0) return;
  builder.add({
    id: "shared:nat-hours",
    nameMessage: message("LINE_NAT_HOURS"),
    category: "networking",
    usage: usageKeys.natGatewayHours(),
    quantity: new Decimal(natGateways.count).times(toQuantity(natGateways.hoursPerMonth)),
    detailMessages: [message("DETAIL_NAT_HOURS", { gateways: natGateways.count, hours: fmt(toQuantity(natGateways.hoursPerMonth)) })],
  });
  addPublicIpv4Line(builder, {
    id: "shared:nat-public-ipv4",
    nameMessage: message("LINE_NAT_PUBLIC_IPV4"),
    addresses: new Decimal(natGateways.count),
    hoursPerMonth: toQuantity(natGateways.hoursPerMonth),
    detailMessages: [message("DETAIL_NAT_IPS", { gateways: natGateways.count })],
  });
  const stated = toQuantity(natGateways.monthlyDataProcessedGb);
  const gb = stated.minus(avoidedGb);
  builder.add({
    id: "shared:nat-data",
    nameMessage: message("LINE_NAT_DATA"),
    category: "networking",
    usage: usageKeys.natGatewayGb(),
    quantity: gb,
    detailMessages: [
      avoidedGb > 0
        ? message("DETAIL_NAT_DATA_AVOIDED", { statedGb: fmt(stated), avoidedGb: fmt(avoidedGb) })
        : message("DETAIL_GB_A_MONTH", { gb: fmt(gb) }),
    ],
  });
}
