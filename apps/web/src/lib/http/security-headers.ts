/**
 * The security headers of every response (OWASP Secure Headers Project,
 * https://owasp.org/www-project-secure-headers/): no MIME sniffing, no framing by other sites
 * (X-Frame-Options for old browsers, CSP frame-ancestors for new ones), no Referer — a shared
 * link carries the whole scenario in its query string, which must not leak to another origin — and
 * cross-origin isolation (COOP + COEP).
 */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // With COOP same-origin this makes the page cross-origin isolated: SharedArrayBuffer, which the page
  // shares with its analysis worker to stop a superseded break-even search (lib/analysis-abort.ts).
  // Everything the page loads is same-origin, so requiring CORP of cross-origin resources costs nothing.
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** JSON and other non-page responses: nothing may load from them, nobody may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The page's Content-Security-Policy. Next's App Router streams its RSC payload in inline
 * `<script>` tags, so scripts are allowed by a per-request nonce (Next reads it from this header and
 * puts it on its own scripts) plus 'strict-dynamic' for the chunks they load — no 'unsafe-inline'
 * for scripts. Styles keep 'unsafe-inline': React renders style attributes (the charts' sizes and
 * colours), which a nonce cannot cover; CSS cannot run script. The analysis Web Worker and the
 * price-book fetch are same-origin. Development adds 'unsafe-eval' (React's dev stack traces).
 * See https://nextjs.org/docs/app/guides/content-security-policy
 * @example pageCsp("abc", false) //=> "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; …"
 */
export function pageCsp(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce per request (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
