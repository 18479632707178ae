import { CURRENCIES } from "@repo/core";
import { CliError } from "./cli-error";

/** `--currency` and `--fx` of the commands that report money (issue 21). */
export type ReportingOptions = { currency?: string; fx?: string };

const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/**
 * The scenario with the flags' reporting currency and exchange rate laid over its `reporting` section
 * (core validates the range: 1 to 10,000 yen per dollar). `--fx` replaces the scenario's rate, its date
 * and source ("CLI --fx", dated "user-set"). Bad flags exit 2 with the allowed values.
 * @example withReportingFlags({ region: "ap-northeast-1" }, { currency: "JPY", fx: "150" }).reporting //=> { currency: "JPY", jpyPerUsd: 150, fxSource: "CLI --fx" }
 */
export function withReportingFlags(raw: unknown, options: ReportingOptions): unknown {
  if (options.currency === undefined && options.fx === undefined) return raw;
  if (options.currency !== undefined && !(CURRENCIES as readonly string[]).includes(options.currency)) {
    throw new CliError("INVALID_OPTION", `--currency must be one of ${CURRENCIES.join(", ")} (got "${options.currency}")`);
  }
  if (options.fx !== undefined && !PLAIN_DECIMAL.test(options.fx)) {
    throw new CliError("INVALID_OPTION", `--fx must be yen per US dollar as a plain decimal, e.g. 150 or 148.54 (got "${options.fx}")`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw; // core reports the bad scenario
  const scenario = raw as Record<string, unknown>;
  const given = scenario.reporting;
  const base = given && typeof given === "object" && !Array.isArray(given) ? (given as Record<string, unknown>) : {};
  const fx = options.fx === undefined ? {} : { jpyPerUsd: Number(options.fx), fxAsOf: undefined, fxSource: "CLI --fx" };
  const reporting = { ...base, ...(options.currency ? { currency: options.currency } : {}), ...fx };
  return { ...scenario, reporting: Object.fromEntries(Object.entries(reporting).filter(([, v]) => v !== undefined)) };
}
