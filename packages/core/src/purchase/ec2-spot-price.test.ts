import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { embeddedPriceBook } from "../snapshot/embedded";
import { ec2PriceModel } from "./ec2-price-model";
import { ec2SpotDiscount, ec2SpotPrice } from "./ec2-spot-price";
import { Ec2PurchaseSchema } from "./purchase-schema";

const book = embeddedPriceBook();

describe("one EC2 Spot figure per type and region (ec2_spot_snapshot_skypilot.csv, S33; else the S4 ratio)", () => {
  it("us-east-1 m5.large: the highest of its 5 AZ snapshot prices (0.0375, 0.0364, 0.0453, 0.0319, 0.0398) = $0.0453", () => {
    const spot = ec2SpotPrice(book, "us-east-1", "m5.large", new Decimal("0.096"));
    expect([spot.basis, spot.hourly.toFixed(), spot.sourceId]).toEqual(["snapshot", "0.0453", "S33"]);
  });

  it("ap-northeast-1 c7g.xlarge: highest of 0.0809, 0.1198, 0.1116 = $0.1198 (S33)", () => {
    expect(ec2SpotPrice(book, "ap-northeast-1", "c7g.xlarge", new Decimal("0.1819")).hourly.toFixed()).toBe("0.1198");
  });

  it("m5.xlarge is not in the snapshot: on-demand $0.192 × 0.0437/0.096 = $0.0874, labelled an estimate from the S4 reference", () => {
    const spot = ec2SpotPrice(book, "us-east-1", "m5.xlarge", new Decimal("0.192"));
    expect([spot.basis, spot.hourly.toDecimalPlaces(20).toFixed(), spot.sourceId]).toEqual(["reference", "0.0874", "S4"]);
    expect(spot.describe).toMatch(/^estimate: no Spot snapshot for m5.xlarge in us-east-1/);
  });

  it("Windows nodes never take the Linux/UNIX snapshot price", () => {
    expect(ec2SpotPrice(book, "us-east-1", "m5.large", new Decimal("0.188"), "windows").basis).toBe("reference");
  });

  it("the discount the sensitivity uses is the same figure: 1 − 0.0453/0.096", () => {
    expect(
      ec2SpotDiscount(book, "us-east-1", "m5.large", new Decimal("0.096")).equals(new Decimal(1).minus(new Decimal("0.0453").div("0.096"))),
    ).toBe(true);
  });

  it("the Spot price model prices with it and names the basis per type", () => {
    const model = ec2PriceModel(Ec2PurchaseSchema.parse({ option: "spot" }), { book, region: "us-east-1", os: "linux" });
    expect(model.price("m5.large", new Decimal("0.096")).effectiveHourly.toFixed()).toBe("0.0453");
    expect(model.rateBasis?.("m5.xlarge", new Decimal("0.192")).describe).toMatch(/^estimate: /);
    expect(model.rateBasis?.("m5.large", new Decimal("0.096")).sourceId).toBe("S33");
  });

  it("your own Spot price and your discount still win over the snapshot", () => {
    const own = ec2PriceModel(Ec2PurchaseSchema.parse({ option: "spot", spotPricesUsdPerHour: { "m5.large": "0.04" } }), {
      book,
      region: "us-east-1",
      os: "linux",
    });
    const discount = ec2PriceModel(Ec2PurchaseSchema.parse({ option: "spot", discountPercent: 70 }), {
      book,
      region: "us-east-1",
      os: "linux",
    });
    expect(own.price("m5.large", new Decimal("0.096")).effectiveHourly.toFixed()).toBe("0.04");
    expect(discount.price("m5.large", new Decimal("0.096")).effectiveHourly.toFixed()).toBe("0.0288");
  });
});
