import { renderMessage } from "../messages/english";
import { message, type Message } from "../messages/message";
import { Decimal, parseDecimal, sumDecimals, toDecimalString } from "../money/decimal";
import type { PatternId } from "../patterns/pattern";
import type { PriceBook } from "../price-book/price-book";
import { usageKeys } from "../price-book/usage-keys";
import { labourBandUsd } from "../ops/engineer-rate";
import type { CostLine } from "../lines/cost-line";
import { ec2PriceModel } from "../purchase/ec2-price-model";
import { ec2SpotDiscount } from "../purchase/ec2-spot-price";
import { Ec2PurchaseSchema } from "../purchase/purchase-schema";
import { RI_REFERENCE_ON_DEMAND_USD_PER_HOUR } from "../purchase/reference-rates";
import { isManagedFeeLine } from "../resources/managed-node-fee";
import { ec2InstanceLines } from "./infra-adjustments";
import { cheapestAt, leadAt, nextSwitch, valueAt, type LinearTco, type Switch } from "./linear-switch";
import type { ModelRun } from "./run-model";
import { levelCode } from "./level-code";
import type { PatternTco } from "./tco";

export type SensitivityId = "engineer-rate" | "ops-hours" | "ec2-headroom" | "spot-share" | "savings-plan-coverage";

export type SensitivityEnd = {
  value: Decimal;
  cheapest: PatternId | null;
  tcoUsd: Partial<Record<PatternId, Decimal>>;
  leadUsd: Decimal | null;
  /**
   * The tornado bar: the TCO change of the pattern cheapest at the baseline (`cheapestAtBaseline`) when the
   * assumption moves from its baseline to this end (TCO here − TCO at the baseline); null when no pattern is priced.
   */
  deltaUsd: Decimal | null;
};

/** One tornado row: an assumption swept from `low` to `high`, and where the cheapest pattern changes. */
export type SensitivityRow = {
  id: SensitivityId;
  /** English renderings of `labelMessage`, `unitMessage`, `basisMessage` (the faces translate the messages). */
  label: string;
  unit: string;
  /** How the assumption enters the model, and its sources. */
  basis: string;
  labelMessage: Message;
  unitMessage: Message;
  basisMessage: Message;
  /** How a reader sees this row's values (a reading format of messages/reading-formats.ts): "$22.21" per hour, "×0.25", "35.2 %". */
  valueFormat: "money" | "multiplier" | "percent";
  available: boolean;
  baseline: Decimal;
  low: SensitivityEnd;
  high: SensitivityEnd;
  cheapestAtBaseline: PatternId | null;
  /** Where a switch is searched: the assumption's meaningful values (wider than the tornado's low–high range). */
  domain: { low: Decimal; high: Decimal };
  /** Nearest value above / below the baseline (within the domain) at which another pattern becomes cheapest. */
  switchAbove: Switch | null;
  switchBelow: Switch | null;
};

type Candidate = {
  tco: PatternTco;
  infra: Decimal;
  hours: Decimal;
  opsUsd: Decimal;
  total: Decimal;
  compute: Decimal;
  ec2: Decimal;
  ec2SpotSaving: Decimal;
};

/** Compute lines a discount applies to: not modelled surcharges, not the Auto Mode fee (never discounted). */
const discountable = (l: CostLine): boolean => l.category === "compute" && l.rate.service !== "ModelledSurcharge" && !isManagedFeeLine(l);

function candidates(run: ModelRun, book: PriceBook): Candidate[] {
  const level = run.scenario.ops.level;
  return run.tco.flatMap((tco) => {
    // Only fully priced patterns: a switch point computed from a lower bound would be wrong.
    if (tco.status !== "priced" || !tco.ops || !tco.infraMonthlyUsd || !tco.monthlyUsd) return [];
    const compute = sumDecimals(tco.infraLines.filter(discountable).map((l) => l.monthlyUsd));
    const instances = ec2InstanceLines(tco.infraLines);
    const ec2 = sumDecimals(instances.map((l) => l.monthlyUsd));
    const ec2SpotSaving = sumDecimals(instances.map((l) => l.monthlyUsd.times(lineSpotDiscount(l, book, run.scenario.region))));
    return [
      {
        tco,
        infra: tco.infraMonthlyUsd,
        hours: tco.ops.hoursPerMonth[level],
        opsUsd: tco.ops.monthlyUsd[level],
        total: tco.monthlyUsd[level],
        compute,
        ec2,
        ec2SpotSaving,
      },
    ];
  });
}

