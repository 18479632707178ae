import { coreError, Decimal, parseDecimal, message } from "@repo/core";

const CPU_UNITS_PER_VCPU = new Decimal(1024);
const MIB_PER_GIB = new Decimal(1024);

/**
 * Task-level cpu as vCPU: "256" (CPU units) → 0.25, "0.25 vCPU" / "1 vcpu" → as written.
 * @example taskVcpu("512", "taskDefinition.cpu").toFixed() //=> "0.5"
 */
export function taskVcpu(value: string | number, field: string): Decimal {
  const text = String(value).trim();
  const match = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(text);
  if (match?.[1]) return parseDecimal(match[1], field);
  if (!/^\d+$/.test(text)) throw coreError("INVALID_WORKLOAD", message("ERR_IMPORT_CPU_TEXT", { value: text, field }), { field });
  return new Decimal(text).div(CPU_UNITS_PER_VCPU);
}

/**
 * Task-level memory as GiB: "512" (MiB) → 0.5, "1 GB" / "2gb" → as written (ECS reads GB as GiB).
 * @example taskMemoryGib("3072", "taskDefinition.memory").toFixed() //=> "3"
 */
export function taskMemoryGib(value: string | number, field: string): Decimal {
  const text = String(value).trim();
  const match = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(text);
  if (match?.[1]) return parseDecimal(match[1], field);
  if (!/^\d+$/.test(text)) throw coreError("INVALID_WORKLOAD", message("ERR_IMPORT_MEMORY_TEXT", { value: text, field }), { field });
  return new Decimal(text).div(MIB_PER_GIB);
}

/** Container CPU units → Kubernetes-style millicores, rounded up to a whole millicore (1,024 units = 1,000m). */
export function unitsToMillicores(units: number): { millicores: number; isExact: boolean } {
  const exact = new Decimal(units).times(1000).div(CPU_UNITS_PER_VCPU);
  return { millicores: exact.ceil().toNumber(), isExact: exact.isInteger() };
}
