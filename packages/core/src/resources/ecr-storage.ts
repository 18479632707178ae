import { fmt, type LineBuilder } from "../lines/line-builder";
import { message } from "../messages/message";
import { toQuantity } from "../money/decimal";
import { usageKeys } from "../price-book/usage-keys";

/**
 * Amazon ECR private repository storage per GB-month. Pulls by ECS/EKS/Fargate tasks in the same region are free
 * data transfer (a pull through a NAT gateway still pays NAT data processing — see interface endpoints).
 * Pricing: https://aws.amazon.com/ecr/pricing/ (S41: $0.10/GB-month us-east-1; S43 Tokyo $0.10; S53).
 * Example: 25 GB × $0.10 = $2.50.
 */
export function addEcrStorageLine(builder: LineBuilder, storedGb: number): void {
  const gb = toQuantity(storedGb);
  builder.add({
    id: "shared:ecr-storage",
    nameMessage: message("LINE_ECR_STORAGE"),
    category: "registry",
    usage: usageKeys.ecrStorageGbMonths(),
    quantity: gb,
    detailMessages: [message("DETAIL_GB_STORED_AVERAGE", { gb: fmt(gb) })],
  });
}
