import type { InstanceSpec } from "../price-book/instance-spec";
import type { InstanceSelection } from "../scenario/ec2-schema";
import { isPreviousGeneration } from "./instance-generation";
import { memoEntry } from "../util/memo-entry";

/**
 * Family and generation of an instance type name.
 * @example instanceFamily("m7g.xlarge") //=> { family: "m7g", generation: 7, isBurstable: false }
 * @example instanceFamily("t4g.small") //=> { family: "t4g", generation: 4, isBurstable: true }
 */
export function instanceFamily(instanceType: string): { family: string; generation: number | undefined; isBurstable: boolean } {
  const family = instanceType.split(".")[0] ?? instanceType;
  const digit = /\d/.exec(family)?.[0];
  return { family, generation: digit === undefined ? undefined : Number.parseInt(digit, 10), isBurstable: /^t\d/.test(family) };
}

/** FPGA (f1, f2), Inferentia/Trainium (inf*, trn*), video transcode (vt1) and Gaudi (dl*) families: accelerators the EC2 API does not count as GPUs. */
const ACCELERATOR_FAMILY = /^(f\d|inf\d|trn\d|vt\d|dl\d)/;

type SpecFamily = ReturnType<typeof instanceFamily>;
const familyOfSpec = new WeakMap<InstanceSpec, SpecFamily>();

/** instanceFamily of a catalog entry, parsed once per entry (every selection of every estimate asked again: issue 18). */
function specFamily(spec: InstanceSpec): SpecFamily {
  return memoEntry(familyOfSpec, spec, (s) => instanceFamily(s.instanceType));
}

/** Whether the cheapest-fit search may use a type for a node group of this architecture. */
export function isSelectable(spec: InstanceSpec, architecture: InstanceSpec["architecture"], selection: InstanceSelection): boolean {
  if (spec.architecture !== architecture) return false;
  const { family, generation, isBurstable } = specFamily(spec);
  if (selection.families && !selection.families.includes(family)) return false;
  if (selection.excludeFamilies.includes(family)) return false;
  if (!selection.previousGeneration && isPreviousGeneration(family) && !selection.families?.includes(family)) return false;
  if (selection.minGeneration !== undefined && (generation === undefined || generation < selection.minGeneration)) return false;
  if (isBurstable && !selection.allowBurstable && !selection.families?.includes(family)) return false;
  const isAccelerated = spec.gpuCount > 0 || ACCELERATOR_FAMILY.test(family);
  if (isAccelerated && !selection.allowGpu && !selection.families?.includes(family)) return false;
  return true;
}
