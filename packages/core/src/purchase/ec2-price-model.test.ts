import { renderMessage } from "../messages/english";
import { describe, expect, it } from "vitest";
import { Decimal } from "../money/decimal";
import { ec2PriceModel } from "./ec2-price-model";
import { Ec2PurchaseSchema } from "./purchase-schema";

const m5LargeOnDemand = new Decimal("0.096"); // S5 (2026-07-20) and S3 (2021-02-01): the same $0.096
const price = (input: object, type = "m5.large", onDemand = m5LargeOnDemand) =>
  ec2PriceModel(Ec2PurchaseSchema.parse(input)).price(type, onDemand);

describe("Reserved Instances reproduce the S3 m5.large rows exactly", () => {
  // Rows of getproducts/AmazonEC2_m5.large_us-east-1_2021-02-05_PriceListEntry.json (terms.Reserved).
  it.each([
    {
      label: "1yr standard No Upfront (4NA7Y494T4): $0/yr + $0.060/h",
      termYears: 1,
      payment: "no-upfront",
      offeringClass: "standard",
      upfront: "0",
      hourly: "0.06",
    },
    {
      label: "1yr standard Partial Upfront (HU7G6KETJZ): $252 + $0.029/h",
      termYears: 1,
      payment: "partial-upfront",
      offeringClass: "standard",
      upfront: "252",
      hourly: "0.029",
    },
    {
      label: "1yr standard All Upfront (6QCMYABX3D): $494",
      termYears: 1,
      payment: "all-upfront",
      offeringClass: "standard",
      upfront: "494",
      hourly: "0",
    },
    {
      label: "3yr standard Partial Upfront (38NPMPTW36): $505 + $0.019/h",
      termYears: 3,
      payment: "partial-upfront",
      offeringClass: "standard",
      upfront: "505",
      hourly: "0.019",
    },
    {
      label: "3yr convertible All Upfront (MZU6U2429S): $1161",
      termYears: 3,
      payment: "all-upfront",
      offeringClass: "convertible",
      upfront: "1161",
      hourly: "0",
    },
    {
      label: "1yr convertible No Upfront (7NE97W5U4E): $0.071/h",
      termYears: 1,
      payment: "no-upfront",
      offeringClass: "convertible",
      upfront: "0",
      hourly: "0.071",
    },
  ])("$label", ({ termYears, payment, offeringClass, upfront, hourly }) => {
    const p = price({ option: "reserved", termYears, payment, offeringClass });
    expect(p.upfrontPerNode.toDecimalPlaces(20).toFixed()).toBe(upfront);
    expect(p.recurringHourly.toDecimalPlaces(20).toFixed()).toBe(hourly);
  });

  it("effective hourly spreads the upfront over every hour of the term: 1yr Partial = 0.029 + 252 ÷ 8760", () => {
    const p = price({ option: "reserved", termYears: 1, payment: "partial-upfront" });
    expect(p.effectiveHourly.toDecimalPlaces(12).toFixed()).toBe(
      new Decimal("0.029").plus(new Decimal(252).div(8760)).toDecimalPlaces(12).toFixed(),
    );
  });

  it("scales with the type's on-demand rate: m5.xlarge ($0.192) pays twice the m5.large figures", () => {
    const p = price({ option: "reserved", termYears: 1, payment: "partial-upfront" }, "m5.xlarge", new Decimal("0.192"));
    expect(p.upfrontPerNode.toDecimalPlaces(20).toFixed()).toBe("504");
    expect(p.recurringHourly.toDecimalPlaces(20).toFixed()).toBe("0.058");
  });
});

describe("Savings Plans and overrides", () => {
  it.each([
    {
      label: "EC2 Instance SP 3yr No Upfront = standard RI row BPH4J8HBKS ($0.041/h)",
      input: { option: "ec2-instance-savings-plan", termYears: 3 },
      hourly: "0.041",
      upfront: "0",
    },
    {
      label: "Compute SP 1yr No Upfront = convertible RI row 7NE97W5U4E ($0.071/h)",
      input: { option: "compute-savings-plan" },
      hourly: "0.071",
      upfront: "0",
    },
    {
      label: "your 30 % discount, no upfront: 0.096 × 0.7 = 0.0672",
      input: { option: "compute-savings-plan", discountPercent: 30 },
      hourly: "0.0672",
      upfront: "0",
    },
    {
      label: "your 40 % discount, All Upfront 1yr: 0.096 × 0.6 × 8760 h = $504.576 upfront",
      input: { option: "reserved", payment: "all-upfront", discountPercent: 40 },
      hourly: "0",
      upfront: "504.576",
    },
    {
      label: "on-demand with a negotiated 10 %: 0.0864",
      input: { option: "on-demand", discountPercent: 10 },
      hourly: "0.0864",
      upfront: "0",
    },
  ])("$label", ({ input, hourly, upfront }) => {
    const p = price(input);
    expect(p.recurringHourly.toDecimalPlaces(20).toFixed()).toBe(hourly);
    expect(p.upfrontPerNode.toDecimalPlaces(20).toFixed()).toBe(upfront);
  });
});

describe("Spot", () => {
  it.each([
    {
      label: "default: on-demand × 0.0437/0.096 (S4 highest latest AZ price) → m5.large $0.0437",
      input: { option: "spot" },
      type: "m5.large",
      onDemand: "0.096",
      expected: "0.0437",
    },
    {
      label: "default scales: m5.xlarge $0.192 → $0.0874",
      input: { option: "spot" },
      type: "m5.xlarge",
      onDemand: "0.192",
      expected: "0.0874",
    },
    {
      label: "your discount 70 %: 0.096 × 0.3",
      input: { option: "spot", discountPercent: 70 },
      type: "m5.large",
      onDemand: "0.096",
      expected: "0.0288",
    },
    {
      label: "your Spot price for the type wins",
      input: { option: "spot", spotPricesUsdPerHour: { "m5.large": "0.0401" } },
      type: "m5.large",
      onDemand: "0.096",
      expected: "0.0401",
    },
  ])("$label", ({ input, type, onDemand, expected }) => {
    expect(price(input, type, new Decimal(onDemand)).effectiveHourly.toDecimalPlaces(20).toFixed()).toBe(expected);
  });

  it("warns that Spot can be reclaimed", () => {
    expect(
      ec2PriceModel(Ec2PurchaseSchema.parse({ option: "spot" }))
        .notes.map(renderMessage)
        .join(" "),
    ).toMatch(/reclaimed/);
  });
});
