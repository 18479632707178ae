import type { ServiceInput } from "@repo/core";

/**
 * What an importer could not carry over faithfully, so nothing is dropped silently:
 * - unsupported: the field may change the bill but the calculator does not model it (EFS volumes, GPUs);
 * - assumed: a value the source does not hold was filled in (a task count, a Job's duration);
 * - ignored: the field has no effect on compute cost (images, env, probes, ARNs) and was not read;
 * - skipped: a whole document is not a workload (a Service, a ConfigMap).
 */
export type ImportWarningKind = "unsupported" | "assumed" | "ignored" | "skipped";
export type ImportWarning = { kind: ImportWarningKind; source: string; field: string; message: string };

/** A DaemonSet's per-node request (the scenario's `ec2.daemonSets` entry) and whether it is a log agent. */
export type ImportedDaemonSet = { daemonSet: { name: string; cpu: string; memory: string }; isLogAgent: boolean };

/** A standalone PersistentVolumeClaim: priced on the workload that mounts it (import-workloads.ts links them by name). */
export type ImportedClaim = { claimName: string; source: string; volume: { name: string; kind: "gp3" | "gp2" | "efs"; sizeGib: number } };
/** A claim a workload's pod spec mounts by name (`serviceIndex` into the same result's services). */
export type ClaimRef = { serviceIndex: number; claimName: string; source: string };

export type ImportResult = {
  services: ServiceInput[];
  warnings: ImportWarning[];
  daemonSets?: ImportedDaemonSet[];
  claims?: ImportedClaim[];
  claimRefs?: ClaimRef[];
};

export function warning(kind: ImportWarningKind, source: string, field: string, message: string): ImportWarning {
  return { kind, source, field, message };
}
