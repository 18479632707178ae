import { createHash } from "node:crypto";
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
    ...Object.fromEntries(
      ["AmazonEKS", "AmazonEC2", "AWSELB", "AmazonVPC"].map((s) => [
        `${OFFERS}/offers/v1.0/aws/${s}/current/region_index.json`,
        emptyIndex,
      ]),
    ),
    "https://dftu77xade0tc.cloudfront.net/fargate-spot-prices.json": {
      json: { prices: [{ unit: "vCPU-Hours", price: { USD: "0.01288871" }, attributes: { "aws:region": "us-east-1" } }] },
    },
  });
}
const deps = (over: Partial<RefreshDeps> = {}): RefreshDeps => ({
  createClient: () => mockPricingApi().client,
  fetch: offerHost(),
  now: () => new Date("2026-11-23T16:30:00Z"),
  stderrIsTty: false,
  stderrColumns: 100,
  ...over,
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
    expect(out.stdout).toMatch(
      new RegExp(
        `^wrote ${file}: 9 rates for us-east-1, \\d+ instance types, prices as of 2026-11-23 \\(aws-price-list-bulk-2026-11-23T16-30-00Z \\[sha256:[0-9a-f]{12}\\]\\)\\n$`,
      ),
    );
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
    const failure = await runPricesRefresh(
      { regions: "us-east-1", source: "api", out: file, spot: false },
      deps({ createClient: noCredentials }),
      capture().io,
    ).catch((e: unknown) => e);
    const { message, exitCode } = describeFailure(failure);
    expect(message).toMatch(/^\[core\] PRICE_SOURCE_AUTH: api us-east-1: no usable AWS credentials .* — .*keep\.json was not changed$/);
    expect([message.includes("\n"), exitCode, readFileSync(file, "utf8")]).toEqual([false, 1, "previous"]);
  });

  it("a price host that never answers: --timeout 1 ends the refresh with one line, exit 1, the file unchanged", async () => {
    const file = join(work, "keep-hang.json");
    writeFileSync(file, "previous");
    const never = () => new Promise<Response>(() => undefined);
    const failure = await runPricesRefresh(
      { regions: "us-east-1", source: "offer-files", out: file, spot: false, timeout: "1" },
      deps({ fetch: never }),
      capture().io,
    ).catch((e: unknown) => e);
    expect(describeFailure(failure)).toEqual({
      exitCode: 1,
      message: `[core] PRICE_SOURCE_UNREACHABLE: the refresh did not finish within 1 s (overall deadline) — the price source is too slow or not answering — ${file} was not changed`,
    });
    expect(readFileSync(file, "utf8")).toBe("previous");
  });

  it.each([
    {
      label: "a --timeout that is not a whole number of seconds",
      options: { regions: "us-east-1", source: "offer-files", timeout: "0.5" },
      message: /INVALID_OPTION: --timeout must be a whole number of seconds from 1 to 86400 \(got "0\.5"\)/,
    },
    // a well-formed but made-up code is refused by core's region table before any request, naming the AWS codes
    {
      label: "made-up region code",
      options: { regions: "us-east-1,xx-nowhere-1", source: "offer-files" },
      message:
        /UNKNOWN_REGION: --regions: "xx-nowhere-1" is not an AWS commercial region \(field: regions\); allowed: us-east-1, .*ap-northeast-1, .*sa-east-1/,
    },
    {
      label: "unknown source",
      options: { regions: "us-east-1", source: "scrape" },
      message: /INVALID_OPTION: --source must be one of api, offer-files \(got "scrape"\)/,
    },
    // af-south-1 is in core's region table, so it passes the check and is asked of the offer host, which
    // (this fake) lists only us-east-1 — the refusal now comes from the source, not from a pattern
    {
      label: "a listed AWS region the offer host lacks",
      options: { regions: "af-south-1", source: "offer-files" },
      message: /UNKNOWN_REGION: no AWS price list offers for region "af-south-1"/,
    },
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
    expect(
      await main(
        [
          "node",
          "costcalc",
          "prices",
          "show",
          "--prices",
          embeddedFile,
          "--region",
          "us-east-1",
          "--match",
          "nat-gateway",
          "--format",
          "json",
        ],
        io,
      ),
    ).toBe(0);
    const json = JSON.parse(out.stdout) as { rates: { usage: string; priceUsd: string }[] };
    // S7;S8: NAT gateway $0.045 per hour and $0.045 per GB in us-east-1
    expect(json.rates.map((r) => [r.usage, r.priceUsd])).toEqual([
      ["vpc/nat-gateway/gb-processed", "0.045"],
      ["vpc/nat-gateway/hours", "0.045"],
    ]);
  });

  it("diff embedded → refreshed: the 9 refreshed us-east-1 rates equal the embedded ones (same S2 offer and S8 Spot figure); every other embedded rate is removed", async () => {
    const refreshed = join(work, "refreshed.json");
    await runPricesRefresh({ regions: "us-east-1", source: "offer-files", out: refreshed, spot: true }, deps(), capture().io);
    const { out, io } = capture();
    expect(await main(["node", "costcalc", "prices", "diff", embeddedFile, refreshed], io)).toBe(0);
    const { id, asOf } = embeddedPriceBook();
    const sha = (file: string) =>
      createHash("sha256")
        .update(JSON.stringify(JSON.parse(readFileSync(file, "utf8"))))
        .digest("hex")
        .slice(0, 12);
    // both sides are files, so both show the content hash beside the id they claim
    expect(
      out.stdout.startsWith(
        `${id} [sha256:${sha(embeddedFile)}] (as of ${asOf}) → aws-price-list-bulk-2026-11-23T16-30-00Z [sha256:${sha(refreshed)}] (as of 2026-11-23): 0 changed, 0 added, `,
      ),
    ).toBe(true);
    expect(out.stdout).toMatch(/: 0 changed, 0 added, \d+ removed, 9 unchanged/);
    const json = JSON.parse(
      await (async () => {
        const c = capture();
        await main(["node", "costcalc", "prices", "diff", embeddedFile, refreshed, "--format", "json"], c.io);
        return c.out.stdout;
      })(),
    ) as { unchangedCount: number };
    expect(json.unchangedCount).toBe(9);
  });

  it("estimate --prices with a broken snapshot → one line, exit 2", async () => {
    const bad = join(work, "bad.json");
    writeFileSync(bad, '{"schemaVersion":1,"id":"x"}');
    const { out, io } = capture();
    expect(await main(["node", "costcalc", "estimate", "../../examples/web-app.yaml", "--prices", bad], io)).toBe(2);
    expect(out.stderr).toMatch(/^\[core\] INVALID_SNAPSHOT: .*bad\.json is not a price snapshot: .*\(field: asOf\)\n$/);
  });

  it("estimate --prices with a duplicated rate at another price (issue 17: last one won) → exit 2 naming the first offending rate", async () => {
    const snapshot = structuredClone(embeddedPriceBook().snapshot);
    const at = snapshot.rates.findIndex((r) => r.region === "us-east-1" && r.usage === "fargate/on-demand/linux-x86/vcpu-hours");
    snapshot.rates.push({ ...(snapshot.rates[at] as (typeof snapshot.rates)[number]), priceUsd: "300" });
    const dup = join(work, "dup.json");
    writeFileSync(dup, JSON.stringify(snapshot));
    const { out, io } = capture();
    expect(await main(["node", "costcalc", "estimate", "../../examples/web-app.yaml", "--prices", dup], io)).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe(
      `[core] INVALID_SNAPSHOT: ${dup} is not a price snapshot: rates[${snapshot.rates.length - 1}] (us-east-1 fargate/on-demand/linux-x86/vcpu-hours): ` +
        `a second rate for this region and usage (first: rates[${at}]) at another price (300 vs 0.04048) — one rate per region and usage (field: rates[${snapshot.rates.length - 1}])\n`,
    );
  });

  it("estimate --prices FILE shows the file's content hash beside the id it claims", async () => {
    const { out, io } = capture();
    expect(await main(["node", "costcalc", "estimate", "../../examples/web-app.yaml", "--prices", embeddedFile], io)).toBe(0);
    const hash = createHash("sha256").update(JSON.stringify(embeddedPriceBook().snapshot)).digest("hex");
    const { id, asOf } = embeddedPriceBook();
    expect(out.stdout.split("\n")[0]).toContain(`prices: ${id} [sha256:${hash.slice(0, 12)}] (as of ${asOf})`);
  });
});
