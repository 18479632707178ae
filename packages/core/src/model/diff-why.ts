import { reportingFormats } from "../currency/reporting-display";
import type { ReportingCurrency } from "../currency/currency";
import { nested } from "../lines/line-names";
import { renderMessage, renderMessageWith } from "../messages/english";
import { message, type Message } from "../messages/message";
import { toDecimalString, type Decimal } from "../money/decimal";
import type { PatternStatus } from "../patterns/pattern";
import type { CostLine } from "../lines/cost-line";
import type { LineDiff } from "./line-diff";
import type { PatternDiff } from "./result-diff";

const qty = (value: Decimal): string => value.toDecimalPlaces(4).toFixed();
const STATUS_CODES: Record<PatternStatus | "absent", string> = {
  priced: "DIFF_STATUS_PRICED",
  incomplete: "DIFF_STATUS_INCOMPLETE",
  "ruled-out": "DIFF_STATUS_RULED_OUT",
  absent: "DIFF_STATUS_ABSENT",
};

/**
 * Why one line moved, as a code: its quantity and rate before → after (4 decimals for quantities, rates as published).
 * @example renderMessage(diffLineReasonMessage(webVcpu2to4Tasks)) //=> "quantity 730 → 1460 vCPU-hour"
 */
export function diffLineReasonMessage(line: LineDiff): Message {
  const { base, proposed } = line;
  if (line.change === "added") return message("DIFF_LINE_ADDED", { proposedDetail: proposed?.detail ?? "" });
  if (line.change === "removed") return message("DIFF_LINE_REMOVED", { baseDetail: base?.detail ?? "" });
  if (!base || !proposed) return message("DIFF_LINE_UNCHANGED");
  const quantity = !base.quantity.eq(proposed.quantity);
  const rate = !base.rateUsd.eq(proposed.rateUsd);
  const params = {
    baseQuantity: qty(base.quantity),
    proposedQuantity: qty(proposed.quantity),
    baseRateUsd: base.rateUsd.toFixed(),
    proposedRateUsd: proposed.rateUsd.toFixed(),
    unit: proposed.unit,
  };
  if (quantity && rate) return message("DIFF_LINE_QUANTITY_AND_RATE", params);
  if (quantity) return message("DIFF_LINE_QUANTITY", params);
  if (rate) return message("DIFF_LINE_RATE", params);
  return message("DIFF_LINE_UNCHANGED");
}

/** Why one line moved, in English. @example diffLineReason(webVcpu2to4Tasks) //=> "quantity 730 → 1460 vCPU-hour" */
export const diffLineReason = (line: LineDiff): string => renderMessage(diffLineReasonMessage(line));

const BY_CAUSE = ["DIFF_BY_CAUSE_1", "DIFF_BY_CAUSE_2", "DIFF_BY_CAUSE_3", "DIFF_BY_CAUSE_4"] as const;

/** The Δ split by cause, the non-zero causes in a fixed order, as one DIFF_BY_CAUSE_n sentence (none when nothing moved). */
function byCause(causes: PatternDiff["causes"]): Message[] {
  const named: [string, string, Decimal][] = [
    ["DIFF_CAUSE_QUANTITY", "quantityUsd", causes.quantityUsd],
    ["DIFF_CAUSE_RATE", "rateUsd", causes.rateUsd],
    ["DIFF_CAUSE_ADDED", "addedUsd", causes.addedUsd],
    ["DIFF_CAUSE_REMOVED", "removedUsd", causes.removedUsd],
  ];
  const moved = named.filter(([, , amount]) => !amount.isZero());
  if (moved.length === 0) return [];
  const params = Object.fromEntries(
    moved.flatMap(([code, name, amount], i) => [
      [`cause${i + 1}`, code],
      [name, toDecimalString(amount)],
    ]),
  );
  const code = BY_CAUSE[moved.length - 1];
  return code ? [message(code, params)] : [];
}

/**
 * "Why did it move" for one pattern, as codes: the status change, the proposal's ruled-out reasons, a lower-bound
 * warning, the delta split by cause (`causes`), then the three largest lines (`largestLines`). Amounts are exact USD
 * (`signed`): a face renders them in its language and the report's currency.
 */
export function diffWhyMessages(diff: PatternDiff): Message[] {
  const { base, proposed } = diff;
  const why: Message[] = [];
  if (base?.status !== proposed?.status)
    why.push(
      message("DIFF_STATUS", {
        baseStatus: STATUS_CODES[base?.status ?? "absent"],
        proposedStatus: STATUS_CODES[proposed?.status ?? "absent"],
      }),
    );
  for (const reason of proposed?.reasons ?? []) why.push(message("DIFF_PROPOSED_RULED_OUT", nested("ruledOutReason", reason)));
  if (diff.lowerBound) why.push(message("DIFF_LOWER_BOUND"));
  why.push(...byCause(diff.causes));
  for (const line of diff.largestLines) {
    const shown = ((line.proposed ?? line.base) as CostLine).nameMessage; // a line diff has at least one side
    why.push(
      message("DIFF_LARGEST_LINE", {
        ...nested("lineReason", diffLineReasonMessage(line)),
        ...nested("line", shown),
        lineDeltaUsd: toDecimalString(line.deltaMonthlyUsd),
      }),
    );
  }
  return why;
}

/**
 * The same in English, amounts in the reporting currency (USD when none is given): the diff JSON's `why` and the
 * CLI's table notes.
 * @example diffWhy(webDiff) //=> ["by cause: quantity changes +$36.04, added lines +$41.00, removed lines -$0.25 a month", "+$32.85/month NAT gateway hours: added (1 gateway(s) × 730 h)", …] (tests/golden/diff-scale-up)
 */
export function diffWhy(diff: PatternDiff, reporting?: ReportingCurrency): string[] {
  const options = { formats: reporting ? reportingFormats(reporting) : {} };
  return diffWhyMessages(diff).map((m) => renderMessageWith(m, options));
}
