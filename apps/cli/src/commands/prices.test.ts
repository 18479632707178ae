import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedPriceBook } from "@repo/core";
import { awsPricingFile, ECS_OFFER_FILE, fakeFetch, mockPricingApi, regionIndex } from "@repo/pricing/testing";
import { afterAll, describe, expect, it } from "vitest";
import { describeFailure } from "../io/cli-error";
import { main } from "../main";
import { runPricesRefresh, type RefreshDeps } from "./prices-refresh";

const work = mkdtempSync(join(tmpdir(), "cli-prices-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ECS_PATH = "/offers/v1.0/aws/AmazonECS/20250828172723/us-east-1/index.json";
const OFFERS = "https://pricing.us-east-1.amazonaws.com";

/** The public offer host as the CLI sees it: the recorded S2 ECS offer for us-east-1, other services without it. */
function offerHost() {
  const emptyIndex = { json: regionIndex({}) };
  return fakeFetch({
    [`${OFFERS}/offers/v1.0/aws/AmazonECS/current/region_index.json`]: { json: regionIndex({ "us-east-1": ECS_PATH }) },
    [`${OFFERS}${ECS_PATH}`]: { file: awsPricingFile(ECS_OFFER_FILE), chunkBytes: 2048 },
    ...Object.fromEntries(["AmazonEKS", "AmazonEC2", "AWSELB", "AmazonVPC"].map((s) => [`${OFFERS}/offers/v1.0/aws/${s}/current/region_index.json`, emptyIndex])),
    "https://dftu77xade0tc.cloudfront.net/fargate-spot-prices.json": { json: { prices: [{ unit: "vCPU-Hours", price: { USD: "0.01288871" }, attributes: { "aws:region": "us-east-1" } }] } },
  });
}
const deps = (over: Partial<RefreshDeps> = {}): RefreshDeps => ({
  createClient: () => mockPricingApi().client, fetch: offerHost(), now: () => new Date("2026-11-23T16:30:00Z"), stderrIsTty: false, stderrColumns: 100, ...over,
});
function capture() {
  const out = { stdout: "", stderr: "" };
  const io = {
    stdout: (t: string) => {
      out.stdout += t;
    },
    stderr: (t: string) => {
      out.stderr += t;
    },
  };
  return { out, io };
}

describe("costcalc prices refresh", () => {
  it("offer-files source: writes the snapshot, draws the progress bar on stderr only with --progress", async () => {
    const file = join(work, "offers.json");
    const { out, io } = capture();
    await runPricesRefresh({ regions: "us-east-1", source: "offer-files", out: file, progress: true, spot: true }, deps(), io);
    expect(out.stdout).toMatch(new RegExp(`^wrote ${file}: 9 rates for us-east-1, \\d+ instance types, prices as of 2026-11-23 \\(aws-price-list-bulk-2026-11-23T16-30-00Z\\)\\n$`));
    expect(out.stderr).toMatch(/\[#+-*\] 1\/2 us-east-1 done/); // 2 steps: the region, then the Spot feed
    expect(out.stderr).toContain("us-east-1: no rate for"); // EC2, EKS, ALB… are absent from this recorded host
    const quiet = capture();
    await runPricesRefresh({ regions: "us-east-1", source: "offer-files", out: file, spot: false }, deps(), quiet.io);
    expect(quiet.out.stderr).not.toContain("[");
    const tty = capture();
    await runPricesRefresh({ regions: "us-east-1", source: "offer-files", out: file, spot: false }, deps({ stderrIsTty: true }), tty.io);
    expect(tty.out.stderr.replaceAll("\u001b", "ESC")).toMatch(/\rESC\[2K\[#+\] 1\/1 us-east-1 done\n/); // a terminal gets the bar (ESC[2K clears the line) without --progress
  });

  it("api source with no usable credentials: one line, exit 1, the previous snapshot untouched", async () => {
    const file = join(work, "keep.json");
    writeFileSync(file, "previous");
    const noCredentials = () => {
      const { client, mock } = mockPricingApi();
      mock.rejects(Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" }));
      return client;
    };
    const failure = await runPricesRefresh({ regions: "us-east-1", source: "api", out: file, spot: false }, deps({ createClient: noCredentials }), capture().io).catch((e: unknown) => e);
    const { message, exitCode } = describeFailure(failure);
    expect(message).toMatch(/^\[core\] PRICE_SOURCE_AUTH: api us-east-1: no usable AWS credentials .* — .*keep\.json was not changed$/);
    expect([message.includes("\n"), exitCode, readFileSync(file, "utf8")]).toEqual([false, 1, "previous"]);
  });

  it.each([
    { label: "unknown region", options: { regions: "xx-nowhere-1", source: "offer-files" }, message: /UNKNOWN_REGION: no AWS price list offers for region "xx-nowhere-1"/ },
    { label: "unknown source", options: { regions: "us-east-1", source: "scrape" }, message: /INVALID_OPTION: --source must be one of api, offer-files \(got "scrape"\)/ },
  ])("$label → exit 2, nothing written", async ({ options, message }) => {
    const file = join(work, "never.json");
    const failure = await runPricesRefresh({ ...options, out: file, spot: false }, deps(), capture().io).catch((e: unknown) => e);
    expect(describeFailure(failure)).toMatchObject({ exitCode: 2, message: expect.stringMatching(message) });
    expect(existsSync(file)).toBe(false);
  });
});

describe("costcalc prices show / diff, estimate --prices", () => {
  const embeddedFile = join(work, "embedded.json");
  writeFileSync(embeddedFile, JSON.stringify(embeddedPriceBook().snapshot));

  it("show --format json lists the filtered rates with exact decimal prices", async () => {
    const { out, io } = capture();
    expect(await main(["node", "costcalc", "prices", "show", "--prices", embeddedFile, "--region", "us-east-1", "--match", "nat-gateway", "--format", "json"], io)).toBe(0);
    const json = JSON.parse(out.stdout) as { rates: { usage: string; priceUsd: string }[] };
    // S7;S8: NAT gateway $0.045 per hour and $0.045 per GB in us-east-1
    expect(json.rates.map((r) => [r.usage, r.priceUsd])).toEqual([["vpc/nat-gateway/gb-processed", "0.045"], ["vpc/nat-gateway/hours", "0.045"]]);
  });

  it("diff embedded → refreshed: the 9 refreshed us-east-1 rates equal the embedded ones (same S2 offer and S8 Spot figure); every other embedded rate is removed", async () => {
    const refreshed = join(work, "refreshed.json");
    await runPricesRefresh({ regions: "us-east-1", source: "offer-files", out: refreshed, spot: true }, deps(), capture().io);
    const { out, io } = capture();
    expect(await main(["node", "costcalc", "prices", "diff", embeddedFile, refreshed], io)).toBe(0);
    expect(out.stdout).toMatch(/^embedded-2026-10-01 \(as of 2026-10-01\) → aws-price-list-bulk-2026-11-23T16-30-00Z \(as of 2026-11-23\): 0 changed, 0 added, \d+ removed, 9 unchanged/);
    const json = JSON.parse((await (async () => { const c = capture(); await main(["node", "costcalc", "prices", "diff", embeddedFile, refreshed, "--format", "json"], c.io); return c.out.stdout; })())) as { unchangedCount: number };
    expect(json.unchangedCount).toBe(9);
  });

  it("estimate --prices with a broken snapshot → one line, exit 2", async () => {
    const bad = join(work, "bad.json");
    writeFileSync(bad, '{"schemaVersion":1,"id":"x"}');
    const { out, io } = capture();
    expect(await main(["node", "costcalc", "estimate", "../../examples/web-app.yaml", "--prices", bad], io)).toBe(2);
    expect(out.stderr).toMatch(/^\[core\] INVALID_SNAPSHOT: .*bad\.json is not a price snapshot: .*\(field: asOf\)\n$/);
  });
});
