import { coreError, DAYS_PER_MONTH, Decimal, message } from "@repo/core";

const MACROS: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};
const NAMES: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};
const FIELDS = [
  { name: "CRON_MINUTE", min: 0, max: 59 },
  { name: "CRON_HOUR", min: 0, max: 23 },
  { name: "CRON_DAY_OF_MONTH", min: 1, max: 31 },
  { name: "CRON_MONTH", min: 1, max: 12 },
  { name: "CRON_DAY_OF_WEEK", min: 0, max: 7 },
] as const;

/** The values one cron field matches: `*`, `5`, `1-5`, `*\/15`, `0-30/10`, `MON-FRI`, lists of these. */
export function cronFieldValues(text: string, index: number, schedule: string): Set<number> {
  const spec = FIELDS[index] ?? FIELDS[0];
  const bad = () =>
    coreError("INVALID_WORKLOAD", message("ERR_CRON_FIELD", { schedule, cronField: spec.name, value: text, field: "spec.schedule" }), {
      field: "spec.schedule",
    });
  const toNumber = (token: string): number => {
    const value = /^\d+$/.test(token) ? Number(token) : NAMES[token.toLowerCase()];
    if (value === undefined || value < spec.min || value > spec.max) throw bad();
    return value;
  };
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [range = "", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw bad();
    const [from, to] =
      range === "*" || range === "?"
        ? [spec.min, spec.max]
        : range.includes("-")
          ? range.split("-").map(toNumber)
          : [toNumber(range), stepText ? spec.max : toNumber(range)];
    if (from === undefined || to === undefined || from > to) throw bad();
    for (let v = from; v <= to; v += step) values.add(index === 4 && v === 7 ? 0 : v);
  }
  return values;
}

export type CronRuns = {
  runsPerDay?: number;
  runsPerMonth?: number;
  note?: string;
  /** The shortest gap between two scheduled starts, in seconds (the core's schedule.intervalSeconds). */
  intervalSeconds: number;
};

const sortedGaps = (values: readonly number[], period: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  let gap = first + period - last;
  for (let i = 1; i < sorted.length; i += 1) gap = Math.min(gap, (sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  return gap;
};

/**
 * The shortest gap between two starts: within a day, between the matching minutes of the day (the last run
 * to the next day's first counts too); one run a day, between the closest matching days (day of week in a
 * 7-day week, day of month in a 28-day month, the shortest, so the overlap check never errs on the short side).
 * @example shortestIntervalSeconds(new Set([0, 15, 30, 45]), new Set([9]), …) //=> 900
 */
function shortestIntervalSeconds(
  minutes: Set<number>,
  hours: Set<number>,
  dayGaps: { dom: Set<number> | undefined; dow: Set<number> | undefined },
): number {
  const times = [...hours].flatMap((h) => [...minutes].map((m) => h * 60 + m));
  if (times.length > 1) return sortedGaps(times, 1440) * 60;
  // Cron ORs a restricted day of month with a restricted day of week; an unrestricted one does not count.
  const days = [dayGaps.dom ? sortedGaps([...dayGaps.dom], 28) : 0, dayGaps.dow ? sortedGaps([...dayGaps.dow], 7) : 0].filter(
    (gap) => gap > 0,
  );
  return (days.length > 0 ? Math.min(...days) : 1) * 86_400;
}

const rounded = (value: Decimal): number => value.toDecimalPlaces(4).toNumber();

/**
 * Runs in an average month (730 h = 30.41666… days) of a Kubernetes CronJob schedule (5-field cron or @macro).
 * Every day: runsPerDay = minutes × hours. Restricted days: runsPerMonth from the average month,
 * rounded to 4 places and said so (cron ORs day-of-month and day-of-week when both are restricted).
 * @example cronRuns("*\/15 9-17 * * *") //=> { runsPerDay: 36 }
 * @example cronRuns("0 2 * * 1-5").runsPerMonth //=> 21.7262 (5/7 of 30.4167 days)
 */
export function cronRuns(schedule: string): CronRuns {
  const expanded = MACROS[schedule.trim().toLowerCase()] ?? schedule.trim();
  const fields = expanded.split(/\s+/);
  if (fields.length !== 5)
    throw coreError("INVALID_WORKLOAD", message("ERR_CRON_FIELD_COUNT", { schedule, field: "spec.schedule" }), { field: "spec.schedule" });
  const [minutes, hours, days, months, weekdays] = fields.map((text, i) => cronFieldValues(text, i, schedule));
  const perDay = new Decimal((minutes?.size ?? 0) * (hours?.size ?? 0));
  const isEveryDom = fields[2] === "*" || fields[2] === "?";
  const isEveryDow = fields[4] === "*" || fields[4] === "?";
  const monthShare = new Decimal(months?.size ?? 12).div(12);
  const intervalSeconds = shortestIntervalSeconds(minutes ?? new Set(), hours ?? new Set(), {
    dom: isEveryDom ? undefined : days,
    dow: isEveryDow ? undefined : weekdays,
  });
  if (isEveryDom && isEveryDow && monthShare.eq(1)) return { runsPerDay: perDay.toNumber(), intervalSeconds };
  const domDays = isEveryDom ? (isEveryDow ? DAYS_PER_MONTH : new Decimal(0)) : new Decimal(days?.size ?? 0);
  const dowDays = isEveryDow ? new Decimal(0) : DAYS_PER_MONTH.times(weekdays?.size ?? 0).div(7);
  const runs = perDay.times(domDays.plus(dowDays)).times(monthShare);
  const parts = [
    !isEveryDom ? `${days?.size ?? 0} day(s) of the month` : "",
    !isEveryDow ? `${weekdays?.size ?? 0}/7 of the days` : "",
    !monthShare.eq(1) ? `${months?.size ?? 0}/12 months` : "",
  ].filter(Boolean);
  const overlap = !isEveryDom && !isEveryDow ? "; days matching both fields are counted twice" : "";
  return {
    intervalSeconds,
    runsPerMonth: rounded(runs),
    note: `average month of 30.42 days: ${perDay.toFixed()} run(s) a day × ${parts.join(" × ")}${overlap}`,
  };
}
