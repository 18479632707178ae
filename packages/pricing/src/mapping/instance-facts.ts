import { DecimalStringSchema, type InstanceSpec } from "@repo/core";
import type { Product } from "../price-list/price-list-entry";

/** What the EC2 Price List says about an instance type's hardware. */
export type InstanceFacts = Pick<InstanceSpec, "instanceType" | "vcpu" | "memoryGib" | "architecture" | "gpuCount">;

/**
 * Reads vCPU, memory, architecture and GPU count from an EC2 product's attributes:
 * `vcpu: "2"`, `memory: "8 GiB"` (thousands separators occur: "1,952 GiB"), `physicalProcessor`
 * ("AWS Graviton…" or "Apple M…" → arm64, else x86_64; the Price List's `processorArchitecture`
 * says only "64-bit"), `gpu: "1"` (absent = 0). Returns a reason string when unreadable.
 * @example instanceFacts(m5LargeProduct) //=> { instanceType: "m5.large", vcpu: 2, memoryGib: "8", architecture: "x86_64", gpuCount: 0 }
 */
export function instanceFacts(product: Product): InstanceFacts | string {
  const { instanceType, vcpu, memory, physicalProcessor = "", gpu } = product.attributes;
  if (!instanceType) return `${product.sku}: no instanceType attribute`;
  const vcpuCount = /^\d+$/.test(vcpu ?? "") ? Number.parseInt(vcpu as string, 10) : NaN;
  const memoryMatch = /^([\d,]+(?:\.\d+)?) GiB$/.exec(memory ?? "");
  const memoryGib = memoryMatch ? (memoryMatch[1] as string).replace(/,/g, "") : "";
  if (!(vcpuCount > 0) || !DecimalStringSchema.safeParse(memoryGib).success) {
    return `${instanceType}: unreadable vcpu "${vcpu ?? ""}" or memory "${memory ?? ""}"`;
  }
  const gpuCount = /^\d+$/.test(gpu ?? "") ? Number.parseInt(gpu as string, 10) : 0;
  const architecture = /graviton|apple m\d/i.test(physicalProcessor) ? "arm64" : "x86_64";
  return { instanceType, vcpu: vcpuCount, memoryGib: memoryGib.replace(/\.0+$/, ""), architecture, gpuCount };
}
