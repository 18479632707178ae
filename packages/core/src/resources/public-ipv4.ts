import { fmt, type LineBuilder } from "../lines/line-builder";
import { message, type Message } from "../messages/message";
import type { Decimal } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";

/**
 * Public IPv4 addresses, charged per IP-hour whether attached or idle since 2024-02-01.
 * Pricing: https://aws.amazon.com/vpc/pricing/ (S7, S8, S14: $0.005 per IP-hour in us-east-1).
 * Example: 2 addresses × 730 h × $0.005 = $7.30 a month.
 */
export function addPublicIpv4Line(
  builder: LineBuilder,
  input: {
    id: string;
    nameMessage: Message;
    service?: string;
    addresses: Decimal;
    hoursPerMonth: Decimal;
    detailMessages: readonly Message[];
  },
): void {
  builder.add({
    id: input.id,
    nameMessage: input.nameMessage,
    category: "networking",
    ...(input.service ? { service: input.service } : {}),
    usage: usageKeys.publicIpv4Hours(),
    quantity: input.addresses.times(input.hoursPerMonth),
    detailMessages: [...input.detailMessages, message("DETAIL_IP_HOURS_CONT", { ipHours: fmt(input.hoursPerMonth) })],
  });
}
