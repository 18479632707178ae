import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { fargateQuery } from "../../queries/fargate";
import { offerFileSource } from "../../sources/offer-files/offer-file-source";
import { awsPricingFile } from "../../testing/fixture-paths";
import { startHostileServer, type Behaviour, type HostileServer } from "../../testing/hostile-server";
import { regionIndex } from "../../testing/offer-server";
import { ECS_OFFER_FILE } from "../../testing/recorded";
import { expectFailedRefresh, noWait, realFetch, TEST_LIMITS } from "./fault-harness";

/**
 * `prices refresh --source offer-files` (and the Fargate Spot feed) against a misbehaving host on
 * 127.0.0.1, through Node's real fetch: every fault ends in one coded line, the previous snapshot
 * untouched (issue 17, "refreshes that always end").
 */
const INDEX = "/offers/v1.0/aws/AmazonECS/current/region_index.json";
const OFFER = "/offers/v1.0/aws/AmazonECS/20250828172723/us-east-1/index.json";
const SPOT = "/fargate-spot-prices.json";
const offerText = readFileSync(awsPricingFile(ECS_OFFER_FILE), "utf8");
const goodIndex: Behaviour = { json: regionIndex({ "us-east-1": OFFER }) };
let server: HostileServer | undefined;
afterEach(async () => server?.close());

async function failWith(routes: Record<string, Behaviour>, spot = false, limits = TEST_LIMITS) {
  server = await startHostileServer(routes);
  const source = offerFileSource({ fetch: realFetch, baseUrl: server.baseUrl, retry: noWait, limits });
  return expectFailedRefresh(source, spot ? { fetch: realFetch, url: `${server.baseUrl}${SPOT}` } : false, limits, [fargateQuery]);
}

describe("offer-file refresh faults (loopback fake, real fetch)", () => {
  it("hang: the region index is never answered → no response within the connect timeout, retried, then one UNREACHABLE line", async () => {
    const message = await failWith({ [INDEX]: { hang: true } });
    expect(message).toMatch(
      /^\[core\] PRICE_SOURCE_UNREACHABLE: offer-files us-east-1: the price source kept failing after 2 attempts .*no response within 0\.3 s/,
    );
    // noWait allows 2 attempts (the message counts them client-side). The server sees at most 2: under a
    // heavy load the client's 0.3 s timeout can fire before the loopback server has parsed a request,
    // so the server-side count may be 1 — only the upper bound (no third attempt) is load-independent.
    const hits = server?.hits.get(INDEX) ?? 0;
    expect(hits).toBeGreaterThanOrEqual(1);
    expect(hits).toBeLessThanOrEqual(2);
  });

  it("stall: the offer file sends 1,000 bytes and goes quiet → 'the download stalled'", async () => {
    const message = await failWith({ [INDEX]: goodIndex, [OFFER]: { stall: offerText, bytes: 1000 } });
    expect(message).toMatch(/PRICE_SOURCE_UNREACHABLE: .*after 2 attempts .*the download stalled \(no data for 0\.3 s\)/);
  });

  it("drip-feed: one byte every 50 ms, never idle for the read timeout → the overall deadline ends it", async () => {
    const message = await failWith({ [INDEX]: goodIndex, [OFFER]: { drip: true, everyMs: 50 } }, false, {
      ...TEST_LIMITS,
      deadlineMs: 1_000,
    });
    expect(message).toBe(
      "[core] PRICE_SOURCE_UNREACHABLE: the refresh did not finish within 1 s (overall deadline) — the price source is too slow or not answering",
    );
  });

  it("endless body: a file that never ends is refused at the 1 MiB cap (bounded memory), not retried", async () => {
    const message = await failWith({ [INDEX]: goodIndex, [OFFER]: { endless: true } });
    expect(message).toMatch(
      /^\[core\] MALFORMED_PRICE_DATA: .*index\.json: the response is larger than 1 MiB \(limit\) — refusing to read further$/,
    );
    expect(server?.hits.get(OFFER)).toBe(1);
  });

  it("a declared Content-Length over the cap is refused before reading the body", async () => {
    const message = await failWith({ [INDEX]: goodIndex, [OFFER]: { stall: offerText, bytes: 10 } }, false, {
      ...TEST_LIMITS,
      maxOfferFileBytes: 1000,
    });
    // the recorded file is 17 KB > 1000 bytes: refused on the header, so no stall timeout is involved
    expect(message).toMatch(/MALFORMED_PRICE_DATA: .*the response is larger than 1000 bytes \(limit\)/);
  });

  it("truncated: the connection closes half-way through the declared length → retried, then one UNREACHABLE line", async () => {
    const message = await failWith({ [INDEX]: goodIndex, [OFFER]: { truncate: offerText, bytes: Math.floor(offerText.length / 2) } });
    expect(message).toMatch(/^\[core\] PRICE_SOURCE_UNREACHABLE: offer-files us-east-1: the price source kept failing after 2 attempts/);
    expect(server?.hits.get(OFFER)).toBe(2);
  });

  it("a region index that is cut short (valid length, invalid JSON) → MALFORMED_PRICE_DATA", async () => {
    const message = await failWith({ [INDEX]: { json: "not an index" } });
    expect(message).toMatch(/^\[core\] MALFORMED_PRICE_DATA: region index .*region_index\.json/);
  });

  it("Spot feed hang: the offer file is fine, the feed never answers → the failure names the feed", async () => {
    const message = await failWith({ [INDEX]: goodIndex, [OFFER]: { json: JSON.parse(offerText) }, [SPOT]: { hang: true } }, true);
    expect(message).toMatch(
      /^\[core\] PRICE_SOURCE_UNREACHABLE: Fargate Spot feed: the price source kept failing after 2 attempts .*no response within 0\.3 s/,
    );
  });

  it("Spot feed with an endless body → capped at the 256 KiB document limit", async () => {
    const message = await failWith({ [INDEX]: goodIndex, [OFFER]: { json: JSON.parse(offerText) }, [SPOT]: { endless: true } }, true);
    expect(message).toMatch(/^\[core\] MALFORMED_PRICE_DATA: .*fargate-spot-prices\.json: the response is larger than 256 KiB \(limit\)/);
  });
});
