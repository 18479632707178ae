import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { Decimal, toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Network } from "../scenario/whole-bill-schema";
import { HOURS_PER_MONTH } from "../units/time";

/**
 * Interface VPC endpoints (AWS PrivateLink): per endpoint per AZ-hour ("billed for each hour that your VPC
 * endpoint remains provisioned in each Availability Zone") plus per GB processed; the data tiers are measured
 * over all interface endpoints of the region and the first one runs to 1 PB a month — the input's upper bound,
 * so one tier applies. Gateway endpoints (S3, DynamoDB) are free and not lines.
 * Pricing: https://aws.amazon.com/privatelink/pricing/ (S40: us-east-1 $0.01/endpoint-AZ-hour, $0.01/GB; Tokyo $0.014, S35).
 * Example (us-east-1): 3 endpoints × 2 AZs × 730 h × $0.01 = $43.80; 100 GB × $0.01 = $1.00.
 */
export function addInterfaceEndpointLines(builder: LineBuilder, endpoints: Network["interfaceEndpoints"], availabilityZones: number): void {
  if (!endpoints || endpoints.count === 0) return;
  builder.add({
    id: "shared:vpc-endpoint-hours",
    nameMessage: message("LINE_ENDPOINT_HOURS"),
    category: "networking",
    usage: usageKeys.vpcEndpointAzHours(),
    quantity: new Decimal(endpoints.count * availabilityZones).times(HOURS_PER_MONTH),
    detailMessages: [message("DETAIL_ENDPOINT_HOURS", { endpoints: endpoints.count, azs: availabilityZones })],
  });
  const gb = toQuantity(endpoints.monthlyDataProcessedGb);
  builder.add({
    id: "shared:vpc-endpoint-data",
    nameMessage: message("LINE_ENDPOINT_DATA"),
    category: "networking",
    usage: usageKeys.vpcEndpointGb(),
    quantity: gb,
    detailMessages: [message("DETAIL_GB_A_MONTH", { gb: fmt(gb) })],
  });
}

/**
 * NAT data the endpoints take over: traffic to AWS services (ECR pulls, Logs, Secrets Manager) through an
 * interface endpoint does not pass the NAT gateway, so it is not charged NAT data processing (S40).
 * @example natGbAvoided({ count: 3, monthlyDataProcessedGb: 50, replacesNatTraffic: true }, 200) //=> 50
 */
export function natGbAvoided(endpoints: Network["interfaceEndpoints"], natGb: number): number {
  if (!endpoints || endpoints.count === 0 || !endpoints.replacesNatTraffic) return 0;
  return Math.min(endpoints.monthlyDataProcessedGb, natGb);
}
