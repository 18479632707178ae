import type { Comparison } from "../compare/estimate-scenario";
import type { PatternEstimate } from "../patterns/pattern";
import { renderMessage } from "../messages/english";
import { message, type Message } from "../messages/message";
import type { Constraint, ConstraintRuleId } from "./constraints";
import { pricesGap } from "../regions/prices-gap";

const CORE_CHECKED: readonly ConstraintRuleId[] = ["windows", "task-above-fargate-max"];

/**
 * A constraint as a ruled-out reason (RULED_OUT_BY_CONSTRAINT) or a flag note (NOTE_CONSTRAINT_FLAG):
 * the constraint's own code (`constraint`) and parameters, its rule and sources, so a face translates it.
 */
function constraintMessage(code: "RULED_OUT_BY_CONSTRAINT" | "NOTE_CONSTRAINT_FLAG", c: Constraint): Message {
  return message(code, { ...c.message.params, constraint: c.message.code, rule: c.rule, sources: c.sources });
}

/** A ruled-out copy of a pattern: reasons merged, no lines, no totals (never priced). */
function ruleOut(pattern: PatternEstimate, reasons: readonly Message[]): PatternEstimate {
  const merged = [...pattern.reasons];
  for (const reason of reasons) if (!merged.some((m) => renderMessage(m) === renderMessage(reason))) merged.push(reason);
  return {
    ...pattern,
    status: "ruled-out",
    reasons: merged,
    ruledOutReasons: merged.map(renderMessage),
    lines: [],
    monthlyUsd: null,
    yearlyUsd: null,
    threeYearUsd: null,
    missingRates: [],
    nodePlans: [],
  };
}

/**
 * The comparison with every "rules-out" constraint applied (patterns the core already ruled out keep
 * their own reasons); "flags" become notes on the pattern.
 * @example applyConstraints(comparison, [{ rule: "gpu", effect: "rules-out", patterns: ["ecs-fargate"], ... }]).patterns[0].status //=> "ruled-out"
 */
export function applyConstraints(comparison: Comparison, constraints: readonly Constraint[]): Comparison {
  const patterns = comparison.patterns.map((pattern) => {
    const mine = constraints.filter((c) => c.patterns.includes(pattern.id));
    const outs = mine.filter((c) => c.effect === "rules-out");
    const flags = mine.filter((c) => c.effect === "flags").map((c) => constraintMessage("NOTE_CONSTRAINT_FLAG", c));
    if (outs.length > 0) {
      // The core itself rules out Windows on EKS Fargate and oversized tasks, with per-service reasons.
      const fresh = pattern.status === "ruled-out" ? outs.filter((c) => !CORE_CHECKED.includes(c.rule)) : outs;
      return ruleOut(
        pattern,
        fresh.map((c) => constraintMessage("RULED_OUT_BY_CONSTRAINT", c)),
      );
    }
    return flags.length > 0 ? { ...pattern, notes: [...pattern.notes, ...flags] } : pattern;
  });
  return { ...comparison, patterns, pricesGap: pricesGap(comparison.region, patterns) };
}
