import { coreError } from "../errors";
import { AWS_REGION_CODES, awsRegion } from "../regions/aws-regions";
import { pricesGap, type PricesGap } from "../regions/prices-gap";
import { estimateAllPatterns } from "../patterns/estimate-all";
import type { PatternEstimate } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import { parseScenario } from "../scenario/parse-scenario";
import { notEstimated, type NotEstimated } from "../scenario/not-estimated";
import { resolveService } from "../scenario/resolve-service";
import type { Scenario } from "../scenario/scenario-schema";
import { workloadWarnings } from "../scenario/workload-warnings";
import { message, type Message } from "../messages/message";

export type Comparison = {
  scenario: Scenario;
  region: string;
  priceBook: { id: string; asOf: string; description: string; contentHash?: string };
  /** Always in the order ecs-fargate, ecs-ec2, eks-fargate, eks-ec2. */
  patterns: PatternEstimate[];
  /** Usage-driven lines left at zero, with the inputs that include them (the total leaves them out). */
  notEstimated: NotEstimated[];
  /** Warnings about the workload itself, the same for every pattern (batch schedules, default requests). */
  workloadWarnings: Message[];
  /** The rates missing from the price book for this region and the command that fills them; null when complete. */
  pricesGap: PricesGap | null;
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
  // Any AWS region is valid input; one the price book lacks rates for is priced as far as it can be
  // and comes out incomplete with the missing rates listed. Only a code that is not a region is bad input.
  if (!awsRegion(scenario.region)) {
    throw coreError("UNKNOWN_REGION", message("ERR_UNKNOWN_REGION", { region: scenario.region, field: "region" }), {
      field: "region",
      allowed: AWS_REGION_CODES,
    });
  }
  const names = new Set<string>();
  scenario.services.forEach((service, index) => {
    if (names.has(service.name)) {
      throw coreError(
        "INVALID_SCENARIO",
        message("ERR_DUPLICATE_SERVICE", { service: service.name, serviceNumber: index + 1, field: `services[${index}].name` }),
        {
          field: `services[${index}].name`,
        },
      );
    }
    names.add(service.name);
  });
  const services = scenario.services.map(resolveService);
  const patterns = estimateAllPatterns(scenario, services, book);
  return {
    scenario,
    region: scenario.region,
    priceBook: {
      id: book.id,
      asOf: book.asOf,
      description: book.description,
      ...(book.contentHash ? { contentHash: book.contentHash } : {}),
    },
    patterns,
    pricesGap: pricesGap(scenario.region, patterns),
    notEstimated: notEstimated(scenario),
    workloadWarnings: workloadWarnings(scenario, services),
  };
}
