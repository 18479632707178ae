import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { Decimal, toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Network } from "../scenario/whole-bill-schema";
import { HOURS_PER_MONTH } from "../units/time";
import { addPublicIpv4Line } from "./public-ipv4";

/**
 * Network Load Balancer: per NLB-hour plus NLCU-hours when the average is known (one NLCU an hour = the highest
 * of 800 new TCP connections/s, 100,000 active connections, 1 GB processed, S11), plus one public IPv4 per AZ
 * when internet-facing (https://aws.amazon.com/vpc/pricing/ lists internet-facing load balancers' addresses).
 * Pricing: https://aws.amazon.com/elasticloadbalancing/pricing/ (S41: $0.0225/NLB-hour; S11: $0.006/NLCU-hour, us-east-1).
 * Example: 1 NLB × 730 h × $0.0225 = $16.425; 2 NLCU × 730 h × $0.006 = $8.76; 2 AZs × 730 h × $0.005 = $7.30.
 */
export function addNetworkLoadBalancerLines(builder: LineBuilder, nlbs: Network["networkLoadBalancers"], availabilityZones: number): void {
  if (!nlbs || nlbs.count === 0) return;
  const hours = new Decimal(nlbs.count).times(HOURS_PER_MONTH);
  builder.add({
    id: "shared:nlb-hours",
    nameMessage: message("LINE_NLB_HOURS"),
    category: "load-balancing",
    usage: usageKeys.nlbHours(),
    quantity: hours,
    detailMessages: [message("DETAIL_NLB_HOURS", { nlbs: nlbs.count })],
  });
  if (nlbs.averageNlcuPerHour !== undefined) {
    const nlcu = toQuantity(nlbs.averageNlcuPerHour);
    builder.add({
      id: "shared:nlb-nlcu",
      nameMessage: message("LINE_NLB_NLCUS"),
      category: "load-balancing",
      usage: usageKeys.nlbNlcuHours(),
      quantity: hours.times(nlcu),
      detailMessages: [message("DETAIL_NLB_NLCUS", { nlbs: nlbs.count, nlcu: fmt(nlcu) })],
    });
  }
  if (nlbs.internetFacing) {
    addPublicIpv4Line(builder, {
      id: "shared:nlb-public-ipv4",
      nameMessage: message("LINE_NLB_PUBLIC_IPV4"),
      addresses: new Decimal(nlbs.count * availabilityZones),
      hoursPerMonth: HOURS_PER_MONTH,
      detailMessages: [message("DETAIL_NLB_IPS", { nlbs: nlbs.count, azs: availabilityZones })],
    });
  }
}
