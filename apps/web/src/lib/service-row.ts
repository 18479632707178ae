/**
 * One service row of the form, exactly as the user typed it (strings), so a bad value survives the
 * URL round trip and is shown beside its field instead of being silently replaced.
 *
 * URL form (one row): `name;count;vcpu;memoryGib;arch;os;schedule[;egressGb;trafficGb;logGb]`, rows joined by ",".
 * The three usage fields (issue 15: services[].monthlyInternetEgressGb, monthlyServiceTrafficGb,
 * logIngestionGbPerMonth) are written only when one is set, so older links read unchanged.
 * Schedule: `h730` (always on, hours per month), `d1x1200` (runs per day × seconds per run),
 * `m4x3600` (runs per month × seconds per run).
 */
import { SERVICE_DEFAULTS } from "./schema-defaults";

export const SCHEDULE_KINDS = ["hours", "daily", "monthly"] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

export type ServiceRow = {
  name: string;
  count: string;
  vcpu: string;
  memoryGib: string;
  arch: string;
  os: string;
  scheduleKind: ScheduleKind;
  /** hours per month (hours) or runs (daily/monthly). */
  scheduleA: string;
  /** seconds per run (daily/monthly); unused for hours. */
  scheduleB: string;
  /** GB a month to the internet, to other services, and of logs ingested (empty = the schema's 0). */
  egressGb: string;
  trafficGb: string;
  logGb: string;
};

/** A row's usage fields, empty: the schema's zero (listed as "not estimated" by the core). */
export const NO_USAGE = { egressGb: "", trafficGb: "", logGb: "" } as const;

const KIND_LETTER: Record<ScheduleKind, string> = { hours: "h", daily: "d", monthly: "m" };

/** Escapes the row and field separators (and %) inside one field. */
function escapeField(value: string): string {
  // most fields ("web", "0.5", "h730") hold none of the three: returned as they are
  return /[%;,]/.test(value) ? value.replace(/%/g, "%25").replace(/;/g, "%3B").replace(/,/g, "%2C") : value;
}

function unescapeField(value: string): string {
  return value.replace(/%3B/gi, ";").replace(/%2C/gi, ",").replace(/%25/g, "%");
}

/** @example encodeSchedule({ scheduleKind: "daily", scheduleA: "1", scheduleB: "1200" }) //=> "d1x1200" */
export function encodeSchedule(row: Pick<ServiceRow, "scheduleKind" | "scheduleA" | "scheduleB">): string {
  const letter = KIND_LETTER[row.scheduleKind];
  return row.scheduleKind === "hours" ? `${letter}${row.scheduleA}` : `${letter}${row.scheduleA}x${row.scheduleB}`;
}

/** @example decodeSchedule("m4x3600") //=> { scheduleKind: "monthly", scheduleA: "4", scheduleB: "3600" } */
export function decodeSchedule(text: string): Pick<ServiceRow, "scheduleKind" | "scheduleA" | "scheduleB"> {
  const letter = text.charAt(0);
  const rest = text.slice(1);
  if (letter === "d" || letter === "m") {
    // Runs never contain "x" (a number); split at the first one so the seconds text survives as typed.
    const at = rest.indexOf("x");
    const [a, b] = at < 0 ? [rest, ""] : [rest.slice(0, at), rest.slice(at + 1)];
    return { scheduleKind: letter === "d" ? "daily" : "monthly", scheduleA: a, scheduleB: b };
  }
  // "h730", or anything unrecognised: kept as the hours text so the form shows what the URL said.
  return { scheduleKind: "hours", scheduleA: letter === "h" ? rest : text, scheduleB: "" };
}

/** @example encodeRow(webRow) //=> "web;4;0.5;1;arm64;linux;h730" */
export function encodeRow(row: ServiceRow): string {
  const usage = row.egressGb || row.trafficGb || row.logGb ? [row.egressGb, row.trafficGb, row.logGb] : [];
  return [row.name, row.count, row.vcpu, row.memoryGib, row.arch, row.os, encodeSchedule(row), ...usage].map(escapeField).join(";");
}

/** Never throws: missing parts become empty strings, which validation then names. */
export function decodeRow(text: string): ServiceRow {
  const [
    name = "",
    count = "",
    vcpu = "",
    memoryGib = "",
    arch = "",
    os = "",
    schedule = "h730",
    egressGb = "",
    trafficGb = "",
    logGb = "",
  ] = text.split(";").map(unescapeField);
  return { name, count, vcpu, memoryGib, arch, os, ...decodeSchedule(schedule), egressGb, trafficGb, logGb };
}

export function encodeRows(rows: readonly ServiceRow[]): string {
  return rows.map(encodeRow).join(",");
}

export function decodeRows(text: string): ServiceRow[] {
  return text === "" ? [] : text.split(",").map(decodeRow);
}

/** A new row: 2 tasks of 0.5 vCPU / 1 GiB, always on; architecture and OS are the schema's defaults. */
export function blankRow(index: number): ServiceRow {
  return {
    name: `service-${index + 1}`,
    count: "2",
    vcpu: "0.5",
    memoryGib: "1",
    arch: SERVICE_DEFAULTS.arch,
    os: SERVICE_DEFAULTS.os,
    scheduleKind: "hours",
    scheduleA: "730",
    scheduleB: "",
    ...NO_USAGE,
  };
}
