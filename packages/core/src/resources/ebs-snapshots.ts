import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";

/**
 * EBS snapshots (standard tier) per GB-month of changed blocks stored.
 * Pricing: https://aws.amazon.com/ebs/pricing/ (S14: $0.05/GB-month us-east-1; Tokyo $0.05, S56 low confidence).
 * Example: 200 GB × $0.05 = $10.00.
 */
export function addEbsSnapshotLine(builder: LineBuilder, storedGb: number): void {
  const gb = toQuantity(storedGb);
  builder.add({
    id: "shared:ebs-snapshots",
    nameMessage: message("LINE_EBS_SNAPSHOTS"),
    category: "storage",
    usage: usageKeys.ebsSnapshotGbMonths(),
    quantity: gb,
    detailMessages: [message("DETAIL_GB_STORED_AVERAGE", { gb: fmt(gb) })],
  });
}
