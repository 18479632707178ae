import { describe, expect, it } from "vitest";
import { InstanceSelectionSchema } from "../scenario/ec2-schema";
import { embeddedPriceBook } from "../snapshot/embedded";
import { instanceFamily, isSelectable } from "./instance-filter";

const book = embeddedPriceBook();
const spec = (type: string) => {
  const found = book.instance(type);
  if (!found) throw new Error(type);
  return found;
};
const defaults = InstanceSelectionSchema.parse({});

describe("instanceFamily", () => {
  it.each([
    { type: "m7g.xlarge", expected: { family: "m7g", generation: 7, isBurstable: false } },
    { type: "t4g.small", expected: { family: "t4g", generation: 4, isBurstable: true } },
    { type: "m8i-flex.large", expected: { family: "m8i-flex", generation: 8, isBurstable: false } },
  ])("$type → $expected.family, generation $expected.generation", ({ type, expected }) => {
    expect(instanceFamily(type)).toEqual(expected);
  });
});

describe("isSelectable (cheapest-fit filters)", () => {
  it.each([
    { label: "general purpose passes the defaults", type: "m5.large", arch: "x86_64" as const, selection: defaults, expected: true },
    { label: "wrong architecture never passes", type: "m7g.large", arch: "x86_64" as const, selection: defaults, expected: false },
    {
      label: "burstable t3 is excluded by default (CPU credits)",
      type: "t3.large",
      arch: "x86_64" as const,
      selection: defaults,
      expected: false,
    },
    {
      label: "burstable allowed when asked",
      type: "t3.large",
      arch: "x86_64" as const,
      selection: InstanceSelectionSchema.parse({ allowBurstable: true }),
      expected: true,
    },
    { label: "GPU type g5 excluded by default", type: "g5.xlarge", arch: "x86_64" as const, selection: defaults, expected: false },
    {
      label: "FPGA f2 counts as an accelerator though the EC2 API reports 0 GPUs",
      type: "f2.6xlarge",
      arch: "x86_64" as const,
      selection: defaults,
      expected: false,
    },
    {
      label: "naming a family includes it even if accelerated",
      type: "g5.xlarge",
      arch: "x86_64" as const,
      selection: InstanceSelectionSchema.parse({ families: ["g5"] }),
      expected: true,
    },
    {
      label: "minGeneration 6 drops m5",
      type: "m5.large",
      arch: "x86_64" as const,
      selection: InstanceSelectionSchema.parse({ minGeneration: 6 }),
      expected: false,
    },
    {
      label: "excluded family",
      type: "m5.large",
      arch: "x86_64" as const,
      selection: InstanceSelectionSchema.parse({ excludeFamilies: ["m5"] }),
      expected: false,
    },
  ])("$label", ({ type, arch, selection, expected }) => {
    expect(isSelectable(spec(type), arch, selection)).toBe(expected);
  });
});
