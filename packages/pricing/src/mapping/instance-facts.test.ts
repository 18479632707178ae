import { describe, expect, it } from "vitest";
import { recordedEntry } from "../testing/recorded";
import type { Product } from "../price-list/price-list-entry";
import { instanceFacts } from "./instance-facts";

const m5 = (recordedEntry("AmazonEC2_m5.large_us-east-1_2021-02-05_PriceListEntry.json") as { product: Product }).product;
const withAttributes = (attributes: Record<string, string>): Product => ({ ...m5, attributes: { ...m5.attributes, ...attributes } });

describe("instanceFacts", () => {
  it.each([
    {
      label: "recorded m5.large (S3): 2 vCPU, 8 GiB, Intel → x86_64",
      product: m5,
      expected: { instanceType: "m5.large", vcpu: 2, memoryGib: "8", architecture: "x86_64", gpuCount: 0 },
    },
    {
      label: "Graviton processor → arm64",
      product: withAttributes({ instanceType: "m7g.large", physicalProcessor: "AWS Graviton3 Processor" }),
      expected: { instanceType: "m7g.large", vcpu: 2, memoryGib: "8", architecture: "arm64", gpuCount: 0 },
    },
    {
      label: "thousands separator and GPU count (u-/p-class sizes)",
      product: withAttributes({ instanceType: "p5.48xlarge", vcpu: "192", memory: "2,048 GiB", gpu: "8" }),
      expected: { instanceType: "p5.48xlarge", vcpu: 192, memoryGib: "2048", architecture: "x86_64", gpuCount: 8 },
    },
    {
      label: "fractional memory kept exact",
      product: withAttributes({ instanceType: "t3.nano", memory: "0.5 GiB" }),
      expected: { instanceType: "t3.nano", vcpu: 2, memoryGib: "0.5", architecture: "x86_64", gpuCount: 0 },
    },
  ])("$label", ({ product, expected }) => {
    expect(instanceFacts(product)).toEqual(expected);
  });

  it("unreadable memory is reported, not guessed", () => {
    expect(instanceFacts(withAttributes({ memory: "NA" }))).toBe('m5.large: unreadable vcpu "2" or memory "NA"');
  });
});
