/**
 * "Why did it move" in `diff` (model/diff-why.ts): a pattern's status change, the proposal's ruled-out reasons,
 * the lower-bound warning, the Δ split by cause and its largest lines. Amounts are exact USD with the `signed`
 * format ("+$36.04", "-$0.25"; a JPY report converts them). A sentence lists 1–4 causes (DIFF_BY_CAUSE_n), each
 * a nested code with its own amount parameter, so the causes' amounts never share a name.
 */
export const DIFF_TEMPLATES = {
  DIFF_STATUS: "status: {baseStatus:message} → {proposedStatus:message}",
  DIFF_STATUS_PRICED: "priced",
  DIFF_STATUS_INCOMPLETE: "incomplete",
  DIFF_STATUS_RULED_OUT: "ruled-out",
  DIFF_STATUS_ABSENT: "absent",
  DIFF_PROPOSED_RULED_OUT: "proposed ruled out: {ruledOutReason:message}",
  DIFF_LOWER_BOUND: "a total here is a lower bound (rates missing): the Δ is not the full change",
  DIFF_CAUSE_QUANTITY: "quantity changes {quantityUsd:signed}",
  DIFF_CAUSE_RATE: "rate changes {rateUsd:signed}",
  DIFF_CAUSE_ADDED: "added lines {addedUsd:signed}",
  DIFF_CAUSE_REMOVED: "removed lines {removedUsd:signed}",
  DIFF_BY_CAUSE_1: "by cause: {cause1:message} a month",
  DIFF_BY_CAUSE_2: "by cause: {cause1:message}, {cause2:message} a month",
  DIFF_BY_CAUSE_3: "by cause: {cause1:message}, {cause2:message}, {cause3:message} a month",
  DIFF_BY_CAUSE_4: "by cause: {cause1:message}, {cause2:message}, {cause3:message}, {cause4:message} a month",
  DIFF_LARGEST_LINE: "{lineDeltaUsd:signed}/month {line:message}: {lineReason:message}",
  DIFF_LINE_ADDED: "added ({proposedDetail})",
  DIFF_LINE_REMOVED: "removed (was {baseDetail})",
  DIFF_LINE_QUANTITY: "quantity {baseQuantity} → {proposedQuantity} {unit}",
  DIFF_LINE_RATE: "rate {baseRateUsd} → {proposedRateUsd} USD/{unit}",
  DIFF_LINE_QUANTITY_AND_RATE: "quantity {baseQuantity} → {proposedQuantity} {unit}; rate {baseRateUsd} → {proposedRateUsd} USD/{unit}",
  DIFF_LINE_UNCHANGED: "unchanged",
} as const satisfies Record<string, string>;
