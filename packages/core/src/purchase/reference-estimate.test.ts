import { describe, expect, it } from "vitest";
import { estimateScenario } from "../compare/estimate-scenario";
import { renderMessage } from "../messages/english";
import { toComparisonJson } from "../serialize/comparison-json";
import { embeddedPriceBook } from "../snapshot/embedded";

// Issue 13 item 3: "Where only a reference ratio exists for a type or region, the line says it is an estimate
// from that reference (with its source), never silently." The RI / Savings Plan rates of every type are the
// m5.large us-east-1 2021 rows (S3) applied as a ratio; a type without a Spot snapshot row gets the S4 ratio.
// Such lines are marked derived (name, detail, JSON basis + description) and at most "secondary" confidence;
// your own discount, and a type's own Spot snapshot price, are not estimates from a reference.
const book = embeddedPriceBook();
const instancesLine = (ec2Purchase: object, instanceType = "m5.large") => {
  const comparison = estimateScenario(
    {
      region: "us-east-1",
      services: [{ name: "web", taskCount: 3, vcpu: 0.5, memoryGib: 1 }],
      ec2: { instanceType, nodeCount: 3 },
      purchase: { ec2: ec2Purchase },
    },
    book,
  );
  const pattern = comparison.patterns.find((p) => p.id === "ecs-ec2");
  const line = pattern?.lines.find((l) => l.id.endsWith(":instances"));
  const json = toComparisonJson(comparison)
    .patterns.find((p) => p.id === "ecs-ec2")
    ?.lines.find((l) => l.id.endsWith(":instances"));
  if (!pattern || !line || !json) throw new Error("no ecs-ec2 instance line");
  return { pattern, line, json };
};

describe("rates estimated from a reference ratio say so on the line", () => {
  it("1-year Standard RI on m5.large: $0.06/h (S3 row 4NA7Y494T4), marked derived, secondary, with S3 in its source", () => {
    const { line, json } = instancesLine({ option: "reserved" });
    expect(line.rateUsd.toFixed()).toBe("0.06"); // 0.096 × 0.06/0.096
    expect(line.name).toMatch(/\(derived rate\)$/);
    expect(line.detail).toContain("rate derived from a documented rule");
    expect(json.rate).toMatchObject({ basis: "derived", confidence: "secondary", sourceId: "S5;S3" });
    expect((json.rate as { description?: string }).description).toContain("estimate from the m5.large us-east-1 2021 reference");
  });

  it("Compute Savings Plan: the convertible S3 ratio, marked derived; the plan note (not the RI option) says it", () => {
    const { line, json, pattern } = instancesLine({ option: "compute-savings-plan" });
    expect(line.rateUsd.toFixed()).toBe("0.071"); // 0.096 × 0.071/0.096 (S3 row 7NE97W5U4E)
    expect(json.rate).toMatchObject({ basis: "derived", confidence: "secondary" });
    expect(pattern.notes.map(renderMessage).join(" ")).toContain("Compute Savings Plan rates assumed equal to the matching convertible RI");
  });

  it("the RI option itself carries no 'RI rates assumed equal to the matching RI' note (it is the RI)", () => {
    const { pattern } = instancesLine({ option: "reserved" });
    expect(pattern.notes.map(renderMessage).join(" ")).not.toMatch(/Reserved Instance rates assumed equal to the matching/);
  });

  it("your own discount is not a reference estimate: observed basis kept, confidence of the on-demand rate", () => {
    const { line, json } = instancesLine({ option: "reserved", discountPercent: 40 });
    expect(line.rateUsd.toFixed()).toBe("0.0576"); // 0.096 × (1 − 40 %)
    expect(line.name).not.toMatch(/derived rate/);
    expect(json.rate).not.toHaveProperty("basis");
    expect(json.rate).toMatchObject({ confidence: "primary" });
  });

  it("Spot with the type's own snapshot price (m5.large in us-east-1, S33) is observed, not derived", () => {
    const { line, json } = instancesLine({ option: "spot" });
    expect(line.name).not.toMatch(/derived rate/);
    expect(json.rate).not.toHaveProperty("basis");
  });
});