/** The EC2 Spot discount of an instance line's type (ec2SpotPrice: the same per-type figure Spot pricing uses). */
function lineSpotDiscount(line: CostLine, book: PriceBook, region: string): Decimal {
  const [, , os, type] = line.rate.usage.split("/");
  const onDemand = book.rate(region, line.rate.usage.replace(/^ec2\/[^/]+\//, "ec2/on-demand/"));
  if (!type || !onDemand) return new Decimal(0);
  return ec2SpotDiscount(book, region, type, parseDecimal(onDemand.priceUsd), os === "windows" ? "windows" : "linux");
}

/** 1 − discounted ÷ on-demand, for Fargate Linux/x86 vCPU in the region (S8); null when a rate is missing. */
function fargateDiscount(book: PriceBook, region: string, option: "spot" | "savings-plan-1y-no-upfront"): Decimal | null {
  const onDemand = book.rate(region, usageKeys.fargateVcpuHours("linux-x86"));
  const discounted = book.rate(region, usageKeys.fargateVcpuHours("linux-x86", option));
  if (!onDemand || !discounted) return null;
  return new Decimal(1).minus(parseDecimal(discounted.priceUsd).div(parseDecimal(onDemand.priceUsd)));
}

function end(lines: readonly LinearTco[], x: Decimal, baseline: Decimal): SensitivityEnd {
  const best = cheapestAt(lines, baseline);
  return {
    value: x,
    cheapest: cheapestAt(lines, x)?.pattern ?? null,
    tcoUsd: Object.fromEntries(lines.map((l) => [l.pattern, valueAt(l, x)])),
    leadUsd: leadAt(lines, x),
    deltaUsd: best ? valueAt(best, x).minus(valueAt(best, baseline)) : null,
  };
}

type Range = { baseline: Decimal; low: Decimal; high: Decimal; domain: [string, string] };
type Texts = { label: Message; unit: Message; basis: Message; valueFormat: SensitivityRow["valueFormat"] };

function row(id: SensitivityId, texts: Texts, lines: LinearTco[] | null, range: Range): SensitivityRow {
  const usable = lines ?? [];
  const domain = { low: new Decimal(range.domain[0]), high: new Decimal(range.domain[1]) };
  return {
    id,
    label: renderMessage(texts.label),
    unit: renderMessage(texts.unit),
    basis: renderMessage(texts.basis),
    labelMessage: texts.label,
    unitMessage: texts.unit,
    basisMessage: texts.basis,
    valueFormat: texts.valueFormat,
    available: lines !== null,
    baseline: range.baseline,
    low: end(usable, range.low, range.baseline),
    high: end(usable, range.high, range.baseline),
    domain,
    cheapestAtBaseline: cheapestAt(usable, range.baseline)?.pattern ?? null,
    switchAbove: nextSwitch(usable, range.baseline, "up", domain.high),
    switchBelow: nextSwitch(usable, range.baseline, "down", domain.low),
  };
}

/** −(saving at 100 % Spot): EC2 instance lines at their type's EC2 Spot discount, Fargate compute at Fargate Spot's; none where there is no Spot. */
function spotSlope(c: Candidate, fargateSpot: Decimal | null, noSpot: readonly PatternId[]): Decimal {
  if (noSpot.includes(c.tco.patternId)) return new Decimal(0);
  if (!c.ec2.isZero()) return c.ec2SpotSaving.negated();
  return fargateSpot ? c.compute.times(fargateSpot).negated() : new Decimal(0);
}

const share = (value: Decimal): string => toDecimalString(value);

function spotBasis(fargateSpot: Decimal | null): Message {
  return fargateSpot ? message("SENS_BASIS_SPOT", { discount: share(fargateSpot) }) : message("SENS_BASIS_SPOT_NO_FARGATE_RATE");
}

let ec2SpDiscount: Decimal | undefined;

/**
 * EC2 Compute Savings Plan discount, 1-year No Upfront: the convertible RI reference row (S3, $0.071 vs $0.096), as
 * purchase pricing uses it. Worked out on first use, not at module load (issue 18: every CLI start paid its zod parse).
 */
function ec2SavingsPlanDiscount(): Decimal {
  ec2SpDiscount ??= new Decimal(1).minus(
    ec2PriceModel(Ec2PurchaseSchema.parse({ option: "compute-savings-plan" }))
      .price("m5.large", RI_REFERENCE_ON_DEMAND_USD_PER_HOUR)
      .effectiveHourly.div(RI_REFERENCE_ON_DEMAND_USD_PER_HOUR),
  );
  return ec2SpDiscount;
}

/** −(saving at 100 % coverage): EC2 instance lines at the EC2 plan's reference discount, other compute at Fargate's plan rate. */
function spSlope(c: Candidate, fargateSp: Decimal | null): Decimal {
  const other = c.compute.minus(c.ec2).times(fargateSp ?? 0);
  return c.ec2.times(ec2SavingsPlanDiscount()).plus(other).negated();
}

function spBasis(fargateSp: Decimal | null): Message {
  const ec2Discount = share(ec2SavingsPlanDiscount());
  return fargateSp
    ? message("SENS_BASIS_SAVINGS_PLAN", { ec2Discount, discount: share(fargateSp) })
    : message("SENS_BASIS_SAVINGS_PLAN_NO_FARGATE_RATE", { ec2Discount });
}

const ratio = (a: Decimal, b: Decimal): Decimal | null => (b.isZero() ? null : a.div(b));

/**
 * Tornado data: how far each assumption must move to change the cheapest pattern (issue 6). Each
 * assumption enters every pattern's monthly TCO linearly, so switch points are exact.
 * Spot share and Savings Plan coverage are what-ifs on top of the scenario's own purchase options
 * (which the estimators price exactly, see purchase/). Spot: EC2 instance lines at their type's EC2
 * Spot discount from `ec2SpotPrice` (the one Spot figure per type and region that Spot pricing uses),
 * Fargate compute at Fargate Spot's. Savings Plan: a uniform discount from the Fargate Linux/x86 vCPU
 * rates (S8) on compute lines (EC2 SP discounts differ by type; say so when reading the figure).
 * @example sensitivity(runModel(input, book), book)[0].switchBelow //=> { value: 1.568…, to: "eks-fargate" } (examples/web-app.yaml)
 */
export function sensitivity(run: ModelRun, book: PriceBook): SensitivityRow[] {
  const cs = candidates(run, book);
  const level = run.scenario.ops.level;
  const rate = parseDecimal(run.rate.priceUsd);
  const lows = cs.flatMap((c) => {
    const r = ratio(c.tco.ops?.hoursPerMonth.low ?? c.hours, c.hours);
    return r ? [r] : [];
  });
  const highs = cs.flatMap((c) => {
    const r = ratio(c.tco.ops?.hoursPerMonth.high ?? c.hours, c.hours);
    return r ? [r] : [];
  });
  const one = new Decimal(1);
  const zero = new Decimal(0);
  const spot = fargateDiscount(book, run.scenario.region, "spot");
  const sp = fargateDiscount(book, run.scenario.region, "savings-plan-1y-no-upfront");
  const noSpot: readonly PatternId[] = ["eks-fargate"];
  return [
    row(
      "engineer-rate",
      {
        label: message("SENS_ENGINEER_RATE"),
        unit: message("SENS_UNIT_USD_PER_HOUR"),
        basis: message(run.scenario.ops.labourMarket === "jp" ? "SENS_BASIS_ENGINEER_RATE_JP" : "SENS_BASIS_ENGINEER_RATE_US"),
        valueFormat: "money",
      },
      cs.map((c) => ({ pattern: c.tco.patternId, intercept: c.infra, slope: c.hours })),
      {
        baseline: rate,
        low: Decimal.min(labourBandUsd(run.scenario).low, rate),
        high: Decimal.max(labourBandUsd(run.scenario).high, rate),
        domain: ["0", "10000"],
      },
    ),
    row(
      "ops-hours",
      {
        label: message("SENS_OPS_HOURS"),
        unit: message("SENS_UNIT_TIMES_LEVEL_HOURS", { level, levelText: levelCode(level) }),
        basis: message("SENS_BASIS_OPS_HOURS"),
        valueFormat: "multiplier",
      },
      cs.map((c) => ({ pattern: c.tco.patternId, intercept: c.infra, slope: c.opsUsd })),
      { baseline: one, low: Decimal.min(one, ...lows), high: Decimal.max(one, ...highs), domain: ["0", "100"] },
    ),
    row(
      "ec2-headroom",
      {
        label: message("SENS_EC2_HEADROOM"),
        unit: message("SENS_UNIT_SHARE_OF_EC2"),
        basis: message("SENS_BASIS_EC2_HEADROOM"),
        valueFormat: "percent",
      },
      cs.map((c) => ({ pattern: c.tco.patternId, intercept: c.total, slope: c.ec2 })),
      { baseline: zero, low: zero, high: new Decimal("0.5"), domain: ["0", "10"] },
    ),
    row(
      "spot-share",
      { label: message("SENS_SPOT_SHARE"), unit: message("SENS_UNIT_SHARE"), basis: spotBasis(spot), valueFormat: "percent" },
      cs.some((c) => !c.ec2.isZero()) || spot
        ? cs.map((c) => ({ pattern: c.tco.patternId, intercept: c.total, slope: spotSlope(c, spot, noSpot) }))
        : null,
      { baseline: zero, low: zero, high: one, domain: ["0", "1"] },
    ),
    row(
      "savings-plan-coverage",
      {
        label: message("SENS_SAVINGS_PLAN_COVERAGE"),
        unit: message("SENS_UNIT_SHARE"),
        basis: spBasis(sp),
        valueFormat: "percent",
      },
      sp || cs.some((c) => !c.ec2.isZero())
        ? cs.map((c) => ({ pattern: c.tco.patternId, intercept: c.total, slope: spSlope(c, sp) }))
        : null,
      { baseline: zero, low: zero, high: one, domain: ["0", "1"] },
    ),
  ];
}
