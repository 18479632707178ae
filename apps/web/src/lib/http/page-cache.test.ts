import { describe, expect, it } from "vitest";
import { FILL_HEADER, PageCache } from "./page-cache";

const ORIGIN = "http://127.0.0.1:3999";
const LINK = "/?s=web;4;0.5;1;x86_64;linux;h730&l=ja";

/** A fake `next start`: renders a page whose scripts carry the nonce the request's CSP would give it. */
function fakeServer(cache: () => PageCache, answer: Partial<{ status: number; type: string; cookie: boolean }> = {}) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetcher = async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    calls.push({ url, headers });
    const fill = cache().isFill(new Request(url, { headers }));
    const nonce = fill ? cache().placeholder : "fresh";
    const html = `<html><script nonce="${nonce}">a</script><p>円 ${url.length}</p><script nonce="${nonce}">b</script></html>`;
    const responseHeaders = new Headers({ "content-type": answer.type ?? "text/html; charset=utf-8", vary: "rsc" });
    if (answer.cookie) responseHeaders.set("set-cookie", "a=1");
    return new Response(html, { status: answer.status ?? 200, headers: responseHeaders });
  };
  return { calls, fetcher };
}

function setUp(answer?: Parameters<typeof fakeServer>[1], origin: () => string | undefined = () => ORIGIN) {
  let cache: PageCache | undefined;
  const server = fakeServer(() => cache as PageCache, answer);
  cache = new PageCache(origin, server.fetcher);
  return { cache, calls: server.calls };
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://example.test${path}`, { headers });

describe("PageCache: a link opened again is answered from memory with the request's own nonce", () => {
  it("first request renders normally; the second renders once through the origin; later ones reuse it", async () => {
    const { cache, calls } = setUp();
    expect(await cache.respond(get(LINK), "n1", "csp n1")).toBeUndefined();
    expect(calls).toHaveLength(0); // a link seen once costs nothing extra
    const second = await cache.respond(get(LINK), "n2", "csp n2");
    const third = await cache.respond(get(LINK), "n3", "csp n3");
    expect(calls.map((call) => call.url)).toEqual([`${ORIGIN}${LINK}`]);
    expect(calls[0]?.headers["accept-encoding"]).toBe("identity"); // Next compresses the proxy's answer itself
    // the placeholder is replaced by each request's nonce at both script tags; the rest is the render's
    const page = (nonce: string) =>
      `<html><script nonce="${nonce}">a</script><p>円 ${`${ORIGIN}${LINK}`.length}</p><script nonce="${nonce}">b</script></html>`;
    expect(await second?.text()).toBe(page("n2"));
    expect(await third?.text()).toBe(page("n3"));
    expect(third?.headers.get("content-security-policy")).toBe("csp n3");
    expect(third?.headers.get("vary")).toBe("rsc");
  });

  it("the loopback render is recognised only by the per-process secret it carries", async () => {
    const { cache, calls } = setUp();
    await cache.respond(get(LINK), "n1", "c");
    await cache.respond(get(LINK), "n2", "c");
    expect(cache.isFill(get(LINK, calls[0]?.headers))).toBe(true);
    expect(cache.isFill(get(LINK, { [FILL_HEADER]: "0".repeat(64) }))).toBe(false);
    expect(cache.isFill(get(LINK))).toBe(false);
    expect(new PageCache(() => ORIGIN).isFill(get(LINK, calls[0]?.headers))).toBe(false); // another process's secret
  });

  it.each([
    { label: "a client navigation (RSC header)", request: get(LINK, { rsc: "1" }) },
    { label: "a prefetch", request: get(LINK, { "next-router-prefetch": "1" }) },
    { label: "an RSC fetch by its _rsc parameter", request: get(`${LINK}&_rsc=1x2y`) },
    { label: "a server action", request: new Request(`http://example.test${LINK}`, { method: "POST", headers: { "next-action": "a" } }) },
    { label: "another path", request: get("/_not-found") },
  ])("$label always goes the normal way", async ({ request }) => {
    const { cache, calls } = setUp();
    for (let i = 0; i < 3; i++) expect(await cache.respond(request.clone(), "n", "c")).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  it.each([
    { label: "an error status", answer: { status: 500 } },
    { label: "not HTML", answer: { type: "application/json" } },
    { label: "a Set-Cookie", answer: { cookie: true } },
  ])("a render with $label is not kept, and the link is not rendered through the origin again", async ({ answer }) => {
    const { cache, calls } = setUp(answer);
    for (let i = 0; i < 4; i++) expect(await cache.respond(get(LINK), "n", "c")).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it("many visitors of a new shared link at once: one render", async () => {
    const { cache, calls } = setUp();
    await cache.respond(get(LINK), "n0", "c");
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => cache.respond(get(LINK), `n${i}`, "c")));
    expect(calls).toHaveLength(1);
    expect(await answers[4]?.text()).toContain('nonce="n4"');
  });

  it("no known origin or a failing loopback render: the normal render", async () => {
    const { cache, calls } = setUp({}, () => undefined); // Next had not recorded where it listens
    await cache.respond(get(LINK), "n", "c");
    expect(await cache.respond(get(LINK), "n", "c")).toBeUndefined();
    expect(calls).toHaveLength(0);
    const failing = new PageCache(
      () => ORIGIN,
      () => Promise.reject(new TypeError("fetch failed")),
    );
    await failing.respond(get(LINK), "n", "c");
    expect(await failing.respond(get(LINK), "n", "c")).toBeUndefined();
  });
});
