import { USAGE_LINE_LABELS, type Message, type NotEstimated, type ReportingCurrency } from "@repo/core";
import { messageText } from "./message-text";

/**
 * The core's USAGE_NOT_ESTIMATED codes in English, one sentence:
 * "not estimated (left at 0): internet egress, log ingestion — set services[].monthlyInternetEgressGb, … to include them".
 */
export function notEstimatedText(items: readonly NotEstimated[]): string[] {
  if (items.length === 0) return [];
  const lines = items.map((item) => USAGE_LINE_LABELS[item.line]).join(", ");
  const inputs = items.flatMap((item) => item.inputs).join(", ");
  return [`not estimated (usage left at 0): ${lines} — set ${inputs} to include them`];
}

/** The workload warnings (batch schedules, default requests), one "warning:" line each, money in the report's currency. */
export function workloadWarningsText(warnings: readonly Message[], reporting: ReportingCurrency): string[] {
  return warnings.map((warning) => `warning: ${messageText(warning, reporting)}`);
}
