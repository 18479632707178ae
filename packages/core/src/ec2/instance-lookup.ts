import { coreError } from "../errors";
import { message } from "../messages/message";
import type { InstanceSpec } from "../price-book/instance-spec";
import type { PriceBook } from "../price-book/price-book";

/**
 * Finds an instance type in the catalog, or throws UNKNOWN_INSTANCE_TYPE with the closest names
 * (same family first) as the allowed values.
 * @example lookupInstance(book, "m6i.large", "ec2.instanceType").vcpu //=> 2
 */
export function lookupInstance(book: PriceBook, instanceType: string, field: string): InstanceSpec {
  const spec = book.instance(instanceType);
  if (spec) return spec;
  const family = instanceType.split(".")[0] ?? "";
  const sameFamily = book.instanceTypes.filter((s) => s.instanceType.startsWith(`${family}.`)).map((s) => s.instanceType);
  const suggestions = sameFamily.length ? sameFamily : ["m6i.large", "m6i.xlarge", "m7g.large", "c7g.large", "r6i.large"];
  throw coreError(
    "UNKNOWN_INSTANCE_TYPE",
    message("ERR_UNKNOWN_INSTANCE_TYPE", { instanceType, count: book.instanceTypes.length, field }),
    {
      field,
      allowed: suggestions.slice(0, 12),
    },
  );
}
