import { coreError } from "../errors";
import { message } from "../messages/message";
import { Decimal } from "../money/decimal";
import { rangeText, SCENARIO_LIMITS } from "../scenario/limits";

/**
 * Sizes are kept as exact integers at the edge: memory in bytes, CPU in millicores.
 * AWS's Fargate table says "GB" but means GiB (1 GB = 1024 MiB), and the EKS +256 MB overhead is
 * 256 MiB: a pod asking 500m / 1792Mi needs exactly 2048 MiB (domain.md, "Units").
 */
export const BYTES_PER_MIB = 1024 * 1024;
export const MIB_PER_GIB = 1024;
export const BYTES_PER_GIB = BYTES_PER_MIB * MIB_PER_GIB;
export const MILLICORES_PER_VCPU = 1000;

const BINARY_SUFFIX: Record<string, bigint> = {
  Ki: 1024n,
  Mi: 1024n ** 2n,
  Gi: 1024n ** 3n,
  Ti: 1024n ** 4n,
  Pi: 1024n ** 5n,
  Ei: 1024n ** 6n,
};
const DECIMAL_EXPONENT: Record<string, number> = { m: -3, "": 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const QUANTITY = /^([0-9]+(?:\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|K|M|G|T|P|E)?$/;

function parseK8sQuantity(raw: string | number, field: string): Decimal {
  const text = typeof raw === "number" ? String(raw) : raw.trim();
  const match = QUANTITY.exec(text);
  if (!match) {
    throw coreError("INVALID_QUANTITY", message("ERR_NOT_K8S_QUANTITY", { value: text, field }), { field });
  }
  const [, digits = "0", suffix = ""] = match;
  const value = new Decimal(digits);
  const binary = BINARY_SUFFIX[suffix];
  if (binary !== undefined) return value.times(binary.toString());
  return value.times(new Decimal(10).pow(DECIMAL_EXPONENT[suffix] ?? 0));
}

/**
 * Kubernetes CPU quantity → millicores (exact; sub-millicore precision is rejected as Kubernetes does).
 * @example parseCpuMillicores("500m") //=> 500
 * @example parseCpuMillicores(2) //=> 2000
 */
export function parseCpuMillicores(raw: string | number, field = "cpu"): number {
  const cores = parseK8sQuantity(raw, field);
  const millicores = cores.times(MILLICORES_PER_VCPU);
  if (!millicores.isInteger()) {
    throw coreError("INVALID_QUANTITY", message("ERR_CPU_FINER_THAN_MILLICORE", { value: String(raw), field }), { field });
  }
  const limit = SCENARIO_LIMITS.containerCpuMillicores;
  if (millicores.greaterThan(limit.max)) {
    throw coreError("INVALID_QUANTITY", message("ERR_CPU_OUT_OF_RANGE", { value: String(raw), field, maxMillicores: limit.max }), {
      field,
      allowed: [`${rangeText(limit)} millicores (192 vCPU, the ECS task maximum)`],
    });
  }
  return millicores.toNumber();
}

/**
 * Kubernetes memory quantity → bytes. Bare numbers are bytes, as in Kubernetes.
 * @example parseMemoryBytes("1792Mi") //=> 1879048192
 * @example parseMemoryBytes("1G") //=> 1000000000
 */
export function parseMemoryBytes(raw: string | number, field = "memory"): number {
  const bytes = parseK8sQuantity(raw, field);
  const limit = SCENARIO_LIMITS.containerMemoryBytes;
  if (bytes.greaterThan(limit.max)) {
    throw coreError("INVALID_QUANTITY", message("ERR_MEMORY_OUT_OF_RANGE", { value: String(raw), field, maxBytes: limit.max }), {
      field,
      allowed: ["0 to 32Ti (the largest EC2 instance's memory)"],
    });
  }
  // Kubernetes rounds fractional bytes up (a request is a minimum).
  return bytes.ceil().toNumber();
}

/** @example vcpuToMillicores(new Decimal("0.25")) //=> 250 */
export function vcpuToMillicores(vcpu: Decimal, field = "vcpu"): number {
  const millicores = vcpu.times(MILLICORES_PER_VCPU);
  if (!millicores.isInteger())
    throw coreError("INVALID_QUANTITY", message("ERR_VCPU_FINER_THAN_MILLICORE", { value: vcpu.toFixed(), field }), { field });
  return millicores.toNumber();
}

/** @example gibToBytes(new Decimal("0.5")) //=> 536870912 */
export function gibToBytes(gib: Decimal): number {
  return gib.times(BYTES_PER_GIB).ceil().toNumber();
}

/** Exact GiB from bytes (power-of-two division always terminates). @example bytesToGib(536870912).toString() //=> "0.5" */
export function bytesToGib(bytes: number): Decimal {
  return new Decimal(bytes).div(BYTES_PER_GIB);
}

/** Exact vCPU from millicores. @example millicoresToVcpu(250).toString() //=> "0.25" */
export function millicoresToVcpu(millicores: number): Decimal {
  return new Decimal(millicores).div(MILLICORES_PER_VCPU);
}
