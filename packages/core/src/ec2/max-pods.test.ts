import { describe, expect, it } from "vitest";
import { embeddedPriceBook } from "../snapshot/embedded";
import { eksMaxPods } from "./max-pods";

const book = embeddedPriceBook();
const spec = (type: string) => {
  const found = book.instance(type);
  if (!found) throw new Error(`no ${type} in the catalog`);
  return found;
};

describe("eksMaxPods", () => {
  // Catalog rows (ec2_instance_specs.csv, S27;S29): m5.large 3 ENIs × 10 IPv4 → 29; t3.nano 2 × 2 → 4;
  // m5.8xlarge 32 vCPU, 8 × 30 → 234; m5.24xlarge 96 vCPU, 15 × 50 → 737.
  it.each([
    { label: "ENI mode is the published figure: m5.large 3 × (10 − 1) + 2", type: "m5.large", mode: "eni" as const, expected: 29 },
    { label: "ENI mode is not capped: m5.24xlarge 15 × 49 + 2", type: "m5.24xlarge", mode: "eni" as const, expected: 737 },
    {
      label: "prefix delegation, ≤ 30 vCPU: min(110, 3 × 9 × 16 + 2 = 434)",
      type: "m5.large",
      mode: "prefix-delegation" as const,
      expected: 110,
    },
    {
      label: "prefix delegation, > 30 vCPU: min(250, 8 × 29 × 16 + 2)",
      type: "m5.8xlarge",
      mode: "prefix-delegation" as const,
      expected: 250,
    },
    {
      label: "prefix delegation lowers a big node to 250: m5.24xlarge",
      type: "m5.24xlarge",
      mode: "prefix-delegation" as const,
      expected: 250,
    },
    {
      label: "prefix delegation on a tiny node: t3.nano 2 × 1 × 16 + 2 = 34",
      type: "t3.nano",
      mode: "prefix-delegation" as const,
      expected: 34,
    },
  ])("$label → $expected", ({ type, mode, expected }) => {
    expect(eksMaxPods(spec(type), mode)).toBe(expected);
  });
});
