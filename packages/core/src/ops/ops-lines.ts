import { renderMessage } from "../messages/english";
import { renderDetail } from "../lines/line-detail";
import { nested } from "../lines/line-names";
import type { CostLine } from "../lines/cost-line";
import { message, type Message } from "../messages/message";
import { fmt } from "../lines/line-builder";
import { parseDecimal } from "../money/decimal";
import { monthlyToYearly } from "../units/time";
import type { Rate } from "../price-book/rate";
import type { OpsLevel } from "../scenario/ops-schema";
import type { ActivityEffort } from "./pattern-ops";

const details = (parts: Message[]) => ({ detail: renderDetail(parts, renderMessage), detailMessages: parts });

/**
 * Ops activities as invoice-style lines (category "ops"): hours × loaded $/hour = monthlyUsd, with
 * the rate's source (F35–F37 or the scenario) and the activity's own sources and rules in `detail`.
 * Activities with zero hours are left out, as zero-quantity price lines are.
 * @example opsLines(activities, engineerRate(new Decimal(90), "F36, F37", "2025-03-14"), "typical")[0].monthlyUsd //=> 45 (0.5 h × $90)
 */
export function opsLines(activities: readonly ActivityEffort[], rate: Rate, level: OpsLevel): CostLine[] {
  const rateUsd = parseDecimal(rate.priceUsd);
  return activities
    .filter((activity) => !activity.hours[level].isZero())
    .map((activity) => ({
      id: `ops:${activity.id}`,
      name: `Ops: ${activity.label}`,
      nameMessage: message("LINE_OPS", { activity: `OPS_ACTIVITY_${activity.id.toUpperCase().replaceAll("-", "_")}` }),
      category: "ops" as const,
      quantity: activity.hours[level],
      unit: rate.unit,
      rate,
      rateUsd,
      monthlyUsd: activity.hours[level].times(rateUsd),
      yearlyUsd: monthlyToYearly(activity.hours[level].times(rateUsd)),
      ...details([
        message("DETAIL_OPS_HOURS", {
          hours: fmt(activity.hours[level]),
          levelCode: `OPS_LEVEL_${level.toUpperCase()}`,
          rateUsd: rate.priceUsd,
          baseHours: fmt(activity.baseHours[level]),
          ...nested("sources", activity.sourcesMessage),
        }),
        ...activity.ruleMessages,
      ]),
    }));
}
