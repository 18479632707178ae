import { embeddedPriceBook, estimateScenario, type Comparison } from "@repo/core";
import { readScenarioFile } from "./read-scenario-file";

/** Reads a scenario file, optionally overrides its region, and prices it (bad input → exit 2). */
export function loadComparison(file: string, region?: string): Comparison {
  const raw = readScenarioFile(file);
  const input = region && raw && typeof raw === "object" ? { ...raw, region } : raw;
  return estimateScenario(input, embeddedPriceBook());
}
