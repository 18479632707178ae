import type { PriceSnapshot, Rate, RateConfidence } from "@repo/core";

/**
 * Sources whose SOURCES.md "kind" column does not say how far to trust them, classified here with the
 * reason: S9 is infracost's own pricing DB (expected test outputs), S16 a blog, S17 notes transcribing a
 * pricing page (fargate_rates.csv marks its rows "secondary source"), S19 an undated worked example, and
 * S33 a bot-generated third-party catalog with no commit date ("Commit date not available"; its prices
 * match S7 and S5 wherever they overlap, which is an inference, not a date). All secondary.
 */
const OVERRIDES: Record<string, RateConfidence> = {
  S9: "secondary",
  S16: "secondary",
  S17: "secondary",
  S19: "secondary",
  S33: "secondary",
};

/**
 * A source's confidence from its SOURCES.md kind: "low confidence" → low, "secondary" → secondary,
 * anything else (Price List reads, AWS pages, real bills, generators run on AWS APIs) → primary.
 * @example sourceConfidence("S38", "low confidence") //=> "low"
 */
export function sourceConfidence(id: string, kind: string): RateConfidence {
  const override = OVERRIDES[id];
  if (override) return override;
  if (/low confidence/i.test(kind)) return "low";
  if (/secondary/i.test(kind)) return "secondary";
  return "primary";
}

const RANK: Record<RateConfidence, number> = { primary: 2, secondary: 1, low: 0 };

/**
 * A rate's confidence from its source ids ("S35;S7"): the best of them, because a row lists several
 * sources only when they agree on the value (SOURCES.md cross-checks). Unknown ids count as low.
 * @example rateConfidence("S36;S7", sources) //=> "primary" (S7 is a Bulk API read that gives the same 0.096)
 */
export function rateConfidence(sourceId: string, sources: PriceSnapshot["sources"]): RateConfidence {
  const levels = sourceId.split(";").map((id) => sources[id.trim()]?.confidence ?? "low");
  return levels.reduce((best, level) => (RANK[level] > RANK[best] ? level : best), "low" as RateConfidence);
}

/** Every rate with its confidence filled in from the register (kept when a reader already set it). */
export function withConfidence(rates: readonly Rate[], sources: PriceSnapshot["sources"]): Rate[] {
  return rates.map((rate) => ({ ...rate, confidence: rate.confidence ?? rateConfidence(rate.sourceId, sources) }));
}
