/**
 * Issue 14: the web server started on a refreshed snapshot file (`PRICES_FILE=…`) prices with it — the
 * header names its id and date, `/api/price-book/<region>` serves its rates, and the page's totals are
 * the core's totals on that file. The file is written by the real refresh code (`refreshSnapshotFile`
 * with the public offer-file source) reading the recorded AmazonECS offer (S2) from a fake offer host.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedPriceBook, modelScenario, toDecimalString, type PatternId } from "@repo/core";
import { ALL_QUERIES, loadSnapshotFile, offerFileSource, refreshSnapshotFile, regionIndexUrl } from "@repo/pricing";
import { awsPricingFile, ECS_OFFER_FILE, fakeFetch, regionIndex } from "@repo/pricing/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMALL_WEB_APP } from "../src/lib/presets";
import { toScenario } from "../src/lib/to-scenario";
import { launchChromium } from "./chromium";
import { startWebServer, type WebServer } from "./web-server";

const BASE = "https://offers.test";
const ECS_PATH = "/offers/v1.0/aws/AmazonECS/20250828172723/us-east-1/index.json";
const work = mkdtempSync(join(tmpdir(), "web-prices-file-"));
const pricesFile = join(work, "prices.json");
let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  const routes = {
    [regionIndexUrl("AmazonECS", BASE)]: { json: regionIndex({ "us-east-1": ECS_PATH }) },
    [`${BASE}${ECS_PATH}`]: { file: awsPricingFile(ECS_OFFER_FILE), chunkBytes: 4096 },
  } as never;
  await refreshSnapshotFile(pricesFile, {
    regions: ["us-east-1"],
    source: offerFileSource({ fetch: fakeFetch(routes), baseUrl: BASE }),
    baseCatalog: embeddedPriceBook().instanceTypes,
    now: () => new Date("2026-11-30T09:00:00Z"),
    spot: false,
    queries: ALL_QUERIES.filter((query) => query.serviceCode === "AmazonECS"),
  });
  server = await startWebServer({ PRICES_FILE: pricesFile });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("PRICES_FILE: the web on a refreshed snapshot", () => {
  it("the API serves the file's rates for a region (only what the refresh fetched: Fargate from the ECS offer)", async () => {
    const book = loadSnapshotFile(pricesFile);
    const response = await fetch(`${server.baseUrl}/api/price-book/us-east-1`);
    expect(response.status).toBe(200);
    const json = (await response.json()) as { id: string; rates: { usage: string; priceUsd: string }[] };
    expect(json.id).toBe(book.id);
    expect(json.id).not.toBe(embeddedPriceBook().id);
    // S2 (recorded AmazonECS offer, published 2025-08-28): Linux/x86 $0.04048 per vCPU-hour
    expect(json.rates.find((r) => r.usage === "fargate/on-demand/linux-x86/vcpu-hours")?.priceUsd).toBe("0.0404800000");
    expect(json.rates.some((r) => r.usage === "elb/alb/hours")).toBe(false);
  });

  it("the header names the file's id and date, and the totals are the core's on that file (lower bounds: no ALB/EC2 rates fetched)", async () => {
    const book = loadSnapshotFile(pricesFile);
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await page.goto(`${server.baseUrl}/`);
    const header = (await page.getByTestId("snapshot").textContent()) ?? "";
    expect(header).toContain(book.id);
    expect(header).toContain(book.asOf);
    await expect(page.getByTestId("coverage-gap").textContent()).resolves.toContain(
      "costcalc prices refresh --regions us-east-1 --source offer-files",
    );
    const { input } = toScenario(SMALL_WEB_APP.state);
    const comparison = modelScenario(input, book, { scale: false }).comparison;
    for (const pattern of comparison.patterns) {
      const cell = page.getByTestId(`monthly-${pattern.id as PatternId}`).first();
      expect(await cell.getAttribute("data-exact-usd"), pattern.id).toBe(
        pattern.monthlyUsd === null ? null : toDecimalString(pattern.monthlyUsd),
      );
    }
    expect(comparison.patterns.find((p) => p.id === "ecs-fargate")?.status).toBe("incomplete");
    await page.context().close();
  });

  it("a made-up region is a JSON 404; an AWS region the file has nothing for is served with no rates", async () => {
    expect((await fetch(`${server.baseUrl}/api/price-book/xx-east-9`)).status).toBe(404);
    const tokyo = await fetch(`${server.baseUrl}/api/price-book/ap-northeast-1`);
    expect(tokyo.status).toBe(200);
    expect(((await tokyo.json()) as { rates: unknown[] }).rates).toEqual([]);
  });
});
