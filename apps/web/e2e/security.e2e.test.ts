import type { Browser } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { MAX_LINK_CHARS } from "../src/lib/http/long-link-page";
import { launchChromium } from "./chromium";
import { WAIT_MS } from "./waits";

/** Issue 17 item 6 against the built app (`next start`): security headers, the long-link page, JSON API errors. */
const baseUrl = inject("baseUrl");
const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("security headers", () => {
  it("the page: nonce-based CSP (a new nonce per request, on every script tag), nosniff, no framing, no referrer", async () => {
    const [first, second] = await Promise.all([fetch(`${baseUrl}/`), fetch(`${baseUrl}/`)]);
    const csp = first.headers.get("content-security-policy");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic';/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonceOf(csp));
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("referrer-policy")).toBe("no-referrer");
    // cross-origin isolated (SharedArrayBuffer for stopping a superseded break-even search: lib/analysis-abort.ts)
    expect(first.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(first.headers.get("cross-origin-embedder-policy")).toBe("require-corp");
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(csp)}"`);
  });

  it("a link opened again (answered from the whole-page cache): its own nonce on every script, the same page otherwise", async () => {
    const link = "/?s=web;3;0.5;1;x86_64;linux;h730&l=en";
    const pages: { nonce: string | undefined; html: string }[] = [];
    for (let i = 0; i < 3; i++) {
      // sequential: the first renders as usual, the second through the cache's loopback render, the third from memory
      const response = await fetch(`${baseUrl}${link}`);
      const nonce = nonceOf(response.headers.get("content-security-policy"));
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      pages.push({ nonce, html: html.replaceAll(nonce ?? "?", "NONCE") });
    }
    expect(new Set(pages.map((page) => page.nonce)).size).toBe(3);
    expect(pages[1]?.html).toBe(pages[0]?.html);
    expect(pages[2]?.html).toBe(pages[0]?.html);
  });

  it("static chunks and the price-book API carry nosniff too; the API gets a deny-all CSP", async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${baseUrl}${chunk}`);
    expect([asset.status, asset.headers.get("x-content-type-options")]).toEqual([200, "nosniff"]);
    const api = await fetch(`${baseUrl}/api/price-book/us-east-1`);
    expect([api.status, api.headers.get("x-content-type-options"), api.headers.get("content-security-policy")]).toEqual([
      200,
      "nosniff",
      "default-src 'none'; frame-ancestors 'none'",
    ]);
  });

  it("in Chromium the calculator runs under the CSP: no violation reported, the chart and the worker's analysis render", async () => {
    const browser: Browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${baseUrl}/`, { waitUntil: "networkidle" });
      await page.waitForFunction(() => document.querySelector('[data-testid="cost-chart"] svg') !== null, undefined, { timeout: WAIT_MS });
      await page.waitForFunction(() => performance.getEntriesByName("analysis").length > 0, undefined, { timeout: WAIT_MS });
      expect(violations).toEqual([]);
      // COOP + COEP: nothing the page loads is refused, and it may share memory with its analysis worker
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});

describe("over-long links and API errors", () => {
  it(`a link over ${MAX_LINK_CHARS} characters gets a readable 414 page, not a blank 431`, async () => {
    const response = await fetch(`${baseUrl}/?s=${"x".repeat(20_000)}`);
    expect(response.status).toBe(414);
    expect(await response.text()).toContain("This link is too long");
  });

  it("beyond Node's 64 KB header limit the platform answers 431 itself (no hook before it)", async () => {
    expect((await fetch(`${baseUrl}/?s=${"x".repeat(70_000)}`)).status).toBe(431);
  });

  it.each([
    { label: "unknown region", method: "GET", path: "/api/price-book/xx-nowhere-1", status: 404, code: "NOT_FOUND" },
    { label: "unknown API path", method: "GET", path: "/api/prices", status: 404, code: "NOT_FOUND" },
    { label: "POST to the price book", method: "POST", path: "/api/price-book/us-east-1", status: 405, code: "METHOD_NOT_ALLOWED" },
  ])("$label → $status JSON { error: { code: $code } }", async ({ method, path, status, code }) => {
    const response = await fetch(`${baseUrl}${path}`, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
  });
});
