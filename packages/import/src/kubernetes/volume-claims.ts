import { Decimal, parseMemoryBytes } from "@repo/core";
import { checkedQuantity } from "../check-service";
import { isRecord } from "../field-accounting";
import { warning, type ImportWarning } from "../import-result";

/** What one claim becomes: a scenario `persistentVolumes` entry (core's persistent-volume-schema.ts). */
export type ClaimVolume = { name: string; kind: "gp3" | "gp2" | "efs"; sizeGib: number };

const GIB = new Decimal(1024).pow(3);

/**
 * A PVC's storageClassName → the volume it is priced as. EKS has no default StorageClass from Kubernetes 1.30
 * (older clusters' default `gp2` class uses the in-tree EBS driver), so the class name is all there is:
 * - names containing "efs" → EFS (no rate in the price data: a lower bound);
 * - "gp2" → gp2; "gp3", "ebs-sc", "ebs", "auto-ebs-sc" (EKS Auto Mode) or none → gp3 (assumed when not stated);
 * - io1 / io2 / st1 / sc1 and any other name → priced as gp3, said in a warning (their IOPS / throughput tiers are not modelled).
 * @example storageKind("gp2") //=> { kind: "gp2" }
 * @example storageKind(undefined).assumed //=> "no storageClassName: priced as an EBS gp3 volume"
 */
export function storageKind(className: unknown): { kind: ClaimVolume["kind"]; assumed?: string } {
  if (typeof className !== "string" || className === "")
    return { kind: "gp3", assumed: "no storageClassName: priced as an EBS gp3 volume" };
  const name = className.toLowerCase();
  if (name.includes("efs")) return { kind: "efs" };
  if (name === "gp2") return { kind: "gp2" };
  if (["gp3", "ebs-sc", "ebs", "auto-ebs-sc"].includes(name)) return { kind: "gp3" };
  return { kind: "gp3", assumed: `storage class "${className}" is priced as an EBS gp3 volume (its own type is not modelled)` };
}

/**
 * One claim spec (a volumeClaimTemplate's or a PersistentVolumeClaim's `spec`) → its volume: the storage request
 * rounded up to whole GiB (EBS volumes are provisioned in GiB; "10Gi" = 10, "10G" = 10⁹ bytes → 10 GiB).
 * Undefined, with a warning, when it requests no storage.
 */
export function claimVolume(
  name: string,
  spec: unknown,
  at: { source: string; field: string },
  warnings: ImportWarning[],
): ClaimVolume | undefined {
  const claim = isRecord(spec) ? spec : {};
  const requests = isRecord(claim.resources) && isRecord(claim.resources.requests) ? claim.resources.requests : {};
  const storage = requests.storage;
  if (typeof storage !== "string" && typeof storage !== "number") {
    warnings.push(
      warning("unsupported", at.source, `${at.field}.resources.requests.storage`, "no storage request: the claim is not priced"),
    );
    return undefined;
  }
  const field = `${at.field}.resources.requests.storage`;
  const bytes = new Decimal(parseMemoryBytes(checkedQuantity("memory", storage, at.source, field), field));
  const sizeGib = Math.max(1, bytes.div(GIB).ceil().toNumber());
  const { kind, assumed } = storageKind(claim.storageClassName);
  if (assumed) warnings.push(warning("assumed", at.source, `${at.field}.storageClassName`, assumed));
  return { name, kind, sizeGib };
}

/** The claim names a pod spec mounts (`volumes[].persistentVolumeClaim.claimName`). */
export function mountedClaimNames(volumes: unknown): string[] {
  if (!Array.isArray(volumes)) return [];
  return volumes.flatMap((volume) => {
    const claim = isRecord(volume) && isRecord(volume.persistentVolumeClaim) ? volume.persistentVolumeClaim.claimName : undefined;
    return typeof claim === "string" && claim !== "" ? [claim] : [];
  });
}
