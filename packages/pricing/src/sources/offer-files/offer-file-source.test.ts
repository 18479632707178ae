import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fargateQuery } from "../../queries/fargate";
import { ec2InstancesQuery } from "../../queries/ec2-instances";
import { toRate } from "../../mapping/to-rate";
import { toRefreshError } from "../../faults/classify-error";
import { awsPricingFile } from "../../testing/fixture-paths";
import { fakeFetch, regionIndex } from "../../testing/offer-server";
import { ECS_OFFER_FILE } from "../../testing/recorded";
import { priceOfType, typeName, writeGeneratedOffer } from "../../testing/generate-offer-file";
import { offerFileSource } from "./offer-file-source";
import { regionIndexUrl } from "./region-index";
import type { ProductHit } from "../price-source";

const BASE = "https://offers.test";
const ECS_PATH = "/offers/v1.0/aws/AmazonECS/20250828172723/us-east-1/index.json";
const EC2_PATH = "/offers/v1.0/aws/AmazonEC2/20260909004605/us-east-1/index.json";
const noWait = (delays: number[] = []) => ({ sleep: async (ms: number) => void delays.push(ms), random: () => 0.5 });
const work = mkdtempSync(join(tmpdir(), "offer-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const prices = (hits: ProductHit[], region = "us-east-1") =>
  Object.fromEntries(
    hits.flatMap((hit) => {
      const c = hit.query.classify(hit.priced.product);
      const outcome = c ? toRate(hit.priced, c, { region, sourceId: "t" }) : undefined;
      return outcome && "rate" in outcome ? [[outcome.rate.usage, outcome.rate.priceUsd]] : [];
    }),
  );

function ecsRoutes(served: object | object[] = { file: awsPricingFile(ECS_OFFER_FILE), chunkBytes: 512 }) {
  return {
    [regionIndexUrl("AmazonECS", BASE)]: { json: regionIndex({ "us-east-1": ECS_PATH, "eu-west-1": "/x" }) },
    [`${BASE}${ECS_PATH}`]: served,
  } as never;
}

describe("offerFileSource on the recorded AmazonECS offer (S2, published 2025-08-28)", () => {
  it("streams the region's offer and maps the Fargate rates AWS published", async () => {
    const source = offerFileSource({ fetch: fakeFetch(ecsRoutes()), baseUrl: BASE });
    const hits = await source.productsFor("us-east-1", [fargateQuery], () => undefined);
    // Figures as published in the S2 offer (SOURCES.md; fargate_rates.csv rows citing S2):
    expect(prices(hits)).toEqual({
      "fargate/on-demand/linux-x86/vcpu-hours": "0.0404800000",
      "fargate/on-demand/linux-x86/gb-hours": "0.0044450000",
      "fargate/on-demand/linux-arm/vcpu-hours": "0.0323800000",
      "fargate/on-demand/linux-arm/gb-hours": "0.0035600000",
      "fargate/on-demand/windows-x86/vcpu-hours": "0.0465520000",
      "fargate/on-demand/windows-x86/gb-hours": "0.0051117500",
      "fargate/on-demand/windows-x86/os-license-vcpu-hours": "0.0460000000",
      "fargate/on-demand/ephemeral-storage/gb-hours": "0.0001110000",
    });
    expect(new Set(hits.map((h) => h.priced.publicationDate))).toEqual(new Set(["2025-08-28T17:27:23Z"]));
    expect(new Set(hits.map((h) => h.priced.onDemand[0]?.effectiveDate))).toEqual(new Set(["2025-08-01T00:00:00Z"]));
  });

  it("a region the index does not list → UNKNOWN_REGION naming the regions it does list", async () => {
    const source = offerFileSource({ fetch: fakeFetch(ecsRoutes()), baseUrl: BASE });
    await expect(source.productsFor("xx-nowhere-9", [fargateQuery], () => undefined)).rejects.toThrow(
      /UNKNOWN_REGION: no AWS price list offers for region "xx-nowhere-9" \(field: regions\); allowed: eu-west-1, us-east-1/,
    );
  });

  it.each([
    {
      label: "cut short (the body ends cleanly mid-file)",
      served: { file: awsPricingFile(ECS_OFFER_FILE), truncateAt: 9000 },
      message: /MALFORMED_PRICE_DATA: offer file AmazonECS us-east-1: the JSON ended early/,
    },
    {
      label: "invalid JSON inside a product",
      served: "invalid",
      message: /MALFORMED_PRICE_DATA: offer file AmazonECS us-east-1: invalid JSON at products\./,
    },
  ])("an offer file $label → one MALFORMED_PRICE_DATA line", async ({ served, message }) => {
    let route: object = served as object;
    if (served === "invalid") {
      const broken = join(work, "broken.json");
      writeFileSync(
        broken,
        readFileSync(awsPricingFile(ECS_OFFER_FILE), "utf8").replace('"productFamily" : "Compute"', '"productFamily" : Compute'),
      );
      route = { file: broken };
    }
    const source = offerFileSource({ fetch: fakeFetch(ecsRoutes(route)), baseUrl: BASE, retry: noWait() });
    const failure = await source.productsFor("us-east-1", [fargateQuery], () => undefined).catch((e: unknown) => e);
    expect(toRefreshError(failure, "offer-files us-east-1").message).toMatch(message);
  });

  it("503 then a connection reset mid-download → retried with backoff; the result is complete", async () => {
    const file = awsPricingFile(ECS_OFFER_FILE);
    const fetchFn = fakeFetch(ecsRoutes([{ status: 503 }, { file, chunkBytes: 1024, breakAt: 5000 }, { file }]));
    const delays: number[] = [];
    const source = offerFileSource({ fetch: fetchFn, baseUrl: BASE, retry: noWait(delays) });
    const hits = await source.productsFor("us-east-1", [fargateQuery], () => undefined);
    expect(Object.keys(prices(hits))).toHaveLength(8);
    expect(fetchFn.calls.filter((u) => u.endsWith(ECS_PATH))).toHaveLength(3);
    expect(delays).toEqual([250, 500]);
  });

  it("the public host unreachable (DNS failure) → PRICE_SOURCE_UNREACHABLE", async () => {
    const offline = async () => {
      throw Object.assign(new TypeError("fetch failed"), {
        cause: Object.assign(new Error("getaddrinfo ENOTFOUND pricing.us-east-1.amazonaws.com"), { code: "ENOTFOUND" }),
      });
    };
    const failure = await offerFileSource({ fetch: offline, retry: noWait() })
      .productsFor("us-east-1", [fargateQuery], () => undefined)
      .catch((e: unknown) => e);
    expect(toRefreshError(failure, "offer-files us-east-1").message).toMatch(
      /^\[core\] PRICE_SOURCE_UNREACHABLE: offer-files us-east-1: cannot reach the price source — no network\?/,
    );
  });
});

describe("offerFileSource on a generated multi-MB EC2 offer", () => {
  it("keeps exactly the Linux/Shared/NA/Used SKU of each type, at the generator's price, skipping 35 of 36 SKUs and all Reserved terms", async () => {
    const file = join(work, "ec2.json");
    const { typeCount, bytes } = await writeGeneratedOffer(file, { targetBytes: 8_000_000, region: "us-east-1" });
    expect(bytes).toBeGreaterThan(7_000_000);
    const fetchFn = fakeFetch({
      [regionIndexUrl("AmazonEC2", BASE)]: { json: regionIndex({ "us-east-1": EC2_PATH }) },
      [`${BASE}${EC2_PATH}`]: { file, chunkBytes: 4096 },
    });
    const progress: string[] = [];
    const hits = await offerFileSource({ fetch: fetchFn, baseUrl: BASE }).productsFor("us-east-1", [ec2InstancesQuery], (d) =>
      progress.push(d),
    );
    const byUsage = prices(hits);
    expect(Object.keys(byUsage)).toHaveLength(typeCount);
    for (const i of [0, 1, typeCount - 1]) expect(byUsage[`ec2/on-demand/linux/${typeName(i)}`]).toBe(priceOfType(i));
    expect(progress.at(-1)).toMatch(/us-east-1 AmazonEC2: \d+\/\d+ MB/);
  });
});
