import { embeddedPriceBook } from "../snapshot/embedded";
import type { Comparison } from "./estimate-scenario";
import { estimateScenario } from "./estimate-scenario";
import type { PatternId } from "../patterns/pattern";
import type { ServiceInput } from "../scenario/service-schema";

/** Test helpers: price a scenario on the embedded snapshot and pick results by id. */
export function estimate(input: Record<string, unknown>): Comparison {
  return estimateScenario(input, embeddedPriceBook());
}

export function usEast1(services: ServiceInput[], extra: Record<string, unknown> = {}): Comparison {
  return estimate({ region: "us-east-1", services, ...extra });
}

export function pattern(comparison: Comparison, id: PatternId) {
  const found = comparison.patterns.find((p) => p.id === id);
  if (!found) throw new Error(`no pattern ${id}`);
  return found;
}

/** Monthly USD of one line (exact decimal string), or undefined when the line is absent. */
export function lineUsd(comparison: Comparison, id: PatternId, lineId: string): string | undefined {
  return pattern(comparison, id)
    .lines.find((line) => line.id === lineId)
    ?.monthlyUsd.toFixed();
}

export function totalUsd(comparison: Comparison, id: PatternId): string | undefined {
  return pattern(comparison, id).monthlyUsd?.toFixed();
}
