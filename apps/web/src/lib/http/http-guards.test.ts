import { describe, expect, it } from "vitest";
import { apiGate } from "./api-errors";
import { longLinkPage, MAX_LINK_CHARS } from "./long-link-page";
import { newNonce, pageCsp } from "./security-headers";

const REGIONS = ["ap-northeast-1", "us-east-1"];

describe("apiGate: every /api error is JSON with a code", () => {
  it("lets GET and HEAD of a known region's price book through to the route", () => {
    expect(apiGate("GET", "/api/price-book/us-east-1", REGIONS)).toBeNull();
    expect(apiGate("HEAD", "/api/price-book/ap-northeast-1", REGIONS)).toBeNull();
  });

  it.each([
    {
      label: "an unknown region",
      method: "GET",
      path: "/api/price-book/xx-nowhere-1",
      status: 404,
      body: { error: { code: "NOT_FOUND", message: 'no prices for region "xx-nowhere-1"; regions: ap-northeast-1, us-east-1' } },
    },
    {
      label: "an unknown API path",
      method: "GET",
      path: "/api/nope",
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "no API at /api/nope; the API is GET /api/price-book/<region>" } },
    },
    {
      label: "a POST",
      method: "POST",
      path: "/api/price-book/us-east-1",
      status: 405,
      body: { error: { code: "METHOD_NOT_ALLOWED", message: "POST is not allowed; use GET" } },
    },
    {
      label: "a markup-laden region, shortened in the message",
      method: "GET",
      path: `/api/price-book/${encodeURIComponent("<script>".repeat(10))}`,
      status: 404,
      body: {
        error: { code: "NOT_FOUND", message: `no prices for region "${"<script>".repeat(5)}…"; regions: ap-northeast-1, us-east-1` },
      },
    },
  ])("$label → $status JSON", async ({ method, path, status, body }) => {
    const response = apiGate(method, path, REGIONS) as Response;
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(body);
  });

  it("a 405 names the allowed methods (RFC 9110 §15.5.6 requires Allow)", () => {
    expect(apiGate("DELETE", "/api/price-book/us-east-1", REGIONS)?.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("pageCsp", () => {
  it("allows scripts only by nonce + strict-dynamic (no 'unsafe-inline' for scripts), forbids framing and plugins", () => {
    const csp = pageCsp("bm9uY2U=", false);
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives["script-src"]).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(directives["object-src"]).toBe("'none'");
    expect(directives["base-uri"]).toBe("'none'");
    expect(pageCsp("n", true)).toContain("'unsafe-eval'"); // development only
  });

  it("a nonce is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("longLinkPage", () => {
  it("is a readable 414 HTML page in English and Japanese, with no script", async () => {
    const response = longLinkPage(20_345);
    expect(response.status).toBe(414);
    const html = await response.text();
    expect(html).toContain("This link is too long");
    expect(html).toContain(
      `The link is 20,345 characters; the calculator accepts links of up to ${MAX_LINK_CHARS.toLocaleString("en-US")}.`,
    );
    expect(html).toContain("リンクが長すぎます");
    expect(html).not.toContain("<script");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});
