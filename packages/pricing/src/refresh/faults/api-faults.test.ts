import { afterEach, describe, expect, it } from "vitest";
import { fargateQuery } from "../../queries/fargate";
import { apiSource } from "../../sources/api/api-source";
import { createPricingClient } from "../../sources/api/create-pricing-client";
import { startHostileServer, type Behaviour, type HostileServer } from "../../testing/hostile-server";
import { pageOf, recordedEcsResponse } from "../../testing/recorded";
import { expectFailedRefresh, noWait, TEST_LIMITS } from "./fault-harness";

/**
 * `prices refresh --source api` through the real AWS SDK HTTP stack (SigV4 with fake static
 * credentials, JSON 1.1 protocol, Node HTTP handler) against a misbehaving GetProducts endpoint on
 * 127.0.0.1. AWS itself is never contacted.
 */
let server: HostileServer | undefined;
afterEach(async () => server?.close());

async function failWith(behaviour: Behaviour, limits = TEST_LIMITS) {
  server = await startHostileServer({ "/": behaviour });
  const client = createPricingClient("us-east-1", {
    endpoint: server.baseUrl,
    credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
    limits,
  });
  try {
    return await expectFailedRefresh(apiSource({ client, retry: noWait, limits }), false, limits, [fargateQuery]);
  } finally {
    client.destroy();
  }
}

const items = recordedEcsResponse().PriceList as unknown as string[];
const page = (nextToken?: string) => ({
  ...pageOf([]),
  PriceList: items.slice(0, 2),
  ...(nextToken ? { NextToken: nextToken } : {}),
  $metadata: undefined,
});

describe("Price List API refresh faults (loopback endpoint, real SDK)", () => {
  it("hang: GetProducts accepted and never answered → the socket idle timeout, retried, then one UNREACHABLE line", async () => {
    const message = await failWith({ hang: true });
    expect(message).toMatch(/^\[core\] PRICE_SOURCE_UNREACHABLE: api us-east-1: the price source kept failing after 2 attempts/);
    // 2 attempts, counted client-side in the message; under heavy load the idle timeout can fire before
    // the loopback server has parsed the second request, so only "never a third" is load-independent.
    const hits = server?.hits.get("/") ?? 0;
    expect(hits).toBeGreaterThanOrEqual(1);
    expect(hits).toBeLessThanOrEqual(2);
  });

  it("repeated NextToken: every page says NextToken 'again' → the pagination guard stops at page 2", async () => {
    const message = await failWith({ api: () => page("again") });
    expect(message).toBe(
      '[core] MALFORMED_PRICE_DATA: GetProducts AmazonECS us-east-1 page 2: NextToken "again" was already used — the pages loop; stopped (pagination guard)',
    );
    expect(server?.hits.get("/")).toBe(2);
  });

  it("endless distinct NextTokens → stopped after maxPages (50 here) requests, not 85,151", async () => {
    let n = 0;
    const message = await failWith({ api: () => page(`t${++n}`) });
    expect(message).toBe(
      "[core] MALFORMED_PRICE_DATA: GetProducts AmazonECS us-east-1 page 51: more than 50 pages — stopped (pagination guard)",
    );
    expect(server?.hits.get("/")).toBe(50);
  });

  it("endless body: a GetProducts response that never ends is cut at the 256 KiB document cap", async () => {
    const message = await failWith({ endless: true });
    expect(message).toMatch(/^\[core\] MALFORMED_PRICE_DATA: GetProducts response: the response is larger than 256 KiB \(limit\)/);
    expect(server?.hits.get("/")).toBe(1);
  });

  it("truncated: the response is cut half-way (connection closed) → retried, then one line", async () => {
    const body = JSON.stringify(page());
    const message = await failWith({ truncate: body, bytes: Math.floor(body.length / 2) });
    // the Node handler reports the early close as "aborted" (a broken connection, worth a retry)
    expect(message).toBe("[core] PRICE_SOURCE_UNREACHABLE: api us-east-1: the price source kept failing after 2 attempts (Error: aborted)");
    expect(server?.hits.get("/")).toBe(2);
  });

  it("drip-feed: a byte every 50 ms keeps the socket alive → the overall deadline ends it", async () => {
    const message = await failWith({ drip: true, everyMs: 50 }, { ...TEST_LIMITS, deadlineMs: 1_000 });
    expect(message).toBe(
      "[core] PRICE_SOURCE_UNREACHABLE: the refresh did not finish within 1 s (overall deadline) — the price source is too slow or not answering",
    );
  });
});
