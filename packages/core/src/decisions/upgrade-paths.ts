import { renderMessage } from "../messages/english";
import { message, type Message } from "../messages/message";
import type { CostLine } from "../lines/cost-line";
import { eksClusterTotal } from "../scenario/eks-clusters";
import { sumLines } from "../lines/cost-line";
import { Decimal } from "../money/decimal";
import type { PatternEstimate } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import type { Rate } from "../price-book/rate";
import type { OpsLevel, UpgradePolicy } from "../scenario/ops-schema";
import type { Scenario } from "../scenario/scenario-schema";
import { mapBand, type Band } from "../ops/bands";
import { estimatePatternOps } from "../ops/estimate-ops";
import type { OpsSettings } from "../ops/pattern-ops";
import { EXTENDED_SUPPORT_LINE_ID, extendedSupportLine } from "./infra-adjustments";

export type UpgradePath = {
  policy: UpgradePolicy;
  /** Orchestrator-upgrade hours per month on this path. */
  upgradeHours: Band;
  /** Extended-support fee per month on this path (0 when upgrading). */
  surchargeMonthlyUsd: Decimal;
  /** The pattern's TCO per month on this path. */
  monthlyUsd: Band;
};

/**
 * The Kubernetes upgrade trade-off of an EKS pattern, both paths side by side (issue 6; F2–F4):
 * upgrade ≈3 minor versions a year (hours), or stay on extended support ($0.60 instead of
 * $0.10 per cluster-hour = +$365 per cluster-month). Hops cannot be skipped (F4), so in the long run
 * staying behind does not remove the hours; `breakEvenAvoidedHoursPerMonth` is how many upgrade hours
 * a month the lag would have to avoid to pay for its fee (fee ÷ engineer rate).
 */
export type UpgradePaths = {
  chosen: UpgradePolicy;
  clusters: number;
  upgrade: UpgradePath;
  extendedSupport: UpgradePath | null;
  breakEvenAvoidedHoursPerMonth: Decimal | null;
  /** English of `noteMessage` (messages/en/recommendation.ts UPGRADE_NOTE_*). */
  note: string;
  noteMessage: Message;
};

function upgradeHours(
  pattern: PatternEstimate,
  scenario: Scenario,
  settings: OpsSettings,
  rate: Rate,
  level: OpsLevel,
): { hours: Band; opsUsd: Band } {
  const ops = estimatePatternOps(scenario, pattern, settings, rate, level);
  const activity = ops.activities.find((a) => a.id === "orchestrator-upgrades");
  if (!activity) throw new Error("orchestrator-upgrades activity missing"); // unreachable: every pattern has all activities
  return { hours: activity.hours, opsUsd: ops.monthlyUsd };
}

/**
 * Both upgrade paths of an EKS pattern; `infraLines` are the TCO's infrastructure lines.
 * @example upgradePaths(eksEc2, scenario, book, settings, rate, "typical", lines).extendedSupport?.surchargeMonthlyUsd //=> 365 (1 cluster)
 */
export function upgradePaths(
  pattern: PatternEstimate,
  scenario: Scenario,
  book: PriceBook,
  settings: OpsSettings,
  rate: Rate,
  level: OpsLevel,
  infraLines: readonly CostLine[],
): UpgradePaths {
  const withoutFee = sumLines(infraLines.filter((line) => line.id !== EXTENDED_SUPPORT_LINE_ID));
  const up = upgradeHours(pattern, scenario, { ...settings, upgradePolicy: "upgrade" }, rate, level);
  const ext = upgradeHours(pattern, scenario, { ...settings, upgradePolicy: "stay-on-extended-support" }, rate, level);
  const fee = extendedSupportLine(scenario, book).line?.monthlyUsd;
  const zero = new Decimal(0);
  const noteMessage = message(fee === undefined ? "UPGRADE_NOTE_NO_EXTENDED_RATE" : "UPGRADE_NOTE_LAGGING_MOVES_HOURS");
  return {
    chosen: settings.upgradePolicy,
    clusters: eksClusterTotal(scenario.eks),
    upgrade: {
      policy: "upgrade",
      upgradeHours: up.hours,
      surchargeMonthlyUsd: zero,
      monthlyUsd: mapBand(up.opsUsd, (o) => o.plus(withoutFee)),
    },
    extendedSupport:
      fee === undefined
        ? null
        : {
            policy: "stay-on-extended-support",
            upgradeHours: ext.hours,
            surchargeMonthlyUsd: fee,
            monthlyUsd: mapBand(ext.opsUsd, (o) => o.plus(withoutFee).plus(fee)),
          },
    breakEvenAvoidedHoursPerMonth: fee === undefined ? null : fee.div(rate.priceUsd),
    note: renderMessage(noteMessage),
    noteMessage,
  };
}
