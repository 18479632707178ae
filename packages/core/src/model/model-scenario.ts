import type { Comparison } from "../compare/estimate-scenario";
import { analyzeScenario, type Analysis, type AnalyzeOptions } from "../decisions/analyze-scenario";
import type { PatternTco } from "../decisions/tco";
import type { PatternOps } from "../ops/estimate-ops";
import { PATTERN_DESCRIPTORS, type PatternDescriptor } from "../patterns/descriptors";
import type { PatternEstimate } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { Scenario } from "../scenario/scenario-schema";
import { reportContext, type ReportContext } from "./report-context";

/** One pattern in the model result: what it is, its AWS bill (constraints applied), its ops effort and TCO. */
export type PatternResult = {
  descriptor: PatternDescriptor;
  /** Status, reasons, cost lines (every AWS charge), totals with `lowerBound`, missing rates, node plans. */
  bill: PatternEstimate;
  /** Null when ruled out. */
  ops: PatternOps | null;
  /** Infrastructure = the bill's lines, plus ops lines, per band. */
  tco: PatternTco;
};

export type ModelOptions = AnalyzeOptions;

/** The one result every face renders (see docs/ARCHITECTURE.md "One model result"). */
export type ModelResult = Omit<Analysis, "comparison"> &
  ReportContext & {
    scenario: Scenario;
    region: string;
    priceBook: Comparison["priceBook"];
    /** Always in PATTERN_IDS order. */
    patterns: PatternResult[];
    /** The bills with constraints applied (the same objects as `patterns[i].bill`). */
    comparison: Comparison;
  };

/**
 * The single entry point: (scenario, price book) → the one model result. Constraints are applied to
 * every bill (a pattern the workload cannot run is ruled out, never priced), every AWS charge is a
 * line of its pattern's bill, and ops, TCO, break-even, curves, sensitivity, the trade-off matrix and
 * the recommendation are computed from those bills.
 * @param input an unvalidated scenario (bad input throws a CoreError naming the field)
 * @example modelScenario({ region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] }, book)
 *   .patterns[0].bill.monthlyUsd?.toFixed() //=> "36.0401"
 */
export function modelScenario(input: unknown, book: PriceBook, options: ModelOptions = {}): ModelResult {
  const analysis = analyzeScenario(input, book, options);
  const { comparison } = analysis;
  const patterns = PATTERN_DESCRIPTORS.map((descriptor): PatternResult => {
    const bill = comparison.patterns.find((p) => p.id === descriptor.id);
    const tco = analysis.tco.find((t) => t.patternId === descriptor.id);
    if (!bill || !tco) throw new Error(`pattern ${descriptor.id} missing from the model run`); // unreachable: one estimate per descriptor
    return { descriptor, bill, ops: analysis.ops[descriptor.id], tco };
  });
  return {
    ...analysis,
    ...reportContext(comparison.scenario),
    scenario: comparison.scenario,
    region: comparison.region,
    priceBook: comparison.priceBook,
    patterns,
    comparison,
  };
}
