/**
 * Links longer than this are answered with a readable page (HTTP 414) instead of being parsed. A
 * shared link of 100 services with every option set stays well under it. Node's own header limit
 * (16 KB by default) would answer a bare 431 first, so `next start` runs with
 * `--max-http-header-size=65536` (package.json); links beyond 64 KB still get Node's bare 431 — the
 * platform gives us no hook before it.
 */
export const MAX_LINK_CHARS = 16_000;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The over-long link page: static HTML, no script, in English and Japanese.
 * @example longLinkPage(20000).status //=> 414
 */
export function longLinkPage(length: number): Response {
  const chars = escapeHtml(length.toLocaleString("en-US"));
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Link too long — AWS container cost calculator</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><main>
<h1>This link is too long</h1>
<p>The link is ${chars} characters; the calculator accepts links of up to ${MAX_LINK_CHARS.toLocaleString("en-US")}. It was probably cut, edited or generated; nothing was calculated.</p>
<p><a href="/">Start a new estimate</a>, or ask whoever shared the link for a scenario file (<code>costcalc estimate</code> reads it).</p>
<h2 lang="ja">リンクが長すぎます</h2>
<p lang="ja">このリンクは ${chars} 文字です。受け付けるのは ${MAX_LINK_CHARS.toLocaleString("en-US")} 文字までです。計算は行っていません。<a href="/">新しい見積もりを始める</a></p>
</main></body></html>
`;
  return new Response(html, {
    status: 414,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
    },
  });
}
