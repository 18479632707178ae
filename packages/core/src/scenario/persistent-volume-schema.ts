import { z } from "zod";
import { ruleIssue } from "./coded-rule";
import { boundedString, limitText, SCENARIO_LIMITS } from "./limits";

/**
 * Storage a service keeps beyond its task: EBS volumes (a StatefulSet's volumeClaimTemplates, a PersistentVolumeClaim,
 * an ECS volume configured at launch) and EFS file systems (an ECS efsVolumeConfiguration, an EFS-backed claim).
 * - kind: `gp3` / `gp2` (EBS, billed per GB-month at the region's rate, https://aws.amazon.com/ebs/pricing/) or `efs`
 *   (EFS Standard; the price data has no EFS rate, so it is a missing rate and the total a lower bound).
 * - sizeGib: the provisioned size of one volume (EBS gp3/gp2: 1 to 16,384 GiB, https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html;
 *   EFS grows with what is stored: the GiB stored, up to 1,000,000 here).
 * - count: omitted = one volume per task (a StatefulSet replica's claim; an ECS task's launch-time volume), scaling
 *   with taskCount and billed for the hours the tasks run; a number = that many volumes that exist all month
 *   whatever the tasks do (a standalone claim, one shared EFS file system).
 * Worked example: 3 replicas × 10 GiB gp3 in us-east-1 = 30 GB-month × $0.08 = $2.40/month.
 */
export const PERSISTENT_VOLUME_KINDS = ["gp3", "gp2", "efs"] as const;
export type PersistentVolumeKind = (typeof PERSISTENT_VOLUME_KINDS)[number];
export const EBS_MAX_GIB = 16_384;
export const EFS_MAX_GIB = 1_000_000;

export const PersistentVolumeSchema = z
  .strictObject({
    name: boundedString("nameLength"),
    kind: z.enum(PERSISTENT_VOLUME_KINDS),
    sizeGib: z
      .number()
      .positive()
      .max(EFS_MAX_GIB, { error: limitText({ min: 0, max: EFS_MAX_GIB, integer: false, minExclusive: true }) }),
    count: z
      .number()
      .int()
      .min(1)
      .max(SCENARIO_LIMITS.taskCount.max, { error: limitText({ min: 1, max: SCENARIO_LIMITS.taskCount.max, integer: true }) })
      .optional(),
  })
  .superRefine((volume, ctx) => {
    if (volume.kind !== "efs" && volume.sizeGib > EBS_MAX_GIB) {
      ctx.addIssue(ruleIssue("ERR_VOLUME_TOO_LARGE", { max: EBS_MAX_GIB, kind: volume.kind }, ["sizeGib"]));
    }
  });
export type PersistentVolume = z.output<typeof PersistentVolumeSchema>;

/** At most 16 volumes per service (a pod mounts a handful; ECS attaches one launch-time volume per task). */
export const PersistentVolumesSchema = z.array(PersistentVolumeSchema).max(16).optional();
