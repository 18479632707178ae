import { CURRENCIES } from "@repo/core";
import { CliError } from "./cli-error";

/** `--currency` and `--fx` of the commands that report money (issue 21). */
export type ReportingOptions = {
  currency?: string;
  fx?: string;
  /** Not flags: the date and source of `fx` when a multi-scenario report shares one scenario's rate (shared-reporting.ts). */
  fxAsOf?: string;
  fxSource?: string;
  /** Not a flag: drop the scenario's own rate (the report uses the dated default). */
  defaultFx?: boolean;
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

/**
 * The scenario with the flags' reporting currency and exchange rate laid over its `reporting` section
 * (core validates the range: 1 to 10,000 yen per dollar). `--fx` replaces the scenario's rate, its date
 * and source ("CLI --fx", dated "user-set"). Bad flags exit 2 with the allowed values.
 * @example withReportingFlags({ region: "ap-northeast-1" }, { currency: "JPY", fx: "150" }).reporting //=> { currency: "JPY", jpyPerUsd: 150, fxSource: "CLI --fx" }
 */
export function withReportingFlags(raw: unknown, options: ReportingOptions): unknown {
  if (options.currency === undefined && options.fx === undefined && !options.defaultFx) return raw;
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
  const dropped = { jpyPerUsd: undefined, fxAsOf: undefined, fxSource: undefined };
  const fx =
    options.fx === undefined
      ? options.defaultFx
        ? dropped
        : {}
      : {
          jpyPerUsd: Number(options.fx),
          fxAsOf: options.fxAsOf !== undefined && DATE.test(options.fxAsOf) ? options.fxAsOf : undefined,
          fxSource: options.fxSource ?? "CLI --fx",
        };
  const reporting = { ...base, ...(options.currency ? { currency: options.currency } : {}), ...fx };
  return { ...scenario, reporting: Object.fromEntries(Object.entries(reporting).filter(([, v]) => v !== undefined)) };
}
