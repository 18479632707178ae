import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { PATTERN_IDS } from "../patterns/pattern";
import { cheapestAt, nextSwitch, type LinearTco } from "./linear-switch";

const d = (v: number | string) => new Decimal(v);

describe("nextSwitch: exact crossing of straight TCO lines", () => {
  it("100 + 10x vs flat 300 cross at x = 20 (200 ÷ 10)", () => {
    const lines: LinearTco[] = [
      { pattern: "ecs-fargate", intercept: d(100), slope: d(10) },
      { pattern: "ecs-ec2", intercept: d(300), slope: d(0) },
    ];
    expect(nextSwitch(lines, d(0), "up", d(100))).toEqual({ value: d(20), to: "ecs-ec2" });
    expect(nextSwitch(lines, d(0), "up", d(19))).toBeNull(); // outside the searched range
    expect(nextSwitch(lines, d(50), "down", d(0))).toEqual({ value: d(20), to: "ecs-fargate" });
  });

  it("agrees with a brute-force scan on random lines", () => {
    const line = fc.record({ intercept: fc.integer({ min: 0, max: 1000 }), slope: fc.integer({ min: -50, max: 50 }) });
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 4 }), (raw) => {
        const lines = raw.map((l, i) => ({ pattern: PATTERN_IDS[i]!, intercept: d(l.intercept), slope: d(l.slope) }));
        const found = nextSwitch(lines, d(0), "up", d(40));
        const start = cheapestAt(lines, d(0))!.pattern;
        // brute force on a grid of 1/8 steps: the cheapest on [0, switch) is the start, and changes just past the switch
        const grid = Array.from({ length: 321 }, (_, k) => d(k).div(8));
        const changedAt = grid.find((x) => cheapestAt(lines, x)!.pattern !== start);
        if (!found) {
          expect(changedAt).toBeUndefined();
        } else {
          expect(grid.filter((x) => x.lessThan(found.value)).every((x) => cheapestAt(lines, x)!.pattern === start)).toBe(true);
          expect(cheapestAt(lines, found.value.plus("1e-9"))!.pattern).toBe(found.to);
        }
      }),
    );
  });
});
