import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";
import type { Service } from "../scenario/service-schema";

/**
 * CloudWatch Logs of one service: ingestion per GB and storage per GB-month.
 * Pricing: https://aws.amazon.com/cloudwatch/pricing/ — container stdout sent by the awslogs driver or Fluent Bit
 * (and EKS control-plane logs) are custom logs at the flat ingestion rate, not tiered vended logs; the Infrequent
 * Access class ingests at half the Standard rate; storage is billed on the archived (compressed) size at the same
 * rate for both classes (S58; S41/S42/S43 agree on the Standard figures).
 * Example (us-east-1): 50 GB × $0.50 = $25.00 ingestion; IA: 50 GB × $0.25 = $12.50; 20 GB stored × $0.03 = $0.60.
 */
export function addCloudWatchLogLines(builder: LineBuilder, service: Service): void {
  const ingested = toQuantity(service.logIngestionGbPerMonth);
  builder.add({
    id: `svc:${service.name}:logs-ingestion`,
    nameMessage: message(service.logClass === "standard" ? "LINE_LOG_INGESTION_STANDARD" : "LINE_LOG_INGESTION_INFREQUENT", {
      service: service.name,
    }),
    category: "observability",
    service: service.name,
    usage: usageKeys.logIngestionGb(service.logClass),
    quantity: ingested,
    detailMessages: [message("DETAIL_LOG_INGESTED", { gb: fmt(ingested) })],
  });
  const stored = toQuantity(service.logStoredGb);
  builder.add({
    id: `svc:${service.name}:logs-storage`,
    nameMessage: message("LINE_LOG_STORAGE", { service: service.name }),
    category: "observability",
    service: service.name,
    usage: usageKeys.logStorageGbMonths(),
    quantity: stored,
    detailMessages: [message("DETAIL_LOG_STORED", { gb: fmt(stored) })],
  });
}
