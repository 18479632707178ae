/** The sensitivity rows' labels, units and bases (decisions/sensitivity.ts); `{discount:percent}` is a share 0–1. */
export const SENSITIVITY_TEMPLATES = {
  SENS_ENGINEER_RATE: "Engineer rate",
  SENS_OPS_HOURS: "Ops hours (all activities)",
  SENS_EC2_HEADROOM: "EC2 headroom (unused node capacity)",
  SENS_SPOT_SHARE: "Spot share of compute",
  SENS_SAVINGS_PLAN_COVERAGE: "Compute Savings Plan coverage",
  SENS_UNIT_USD_PER_HOUR: "USD/hour",
  SENS_UNIT_TIMES_LEVEL_HOURS: "× {levelText:message} hours",
  SENS_UNIT_SHARE_OF_EC2: "share of EC2 cost",
  SENS_UNIT_SHARE: "share",
  SENS_BASIS_ENGINEER_RATE_US: "ops hours × rate; range $62–$150/h (F35–F38)",
  SENS_BASIS_ENGINEER_RATE_JP: "ops hours × rate; range ¥3,500–¥8,000/h (jp, F39–F41)",
  SENS_BASIS_OPS_HOURS:
    "every activity's hours × factor; range = the research's low/high bands relative to the headline band (ops-effort.md §3)",
  SENS_BASIS_EC2_HEADROOM:
    "free capacity kept beyond the packed nodes: headroom h adds h × EC2 instance cost (utilisation ÷ (1 + h)); packing and ops node rules not re-run; range 0–50 % (judgement)",
  SENS_BASIS_SPOT:
    "EC2 nodes at each type's Spot price as priced under purchase Spot (the Spot snapshot S33 where it has the type and region, else the S4 reference ratio, an estimate); Fargate compute at {discount:percent} off (Fargate Spot vs on-demand, Linux/x86 vCPU, S8); none on EKS on Fargate (no Spot)",
  SENS_BASIS_SPOT_NO_FARGATE_RATE:
    "EC2 nodes at each type's Spot price as priced under purchase Spot (the Spot snapshot S33 where it has the type and region, else the S4 reference ratio, an estimate); no Fargate Spot rate in the price book for this region; none on EKS on Fargate (no Spot)",
  SENS_BASIS_SAVINGS_PLAN:
    "EC2 nodes at {ec2Discount:percent} off (1-year no-upfront, an estimate from the m5.large convertible RI reference, S3, as purchase pricing uses it); Fargate compute at {discount:percent} off (1-year no-upfront Compute Savings Plan vs on-demand, Linux/x86 vCPU, S8)",
  SENS_BASIS_SAVINGS_PLAN_NO_FARGATE_RATE:
    "EC2 nodes at {ec2Discount:percent} off (1-year no-upfront, an estimate from the m5.large convertible RI reference, S3, as purchase pricing uses it); no Fargate Savings Plan rate in the price book for this region",
} as const satisfies Record<string, string>;
