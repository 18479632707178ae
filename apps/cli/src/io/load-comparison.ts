import { estimateScenario, type Comparison } from "@repo/core";
import { loadPriceBook } from "./load-price-book";
import { readScenarioFile } from "./read-scenario-file";

/**
 * Reads a scenario file, optionally overrides its region, and prices it with the embedded snapshot
 * or the snapshot file given (bad input → exit 2).
 */
export function loadComparison(file: string, region?: string, pricesFile?: string): Comparison {
  const raw = readScenarioFile(file);
  const input = region && raw && typeof raw === "object" ? { ...raw, region } : raw;
  return estimateScenario(input, loadPriceBook(pricesFile));
}
