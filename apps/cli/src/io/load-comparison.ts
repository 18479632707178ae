import { modelScenario, scenarioOfDocument, type ModelResult } from "@repo/core";
import { loadPriceBook } from "./load-price-book";
import { readScenarioFile } from "./read-scenario-file";
import { withReportingFlags, type ReportingOptions } from "./reporting-options";

/**
 * Reads a scenario file (or a web JSON export, which carries its scenario as `input`), optionally
 * overrides its region, and runs the one model (constraints applied) with the embedded snapshot or
 * the snapshot file given (bad input → exit 2); `--currency` / `--fx` are laid over the scenario's
 * `reporting` section.
 */
export function loadResult(file: string, region?: string, pricesFile?: string, reporting: ReportingOptions = {}): ModelResult {
  const raw = withReportingFlags(scenarioOfDocument(readScenarioFile(file)), reporting);
  const input = region && raw && typeof raw === "object" ? { ...raw, region } : raw;
  return modelScenario(input, loadPriceBook(pricesFile));
}
