import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { batchRuns, CONCURRENCY_POLICIES } from "./batch-runs";

const d = (value: number | string) => new Decimal(value);
/** `*\/2 * * * *`: 720 runs a day × 30.41666… days = 21,900 runs a month, one every 120 s. */
const everyTwoMinutes = { scheduledRunsPerMonth: d(21900), durationSeconds: d(3600) };

describe("batchRuns: schedules as Kubernetes runs a CronJob", () => {
  it("Forbid, no startingDeadlineSeconds: skipped runs start as soon as the previous ends → 21,900 × 120 ÷ 3,600 = 730 runs, 1 at a time", () => {
    const runs = batchRuns({ ...everyTwoMinutes, concurrencyPolicy: "Forbid" });
    expect(runs.runsPerMonth.toFixed()).toBe("730");
    expect(runs.concurrentRuns).toBe(1);
    expect(runs.intervalSeconds.toFixed()).toBe("120");
    expect(runs.overlaps).toBe(true);
  });

  it("Forbid, a 1,000 s run every 300 s with startingDeadlineSeconds 60: 1,000 mod 300 = 100 s late > 60 → waits for the next start: cycle ⌈1000/300⌉ × 300 = 1,200 s", () => {
    // 8,760 runs a month = one every 2,628,000 ÷ 8,760 = 300 s; started = 8,760 × 300 ÷ 1,200 = 2,190.
    const runs = batchRuns({
      scheduledRunsPerMonth: d(8760),
      durationSeconds: d(1000),
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: d(60),
    });
    expect(runs.runsPerMonth.toFixed()).toBe("2190");
    expect(runs.durationSeconds.toFixed()).toBe("1000");
  });

  it("Forbid with startingDeadlineSeconds 200 (≥ the 100 s lateness): back to back again → 8,760 × 300 ÷ 1,000 = 2,628 runs", () => {
    const runs = batchRuns({
      scheduledRunsPerMonth: d(8760),
      durationSeconds: d(1000),
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: d(200),
    });
    expect(runs.runsPerMonth.toFixed()).toBe("2628");
  });

  it("Replace: every run starts and is stopped at the next start → 21,900 runs of 120 s = 730 h, 1 at a time", () => {
    const runs = batchRuns({ ...everyTwoMinutes, concurrencyPolicy: "Replace" });
    expect(runs.runsPerMonth.toFixed()).toBe("21900");
    expect(runs.durationSeconds.toFixed()).toBe("120");
    expect(runs.concurrentRuns).toBe(1);
  });

  it("Allow: every run starts and lasts its 3,600 s → ⌈3600 ÷ 120⌉ = 30 alive at once (the issue's 30 pods)", () => {
    const runs = batchRuns({ ...everyTwoMinutes, concurrencyPolicy: "Allow" });
    expect(runs.runsPerMonth.toFixed()).toBe("21900");
    expect(runs.concurrentRuns).toBe(30);
  });

  it("activeDeadlineSeconds 90 cuts each 3,600 s run to 90 s < 120 s: no overlap under any policy", () => {
    for (const concurrencyPolicy of CONCURRENCY_POLICIES) {
      const runs = batchRuns({ ...everyTwoMinutes, concurrencyPolicy, activeDeadlineSeconds: d(90) });
      expect(runs).toMatchObject({ concurrentRuns: 1, overlaps: false, cutByDeadline: true });
      expect(runs.durationSeconds.toFixed()).toBe("90");
      expect(runs.runsPerMonth.toFixed()).toBe("21900");
    }
  });

  it("a given shortest interval (*/15 9-17: 900 s) is used instead of the month's average (2,628,000 ÷ 1,095 = 2,400 s)", () => {
    const runs = batchRuns({
      scheduledRunsPerMonth: d(1095),
      durationSeconds: d(1800),
      intervalSeconds: d(900),
      concurrencyPolicy: "Allow",
    });
    expect(runs.concurrentRuns).toBe(2);
    expect(runs.overlaps).toBe(true);
  });

  it("invariant: Forbid and Replace never keep more than one run alive and never run longer than the month; Allow keeps every run", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_628_000 }),
        fc.integer({ min: 1, max: 2_628_000 }),
        fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
        (scheduled, duration, deadline) => {
          for (const concurrencyPolicy of CONCURRENCY_POLICIES) {
            const runs = batchRuns({
              scheduledRunsPerMonth: d(scheduled),
              durationSeconds: d(duration),
              concurrencyPolicy,
              startingDeadlineSeconds: deadline === undefined ? undefined : d(deadline),
            });
            const busySeconds = runs.runsPerMonth.times(runs.durationSeconds);
            if (concurrencyPolicy === "Allow") {
              expect(busySeconds.toFixed()).toBe(d(scheduled).times(duration).toFixed());
            } else {
              expect(runs.concurrentRuns).toBe(1);
              expect(busySeconds.lte(2_628_000 + 1e-9)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
