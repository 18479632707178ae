import { Decimal, parseDecimal } from "../money/decimal";
import type { PriceBook } from "../price-book/price-book";
import { usageKeys } from "../price-book/usage-keys";
import { DEFAULT_SPOT_PRICE_RATIO } from "./reference-rates";

/** Where an EC2 Spot figure comes from: the dated snapshot for the type and region, or the reference ratio. */
export type SpotBasis = "snapshot" | "reference";

export type Ec2SpotPrice = {
  hourly: Decimal;
  basis: SpotBasis;
  /** In words, for the line's rate description. */
  describe: string;
  sourceId: string;
};

const percentOff = (ratio: Decimal): string => `${new Decimal(1).minus(ratio).times(100).toDecimalPlaces(2).toFixed()}%`;

/**
 * The ONE EC2 Spot assumption per instance type and region, used by Spot pricing (ec2-spot-model.ts)
 * and by the Spot what-if of the sensitivity analysis alike:
 * - the Spot snapshot rate (`ec2/spot/linux/<type>`, S33: highest latest per-AZ price) where the book has it;
 * - otherwise on-demand × the reference ratio 0.0437/0.096 (m5.large us-east-1, Feb 2021, S4), labelled
 *   as an estimate from that reference.
 * Examples: us-east-1 m5.large → $0.0453 (snapshot, highest of 5 AZs); us-east-1 m5.xlarge ($0.192
 * on-demand, not in the snapshot) → 0.192 × 0.0437/0.096 = $0.0874 (reference).
 */
export function ec2SpotPrice(
  book: PriceBook,
  region: string,
  instanceType: string,
  onDemandHourly: Decimal,
  os: "linux" | "windows" = "linux",
): Ec2SpotPrice {
  // The snapshot is Linux/UNIX only: a Windows node's Spot price is the reference estimate.
  const rate = os === "linux" ? book.rate(region, usageKeys.ec2SpotInstanceHours(instanceType)) : undefined;
  if (rate) {
    return {
      hourly: parseDecimal(rate.priceUsd),
      basis: "snapshot",
      sourceId: rate.sourceId,
      describe: `Spot snapshot for ${instanceType} in ${region}: ${rate.description} (${rate.sourceId})`,
    };
  }
  return {
    hourly: onDemandHourly.times(DEFAULT_SPOT_PRICE_RATIO),
    basis: "reference",
    sourceId: "S4",
    describe: `estimate: no ${os === "linux" ? "" : "Windows "}Spot snapshot for ${instanceType} in ${region}, so on-demand × 0.0437/0.096 (${percentOff(DEFAULT_SPOT_PRICE_RATIO)} off, the m5.large us-east-1 reference of Feb 2021, S4)`,
  };
}

/** 1 − Spot ÷ on-demand for a type (0 when on-demand is 0). @example ec2SpotDiscount(book, "us-east-1", "m5.large", new Decimal("0.096")) //=> 1 − 0.0453/0.096 */
export function ec2SpotDiscount(
  book: PriceBook,
  region: string,
  instanceType: string,
  onDemandHourly: Decimal,
  os: "linux" | "windows" = "linux",
): Decimal {
  if (onDemandHourly.isZero()) return new Decimal(0);
  return new Decimal(1).minus(ec2SpotPrice(book, region, instanceType, onDemandHourly, os).hourly.div(onDemandHourly));
}
