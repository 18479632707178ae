import { modelScenario, scenarioOfDocument, type ModelResult } from "@repo/core";
import { loadPriceBook } from "./load-price-book";
import { readScenarioFile } from "./read-scenario-file";

/**
 * Reads a scenario file (or a web JSON export, which carries its scenario as `input`), optionally
 * overrides its region, and runs the one model (constraints applied) with the embedded snapshot or
 * the snapshot file given (bad input → exit 2).
 */
export function loadResult(file: string, region?: string, pricesFile?: string): ModelResult {
  const raw = scenarioOfDocument(readScenarioFile(file));
  const input = region && raw && typeof raw === "object" ? { ...raw, region } : raw;
  return modelScenario(input, loadPriceBook(pricesFile));
}
