/**
 * The recommendation's reasons and "what would change it" (decisions/recommendation.ts), the ops
 * band names they nest (`{levelText:message}`) and the break-even search's skipped patterns.
 * Parameters are exact (decimal strings); `money`, `multiplier`, `number` round them for reading.
 */
export const RECOMMENDATION_TEMPLATES = {
  OPS_LEVEL_LOW: "low",
  OPS_LEVEL_TYPICAL: "typical",
  OPS_LEVEL_HIGH: "high",
  // reasons
  REC_LOWEST_TCO:
    "{pattern} has the lowest {levelText:message} TCO: {totalUsd:money}/month = {awsUsd:money} AWS + {opsUsd:money} ops ({hours:number} h × {rateUsd:rate}/h)",
  REC_RUNNER_UP: "{pattern} is next at {totalUsd:money}/month ({leadUsd:money} more)",
  REC_RULED_OUT: "{pattern} is ruled out: {reason:message}",
  REC_NOT_RANKED_LOWER_BOUND:
    "{pattern} is not ranked: {missingRates} rate(s) missing, so its TCO of at least {totalUsd:money}/month is a lower bound",
  REC_CAVEAT: "caveat for {caveatPatterns}: {constraint:message}",
  REC_SAME_AT_EVERY_BAND: "the same pattern is cheapest at low, typical and high ops hours",
  REC_OTHER_BAND: "at {levelText:message} ops hours {pattern} is cheapest",
  REC_OTHER_BANDS:
    "at {levelText:message} ops hours {pattern} is cheapest; at {otherLevelText:message} ops hours {otherPattern} is cheapest",
  REC_NONE_FULLY_PRICED: "no pattern that can run this workload is fully priced",
  REC_NONE_CAN_RUN: "no pattern can run this workload",
  // what would change it
  CHANGE_SCALE_OVERTAKES: "at {multiplier:multiplier} the workload ({totalTasks} tasks) {pattern} overtakes {other}",
  CHANGE_SCALE_TIES: "at {multiplier:multiplier} the workload ({totalTasks} tasks) {other} ties with {pattern}",
  CHANGE_SCALE_OTHER_CHEAPER: "at {multiplier:multiplier} the workload ({totalTasks} tasks) {other} becomes cheaper than {pattern}",
  CHANGE_ENGINEER_RATE_BELOW: "Engineer rate at or below {value:money}/h (now {baseline:money}/h) → {to}",
  CHANGE_ENGINEER_RATE_ABOVE: "Engineer rate at or above {value:money}/h (now {baseline:money}/h) → {to}",
  CHANGE_OPS_HOURS_BELOW:
    "Ops hours (all activities) at or below {value:multiplier} the {levelText:message} hours (now {baseline:multiplier}) → {to}",
  CHANGE_OPS_HOURS_ABOVE:
    "Ops hours (all activities) at or above {value:multiplier} the {levelText:message} hours (now {baseline:multiplier}) → {to}",
  CHANGE_EC2_HEADROOM_BELOW: "EC2 headroom at or below {value:percent} of EC2 cost (now {baseline:percent}) → {to}",
  CHANGE_EC2_HEADROOM_ABOVE: "EC2 headroom at or above {value:percent} of EC2 cost (now {baseline:percent}) → {to}",
  CHANGE_SPOT_SHARE_BELOW: "Spot share of compute at or below {value:percent} (now {baseline:percent}) → {to}",
  CHANGE_SPOT_SHARE_ABOVE: "Spot share of compute at or above {value:percent} (now {baseline:percent}) → {to}",
  CHANGE_SAVINGS_PLAN_COVERAGE_BELOW: "Compute Savings Plan coverage at or below {value:percent} (now {baseline:percent}) → {to}",
  CHANGE_SAVINGS_PLAN_COVERAGE_ABOVE: "Compute Savings Plan coverage at or above {value:percent} (now {baseline:percent}) → {to}",
  CHANGE_NOTHING_IN_RANGE:
    "nothing in the searched ranges: workload {from:multiplier}–{to:multiplier}, engineer rate {rateLow:money}–{rateHigh:money}/h, ops hours {opsLow:multiplier}–{opsHigh:multiplier}, EC2 headroom {headroomLow:percent}–{headroomHigh:percent}, Spot share and Savings Plan coverage {discountLow:percent}–{discountHigh:percent}",
  CHANGE_NOTHING_IN_RANGE_NO_DISCOUNTS:
    "nothing in the searched ranges: workload {from:multiplier}–{to:multiplier}, engineer rate {rateLow:money}–{rateHigh:money}/h, ops hours {opsLow:multiplier}–{opsHigh:multiplier}, EC2 headroom {headroomLow:percent}–{headroomHigh:percent}",
  CHANGE_MISSING_RATES: "a price snapshot with the missing rates (costcalc prices refresh), or another region",
  CHANGE_REMOVE_RULED_OUT: "remove a ruled-out reason above (e.g. a GPU instance type, a smaller task)",
  // the Kubernetes upgrade paths' note (decisions/upgrade-paths.ts)
  UPGRADE_NOTE_NO_EXTENDED_RATE: "no extended-support rate in the price book for this region: that path is not priced",
  UPGRADE_NOTE_LAGGING_MOVES_HOURS:
    "minor versions cannot be skipped (F4) and extended support ends after 12 months with a forced upgrade (F2): lagging moves the hours, it does not remove them (derivation 1)",
  // break-even search: patterns left out
  BREAK_EVEN_SKIPPED_RULED_OUT: "ruled out",
  BREAK_EVEN_SKIPPED_INCOMPLETE: "incomplete: {usages} missing",
} as const satisfies Record<string, string>;
