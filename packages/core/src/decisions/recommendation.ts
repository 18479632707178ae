import { renderMessage } from "../messages/english";
import type { MessageCode } from "../messages/english";
import { message, type Message } from "../messages/message";
import { toDecimalString, type Decimal } from "../money/decimal";
import { PATTERN_LABELS } from "../patterns/descriptors";
import type { PatternId } from "../patterns/pattern";
import { OPS_LEVELS, type OpsLevel } from "../scenario/ops-schema";
import type { BreakEvenResult } from "./break-even";
import type { Constraint } from "./constraints";
import { levelCode } from "./level-code";
import { multiplierText } from "./scale-workload";
import type { SensitivityRow } from "./sensitivity";
import type { PatternTco } from "./tco";

export type Recommendation = {
  /** Cheapest TCO at the headline band among fully priced patterns that can run the workload (a lower bound is never recommended); null when none qualifies. */
  pattern: PatternId | null;
  level: OpsLevel;
  monthlyUsd: Decimal | null;
  runnerUp: PatternId | null;
  leadMonthlyUsd: Decimal | null;
  /** Cheapest pattern at each band (does the answer survive the uncertainty in hours?). */
  cheapestByLevel: Record<OpsLevel, PatternId | null>;
  /** English renderings of `reasonMessages` (messages/en/recommendation.ts). */
  reasons: string[];
  /** What would change the answer: break-even scales and sensitivity switch points (English of `wouldChangeMessages`). */
  wouldChange: string[];
  /** The reasons as codes with exact parameters, for faces to translate (issue 12 item 5). */
  reasonMessages: Message[];
  wouldChangeMessages: Message[];
};

const dec = (value: Decimal): string => toDecimalString(value);

/** Fully priced patterns by TCO: a lower bound (rates missing) is never ranked — its gaps would make it look cheap. */
function ranked(tco: readonly PatternTco[], level: OpsLevel): PatternTco[] {
  return tco
    .filter((t) => t.status === "priced" && t.monthlyUsd !== null)
    .sort((a, b) => a.monthlyUsd![level].comparedTo(b.monthlyUsd![level]));
}

function changeFromBreakEven(best: PatternId, breakEven: BreakEvenResult): Message[] {
  return breakEven.pairs
    .filter((pair) => pair.a === best || pair.b === best)
    .flatMap((pair) => pair.crossings.map((c) => ({ pair, c })))
    .filter(({ c }) => c.cheaperBefore === best || c.cheaperAfter === best)
    .map(({ pair, c }) => {
      const other = pair.a === best ? pair.b : pair.a;
      const code =
        c.cheaperAfter === best ? "CHANGE_SCALE_OVERTAKES" : c.cheaperAfter === "tie" ? "CHANGE_SCALE_TIES" : "CHANGE_SCALE_OTHER_CHEAPER";
      return message(code, {
        multiplier: multiplierText(c.multiplier),
        fraction: `${c.multiplier.num}/${c.multiplier.den}`,
        totalTasks: c.totalTasks,
        pattern: PATTERN_LABELS[best],
        other: PATTERN_LABELS[other],
      });
    });
}

const CHANGE_CODES: Record<SensitivityRow["id"], { below: MessageCode; above: MessageCode }> = {
  "engineer-rate": { below: "CHANGE_ENGINEER_RATE_BELOW", above: "CHANGE_ENGINEER_RATE_ABOVE" },
  "ops-hours": { below: "CHANGE_OPS_HOURS_BELOW", above: "CHANGE_OPS_HOURS_ABOVE" },
  "ec2-headroom": { below: "CHANGE_EC2_HEADROOM_BELOW", above: "CHANGE_EC2_HEADROOM_ABOVE" },
  "spot-share": { below: "CHANGE_SPOT_SHARE_BELOW", above: "CHANGE_SPOT_SHARE_ABOVE" },
  "savings-plan-coverage": { below: "CHANGE_SAVINGS_PLAN_COVERAGE_BELOW", above: "CHANGE_SAVINGS_PLAN_COVERAGE_ABOVE" },
};

function changeFromSensitivity(rows: readonly SensitivityRow[], level: OpsLevel): Message[] {
  const at = (r: SensitivityRow, code: MessageCode, s: NonNullable<SensitivityRow["switchBelow"]>) =>
    message(code, { value: dec(s.value), baseline: dec(r.baseline), to: PATTERN_LABELS[s.to], level, levelText: levelCode(level) });
  return rows
    .filter((r) => r.available)
    .flatMap((r) => [
      ...(r.switchBelow ? [at(r, CHANGE_CODES[r.id].below, r.switchBelow)] : []),
      ...(r.switchAbove ? [at(r, CHANGE_CODES[r.id].above, r.switchAbove)] : []),
    ]);
}

function whatWouldChange(best: PatternId, breakEven: BreakEvenResult, rows: readonly SensitivityRow[], level: OpsLevel): Message[] {
  const changes = [...changeFromBreakEven(best, breakEven), ...changeFromSensitivity(rows, level)];
  if (changes.length > 0) return changes;
  return [searchedRanges(breakEven, rows)];
}

