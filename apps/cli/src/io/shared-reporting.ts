import { toDecimalString, type ModelResult, type ReportingCurrency } from "@repo/core";
import type { Command } from "commander";
import type { ReportingOptions } from "./reporting-options";

/** `--currency` and `--fx` on a command that reports money (estimate, compare, diff, portfolio). */
export function reportingFlags(command: Command): Command {
  return command
    .option("--currency <code>", "report every figure in USD or JPY (default: the (first) scenario's reporting.currency, else USD)")
    .option(
      "--fx <jpyPerUsd>",
      "yen per US dollar for the report (default: the (first) scenario's reporting.jpyPerUsd, else ¥148.54, Federal Reserve H.10 of 2024-02-02)",
    );
}

const sameRate = (a: ReportingCurrency, b: ReportingCurrency) =>
  a.currency === b.currency && a.fx.jpyPerUsd.equals(b.fx.jpyPerUsd) && a.fx.asOf === b.fx.asOf && a.fx.source === b.fx.source;

/**
 * Several scenarios in one report at ONE currency and ONE rate (issue 21): the flags' (laid over every file), else
 * the first scenario's `reporting`; a later scenario that states another currency or rate is re-run at the first's
 * (so a yen engineer rate in it is converted at the report's rate too). Returns the results and that reporting.
 * @example loadShared(["a.yaml", "b.yaml"], (file, o) => loadResult(file, undefined, undefined, o), { fx: "150" }).reporting.fx.jpyPerUsd.toFixed() //=> "150"
 */
export function loadShared<T>(
  items: readonly T[],
  load: (item: T, options: ReportingOptions) => ModelResult,
  flags: ReportingOptions,
): { results: ModelResult[]; reporting: ReportingCurrency } {
  const first = items[0];
  if (first === undefined) throw new Error("loadShared: no scenario");
  const head = load(first, flags);
  const reporting = head.reporting;
  const shared: ReportingOptions = {
    currency: reporting.currency,
    ...(reporting.fx.userSet
      ? { fx: toDecimalString(reporting.fx.jpyPerUsd), fxAsOf: reporting.fx.asOf, fxSource: reporting.fx.source }
      : { defaultFx: true }),
  };
  const results = [
    head,
    ...items.slice(1).map((item) => {
      const result = load(item, flags);
      return sameRate(result.reporting, reporting) ? result : load(item, shared);
    }),
  ];
  return { results, reporting };
}
