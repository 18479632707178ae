import { randomBytes, timingSafeEqual } from "node:crypto";
import { LruCache } from "../render-cache";

/**
 * Whole rendered pages of links opened more than once, re-sent with each request's own CSP nonce
 * (issue 17 load: React's server render of the calculator is most of a shared link's cost, even with
 * the model result cached). The page does not depend on anything but its URL (no cookies, no request
 * headers but the CSP nonce Next reads), so the HTML for one URL is the same for every visitor apart
 * from the nonce — checked: two renders of a link are byte-identical once their nonces are replaced.
 * - A link seen for the first time renders as usual (a flood of distinct links caches nothing and
 *   costs nothing extra); from its second request on, the proxy renders it once through the server
 *   itself (loopback, marked by a per-process secret header) with a per-process placeholder nonce that
 *   never leaves this process, keeps it (bounded LRU), and answers every later request from memory
 *   with that request's fresh nonce in the placeholder's place (CSP stays nonce-based per request).
 * - Only plain page GETs of `/`: client navigations (RSC headers, `_rsc`), server actions, other
 *   paths and anything but a 200 text/html response without Set-Cookie go the normal way.
 * - Any failure of the loopback render (no origin known, refused, timeout) falls back to a normal render.
 */
const MAX_PAGES = 64; // each ≈ 250 KB of HTML (2 bytes a character in Japanese) → ≤ 32 MB
const MAX_PAGE_CHARS = 2_000_000;
const FILL_TIMEOUT_MS = 30_000;
export const FILL_HEADER = "x-page-cache-fill";
// client navigations and server actions (visible to the proxy thanks to next.config's skipProxyUrlNormalize)
const ROUTER_HEADERS = [
  "rsc",
  "next-action",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-hmr-refresh",
  "next-url",
];
const DROPPED_HEADERS = [
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "content-security-policy",
];

/** `pieces`: the page's UTF-8 bytes split at the placeholder nonce (encoded once, joined per request). */
type CachedPage = { status: number; headers: [string, string][]; pieces: Buffer[] };
type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export class PageCache {
  private readonly pages = new LruCache<CachedPage>(MAX_PAGES);
  private readonly seen = new LruCache<true>(256);
  private readonly uncacheable = new LruCache<true>(256); // a loopback render gave no page to keep
  private readonly filling = new Map<string, Promise<CachedPage | undefined>>();
  private readonly secret = randomBytes(32).toString("hex");
  /** The nonce the cached renders carry; hex, so no escaping can change how it is written in the HTML. */
  readonly placeholder = randomBytes(16).toString("hex");

  constructor(
    private readonly origin: () => string | undefined,
    private readonly fetcher: Fetcher = fetch,
  ) {}

  /** Is this request the cache's own loopback render (which must carry the placeholder nonce)? */
  isFill(request: Request): boolean {
    const claimed = Buffer.from(request.headers.get(FILL_HEADER) ?? "");
    const secret = Buffer.from(this.secret);
    return claimed.length === secret.length && timingSafeEqual(claimed, secret);
  }

  /** The cached page for this request with `nonce` and `csp`, or undefined: render it the normal way. */
  async respond(request: Request, nonce: string, csp: string): Promise<Response | undefined> {
    const url = new URL(request.url);
    const key = url.search;
    if (!cacheable(request, url) || this.uncacheable.find(key)) return undefined;
    let cached = this.pages.find(key);
    if (!cached) {
      if (!this.seen.find(key)) {
        this.seen.put(key, true);
        return undefined;
      }
      cached = await this.fill(key);
      if (!cached) return undefined;
    }
    const headers = new Headers(cached.headers);
    headers.set("content-security-policy", csp);
    // bytes, not a string (which undici would re-check and re-encode); uncompressed: Next drops a proxy
    // response's Content-Encoding and compresses it itself (router-server)
    return new Response(joinWithNonce(cached.pieces, nonce), { status: cached.status, headers });
  }

  /** One loopback render per key at a time; undefined if it cannot be cached (the caller renders normally). */
  private fill(key: string): Promise<CachedPage | undefined> {
    const running = this.filling.get(key);
    if (running) return running;
    const done = this.render(key)
      .catch(() => undefined)
      .then((page) => {
        if (!page) this.uncacheable.put(key, true);
        return page;
      })
      .finally(() => this.filling.delete(key));
    this.filling.set(key, done);
    return done;
  }

  private async render(key: string): Promise<CachedPage | undefined> {
    const origin = this.origin();
    if (!origin) return undefined;
    const response = await this.fetcher(`${origin}/${key}`, {
      headers: { [FILL_HEADER]: this.secret, "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(FILL_TIMEOUT_MS),
    });
    const html = await response.text();
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !type.startsWith("text/html") || response.headers.has("set-cookie")) return undefined;
    if (html.length > MAX_PAGE_CHARS || !html.includes(this.placeholder)) return undefined;
    const headers = [...response.headers].filter(([name]) => !DROPPED_HEADERS.includes(name.toLowerCase()));
    const pieces = html.split(this.placeholder).map((piece) => Buffer.from(piece, "utf8"));
    const cached = { status: response.status, headers, pieces };
    this.pages.put(key, cached);
    return cached;
  }
}

function joinWithNonce(pieces: Buffer[], nonce: string): Uint8Array<ArrayBuffer> {
  const nonceBytes = Buffer.from(nonce, "utf8");
  return Buffer.concat(pieces.flatMap((piece, i) => (i === 0 ? [piece] : [nonceBytes, piece])));
}

/** A plain page load of `/` (not a client navigation, prefetch or server action). */
function cacheable(request: Request, url: URL): boolean {
  if (request.method !== "GET" || url.pathname !== "/" || url.searchParams.has("_rsc")) return false;
  return ROUTER_HEADERS.every((name) => !request.headers.has(name));
}
