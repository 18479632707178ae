import { embeddedPriceBook, estimateScenario, toDecimalString } from "@repo/core";
import { describe, expect, it } from "vitest";
import { SMALL_WEB_APP } from "./presets";
import { breakEvens, scaledTaskCount, scaleSeries } from "./scale-series";
import { toScenario } from "./to-scenario";
import type { ScalePoint } from "./view-types";

const point = (factor: number, totals: ScalePoint["totals"]): ScalePoint => ({ factor, taskCount: factor, totals });

describe("scaled task counts", () => {
  it.each([
    { label: "×1 keeps the count", count: 4, factor: 1, expected: 4 },
    { label: "×0.25 of 4 is 1 task", count: 4, factor: 0.25, expected: 1 },
    { label: "a running service keeps at least one task", count: 1, factor: 0.25, expected: 1 },
    { label: "a stopped service stays stopped", count: 0, factor: 16, expected: 0 },
    { label: "×0.5 of 3 rounds 1.5 to 2 whole tasks", count: 3, factor: 0.5, expected: 2 },
  ])("$label", ({ count, factor, expected }) => {
    expect(scaledTaskCount(count, factor)).toBe(expected);
  });
});

describe("break-even points", () => {
  it("a crossing between samples is interpolated linearly: diffs −5 then +2 → 5/7 of the way", () => {
    // a − b = 10 − 15 = −5 at ×1 and 20 − 18 = +2 at ×2: zero at t = 5 / (5 + 2) = 5/7,
    // factor 1 + 5/7 = 1.714 (3 places), cost a = 10 + 5/7 × 10 = 17.142857…
    const [found, ...rest] = breakEvens([point(1, { "ecs-fargate": "10", "ecs-ec2": "15" }), point(2, { "ecs-fargate": "20", "ecs-ec2": "18" })]);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ cheaperBelow: "ecs-fargate", cheaperAbove: "ecs-ec2", factor: 1.714, between: [1, 2] });
    expect(found?.monthlyUsd.startsWith("17.142857142857")).toBe(true);
  });

  it("equal totals exactly on a sample are the break-even at that sample", () => {
    const found = breakEvens([
      point(1, { "ecs-fargate": "10", "eks-ec2": "20" }), point(2, { "ecs-fargate": "30", "eks-ec2": "30" }), point(4, { "ecs-fargate": "60", "eks-ec2": "40" }),
    ]);
    expect(found).toEqual([{ cheaperBelow: "ecs-fargate", cheaperAbove: "eks-ec2", factor: 2, monthlyUsd: "30", between: [2, 2] }]);
  });

  it("touching without changing order is not a break-even", () => {
    expect(breakEvens([point(1, { "ecs-fargate": "10", "ecs-ec2": "20" }), point(2, { "ecs-fargate": "20", "ecs-ec2": "20" }), point(4, { "ecs-fargate": "30", "ecs-ec2": "40" })])).toEqual([]);
  });

  it("a pattern without a total at a scale (ruled out) is skipped there, not treated as $0", () => {
    expect(breakEvens([point(1, { "ecs-fargate": "10", "ecs-ec2": "20" }), point(2, { "ecs-ec2": "5" }), point(4, { "ecs-fargate": "30", "ecs-ec2": "40" })])).toEqual([]);
  });
});

describe("scale series", () => {
  it("the ×1 point is exactly the core's estimate of the unscaled scenario", () => {
    const { input } = toScenario(SMALL_WEB_APP.state);
    if (!input) throw new Error("preset invalid");
    const book = embeddedPriceBook();
    const atOne = scaleSeries(input, book).find((p) => p.factor === 1);
    const comparison = estimateScenario(input, book);
    for (const pattern of comparison.patterns) {
      expect(atOne?.totals[pattern.id]).toBe(pattern.monthlyUsd === null ? undefined : toDecimalString(pattern.monthlyUsd));
    }
  });

  it("totals never fall as the workload grows (more tasks cannot cost less)", () => {
    const { input } = toScenario(SMALL_WEB_APP.state);
    if (!input) throw new Error("preset invalid");
    const points = scaleSeries(input, embeddedPriceBook());
    for (const id of ["ecs-fargate", "ecs-ec2", "eks-fargate", "eks-ec2"] as const) {
      const totals = points.map((p) => Number(p.totals[id]));
      expect(totals).toEqual([...totals].sort((x, y) => x - y));
    }
  });
});
