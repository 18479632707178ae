import { coreError } from "../errors";
import { PATTERN_DESCRIPTORS } from "../patterns/descriptors";
import type { PatternEstimate } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import { parseScenario } from "../scenario/parse-scenario";
import { resolveService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";

export type Comparison = {
  scenario: Scenario;
  region: string;
  priceBook: { id: string; asOf: string; description: string; contentHash?: string };
  /** Always in the order ecs-fargate, ecs-ec2, eks-fargate, eks-ec2. */
  patterns: PatternEstimate[];
};

/**
 * Prices a scenario on all four patterns: the raw bills, BEFORE workload constraints are applied.
 * Faces use `modelScenario` (constraints applied); this is the model's first step.
 * @param input an unvalidated scenario (parsed with `parseScenario`, so bad input throws a CoreError)
 * @param book the price book (e.g. `embeddedPriceBook()`)
 * @example estimateScenario({ region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] }, book)
 *   .patterns[0].monthlyUsd?.toFixed() //=> "36.0401"
 */
export function estimateScenario(input: unknown, book: PriceBook): Comparison {
  const scenario = parseScenario(input);
  if (!book.regions.includes(scenario.region)) {
    throw coreError("UNKNOWN_REGION", `price book ${book.id} has no prices for ${scenario.region}`, {
      field: "region",
      allowed: book.regions,
    });
  }
  const names = new Set<string>();
  scenario.services.forEach((service, index) => {
    if (names.has(service.name)) {
      throw coreError("INVALID_SCENARIO", `service name "${service.name}" is used twice`, { field: `services[${index}].name` });
    }
    names.add(service.name);
  });
  const services = scenario.services.map(resolveService);
  return {
    scenario,
    region: scenario.region,
    priceBook: { id: book.id, asOf: book.asOf, description: book.description, ...(book.contentHash ? { contentHash: book.contentHash } : {}) },
    patterns: PATTERN_DESCRIPTORS.map((pattern) => pattern.estimate({ pattern, scenario, services, book })),
  };
}
