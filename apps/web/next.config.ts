import type { NextConfig } from "next";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./src/lib/http/security-headers";

const config: NextConfig = {
  // @repo/core and @repo/pricing are Just-in-Time packages (exports point at TypeScript source); the web
  // imports only @repo/pricing/snapshot-file (the PRICES_FILE loader), never its AWS SDK paths.
  transpilePackages: ["@repo/core", "@repo/pricing"],
  poweredByHeader: false,
  productionBrowserSourceMaps: process.env.BROWSER_SOURCE_MAPS === "1",
  reactStrictMode: true,
  // src/proxy.ts sees client navigations as they are (the `RSC` headers and `_rsc`), so its whole-page
  // cache (lib/http/page-cache.ts) answers only plain page loads; by default Next strips both before the proxy.
  skipProxyUrlNormalize: true,
  // Pages get a nonce-based CSP from src/proxy.ts; these go on every response, static files included.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default config;
