import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetProductsCommand, ThrottlingException } from "@aws-sdk/client-pricing";
import { createPriceBook, embeddedPriceBook, formatUsd, modelScenario } from "@repo/core";
import { afterAll, describe, expect, it } from "vitest";
import { apiSource } from "../sources/api/api-source";
import { mockPricingApi } from "../testing/mock-pricing-api";
import { loadSnapshotFile } from "../snapshot/load-snapshot-file";
import { refreshPrices } from "./refresh-prices";
import { refreshSnapshotFile } from "./refresh-snapshot-file";

const now = () => new Date("2026-11-23T16:30:00.000Z");
const noWait = { sleep: async () => undefined, random: () => 0.5 };
const baseCatalog = embeddedPriceBook().instanceTypes;
const work = mkdtempSync(join(tmpdir(), "refresh-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("refreshPrices from the Price List API (recorded responses)", () => {
  it("builds a valid, dated snapshot with SKU, unit, effective and publication dates per rate", async () => {
    const { client } = mockPricingApi();
    const { snapshot, warnings } = await refreshPrices({
      regions: ["us-east-1", "ap-southeast-2"],
      source: apiSource({ client }),
      baseCatalog,
      now,
      spot: false,
    });
    const book = createPriceBook(snapshot);
    expect(snapshot.id).toBe("aws-price-list-api-2026-11-23T16-30-00Z");
    // S1 Fargate x86 vCPU row: SKU 8CESGAFWKAJ98PME, $0.04048 per vCPU-hour, effective 2022-11-01
    expect(book.rate("us-east-1", "fargate/on-demand/linux-x86/vcpu-hours")).toEqual({
      service: "AmazonECS",
      region: "us-east-1",
      usage: "fargate/on-demand/linux-x86/vcpu-hours",
      priceUsd: "0.0404800000",
      unit: "vCPU-hour",
      description: "Fargate linux-x86 vCPU-hour on-demand",
      sourceId: "aws-price-list-api",
      asOf: "2022-11-01",
      sku: "8CESGAFWKAJ98PME",
      usageType: "USE1-Fargate-vCPU-Hours:perCPU",
      effectiveDate: "2022-11-01T00:00:00Z",
      publicationDate: "2022-11-21T18:21:30Z",
    });
    // S3: m5.large $0.096/h; S6: EKS $0.10/h; extended-support surcharge $0.50/h (S7/S9); Outposts SKU excluded
    expect(book.rate("us-east-1", "ec2/on-demand/linux/m5.large")?.priceUsd).toBe("0.0960000000");
    expect(book.rate("ap-southeast-2", "eks/cluster-hours/standard")?.sku).toBe("BMJ7KNTWFFFQPFS4");
    expect(book.rate("ap-southeast-2", "eks/cluster-hours/extended-support-surcharge")?.priceUsd).toBe("0.5000000000");
    expect(snapshot.rates.some((r) => r.sku === "OUTPOST")).toBe(false);
    // the newest effective date among the rates: 2022-11-01 (S1) > 2022-08-01 (S6) > 2021-02-01 (S3)
    expect(snapshot.asOf).toBe("2022-11-01");
    // m5.large keeps its ENI data from the catalog; vCPU/memory/arch agree with the Price List (2 / 8 GiB / x86_64)
    expect(book.instance("m5.large")).toMatchObject({
      vcpu: 2,
      memoryGib: "8",
      architecture: "x86_64",
      eksMaxPods: 29,
      sourceId: expect.stringMatching(/^aws-price-list-api;/),
    });
    expect(warnings.find((w) => w.startsWith("ap-southeast-2: no rate for"))).toContain("fargate/on-demand/linux-x86/vcpu-hours");
  });

  it("the refreshed snapshot prices a scenario: 2 tasks × 730 h × (0.5 × 0.04048 + 1 × 0.004445) = $36.04", async () => {
    const { client } = mockPricingApi();
    const { snapshot } = await refreshPrices({ regions: ["us-east-1"], source: apiSource({ client }), baseCatalog, now, spot: false });
    const { comparison } = modelScenario(
      { region: "us-east-1", services: [{ name: "web", taskCount: 2, vcpu: 0.5, memoryGib: 1 }] },
      createPriceBook(snapshot),
      { scale: false },
    );
    const ecsFargate = comparison.patterns.find((p) => p.id === "ecs-fargate");
    expect(ecsFargate?.monthlyUsd && formatUsd(ecsFargate.monthlyUsd)).toBe("$36.04");
  });

  it.each([
    {
      label: "a region AWS returns nothing for",
      regions: ["eu-nowhere-1"],
      message: /UNKNOWN_REGION: AWS returned no products for region "eu-nowhere-1"/,
    },
    {
      label: "a malformed region code",
      regions: ["US East"],
      message: /UNKNOWN_REGION: not an AWS region code \(such as us-east-1\): US East \(field: regions\)/,
    },
  ])("$label → UNKNOWN_REGION", async ({ regions, message }) => {
    const { client } = mockPricingApi();
    await expect(refreshPrices({ regions, source: apiSource({ client }), baseCatalog, now, spot: false })).rejects.toThrow(message);
  });
});

describe("refreshSnapshotFile: the last good snapshot survives any failure", () => {
  it("a refresh that fails half-way (throttled for good on the 3rd query) leaves the file byte-identical and no temp file", async () => {
    const out = join(work, "prices.json");
    writeFileSync(out, `${JSON.stringify(embeddedPriceBook().snapshot)}\n`);
    const before = readFileSync(out);
    const { client, mock } = mockPricingApi();
    let calls = 0;
    mock.on(GetProductsCommand).callsFake(() => {
      if (++calls >= 3) throw new ThrottlingException({ message: "Rate exceeded", $metadata: {} });
      return { PriceList: [], $metadata: {} };
    });
    await expect(
      refreshSnapshotFile(out, { regions: ["us-east-1"], source: apiSource({ client, retry: noWait }), baseCatalog, now, spot: false }),
    ).rejects.toThrow(/PRICE_SOURCE_THROTTLED/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(work)).toEqual(["prices.json"]);
  });

  it("a successful refresh replaces the file with a snapshot the CLI can load", async () => {
    const out = join(work, "fresh.json");
    const { client } = mockPricingApi();
    await refreshSnapshotFile(out, { regions: ["us-east-1"], source: apiSource({ client }), baseCatalog, now, spot: false });
    expect(loadSnapshotFile(out).rate("us-east-1", "fargate/on-demand/linux-arm/gb-hours")?.priceUsd).toBe("0.0035600000");
  });
});
