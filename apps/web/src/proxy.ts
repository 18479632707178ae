import { NextResponse, type NextRequest } from "next/server";
import { apiGate } from "./lib/http/api-errors";
import { longLinkPage, MAX_LINK_CHARS } from "./lib/http/long-link-page";
import { PageCache } from "./lib/http/page-cache";
import { priceBookRegions } from "./lib/http/price-book-regions";
import { newNonce, pageCsp } from "./lib/http/security-headers";

/**
 * Runs before every page and API request (static assets excluded by the matcher):
 * - an over-long link gets a readable 414 page, not a parse of 16 000+ characters;
 * - `/api/…` errors (unknown path or region, wrong method) are JSON, never Next's HTML 404;
 * - pages get a nonce-based Content-Security-Policy (Next puts the nonce on its inline scripts);
 * - a link opened again is answered from the whole-page cache with this request's nonce (lib/http/page-cache.ts;
 *   the server's own origin, which Next records at start, is where its loopback render goes).
 * The fixed headers (nosniff, frame options, referrer policy) come from next.config for every response.
 */
const pages = new PageCache(() => process.env.__NEXT_PRIVATE_ORIGIN);

export async function proxy(request: NextRequest): Promise<Response> {
  const length = request.nextUrl.pathname.length + request.nextUrl.search.length;
  if (length > MAX_LINK_CHARS) return longLinkPage(length);
  if (request.nextUrl.pathname.startsWith("/api/"))
    return apiGate(request.method, request.nextUrl.pathname, priceBookRegions()) ?? NextResponse.next();
  const isDev = process.env.NODE_ENV === "development";
  const nonce = pages.isFill(request) ? pages.placeholder : newNonce();
  const csp = pageCsp(nonce, isDev);
  const cached = isDev || nonce === pages.placeholder ? undefined : await pages.respond(request, nonce, csp);
  if (cached) return cached;
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
