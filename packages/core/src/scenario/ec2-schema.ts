import { z } from "zod";
import { DaemonSetSchema, DEFAULT_DAEMON_SETS } from "../ec2/daemon-sets";
import { EKS_MAX_PODS_MODES } from "../ec2/max-pods";
import { EBS_VOLUME_TYPES } from "../price-book/usage-keys";
import type { MessageCode } from "../messages/english";
import type { MessageParams } from "../messages/message";
import { ruleIssue } from "./coded-rule";
import { boundedNumber, SCENARIO_LIMITS } from "./limits";

const FamilyListSchema = z
  .array(
    z
      .string()
      .max(32)
      .regex(/^[a-z0-9-]+$/),
  )
  .max(SCENARIO_LIMITS.listEntries.max);

/** Which instance types the cheapest-fit search may choose from (ignored when instanceType is set). */
export const InstanceSelectionSchema = z.strictObject({
  /** Only these families (the part before the dot: "m7g", "c6i"). Omitted = every family. */
  families: FamilyListSchema.min(1).optional(),
  /** Never these families. */
  excludeFamilies: FamilyListSchema.default([]),
  /** Lowest generation digit allowed (6 → m6i, c7g, r8g but not m5). */
  minGeneration: z.number().int().min(1).max(9).optional(),
  /**
   * Previous-generation families (AWS's list, ec2/instance-generation.ts: m1, m3, c4, r4, a1, …) are left out of
   * the cheapest fit unless true; a family named in `families` is always searched.
   */
  previousGeneration: z.boolean().default(false),
  /** Burstable t-family types run on CPU credits; excluded unless allowed. */
  allowBurstable: z.boolean().default(false),
  /** GPU and other accelerator types (f FPGA, inf/trn, vt, dl) are excluded unless allowed (priced for their accelerators). */
  allowGpu: z.boolean().default(false),
  /** How many runners-up to report per node group. */
  runnersUp: z.number().int().min(0).max(10).default(3),
});
export type InstanceSelection = z.output<typeof InstanceSelectionSchema>;

/**
 * The EC2 data plane of ECS on EC2 and EKS on EC2: node type (chosen, or the cheapest fit over
 * the catalog), availability and reservations, per-node agents, root volumes and public IPv4.
 */
/** io2 Block Express limits (https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html): 256,000 IOPS, 1,000 IOPS per GiB. */
export const IO2_MAX_IOPS = 256_000;
export const IO2_MAX_IOPS_PER_GIB = 1000;

/** Root-volume IOPS and throughput within the volume type's limits (gp3: 3,000–16,000 IOPS; io2: ≤ 1,000 per GiB; throughput is gp3's). */
function volumeLimits(
  v: { rootVolumeType: string; rootVolumeIops: number; rootVolumeGib: number; rootVolumeThroughputMibps: number },
  ctx: z.RefinementCtx,
): void {
  const issue = (path: string, code: MessageCode, params: MessageParams = {}) => ctx.addIssue(ruleIssue(code, params, [path]));
  if (v.rootVolumeType === "gp3" && (v.rootVolumeIops < 3000 || v.rootVolumeIops > 16000)) {
    issue("rootVolumeIops", "ERR_GP3_IOPS", { min: 3000, max: 16000 });
  }
  if (v.rootVolumeType === "io2" && v.rootVolumeIops > IO2_MAX_IOPS_PER_GIB * v.rootVolumeGib) {
    issue("rootVolumeIops", "ERR_IO2_IOPS", {
      perGib: IO2_MAX_IOPS_PER_GIB,
      sizeGib: v.rootVolumeGib,
      max: IO2_MAX_IOPS_PER_GIB * v.rootVolumeGib,
    });
  }
  if (v.rootVolumeType === "gp2" && v.rootVolumeIops !== 3000) issue("rootVolumeIops", "ERR_GP2_IOPS");
  if (v.rootVolumeType !== "gp3" && v.rootVolumeThroughputMibps !== 125) {
    issue("rootVolumeThroughputMibps", "ERR_THROUGHPUT_GP3_ONLY", { volumeType: v.rootVolumeType });
  }
}

export const Ec2Schema = z
  .strictObject({
    /** Instance type for every node group; omitted = the cheapest fit over the catalog (see `selection`). */
    instanceType: z.string().min(1).max(64).optional(),
    /** Fixed node count per always-on node group; omitted = the count the packing needs. */
    nodeCount: boundedNumber("nodeCount").optional(),
    selection: InstanceSelectionSchema.prefault({}),
    /** Minimum nodes per always-on node group (e.g. 2 for high availability). */
    minNodes: boundedNumber("nodeCount").default(1),
    /** Spread nodes evenly across this many AZs: the node count is rounded up to a multiple of it. */
    availabilityZones: z.number().int().min(1).max(6).default(1),
    /** Keep this share of every node's allocatable CPU and memory free (for scaling, surges). */
    headroomPercent: z.number().min(0).max(90).default(0),
    /** Per-node agents (DaemonSets / ECS daemon services); default: a log and a metrics agent. */
    daemonSets: z
      .array(DaemonSetSchema)
      .max(SCENARIO_LIMITS.daemonSets.max)
      .default([...DEFAULT_DAEMON_SETS]),
    /**
     * Memory the hypervisor and kernel keep from the OS, as a share of the advertised memory
     * (Karpenter's VM_MEMORY_OVERHEAD_PERCENT default, 7.5 %; the ECS docs' m4.large example
     * registers 7985 of 8192 MiB, 2.5 %).
     */
    memoryOverheadPercent: z.number().min(0).max(50).default(7.5),
    /** ECS_RESERVED_MEMORY of the ECS agent config (MiB kept for the agent and OS; AWS docs example 256). */
    ecsReservedMemoryMib: boundedNumber("ecsReservedMemoryMib").default(256),
    /** EKS pods per node: the VPC CNI ENI default, or prefix delegation (110, or 250 above 30 vCPU). */
    eksMaxPodsMode: z.enum(EKS_MAX_PODS_MODES).default("eni"),
    rootVolumeGib: z.number().int().min(1).max(16384).default(30),
    rootVolumeType: z.enum(EBS_VOLUME_TYPES).default("gp3"),
    publicIpv4PerNode: z.number().int().min(0).max(16).default(0),
    /**
     * Root volume IOPS. gp3: 3,000 included, the excess billed per IOPS-month (gp3: 3,000–16,000). io2: every
     * provisioned IOPS billed in tiers (io2: 100–256,000 and at most 1,000 per GiB). Checked per type below.
     */
    rootVolumeIops: z.number().int().min(100).max(IO2_MAX_IOPS).default(3000),
    /** gp3 root volume throughput in MiB/s: 125 included, the excess billed per MiBps-month (gp3 maximum 1,000). */
    rootVolumeThroughputMibps: z.number().int().min(125).max(1000).default(125),
  })
  .superRefine(volumeLimits);
export type Ec2 = z.output<typeof Ec2Schema>;
