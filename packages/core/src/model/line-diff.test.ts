import { estimateScenario } from "../compare/estimate-scenario";
import type { CostLine } from "../lines/cost-line";
import { Decimal } from "../money/decimal";
import type { PatternEstimate } from "../patterns/pattern";
import { embeddedPriceBook } from "../snapshot/embedded";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPatternLines } from "./line-diff";

const book = embeddedPriceBook();
const ecsFargate = (taskCount: number, architecture: "x86_64" | "arm64") =>
  estimateScenario({ region: "us-east-1", services: [{ name: "web", taskCount, vcpu: 0.5, memoryGib: 1, architecture }] }, book)
    .patterns[0] as PatternEstimate;

describe("diffPatternLines", () => {
  it("matches lines by id and splits the delta into quantity and rate effects (x86 2 tasks → ARM 4 tasks)", () => {
    // vCPU: 730 → 1460 vCPU-hours, 0.04048 → 0.03238 (S2): quantity effect 730 × 0.04048 = 29.5504,
    // rate effect 1460 × (0.03238 − 0.04048) = −11.826; together 47.2748 − 29.5504 = 17.7244.
    const [vcpu] = diffPatternLines(ecsFargate(2, "x86_64"), ecsFargate(4, "arm64"));
    expect([vcpu?.change, vcpu?.quantityEffectUsd.toFixed(), vcpu?.rateEffectUsd.toFixed(), vcpu?.deltaMonthlyUsd.toFixed()]).toEqual([
      "changed",
      "29.5504",
      "-11.826",
      "17.7244",
    ]);
  });

  it("reports removed and added lines when ids differ (0 tasks has no lines)", () => {
    expect(diffPatternLines(ecsFargate(2, "x86_64"), ecsFargate(0, "x86_64")).map((l) => l.change)).toEqual(["removed", "removed"]);
    expect(diffPatternLines(undefined, ecsFargate(1, "x86_64")).map((l) => l.change)).toEqual(["added", "added"]);
  });

  it("property: quantity effect + rate effect = delta exactly, for any quantities and rates", () => {
    const decimal = fc
      .integer({ min: 0, max: 10 ** 9 })
      .chain((n) => fc.integer({ min: 0, max: 10 }).map((s) => new Decimal(n).div(new Decimal(10).pow(s))));
    const line = (quantity: Decimal, rateUsd: Decimal): CostLine =>
      ({
        id: "x",
        name: "x",
        category: "compute",
        quantity,
        unit: "hour",
        rateUsd,
        monthlyUsd: quantity.times(rateUsd),
        detail: "",
        rate: { region: "us-east-1", usage: "x", priceUsd: rateUsd.toFixed(), unit: "hour", sourceId: "S2", asOf: "2026" },
      }) as CostLine;
    fc.assert(
      fc.property(decimal, decimal, decimal, decimal, (q0, r0, q1, r1) => {
        const pattern = (l: CostLine) => ({ lines: [l] }) as PatternEstimate;
        const [diff] = diffPatternLines(pattern(line(q0, r0)), pattern(line(q1, r1)));
        expect(diff?.quantityEffectUsd.plus(diff.rateEffectUsd).eq(diff.deltaMonthlyUsd)).toBe(true);
      }),
    );
  });
});
