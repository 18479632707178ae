import { formatAmount } from "../currency/convert";
import type { ReportingCurrency } from "../currency/currency";
import { resolveReporting } from "../currency/reporting";
import { message, type Message } from "../messages/message";
import type { MessageCode } from "../messages/english";
import { labourRate, type LabourRate } from "../ops/engineer-rate";
import { JP_SUGGESTED_REGIONS } from "../ops/labour-markets";
import type { Scenario } from "../scenario/scenario-schema";

/** How a result states its money and its people cost (issue 21). */
export type ReportContext = {
  /** The reporting currency and the one dated exchange rate every figure is converted with. */
  reporting: ReportingCurrency;
  /** The engineer rate in its own currency, and its source. */
  labour: LabourRate;
  /** Visible suggestions (never applied silently): `jp` rates for a Japanese region, the consumption tax for `jp`. */
  suggestions: Message<MessageCode>[];
};

/**
 * @example reportContext(parseScenario({ region: "ap-northeast-1", ... })).suggestions[0].code //=> "SUGGEST_LABOUR_MARKET_JP"
 */
export function reportContext(scenario: Scenario): ReportContext {
  const reporting = resolveReporting(scenario);
  const labour = labourRate(scenario);
  const suggestions: Message<MessageCode>[] = [];
  if (labour.defaulted && JP_SUGGESTED_REGIONS.includes(scenario.region)) {
    suggestions.push(
      message("SUGGEST_LABOUR_MARKET_JP", {
        region: scenario.region,
        rate: labour.currency === "USD" ? `$${labour.hourly.toFixed()}` : formatAmount(labour.hourly, labour.currency),
      }),
    );
  }
  if (scenario.ops.labourMarket === "jp" && !scenario.reporting.consumptionTax) suggestions.push(message("SUGGEST_CONSUMPTION_TAX"));
  return { reporting, labour, suggestions };
}
