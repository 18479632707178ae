import { parseDecimal, type InstanceSpec } from "@repo/core";
import type { InstanceFacts } from "./instance-facts";

/**
 * The snapshot's instance catalog: hardware facts from the Price List, plus the ENI limits and EKS
 * max pods that only the VPC CNI tables carry (taken from the base catalog — the embedded one).
 * - A priced type in the base catalog: Price List vCPU/memory/architecture, base ENI data; any
 *   disagreement is reported.
 * - A priced type NOT in the base catalog: left out (its ENI limits are unknown, and guessing max pods
 *   would silently misplace pods) and reported; its price is still in the snapshot.
 * - Base types not priced in this refresh keep their base spec (hardware does not change).
 */
export function mergeInstanceCatalog(
  facts: ReadonlyMap<string, InstanceFacts>,
  base: readonly InstanceSpec[],
  sourceId: string,
): { instanceTypes: InstanceSpec[]; warnings: string[] } {
  const warnings: string[] = [];
  const byType = new Map(base.map((spec) => [spec.instanceType, spec]));
  const unknown: string[] = [];
  for (const fact of facts.values()) {
    const known = byType.get(fact.instanceType);
    if (!known) {
      unknown.push(fact.instanceType);
      continue;
    }
    const differs =
      known.vcpu !== fact.vcpu ||
      !parseDecimal(known.memoryGib).equals(parseDecimal(fact.memoryGib)) ||
      known.architecture !== fact.architecture;
    if (differs) {
      warnings.push(
        `${fact.instanceType}: Price List says ${fact.vcpu} vCPU/${fact.memoryGib} GiB/${fact.architecture}, catalog says ${known.vcpu}/${known.memoryGib}/${known.architecture}; using the Price List`,
      );
    }
    byType.set(fact.instanceType, { ...known, ...fact, gpuCount: known.gpuCount, sourceId: `${sourceId};${known.sourceId}` });
  }
  if (unknown.length) {
    warnings.push(
      `${unknown.length} priced instance type(s) have no ENI/max-pods data and are not in the catalog: ${unknown.sort().slice(0, 10).join(", ")}${unknown.length > 10 ? ", …" : ""}`,
    );
  }
  const instanceTypes = [...byType.values()].sort((a, b) => a.instanceType.localeCompare(b.instanceType));
  return { instanceTypes, warnings };
}
