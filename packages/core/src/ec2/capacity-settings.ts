import { coreError } from "../errors";
import { message } from "../messages/message";
import { toQuantity } from "../money/decimal";
import type { Ec2 } from "../scenario/ec2-schema";
import { parseCpuMillicores, parseMemoryBytes } from "../units/data-size";
import { EKS_SYSTEM_DAEMON_SETS } from "./daemon-sets";
import type { CapacitySettings } from "./node-capacity";
import { memoEntry } from "../util/memo-entry";

/** A percentage → integer 1/10000ths, exactly (7.5 → 750); finer than 0.01 % is rejected. */
export function percentToBasisPoints(percent: number, field: string): number {
  const bp = toQuantity(percent, field).times(100);
  if (!bp.isInteger()) throw coreError("INVALID_OPTION", message("ERR_PERCENT_TOO_FINE", { value: percent, field }), { field });
  return bp.toNumber();
}

/**
 * The ec2 section → integer per-node settings for one orchestrator. EKS adds its kube-system
 * DaemonSets (aws-node, kube-proxy) to the user's agents; on ECS agents take no pod slot.
 * @example capacitySettings(ec2Defaults, "eks").daemonCpuMillicores //=> 425  (100m + 200m + 25m + 100m)
 */
export function capacitySettings(ec2: Ec2, orchestrator: "ecs" | "eks"): CapacitySettings {
  const perSection = memoEntry(settingsMemo, ec2, noSettingsYet);
  const settings = perSection[orchestrator] ?? computeSettings(ec2, orchestrator);
  perSection[orchestrator] = settings;
  return settings;
}

/** Per ec2 section (scenarios are never mutated once parsed): every scaled run of an analysis parsed the agents' quantities again (issue 19). */
const settingsMemo = new WeakMap<Ec2, Partial<Record<"ecs" | "eks", CapacitySettings>>>();
const noSettingsYet = (): Partial<Record<"ecs" | "eks", CapacitySettings>> => ({});

function computeSettings(ec2: Ec2, orchestrator: "ecs" | "eks"): CapacitySettings {
  const daemons = orchestrator === "eks" ? [...ec2.daemonSets, ...EKS_SYSTEM_DAEMON_SETS] : ec2.daemonSets;
  let daemonCpuMillicores = 0;
  let daemonMemoryBytes = 0;
  daemons.forEach((daemon, index) => {
    const field = index < ec2.daemonSets.length ? `ec2.daemonSets[${index}]` : `EKS system DaemonSet ${daemon.name}`;
    daemonCpuMillicores += parseCpuMillicores(daemon.cpu, `${field}.cpu`);
    daemonMemoryBytes += parseMemoryBytes(daemon.memory, `${field}.memory`);
  });
  return {
    orchestrator,
    memoryOverheadBasisPoints: percentToBasisPoints(ec2.memoryOverheadPercent, "ec2.memoryOverheadPercent"),
    ecsReservedMemoryMib: ec2.ecsReservedMemoryMib,
    eksMaxPodsMode: ec2.eksMaxPodsMode,
    daemonCpuMillicores,
    daemonMemoryBytes,
    daemonPods: orchestrator === "eks" ? daemons.length : 0,
    headroomBasisPoints: percentToBasisPoints(ec2.headroomPercent, "ec2.headroomPercent"),
  };
}
