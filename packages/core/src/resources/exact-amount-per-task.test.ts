import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { exactAmountPerTask, quantityAtCount, quantityIsZero, type PerTaskQuantity } from "./per-task-quantity";

const taskHours = (hours: string, units: string): PerTaskQuantity => ({
  kind: "task-hours",
  hoursPerTask: new Decimal(hours),
  unitsPerTask: new Decimal(units),
});

describe("exactAmountPerTask", () => {
  it("730 h × 0.25 vCPU × $0.04048 (us-east-1 Fargate vCPU-hour) = $7.3876 a task; 3 tasks = $22.1628, as the three steps give", () => {
    const term = taskHours("730", "0.25");
    const rate = new Decimal("0.04048");
    expect(exactAmountPerTask(term, rate)?.toString()).toBe("7.3876");
    expect(quantityAtCount(term, 3).times(rate).toString()).toBe("22.1628");
  });

  it("public IPv4: 2 addresses × 730 h × $0.005 = $7.30 a task", () => {
    expect(
      exactAmountPerTask({ kind: "addresses", addressesPerTask: 2, hoursPerMonth: new Decimal(730) }, new Decimal("0.005"))?.toString(),
    ).toBe("7.3");
  });

  it("a batch schedule's hours (4 runs a day × 600 s: 730/24 × 4 ÷ 6, rounded at the 40th digit) are not exact: undefined", () => {
    const hours = new Decimal(730).div(24).times(4).div(6);
    expect(hours.sd()).toBe(40);
    expect(
      exactAmountPerTask({ kind: "task-hours", hoursPerTask: hours, unitsPerTask: new Decimal("0.25") }, new Decimal("0.04048")),
    ).toBeUndefined();
  });

  it("whenever it is defined, n × it is the three-step amount to the last digit (random short decimals and counts)", () => {
    const short = fc
      .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 10 }))
      .map(([n, places]) => new Decimal(n).div(10 ** places));
    fc.assert(
      fc.property(short, short, short, fc.integer({ min: 0, max: 500_000 }), (hours, units, rate, count) => {
        const term: PerTaskQuantity = { kind: "task-hours", hoursPerTask: hours, unitsPerTask: units };
        const perTask = exactAmountPerTask(term, rate);
        expect(perTask).toBeDefined();
        expect(perTask?.times(count).toString()).toBe(quantityAtCount(term, count).times(rate).toString());
      }),
      { numRuns: 500 },
    );
  });
});

describe("quantityIsZero", () => {
  it.each([
    { label: "no tasks", term: taskHours("730", "0.25"), count: 0, zero: true },
    { label: "no hours (a schedule that never runs)", term: taskHours("0", "0.25"), count: 3, zero: true },
    { label: "no extra storage", term: taskHours("730", "0"), count: 3, zero: true },
    { label: "3 tasks of 0.25 vCPU all month", term: taskHours("730", "0.25"), count: 3, zero: false },
  ])("$label → $zero, as quantityAtCount says", ({ term, count, zero }) => {
    expect(quantityIsZero(term, count)).toBe(zero);
    expect(quantityAtCount(term, count).isZero()).toBe(zero);
  });
});
