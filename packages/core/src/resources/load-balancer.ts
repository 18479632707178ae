import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { Decimal, toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Extras } from "../scenario/extras-schema";
import { addPublicIpv4Line } from "./public-ipv4";

/**
 * Application Load Balancer: per ALB-hour, plus LCU-hours when average LCU usage is given.
 * Pricing: https://aws.amazon.com/elasticloadbalancing/pricing/ (S11: $0.0225/ALB-hour, $0.008/LCU-hour, us-east-1).
 * Hours: `loadBalancers.hoursPerMonth` (default 730).
 * Example: 1 ALB × 730 h × $0.0225 = $16.425; + 2 LCU × 730 h × $0.008 = $11.68; a 24-hour load test: 24 × $0.0225 = $0.54.
 * Internet-facing (the default scheme): one public IPv4 per enabled AZ, $0.005/IP-hour, for the ALB's hours
 * (https://aws.amazon.com/vpc/pricing/ lists internet-facing load balancers' addresses; S40). An ALB spans
 * at least 2 AZs; it may add addresses as it scales (not modelled). Example: 2 AZs × 730 h × $0.005 = $7.30.
 */
export function addLoadBalancerLines(builder: LineBuilder, loadBalancers: Extras["loadBalancers"], availabilityZones: number): void {
  if (!loadBalancers || loadBalancers.count === 0) return;
  const hours = toQuantity(loadBalancers.hoursPerMonth);
  const albHours = new Decimal(loadBalancers.count).times(hours);
  builder.add({
    id: "shared:alb-hours",
    nameMessage: message("LINE_ALB_HOURS"),
    category: "load-balancing",
    usage: usageKeys.albHours(),
    quantity: albHours,
    detailMessages: [message("DETAIL_ALB_HOURS", { albs: loadBalancers.count, hours: fmt(hours) })],
  });
  if (loadBalancers.averageLcuPerHour !== undefined) {
    const lcu = toQuantity(loadBalancers.averageLcuPerHour);
    builder.add({
      id: "shared:alb-lcu",
      nameMessage: message("LINE_ALB_LCUS"),
      category: "load-balancing",
      usage: usageKeys.albLcuHours(),
      quantity: albHours.times(lcu),
      detailMessages: [message("DETAIL_ALB_LCUS", { albs: loadBalancers.count, hours: fmt(hours), lcu: fmt(lcu) })],
    });
  }
  if (loadBalancers.internetFacing) {
    const azs = Math.max(2, availabilityZones);
    addPublicIpv4Line(builder, {
      id: "shared:alb-public-ipv4",
      nameMessage: message("LINE_ALB_PUBLIC_IPV4"),
      addresses: new Decimal(loadBalancers.count * azs),
      hoursPerMonth: hours,
      detailMessages: [message("DETAIL_ALB_IPS", { albs: loadBalancers.count, azs })],
    });
  }
}
