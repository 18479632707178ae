import type { ServiceInput } from "./core-types";
import { warning, type ImportResult, type ImportWarning } from "./import-result";

/**
 * Standalone PersistentVolumeClaims are priced on the workload that mounts them (`persistentVolumeClaim.claimName`),
 * as one volume that exists all month (`count: 1`: a claim outlives its pods and is shared by every replica).
 * A claim mounted by several workloads is priced once, on the first; a claim no imported workload mounts, and a
 * mounted claim that is not among the imported files, are reported, not priced. Mutates the results' services.
 * @example linkClaims([{ services: [web], warnings: [], claimRefs: [{ serviceIndex: 0, claimName: "data", source: "a.yaml" }] }, { services: [], warnings: [], claims: [{ claimName: "data", source: "b.yaml", volume: { name: "data", kind: "gp3", sizeGib: 20 } }] }])
 * // web.persistentVolumes //=> [{ name: "data", kind: "gp3", sizeGib: 20, count: 1 }]
 */
export function linkClaims(results: readonly ImportResult[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const claims = results.flatMap((r) => r.claims ?? []);
  const pricedOn = new Map<string, string>();
  for (const result of results) {
    for (const ref of result.claimRefs ?? []) {
      const service: ServiceInput | undefined = result.services[ref.serviceIndex];
      const claim = claims.find((c) => c.claimName === ref.claimName);
      if (!service) continue;
      if (!claim) {
        warnings.push(
          warning(
            "unsupported",
            ref.source,
            "spec.template.spec.volumes",
            `claim "${ref.claimName}" is not among the imported files: not priced`,
          ),
        );
        continue;
      }
      const first = pricedOn.get(ref.claimName);
      if (first !== undefined) {
        warnings.push(warning("assumed", ref.source, "spec.template.spec.volumes", `claim "${ref.claimName}" is priced once, on ${first}`));
        continue;
      }
      pricedOn.set(ref.claimName, service.name);
      service.persistentVolumes = [...(service.persistentVolumes ?? []), { ...claim.volume, count: 1 }];
    }
  }
  for (const claim of claims) {
    if (!pricedOn.has(claim.claimName))
      warnings.push(warning("unsupported", claim.source, "metadata.name", "no imported workload mounts this claim: not priced"));
  }
  return warnings;
}
