import { message } from "../messages/message";
import { Decimal, toQuantity } from "../money/decimal";
import type { PriceBook } from "../price-book/price-book";
import type { Ec2PriceModel } from "./ec2-price-model";
import { ec2SpotPrice } from "./ec2-spot-price";
import type { Ec2Purchase } from "./purchase-schema";
import { DEFAULT_SPOT_PRICE_RATIO } from "./reference-rates";

/** The book and region Spot rates are looked up in (omitted: the S4 reference ratio only). */
export type SpotContext = { book: PriceBook; region: string; os: "linux" | "windows" };

const SPOT_NOTE = message("NOTE_EC2_SPOT_INTERRUPTION");

/**
 * EC2 Spot, per instance type, in this order: your price for the type (`spotPricesUsdPerHour`), your
 * discount (`discountPercent`), the Spot snapshot for the type and region (S33), the S4 reference ratio
 * (labelled an estimate). The snapshot/reference choice is `ec2SpotPrice`, shared with the sensitivity.
 */
export function ec2SpotModel(purchase: Ec2Purchase, context: SpotContext | undefined): Ec2PriceModel {
  const discount = purchase.discountPercent;
  const overrides = new Map(Object.entries(purchase.spotPricesUsdPerHour ?? {}).map(([type, price]) => [type, new Decimal(price)]));
  const lookup = (
    type: string,
    onDemand: Decimal,
  ): { hourly: Decimal; describe: string; sourceId: string; isReferenceEstimate?: boolean } => {
    const own = overrides.get(type);
    if (own) return { hourly: own, describe: `your Spot price for ${type} (purchase.ec2.spotPricesUsdPerHour)`, sourceId: "user" };
    if (discount !== undefined) {
      return {
        hourly: onDemand.times(new Decimal(1).minus(toQuantity(discount).div(100))),
        describe: `on-demand × (1 − ${discount}%) (your Spot discount)`,
        sourceId: "user",
      };
    }
    if (context) {
      const found = ec2SpotPrice(context.book, context.region, type, onDemand, context.os);
      return { ...found, isReferenceEstimate: found.basis === "reference" };
    }
    return {
      isReferenceEstimate: true,
      hourly: onDemand.times(DEFAULT_SPOT_PRICE_RATIO),
      describe: "estimate: on-demand × 0.0437/0.096 (m5.large us-east-1 reference, Feb 2021, S4)",
      sourceId: "S4",
    };
  };
  const basis =
    discount !== undefined
      ? `on-demand × (1 − ${discount}%) (your Spot discount)`
      : "per type: the Spot snapshot (S33) where it has the type in the region, else on-demand × the m5.large reference ratio 0.0437/0.096 (S4, an estimate)";
  return {
    option: "spot",
    label: "Spot",
    labelMessage: message("PURCHASE_SPOT"),
    isCommitment: false,
    termMonths: 0,
    sourceId: discount !== undefined ? "user" : "S33;S4",
    basis,
    // per type (rateBasis): the snapshot is the type's own observed price, the S4 ratio an estimate
    isReferenceEstimate: false,
    notes: [
      SPOT_NOTE,
      ...(overrides.size > 0 ? [message("NOTE_EC2_SPOT_OWN_PRICES", { instanceTypes: [...overrides.keys()].sort().join(", ") })] : []),
    ],
    price: (type, onDemand) => {
      const effectiveHourly = lookup(type, onDemand).hourly;
      return { effectiveHourly, recurringHourly: effectiveHourly, upfrontPerNode: new Decimal(0) };
    },
    rateBasis: (type, onDemand) => {
      const found = lookup(type, onDemand);
      return { describe: found.describe, sourceId: found.sourceId, isReferenceEstimate: found.isReferenceEstimate === true };
    },
  };
}