/** "Nothing would change it": the workload range and each sensitivity row's searched domain (ids: sensitivity.ts). */
function searchedRanges(breakEven: BreakEvenResult, rows: readonly SensitivityRow[]): Message {
  const domain = (id: SensitivityRow["id"]) => rows.find((r) => r.id === id && r.available)?.domain;
  const rate = domain("engineer-rate");
  const ops = domain("ops-hours");
  const headroom = domain("ec2-headroom");
  const discount = domain("spot-share") ?? domain("savings-plan-coverage");
  const params = {
    from: multiplierText(breakEven.searchedFrom),
    to: multiplierText(breakEven.searchedTo),
    ...(rate ? { rateLow: dec(rate.low), rateHigh: dec(rate.high) } : {}),
    ...(ops ? { opsLow: dec(ops.low), opsHigh: dec(ops.high) } : {}),
    ...(headroom ? { headroomLow: dec(headroom.low), headroomHigh: dec(headroom.high) } : {}),
    ...(discount ? { discountLow: dec(discount.low), discountHigh: dec(discount.high) } : {}),
  };
  return message(discount ? "CHANGE_NOTHING_IN_RANGE" : "CHANGE_NOTHING_IN_RANGE_NO_DISCOUNTS", params);
}

/** Every ruled-out reason, lower bound and caveat the recommendation states besides its choice. */
function contextReasons(tco: readonly PatternTco[], level: OpsLevel, constraints: readonly Constraint[]): Message[] {
  const reasons: Message[] = [];
  for (const t of tco.filter((x) => x.status === "ruled-out"))
    for (const r of t.reasons) reasons.push(message("REC_RULED_OUT", { ...r.params, pattern: t.label, reason: r.code }));
  for (const t of tco.filter((x) => x.status === "incomplete" && x.monthlyUsd)) {
    const total = (t.monthlyUsd as NonNullable<PatternTco["monthlyUsd"]>)[level];
    reasons.push(message("REC_NOT_RANKED_LOWER_BOUND", { pattern: t.label, missingRates: t.missingRates.length, totalUsd: dec(total) }));
  }
  for (const c of constraints.filter((x) => x.effect === "flags"))
    reasons.push(
      message("REC_CAVEAT", {
        ...c.message.params,
        caveatPatterns: c.patterns.map((p) => PATTERN_LABELS[p]).join(", "),
        constraint: c.message.code,
      }),
    );
  return reasons;
}

function bandReason(cheapestByLevel: Record<OpsLevel, PatternId | null>, best: PatternId): Message {
  const others = OPS_LEVELS.filter((l) => cheapestByLevel[l] !== best);
  const [first, second] = others.map((l) => ({
    level: l,
    levelText: levelCode(l),
    pattern: PATTERN_LABELS[cheapestByLevel[l] as PatternId],
  }));
  if (!first) return message("REC_SAME_AT_EVERY_BAND");
  if (!second) return message("REC_OTHER_BAND", first);
  return message("REC_OTHER_BANDS", {
    ...first,
    otherLevel: second.level,
    otherLevelText: second.levelText,
    otherPattern: second.pattern,
  });
}

type Choice = Omit<Recommendation, "reasons" | "wouldChange">;
const withEnglish = (choice: Choice): Recommendation => ({
  ...choice,
  reasons: choice.reasonMessages.map(renderMessage),
  wouldChange: choice.wouldChangeMessages.map(renderMessage),
});

/**
 * The recommendation: the cheapest TCO at the headline band, why, and what would change it.
 * @example recommend(tco, "typical", constraints, breakEven, sensitivityRows).pattern //=> "ecs-fargate"
 */
export function recommend(
  tco: readonly PatternTco[],
  level: OpsLevel,
  constraints: readonly Constraint[],
  breakEven: BreakEvenResult,
  rows: readonly SensitivityRow[],
): Recommendation {
  const order = ranked(tco, level);
  const best = order[0];
  const second = order[1];
  const cheapestByLevel = Object.fromEntries(OPS_LEVELS.map((l) => [l, ranked(tco, l)[0]?.patternId ?? null])) as Record<
    OpsLevel,
    PatternId | null
  >;
  const context = contextReasons(tco, level, constraints);
  if (!best?.monthlyUsd || !best.ops || !best.infraMonthlyUsd) {
    const incomplete = tco.some((t) => t.status === "incomplete");
    return withEnglish({
      pattern: null,
      level,
      monthlyUsd: null,
      runnerUp: null,
      leadMonthlyUsd: null,
      cheapestByLevel,
      reasonMessages: [message(incomplete ? "REC_NONE_FULLY_PRICED" : "REC_NONE_CAN_RUN"), ...context],
      wouldChangeMessages: [message(incomplete ? "CHANGE_MISSING_RATES" : "CHANGE_REMOVE_RULED_OUT")],
    });
  }
  const total = best.monthlyUsd[level];
  const lead = second?.monthlyUsd ? second.monthlyUsd[level].minus(total) : null;
  const choice = message("REC_LOWEST_TCO", {
    pattern: best.label,
    level,
    levelText: levelCode(level),
    totalUsd: dec(total),
    awsUsd: dec(best.infraMonthlyUsd),
    opsUsd: dec(best.ops.monthlyUsd[level]),
    hours: dec(best.ops.hoursPerMonth[level]),
    rateUsd: best.ops.rate.priceUsd,
  });
  const runnerUp =
    second?.monthlyUsd && lead
      ? [message("REC_RUNNER_UP", { pattern: second.label, totalUsd: dec(second.monthlyUsd[level]), leadUsd: dec(lead) })]
      : [];
  return withEnglish({
    pattern: best.patternId,
    level,
    monthlyUsd: total,
    runnerUp: second?.patternId ?? null,
    leadMonthlyUsd: lead,
    cheapestByLevel,
    reasonMessages: [choice, ...runnerUp, ...context, bandReason(cheapestByLevel, best.patternId)],
    wouldChangeMessages: whatWouldChange(best.patternId, breakEven, rows, level),
  });
}
