import { coreError } from "../errors";
import { message } from "../messages/message";
import { toQuantity, parseDecimal } from "../money/decimal";
import type { Scenario } from "../scenario/scenario-schema";
import { DEFAULT_FX_AS_OF, DEFAULT_FX_SOURCE, DEFAULT_JPY_PER_USD, type ReportingCurrency } from "./currency";

/**
 * The reporting currency and exchange rate a scenario asks for: `reporting.jpyPerUsd` (with its date and
 * source, "user-set" when not given) or the dated default. A date or source without a rate is an input error.
 * @example resolveReporting(parseScenario({ ..., reporting: { currency: "JPY", jpyPerUsd: 150 } })).fx.jpyPerUsd.toFixed() //=> "150"
 */
export function resolveReporting(scenario: Pick<Scenario, "reporting">): ReportingCurrency {
  const r = scenario.reporting;
  if (r.jpyPerUsd === undefined) {
    if (r.fxAsOf !== undefined || r.fxSource !== undefined) {
      throw coreError("INVALID_OPTION", message("ERR_FX_WITHOUT_RATE", { field: "reporting.jpyPerUsd" }), {
        field: "reporting.jpyPerUsd",
      });
    }
    return {
      currency: r.currency,
      fx: { jpyPerUsd: parseDecimal(DEFAULT_JPY_PER_USD), asOf: DEFAULT_FX_AS_OF, source: DEFAULT_FX_SOURCE, userSet: false },
    };
  }
  return {
    currency: r.currency,
    fx: {
      jpyPerUsd: toQuantity(r.jpyPerUsd, "reporting.jpyPerUsd"),
      asOf: r.fxAsOf ?? "user-set",
      source: r.fxSource ?? "scenario: reporting.jpyPerUsd",
      userSet: true,
    },
  };
}
