import { type Decimal, toQuantity } from "../money/decimal";
import type { Rate } from "../price-book/rate";
import type { Ops, OpsLevel } from "../scenario/ops-schema";
import { band, type Band } from "./bands";

/**
 * Default loaded engineer cost, USD per hour (ops-effort.md §3.2):
 * - low $62: BLS sysadmin median $90,520/yr (F35) ÷ 2,080 paid h ÷ 0.705 wage share (F37) = $61.73;
 * - typical $90: BLS software-developer median $132,270/yr (F36) ÷ 2,080 ÷ 0.705 = $90.20;
 * - high $150: judgement for senior SRE / contractor rates (F38: ≈$140K SRE pay, 2019).
 * Office, tooling and management overhead are excluded (they would raise these by 10–15 %).
 */
export const ENGINEER_HOURLY_USD: Band = band("62", "90", "150");
export const ENGINEER_RATE_SOURCES: Record<OpsLevel, string> = {
  low: "ops-effort.md F35, F37",
  typical: "ops-effort.md F36, F37",
  high: "ops-effort.md F38 (judgement)",
};
/** Publication date of the newest figure the defaults rest on (F37, BLS ECEC, 2025-03-14). */
export const ENGINEER_RATE_AS_OF = "2025-03-14";

export const OPS_RATE_USAGE = "ops/engineer-hours";

/** A Rate-shaped record for engineer hours, so ops lines explain themselves like price lines. */
export function engineerRate(priceUsd: Decimal, sourceId: string, asOf: string): Rate {
  return {
    service: "EngineeringLabour",
    region: "any",
    usage: OPS_RATE_USAGE,
    priceUsd: priceUsd.toFixed(),
    unit: "engineer-hour",
    description: "Loaded engineer cost per hour (wage + benefits)",
    sourceId,
    asOf,
  };
}

/**
 * The rate the scenario asks for: `ops.engineerHourlyUsd` when set, else the default of `ops.rateLevel`.
 * @example scenarioEngineerRate({ rateLevel: "typical" } as Ops).priceUsd //=> "90"
 */
export function scenarioEngineerRate(ops: Pick<Ops, "engineerHourlyUsd" | "rateLevel">): Rate {
  if (ops.engineerHourlyUsd !== undefined) {
    return engineerRate(toQuantity(ops.engineerHourlyUsd, "ops.engineerHourlyUsd"), "scenario: ops.engineerHourlyUsd", "undated");
  }
  return engineerRate(ENGINEER_HOURLY_USD[ops.rateLevel], ENGINEER_RATE_SOURCES[ops.rateLevel], ENGINEER_RATE_AS_OF);
}
