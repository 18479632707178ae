import { Decimal } from "../money/decimal";

/**
 * The one EC2 instance type whose Reserved Instance terms and Spot history the shared data holds:
 * m5.large, Linux, Shared tenancy, us-east-1.
 *
 * RI rows — S3 (aws/amazon-ec2-instance-selector test/static/GetProducts/m5_large.json, file
 * getproducts/AmazonEC2_m5.large_us-east-1_2021-02-05_PriceListEntry.json, publicationDate
 * 2021-02-05): OnDemand $0.096/h; `terms.Reserved` = 12 offers, each an upfront fee ("Quantity")
 * and an hourly fee ("Hrs"). Standard offers effective 2020-04-01, convertible 2017-10-31.
 *
 * We use them as *ratios to on-demand* (upfront ÷ 0.096 and hourly ÷ 0.096) and apply those
 * ratios to every instance type: a visible assumption (AWS discounts differ a little by family
 * and change over time; `purchase.ec2.discountPercent` overrides it).
 */
export const RI_REFERENCE_ON_DEMAND_USD_PER_HOUR = new Decimal("0.096");

export const RI_OFFERING_CLASSES = ["standard", "convertible"] as const;
export type RiOfferingClass = (typeof RI_OFFERING_CLASSES)[number];
export const PAYMENT_OPTIONS = ["no-upfront", "partial-upfront", "all-upfront"] as const;
export type PaymentOption = (typeof PAYMENT_OPTIONS)[number];
export const TERM_YEARS = [1, 3] as const;
export type TermYears = (typeof TERM_YEARS)[number];

type RiRow = { offerTermCode: string; upfrontUsd: string; hourlyUsd: string };

/** m5.large RI offers (S3), [class][term][payment]; offer term codes as in the file. */
export const M5_LARGE_RI_ROWS: Record<RiOfferingClass, Record<`${TermYears}`, Record<PaymentOption, RiRow>>> = {
  standard: {
    "1": {
      "no-upfront": { offerTermCode: "4NA7Y494T4", upfrontUsd: "0", hourlyUsd: "0.06" },
      "partial-upfront": { offerTermCode: "HU7G6KETJZ", upfrontUsd: "252", hourlyUsd: "0.029" },
      "all-upfront": { offerTermCode: "6QCMYABX3D", upfrontUsd: "494", hourlyUsd: "0" },
    },
    "3": {
      "no-upfront": { offerTermCode: "BPH4J8HBKS", upfrontUsd: "0", hourlyUsd: "0.041" },
      "partial-upfront": { offerTermCode: "38NPMPTW36", upfrontUsd: "505", hourlyUsd: "0.019" },
      "all-upfront": { offerTermCode: "NQ3QZPMQV9", upfrontUsd: "949", hourlyUsd: "0" },
    },
  },
  convertible: {
    "1": {
      "no-upfront": { offerTermCode: "7NE97W5U4E", upfrontUsd: "0", hourlyUsd: "0.071" },
      "partial-upfront": { offerTermCode: "CUZHX8X6JH", upfrontUsd: "294", hourlyUsd: "0.034" },
      "all-upfront": { offerTermCode: "VJWZNREJX2", upfrontUsd: "577", hourlyUsd: "0" },
    },
    "3": {
      "no-upfront": { offerTermCode: "Z2E3P23VKM", upfrontUsd: "0", hourlyUsd: "0.049" },
      "partial-upfront": { offerTermCode: "R5XV2EPZQZ", upfrontUsd: "592", hourlyUsd: "0.023" },
      "all-upfront": { offerTermCode: "MZU6U2429S", upfrontUsd: "1161", hourlyUsd: "0" },
    },
  },
};

/**
 * Spot — S4 (aws/amazon-ec2-instance-selector test/static/DescribeSpotPriceHistory/m5_large.json,
 * file raw-fixtures/ec2_DescribeSpotPriceHistory_m5.large_us-east-1_2021-02.json): 250 prices,
 * 2021-01-08 … 2021-02-09, $0.0367–$0.0437. The latest price per AZ is 0.0437 (us-east-1f),
 * 0.0423 (1a), 0.0389 (1b), 0.0381 (1c), 0.0431 (1d). We take the highest, $0.0437, against the
 * $0.096 on-demand price of the same month (S3): 1 − 0.0437/0.096 = 54.479…% off — the default
 * Spot discount for every type (conservative: a fleet spread over AZs pays each AZ's price).
 */
export const SPOT_REFERENCE_USD_PER_HOUR = new Decimal("0.0437");
export const DEFAULT_SPOT_PRICE_RATIO = SPOT_REFERENCE_USD_PER_HOUR.div(RI_REFERENCE_ON_DEMAND_USD_PER_HOUR);
