import { describe, expect, it } from "vitest";
import { cronRuns } from "./cron-runs";

describe("cronRuns", () => {
  it.each([
    { label: "@daily = 0 0 * * * → 1 run a day, 86,400 s apart", schedule: "@daily", expected: { runsPerDay: 1, intervalSeconds: 86400 } },
    { label: "@hourly → 24 runs a day, 3,600 s apart", schedule: "@hourly", expected: { runsPerDay: 24, intervalSeconds: 3600 } },
    {
      label: "every 15 minutes from 09:00 to 17:45 → 4 × 9 hours = 36 a day, shortest gap 900 s (not the day's average 2,400 s)",
      schedule: "*/15 9-17 * * *",
      expected: { runsPerDay: 36, intervalSeconds: 900 },
    },
    {
      label: "minute list 0,30 × every hour → 48 a day, 1,800 s apart",
      schedule: "0,30 * * * *",
      expected: { runsPerDay: 48, intervalSeconds: 1800 },
    },
    { label: "*/2 → 720 a day, 120 s apart (issue 22)", schedule: "*/2 * * * *", expected: { runsPerDay: 720, intervalSeconds: 120 } },
    {
      label: "0,50 * → gaps of 50 and 10 minutes: shortest 600 s",
      schedule: "0,50 * * * *",
      expected: { runsPerDay: 48, intervalSeconds: 600 },
    },
  ])("$label", ({ schedule, expected }) => {
    expect(cronRuns(schedule)).toEqual(expected);
  });

  it.each([
    // An average month is 730 h ÷ 24 = 30.41666… days (core DAYS_PER_MONTH).
    { label: "weekdays 02:00: 30.41666… × 5/7 = 21.72619… → 21.7262", schedule: "0 2 * * 1-5", runsPerMonth: 21.7262 },
    { label: "MON-FRI by name: same as 1-5", schedule: "0 2 * * MON-FRI", runsPerMonth: 21.7262 },
    { label: "@weekly: 30.41666… ÷ 7 = 4.345238… → 4.3452", schedule: "@weekly", runsPerMonth: 4.3452 },
    { label: "@monthly: day 1 of every month → 1", schedule: "@monthly", runsPerMonth: 1 },
    { label: "1st and 15th at 06:00 and 18:00 → 2 days × 2 = 4", schedule: "0 6,18 1,15 * *", runsPerMonth: 4 },
    { label: "@yearly: 1 day × 1/12 of the months → 0.0833", schedule: "@yearly", runsPerMonth: 0.0833 },
    {
      label: "daily in the quarter's first month only (JAN,APR,JUL,OCT): 30.41666… × 4/12 → 10.1389",
      schedule: "0 0 * jan,apr,jul,oct *",
      runsPerMonth: 10.1389,
    },
  ])("$label", ({ schedule, runsPerMonth }) => {
    const runs = cronRuns(schedule);
    expect(runs.runsPerMonth).toBe(runsPerMonth);
    expect(runs.note).toMatch(/average month/);
  });

  it("weekdays at 02:00: one run a day, the closest weekdays 1 day apart → 86,400 s; Mondays only → 7 days", () => {
    expect(cronRuns("0 2 * * 1-5").intervalSeconds).toBe(86_400);
    expect(cronRuns("0 2 * * 1").intervalSeconds).toBe(7 * 86_400);
  });

  it.each([
    { label: "six fields", schedule: "0 0 * * * *", message: /must have 5 fields/ },
    { label: "minute 60", schedule: "60 * * * *", message: /minute field "60"/ },
    { label: "step 0", schedule: "*/0 * * * *", message: /minute field/ },
    { label: "reversed range", schedule: "0 5-2 * * *", message: /hour field "5-2"/ },
  ])("rejects $label with the field named", ({ schedule, message }) => {
    expect(() => cronRuns(schedule)).toThrow(message);
  });
});
