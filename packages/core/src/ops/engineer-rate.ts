import { formatAmount, usdFrom } from "../currency/convert";
import type { Currency } from "../currency/currency";
import { resolveReporting } from "../currency/reporting";
import { coreError } from "../errors";
import { message } from "../messages/message";
import { type Decimal, toQuantity } from "../money/decimal";
import type { Rate } from "../price-book/rate";
import type { OpsLevel } from "../scenario/ops-schema";
import type { Scenario } from "../scenario/scenario-schema";
import { mapBand, type Band } from "./bands";
import { LABOUR_MARKETS, type LabourMarketId } from "./labour-markets";

/** Default loaded engineer cost of the `us` labour market, USD per hour (ops-effort.md §3.2; see labour-markets.ts). */
export const ENGINEER_HOURLY_USD: Band = LABOUR_MARKETS.us.hourly;
export const ENGINEER_RATE_SOURCES: Record<OpsLevel, string> = LABOUR_MARKETS.us.sources;
/** Publication date of the newest figure the `us` defaults rest on (F37, BLS ECEC, 2025-03-14). */
export const ENGINEER_RATE_AS_OF = LABOUR_MARKETS.us.asOf;

export const OPS_RATE_USAGE = "ops/engineer-hours";

/** A Rate-shaped record for engineer hours, so ops lines explain themselves like price lines. */
export function engineerRate(priceUsd: Decimal, sourceId: string, asOf: string, description?: string): Rate {
  return {
    service: "EngineeringLabour",
    region: "any",
    usage: OPS_RATE_USAGE,
    priceUsd: priceUsd.toFixed(),
    unit: "engineer-hour",
    description: description ?? "Loaded engineer cost per hour (wage + benefits)",
    sourceId,
    asOf,
  };
}

/** The engineer rate a scenario uses, in its own currency, with where it comes from. */
export type LabourRate = {
  /** The labour market of the defaults, or "custom" for an explicit rate. */
  market: LabourMarketId | "custom";
  /** True when the scenario did not choose a market (the `us` default applies; faces show it and any suggestion). */
  defaulted: boolean;
  level: OpsLevel;
  currency: Currency;
  /** Per hour, in `currency` (e.g. ¥5,000). */
  hourly: Decimal;
  /** The same in USD at the report's one rate (what the model multiplies hours by). */
  hourlyUsd: Decimal;
  source: string;
  asOf: string;
};

type RateInputs = Pick<Scenario, "ops" | "reporting">;

/**
 * The scenario's engineer rate: `ops.engineerHourly` ({ amount, currency }) or `ops.engineerHourlyUsd` when set,
 * else the `ops.labourMarket` default (`us` when omitted) of `ops.rateLevel`. A JPY rate is converted to USD
 * once, at the report's stated exchange rate (¥5,000 at ¥150/$ = $33.33…/h).
 * @example labourRate(parseScenario({ ..., ops: { labourMarket: "jp" } })).hourly.toFixed() //=> "5000"
 */
export function labourRate(scenario: RateInputs): LabourRate {
  const { ops } = scenario;
  const fx = resolveReporting(scenario).fx;
  if (ops.engineerHourly !== undefined && ops.engineerHourlyUsd !== undefined) {
    throw coreError("INVALID_OPTION", message("ERR_ENGINEER_RATE_TWICE", { field: "ops.engineerHourly" }), { field: "ops.engineerHourly" });
  }
  const explicit =
    ops.engineerHourly ?? (ops.engineerHourlyUsd !== undefined ? { amount: ops.engineerHourlyUsd, currency: "USD" as const } : undefined);
  if (explicit) {
    const field = ops.engineerHourly ? "ops.engineerHourly.amount" : "ops.engineerHourlyUsd";
    const hourly = toQuantity(explicit.amount, field);
    return {
      market: "custom",
      defaulted: false,
      level: ops.rateLevel,
      currency: explicit.currency,
      hourly,
      hourlyUsd: usdFrom(hourly, explicit.currency, fx),
      source: `scenario: ${ops.engineerHourly ? "ops.engineerHourly" : "ops.engineerHourlyUsd"}`,
      asOf: "undated",
    };
  }
  const market = LABOUR_MARKETS[ops.labourMarket ?? "us"];
  const hourly = market.hourly[ops.rateLevel];
  return {
    market: market.id,
    defaulted: ops.labourMarket === undefined,
    level: ops.rateLevel,
    currency: market.currency,
    hourly,
    hourlyUsd: usdFrom(hourly, market.currency, fx),
    source: market.sources[ops.rateLevel],
    asOf: market.asOf,
  };
}

/** The scenario's labour market band in USD (the engineer-rate sensitivity range). */
export function labourBandUsd(scenario: RateInputs): Band {
  const market = LABOUR_MARKETS[scenario.ops.labourMarket ?? "us"];
  const fx = resolveReporting(scenario).fx;
  return mapBand(market.hourly, (v) => usdFrom(v, market.currency, fx));
}

/**
 * The Rate record of the scenario's engineer rate (USD, for ops lines), its description naming the rate as
 * given and the exchange rate used.
 * @example scenarioEngineerRate(parseScenario({ ..., ops: { rateLevel: "typical" } })).priceUsd //=> "90"
 */
export function scenarioEngineerRate(scenario: RateInputs): Rate {
  const labour = labourRate(scenario);
  if (labour.currency === "USD") return engineerRate(labour.hourlyUsd, labour.source, labour.asOf);
  const fx = resolveReporting(scenario).fx;
  const description = `Loaded engineer cost per hour (wage + benefits): ${formatAmount(labour.hourly, "JPY")} at ¥${fx.jpyPerUsd.toFixed()}/$ (${fx.asOf})`;
  return engineerRate(labour.hourlyUsd, labour.source, labour.asOf, description);
}
