/**
 * The price-book API answers every error as JSON (never Next's HTML page), with a stable code:
 * `{ "error": { "code": "NOT_FOUND", "message": "…" } }`.
 */
export type ApiErrorCode = "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "URI_TOO_LONG";

const STATUS: Record<ApiErrorCode, number> = { NOT_FOUND: 404, METHOD_NOT_ALLOWED: 405, URI_TOO_LONG: 414 };

export function apiError(code: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status: STATUS[code], headers: { "Cache-Control": "no-store", ...headers } });
}

const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const show = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * What the proxy answers for an `/api/…` request before any route runs: `null` to let the route
 * serve it (a GET/HEAD of `/api/price-book/<known region>`), otherwise the JSON error.
 * @example apiGate("GET", "/api/price-book/xx-nowhere-1", ["us-east-1"])?.status //=> 404
 */
export function apiGate(method: string, pathname: string, regions: readonly string[]): Response | null {
  const match = /^\/api\/price-book\/([^/]+)\/?$/.exec(pathname);
  if (!match) return apiError("NOT_FOUND", `no API at ${show(pathname)}; the API is GET /api/price-book/<region>`);
  const region = decodeURIComponent(match[1] as string);
  if (method !== "GET" && method !== "HEAD")
    return apiError("METHOD_NOT_ALLOWED", `${show(method)} is not allowed; use GET`, { Allow: "GET, HEAD" });
  if (!REGION_CODE.test(region) || !regions.includes(region)) {
    return apiError("NOT_FOUND", `no prices for region "${show(region)}"; regions: ${regions.join(", ")}`);
  }
  return null;
}
